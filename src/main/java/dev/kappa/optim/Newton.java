package dev.kappa.optim;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;

/**
 * Damped Newton's method: wₖ₊₁ = wₖ − t·H⁺∇f(wₖ) with H = ∇²f(wₖ) and damping t ∈ (0, 1]
 * (default t = 1, the pure Newton step).
 *
 * <p>The system Hd = ∇f is solved through the eigen-decomposition H = VΛVᵀ as d = VΛ⁺Vᵀ∇f, where
 * eigenvalues with |λ| ≤ eps·n·max|λ| are treated as zero: the minimum-norm step when H is
 * singular. On a quadratic with PD Hessian one full step lands on the minimizer. Newton jumps to
 * the stationary point of the local quadratic model, so on an indefinite H it is attracted to
 * saddles; t &lt; 1 shortens the jump. Stops (converged) when ∇f = 0.
 */
public final class Newton extends Optimizer {
    public static final double DEFAULT_DAMPING = 1.0;

    private final double damping;

    public Newton(Objective f, double[] w0, double damping) {
        super(f, w0);
        if (!(damping > 0.0 && damping <= 1.0)) {
            throw new IllegalArgumentException("damping t must be in (0, 1] but is " + damping);
        }
        this.damping = damping;
    }

    public Newton(Objective f, double[] w0) {
        this(f, w0, DEFAULT_DAMPING);
    }

    @Override
    public String name() {
        return damping == 1.0 ? "Newton" : "Newton (damped)";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        if (Vectors.norm(g) == 0.0) {
            return null;
        }
        double[] d = pseudoInverseSolve(objective.hessian(w), g);
        return Vectors.axpy(w, -damping, d);
    }

    /** H⁺g for symmetric H via its eigen-decomposition, small eigenvalues cut to zero. */
    static double[] pseudoInverseSolve(Matrix h, double[] g) {
        SymmetricEigen eig = SymmetricEigen.of(h);
        double[] lambda = eig.values();
        Matrix v = eig.vectors();
        double maxAbs = 0.0;
        for (double l : lambda) {
            maxAbs = Math.max(maxAbs, Math.abs(l));
        }
        double cut = Tolerance.rankCutoff(lambda.length, lambda.length, maxAbs);
        double[] c = v.transposeTimes(g);
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.abs(lambda[i]) > cut ? c[i] / lambda[i] : 0.0;
        }
        return v.times(c);
    }
}
