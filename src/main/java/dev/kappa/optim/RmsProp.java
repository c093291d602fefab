package dev.kappa.optim;

/**
 * RMSProp (Tieleman and Hinton 2012), per coordinate i:
 * sᵢ ← βsᵢ + (1 − β)gᵢ², wᵢ ← wᵢ − η·gᵢ/(√sᵢ + ε), with g = ∇f(w) and s₀ = 0.
 * Defaults η = 0.001, β = 0.9 (the decay often called ρ), ε = 10⁻⁸.
 *
 * <p>AdaGrad with a moving average instead of a sum, so steps do not shrink for ever; helps when
 * the gradient scale differs across coordinates or changes over time.
 */
public final class RmsProp extends Optimizer {
    public static final double DEFAULT_ETA = 0.001;
    public static final double DEFAULT_BETA = 0.9;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double eta;
    private final double beta;
    private final double epsilon;
    private final double[] meanSquare;

    public RmsProp(Objective f, double[] w0, double eta, double beta, double epsilon) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        Vectors.requireUnitInterval(beta, "decay β");
        Vectors.requirePositive(epsilon, "ε");
        this.eta = eta;
        this.beta = beta;
        this.epsilon = epsilon;
        this.meanSquare = new double[w0.length];
    }

    public RmsProp(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA, DEFAULT_BETA, DEFAULT_EPSILON);
    }

    @Override
    public String name() {
        return "RMSProp";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            meanSquare[i] = beta * meanSquare[i] + (1.0 - beta) * g[i] * g[i];
            next[i] = w[i] - eta * g[i] / (Math.sqrt(meanSquare[i]) + epsilon);
        }
        return next;
    }
}
