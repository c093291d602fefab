package dev.kappa.optim;

import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;

/**
 * Nonlinear least squares for the model y ≈ a·e^{−bx} + c: parameters w = (a, b, c), residuals
 * rᵢ(w) = a·e^{−bxᵢ} + c − yᵢ, objective f(w) = ½‖r(w)‖².
 *
 * <p>Jacobian row i: (e^{−bxᵢ}, −a·xᵢ·e^{−bxᵢ}, 1). ∇f = Jᵀr. The full Hessian is
 * ∇²f = JᵀJ + Σᵢ rᵢ∇²rᵢ, where ∇²rᵢ has only ∂²/∂a∂b = −xᵢe^{−bxᵢ} and ∂²/∂b² = a·xᵢ²·e^{−bxᵢ};
 * Gauss–Newton keeps JᵀJ and drops the second term, exact when the residuals vanish.
 * The exponential is {@link dev.kappa.linalg.KMath#exp}, identical on every engine.
 */
public final class ExponentialFit implements Objective, ResidualModel {
    private final double[] xs;
    private final double[] ys;

    public ExponentialFit(double[] x, double[] y) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one point");
        }
        Vectors.requireVector(x, x.length, "x");
        Vectors.requireVector(y, x.length, "y");
        this.xs = x.clone();
        this.ys = y.clone();
    }

    /** The model a·e^{−bx} + c at x for w = (a, b, c). */
    public static double model(double[] w, double x) {
        return w[0] * KMath.exp(-w[1] * x) + w[2];
    }

    @Override
    public int parameterCount() {
        return 3;
    }

    @Override
    public int residualCount() {
        return xs.length;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double[] residuals(double[] w) {
        double[] r = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = model(w, xs[i]) - ys[i];
        }
        return r;
    }

    @Override
    public Matrix jacobian(double[] w) {
        double[] j = new double[xs.length * 3];
        for (int i = 0; i < xs.length; i++) {
            double e = KMath.exp(-w[1] * xs[i]);
            j[3 * i] = e;
            j[3 * i + 1] = -w[0] * xs[i] * e;
            j[3 * i + 2] = 1.0;
        }
        return Matrix.ofRowMajor(xs.length, 3, j);
    }

    @Override
    public double value(double[] w) {
        double[] r = residuals(w);
        return 0.5 * Vectors.dot(r, r);
    }

    @Override
    public double[] gradient(double[] w) {
        return jacobian(w).transposeTimes(residuals(w));
    }

    /** JᵀJ + Σᵢ rᵢ∇²rᵢ. */
    @Override
    public Matrix hessian(double[] w) {
        Matrix jac = jacobian(w);
        double[] h = jac.transpose().times(jac).toRowMajor();
        double[] r = residuals(w);
        for (int i = 0; i < xs.length; i++) {
            double e = KMath.exp(-w[1] * xs[i]);
            double hab = -xs[i] * e * r[i];
            h[1] += hab;
            h[3] += hab;
            h[4] += w[0] * xs[i] * xs[i] * e * r[i];
        }
        return Matrix.ofRowMajor(3, 3, h);
    }
}
