package dev.kappa.optim;

/**
 * Nesterov's accelerated gradient (constant momentum form): look ahead to
 * yₖ = wₖ + β(wₖ − wₖ₋₁), then wₖ₊₁ = yₖ − η∇f(yₖ), with w₋₁ = w₀. Defaults η = 0.01, β = 0.9.
 *
 * <p>Like heavy ball, but the gradient is taken at the look-ahead point, which damps the overshoot;
 * with β = (√κ − 1)/(√κ + 1) and η = 1/L it converges at the accelerated rate on strongly convex
 * problems.
 */
public final class Nesterov extends MomentumMethod {
    public static final double DEFAULT_ETA = 0.01;
    public static final double DEFAULT_BETA = 0.9;

    public Nesterov(Objective f, double[] w0, double eta, double beta) {
        super(f, w0, eta, beta);
    }

    public Nesterov(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA, DEFAULT_BETA);
    }

    @Override
    public String name() {
        return "Nesterov";
    }

    @Override
    protected double[] advance(double[] w, double[] previous) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            y[i] = w[i] + beta * (w[i] - previous[i]);
        }
        double[] g = objective.gradient(y);
        return Vectors.axpy(y, -eta, g);
    }
}
