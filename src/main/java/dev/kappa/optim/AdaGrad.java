package dev.kappa.optim;

/**
 * AdaGrad (Duchi, Hazan, Singer 2011), per coordinate i:
 * Gᵢ ← Gᵢ + gᵢ², wᵢ ← wᵢ − η·gᵢ/(√Gᵢ + ε), with g = ∇f(w) and G₀ = 0.
 * Defaults η = 0.01, ε = 10⁻⁸.
 *
 * <p>Each coordinate gets its own step, large where gradients have been small; helps with sparse
 * or badly scaled features. The accumulated G only grows, so steps shrink for ever.
 */
public final class AdaGrad extends Optimizer {
    public static final double DEFAULT_ETA = 0.01;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double eta;
    private final double epsilon;
    private final double[] sumSquares;

    public AdaGrad(Objective f, double[] w0, double eta, double epsilon) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        Vectors.requirePositive(epsilon, "ε");
        this.eta = eta;
        this.epsilon = epsilon;
        this.sumSquares = new double[w0.length];
    }

    public AdaGrad(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA, DEFAULT_EPSILON);
    }

    @Override
    public String name() {
        return "AdaGrad";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            sumSquares[i] += g[i] * g[i];
            next[i] = w[i] - eta * g[i] / (Math.sqrt(sumSquares[i]) + epsilon);
        }
        return next;
    }
}
