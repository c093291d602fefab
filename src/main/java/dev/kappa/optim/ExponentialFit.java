package dev.kappa.optim;

import dev.kappa.linalg.KMath;

/**
 * Nonlinear least squares for the model y ≈ a·e^{−bx} + c: parameters w = (a, b, c), residuals
 * rᵢ(w) = a·e^{−bxᵢ} + c − yᵢ, objective f(w) = ½‖r(w)‖² ({@link CurveFit}).
 *
 * <p>Jacobian row i: (e^{−bxᵢ}, −a·xᵢ·e^{−bxᵢ}, 1). ∇f = Jᵀr. The full Hessian is
 * ∇²f = JᵀJ + Σᵢ rᵢ∇²rᵢ, where ∇²rᵢ has only ∂²/∂a∂b = −xᵢe^{−bxᵢ} and ∂²/∂b² = a·xᵢ²·e^{−bxᵢ};
 * Gauss–Newton keeps JᵀJ and drops the second term, exact when the residuals vanish.
 * The exponential is {@link dev.kappa.linalg.KMath#exp}, identical on every engine.
 */
public final class ExponentialFit extends CurveFit {
    public ExponentialFit(double[] x, double[] y) {
        super(x, y, 3);
    }

    /** The model a·e^{−bx} + c at x for w = (a, b, c). */
    public static double model(double[] w, double x) {
        return w[0] * KMath.exp(-w[1] * x) + w[2];
    }

    @Override
    public double at(double[] w, double x) {
        return model(w, x);
    }

    @Override
    protected void partials(double[] w, double x, double[] row) {
        double e = KMath.exp(-w[1] * x);
        row[0] = e;
        row[1] = -w[0] * x * e;
        row[2] = 1.0;
    }

    @Override
    protected void addCurvature(double[] w, double x, double r, double[] h) {
        double e = KMath.exp(-w[1] * x);
        double hab = -x * e * r;
        h[1] += hab;
        h[3] += hab;
        h[4] += w[0] * x * x * e * r;
    }
}
