package dev.kappa.optim;

/**
 * Adam (Kingma and Ba 2015) and, with a weight decay λ &gt; 0, AdamW (Loshchilov and Hutter 2019).
 *
 * <p>Step t = 1, 2, … with g = ∇f(w), per coordinate:
 * m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
 * then Adam: w ← w − η·m̂/(√v̂ + ε); AdamW: w ← w − ηλw − η·m̂/(√v̂ + ε) (decoupled decay, applied to
 * w before the step, scaled by η as in PyTorch; the paper's schedule multiplier is 1).
 * Defaults η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, and for AdamW λ = 0.01.
 *
 * <p>β₁ᵗ and β₂ᵗ are kept as running products (exact IEEE multiplications, the same on every
 * engine) rather than computed with pow. Momentum plus per-coordinate scaling: a robust default
 * for noisy, badly scaled problems; the decoupled decay of AdamW regularizes like ridge without
 * being rescaled by v̂ (which is what adding λw to g would do).
 */
public final class Adam extends Optimizer {
    public static final double DEFAULT_ETA = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;
    public static final double DEFAULT_WEIGHT_DECAY = 0.01;

    private final double eta;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final double[] m;
    private final double[] v;
    private double beta1Power = 1.0;
    private double beta2Power = 1.0;

    /** Adam (λ = 0) or AdamW (λ &gt; 0) with the given hyper-parameters. */
    public Adam(Objective f, double[] w0, double eta, double beta1, double beta2, double epsilon, double weightDecay) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        Vectors.requireUnitInterval(beta1, "β₁");
        Vectors.requireUnitInterval(beta2, "β₂");
        Vectors.requirePositive(epsilon, "ε");
        Vectors.requireNonNegative(weightDecay, "weight decay λ");
        this.eta = eta;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.m = new double[w0.length];
        this.v = new double[w0.length];
    }

    /** Adam with η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸. */
    public Adam(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, 0.0);
    }

    /** Adam with step η and the other defaults. */
    public static Adam adam(Objective f, double[] w0, double eta) {
        return new Adam(f, w0, eta, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, 0.0);
    }

    /** AdamW with step η, weight decay λ and the other defaults. */
    public static Adam adamW(Objective f, double[] w0, double eta, double weightDecay) {
        return new Adam(f, w0, eta, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, weightDecay);
    }

    public boolean isAdamW() {
        return weightDecay > 0.0;
    }

    @Override
    public String name() {
        return isAdamW() ? "AdamW" : "Adam";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        beta1Power *= beta1;
        beta2Power *= beta2;
        double c1 = 1.0 - beta1Power;
        double c2 = 1.0 - beta2Power;
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
            double mHat = m[i] / c1;
            double vHat = v[i] / c2;
            double decayed = weightDecay > 0.0 ? w[i] - eta * weightDecay * w[i] : w[i];
            next[i] = decayed - eta * mHat / (Math.sqrt(vHat) + epsilon);
        }
        return next;
    }
}
