package dev.kappa.optim;

/**
 * What heavy ball and Nesterov share: a step η, a momentum β ∈ [0, 1), and the previous iterate
 * wₖ₋₁ (w₋₁ = w₀, so the first step is a plain gradient step). They differ only in where the
 * gradient is taken, which each subclass says in {@link #advance(double[], double[])}.
 */
abstract class MomentumMethod extends Optimizer {
    protected final double eta;
    protected final double beta;
    private double[] previous;

    MomentumMethod(Objective f, double[] w0, double eta, double beta) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        Vectors.requireUnitInterval(beta, "momentum β");
        this.eta = eta;
        this.beta = beta;
        this.previous = w0.clone();
    }

    @Override
    protected final double[] advance(double[] w) {
        double[] next = advance(w, previous);
        previous = w;
        return next;
    }

    /** wₖ₊₁ from wₖ and wₖ₋₁. */
    protected abstract double[] advance(double[] w, double[] previous);
}
