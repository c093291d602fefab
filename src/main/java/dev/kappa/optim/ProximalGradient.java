package dev.kappa.optim;

import dev.kappa.linalg.SVD;

/**
 * ISTA and FISTA for the {@link Lasso} ½‖Xw − t‖² + λ‖w‖₁.
 *
 * <p>ISTA (proximal gradient): wₖ₊₁ = S_{ηλ}(wₖ − ηXᵀ(Xwₖ − t)), S the soft threshold. With
 * η ≤ 1/L, L = λmax(XᵀX) = σmax(X)², f decreases every step and f(wₖ) − f* = O(1/k).
 *
 * <p>FISTA (Beck and Teboulle 2009) adds Nesterov extrapolation: y₁ = w₀, τ₁ = 1;
 * wₖ = S_{ηλ}(yₖ − ηXᵀ(Xyₖ − t)), τₖ₊₁ = (1 + √(1 + 4τₖ²))/2,
 * yₖ₊₁ = wₖ + ((τₖ − 1)/τₖ₊₁)(wₖ − wₖ₋₁); f(wₖ) − f* = O(1/k²).
 *
 * <p>Default η = 1/L (L = σmax(X)² from the SVD; η = 1 when X = 0). The prox step is what
 * sets coefficients exactly to zero, so the iterates are sparse, unlike (sub)gradient descent.
 */
public final class ProximalGradient extends Optimizer {
    private final Lasso lasso;
    private final double eta;
    private final boolean accelerated;
    private double[] y;
    private double tau = 1.0;

    private ProximalGradient(Lasso f, double[] w0, double eta, boolean accelerated) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        this.lasso = f;
        this.eta = eta;
        this.accelerated = accelerated;
        this.y = w0.clone();
    }

    public static ProximalGradient ista(Lasso f, double[] w0, double eta) {
        return new ProximalGradient(f, w0, eta, false);
    }

    public static ProximalGradient ista(Lasso f, double[] w0) {
        return ista(f, w0, defaultStep(f));
    }

    public static ProximalGradient fista(Lasso f, double[] w0, double eta) {
        return new ProximalGradient(f, w0, eta, true);
    }

    public static ProximalGradient fista(Lasso f, double[] w0) {
        return fista(f, w0, defaultStep(f));
    }

    /** 1/L with L = λmax(XᵀX), the largest step with guaranteed descent (1 when X = 0). */
    public static double defaultStep(Lasso f) {
        double sigmaMax = SVD.of(f.design()).norm2();
        double l = sigmaMax * sigmaMax;
        return l > 0.0 ? 1.0 / l : 1.0;
    }

    public double eta() {
        return eta;
    }

    @Override
    public String name() {
        return accelerated ? "FISTA" : "ISTA";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] base = accelerated ? y : w;
        double[] next = lasso.proximal(Vectors.axpy(base, -eta, lasso.smoothGradient(base)), eta);
        if (accelerated) {
            double tauNext = 0.5 * (1.0 + Math.sqrt(1.0 + 4.0 * tau * tau));
            double c = (tau - 1.0) / tauNext;
            double[] yNext = new double[next.length];
            for (int j = 0; j < next.length; j++) {
                yNext[j] = next[j] + c * (next[j] - w[j]);
            }
            y = yNext;
            tau = tauNext;
        }
        return next;
    }
}
