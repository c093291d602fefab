package dev.kappa.optim;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Tolerance;

/**
 * Levenberg–Marquardt for f(w) = ½‖r(w)‖²: the step solves (JᵀJ + μI)δ = −Jᵀr, computed stably
 * as the ridge solution of Jδ ≈ −r with penalty μ ({@link Ridge#solve}, JᵀJ never formed).
 *
 * <p>μ update (one {@link #step()} is one accepted step): if f(w + δ) &lt; f(w) accept and set
 * μ ← μ/ν; otherwise reject, set μ ← μ·ν and solve again (at most 60 tries). Defaults μ₀ = 10⁻³,
 * ν = 10. Small μ gives the Gauss–Newton step, large μ a short gradient step δ ≈ −Jᵀr/μ, so the
 * method interpolates between the two and is robust far from the solution. J's SVD is computed
 * once per accepted point ({@link Ridge#factor}) and reused for every μ tried there. Stops:
 * converged when Jᵀr = 0; {@link Optimizer.Status#STALLED} when no μ within the bound decreases f.
 */
public final class LevenbergMarquardt extends Optimizer {
    public static final double DEFAULT_MU = 1e-3;
    public static final double DEFAULT_NU = 10.0;
    private static final int MAX_TRIES = 60;

    private final ResidualModel model;
    private final double nu;
    private double mu;
    private int rejected;

    /** {@code f} must be the objective ½‖r‖² of {@code model}. */
    public <T extends Objective & ResidualModel> LevenbergMarquardt(T f, double[] w0, double mu0, double nu) {
        super(f, w0);
        Vectors.requirePositive(mu0, "initial damping μ₀");
        if (!(nu > 1.0) || Double.isInfinite(nu)) {
            throw new IllegalArgumentException("damping factor ν must be finite and > 1 but is " + nu);
        }
        this.model = f;
        this.mu = mu0;
        this.nu = nu;
    }

    public <T extends Objective & ResidualModel> LevenbergMarquardt(T f, double[] w0) {
        this(f, w0, DEFAULT_MU, DEFAULT_NU);
    }

    /** The current damping μ (after the last update). */
    public double mu() {
        return mu;
    }

    /** Trial steps rejected during the last {@link #step()}. */
    public int rejectedInLastStep() {
        return rejected;
    }

    @Override
    public String name() {
        return "Levenberg–Marquardt";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] r = model.residuals(w);
        double f = 0.5 * Vectors.dot(r, r);
        Matrix jac = model.jacobian(w);
        if (Vectors.norm(jac.transposeTimes(r)) == 0.0) {
            return null;
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = -r[i];
        }
        rejected = 0;
        // One SVD of J (with Jᵀ's action on r folded in) serves every damping tried at this w.
        Ridge.Factored damped = Ridge.factor(jac, r);
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            double[] next = Vectors.axpy(w, 1.0, damped.solve(mu));
            double[] rNext = model.residuals(next);
            double fNext = 0.5 * Vectors.dot(rNext, rNext);
            if (fNext < f) {
                // Floor at the smallest normal double so a long run of successes cannot underflow μ to 0.
                mu = Math.max(mu / nu, Tolerance.SAFE_MIN);
                return next;
            }
            rejected++;
            mu *= nu;
        }
        stopNow(Status.STALLED, "no damping up to μ = " + mu + " decreased f in " + MAX_TRIES + " tries");
        return null;
    }
}
