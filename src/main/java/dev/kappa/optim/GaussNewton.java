package dev.kappa.optim;

import dev.kappa.linalg.LeastSquares;

/**
 * Gauss–Newton for f(w) = ½‖r(w)‖²: linearize r(w + δ) ≈ r + Jδ and take the minimum-norm
 * least-squares step δ = argmin ‖Jδ + r‖ (numpy lstsq semantics, {@link LeastSquares#solve}), i.e.
 * δ = −(JᵀJ)⁺Jᵀr without forming JᵀJ; wₖ₊₁ = wₖ + δ. No parameters.
 *
 * <p>It is Newton's method with the Hessian JᵀJ + Σrᵢ∇²rᵢ replaced by JᵀJ, so it converges fast
 * (quadratically for zero-residual problems) when the residuals near the solution are small and
 * needs only first derivatives of r; far from the solution the full step can overshoot, which is
 * what {@link LevenbergMarquardt} fixes. Stops (converged) when the step is zero.
 */
public final class GaussNewton extends Optimizer {
    private final ResidualModel model;

    /** {@code f} must be the objective ½‖r‖² of {@code model} (e.g. the same {@link ExponentialFit}). */
    public <T extends Objective & ResidualModel> GaussNewton(T f, double[] w0) {
        super(f, w0);
        this.model = f;
    }

    @Override
    public String name() {
        return "Gauss–Newton";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] r = model.residuals(w);
        for (int i = 0; i < r.length; i++) {
            r[i] = -r[i];
        }
        double[] delta = LeastSquares.solve(model.jacobian(w), r).x();
        if (Vectors.norm(delta) == 0.0) {
            return null;
        }
        return Vectors.axpy(w, 1.0, delta);
    }
}
