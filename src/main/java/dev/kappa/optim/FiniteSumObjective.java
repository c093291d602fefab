package dev.kappa.optim;

/**
 * An objective that is an average over N samples, f(w) = (1/N)Σᵢ fᵢ(w) (+ a regularizer shared by
 * every term), so that stochastic methods can use the gradient of a mini-batch instead.
 */
public interface FiniteSumObjective extends Objective {
    /** N, the number of samples. */
    int sampleCount();

    /**
     * The gradient of (1/|B|)Σ_{i∈B} fᵢ(w) plus the regularizer's gradient, for the batch
     * B = {indices[from], …, indices[to − 1]} (from &lt; to). With B all samples this is ∇f(w).
     */
    double[] batchGradient(double[] w, int[] indices, int from, int to);
}
