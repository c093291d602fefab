package dev.kappa.optim;

/**
 * Polyak's heavy-ball momentum: wₖ₊₁ = wₖ − η∇f(wₖ) + β(wₖ − wₖ₋₁), with w₋₁ = w₀.
 * Equivalently vₖ₊₁ = βvₖ − η∇f(wₖ), wₖ₊₁ = wₖ + vₖ₊₁ (v₀ = 0). Defaults η = 0.01, β = 0.9.
 *
 * <p>Helps on ill-conditioned problems: on a quadratic with the tuned η = (2/(√λmax + √λmin))² and
 * β = ((√κ − 1)/(√κ + 1))² the error shrinks like ((√κ − 1)/(√κ + 1))ᵏ instead of GD's
 * ((κ − 1)/(κ + 1))ᵏ (see {@link MomentumAnalysis}). Too much β overshoots and spirals.
 */
public final class HeavyBall extends MomentumMethod {
    public static final double DEFAULT_ETA = 0.01;
    public static final double DEFAULT_BETA = 0.9;

    public HeavyBall(Objective f, double[] w0, double eta, double beta) {
        super(f, w0, eta, beta);
    }

    public HeavyBall(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA, DEFAULT_BETA);
    }

    @Override
    public String name() {
        return "Momentum";
    }

    @Override
    protected double[] advance(double[] w, double[] previous) {
        double[] g = objective.gradient(w);
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            next[i] = w[i] - eta * g[i] + beta * (w[i] - previous[i]);
        }
        return next;
    }
}
