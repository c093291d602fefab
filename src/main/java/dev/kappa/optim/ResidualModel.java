package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * A vector of residuals r: ℝⁿ → ℝᵐ with its m×n Jacobian J(w) = ∂r/∂w, the input of Gauss–Newton
 * and Levenberg–Marquardt, which minimize f(w) = ½‖r(w)‖².
 */
public interface ResidualModel {
    /** n, the number of parameters. */
    int parameterCount();

    /** m, the number of residuals. */
    int residualCount();

    /** r(w), a fresh array of length m. */
    double[] residuals(double[] w);

    /** J(w), m×n, Jᵢⱼ = ∂rᵢ/∂wⱼ. */
    Matrix jacobian(double[] w);
}
