package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * A function f: ℝⁿ → ℝ to be minimized, with its gradient and Hessian.
 *
 * <p>Implementations are immutable and never modify the arrays they are given. {@code gradient}
 * returns a fresh array of length {@link #dimension()}; {@code hessian} returns the n×n matrix
 * ∇²f(w). For a function that is not differentiable everywhere (the lasso) the class documents
 * which subgradient and which Hessian of a smooth part it returns.
 *
 * <p>At a finite point where f overflows the methods may return non-finite numbers; the
 * optimizers treat that as divergence (see {@link Optimizer}), never as a value to draw.
 */
public interface Objective {
    /** n, the number of parameters. */
    int dimension();

    /** f(w). */
    double value(double[] w);

    /** ∇f(w), a fresh array of length n. */
    double[] gradient(double[] w);

    /** ∇²f(w), an n×n symmetric matrix. */
    Matrix hessian(double[] w);
}
