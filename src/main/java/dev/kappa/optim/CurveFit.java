package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * Nonlinear least squares for a curve y ≈ φ(w; x) with a fixed number of parameters, fitted to points
 * (xᵢ, yᵢ): residuals rᵢ(w) = φ(w; xᵢ) − yᵢ, objective f(w) = ½‖r(w)‖², Jacobian row i = ∇_w φ(w; xᵢ),
 * gradient ∇f = Jᵀr. A subclass gives φ, its gradient in w and the Hessian's second term
 * Σᵢ rᵢ∇²rᵢ (the part Gauss–Newton drops), so {@link #hessian} is JᵀJ + Σᵢ rᵢ∇²rᵢ.
 */
public abstract class CurveFit implements Objective, ResidualModel {
    private final double[] xs;
    private final double[] ys;
    private final int parameters;

    protected CurveFit(double[] x, double[] y, int parameters) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one point");
        }
        Vectors.requireVector(x, x.length, "x");
        Vectors.requireVector(y, x.length, "y");
        this.xs = x.clone();
        this.ys = y.clone();
        this.parameters = parameters;
    }

    /** φ(w; x). */
    public abstract double at(double[] w, double x);

    /** ∇_w φ(w; x) written into {@code row} (length n). */
    protected abstract void partials(double[] w, double x, double[] row);

    /**
     * Adds r·∇²_w φ(w; x) to the row-major n×n {@code h}: the curvature of one residual weighted by
     * its value r.
     */
    protected abstract void addCurvature(double[] w, double x, double r, double[] h);

    /** The points' x values (a copy). */
    public final double[] xs() {
        return xs.clone();
    }

    /** The points' y values (a copy). */
    public final double[] ys() {
        return ys.clone();
    }

    @Override
    public final int parameterCount() {
        return parameters;
    }

    @Override
    public final int residualCount() {
        return xs.length;
    }

    @Override
    public final int dimension() {
        return parameters;
    }

    @Override
    public final double[] residuals(double[] w) {
        double[] r = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = at(w, xs[i]) - ys[i];
        }
        return r;
    }

    @Override
    public final Matrix jacobian(double[] w) {
        int n = parameters;
        double[] j = new double[xs.length * n];
        double[] row = new double[n];
        for (int i = 0; i < xs.length; i++) {
            partials(w, xs[i], row);
            System.arraycopy(row, 0, j, n * i, n);
        }
        return Matrix.ofRowMajor(xs.length, n, j);
    }

    @Override
    public final double value(double[] w) {
        double[] r = residuals(w);
        return 0.5 * Vectors.dot(r, r);
    }

    @Override
    public final double[] gradient(double[] w) {
        return jacobian(w).transposeTimes(residuals(w));
    }

    /** JᵀJ + Σᵢ rᵢ∇²rᵢ. */
    @Override
    public final Matrix hessian(double[] w) {
        Matrix jac = jacobian(w);
        double[] h = jac.transpose().times(jac).toRowMajor();
        double[] r = residuals(w);
        for (int i = 0; i < xs.length; i++) {
            addCurvature(w, xs[i], r[i], h);
        }
        return Matrix.ofRowMajor(parameters, parameters, h);
    }
}
