package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * The lasso, f(w) = ½‖Xw − t‖² + λ‖w‖₁, X N×D, λ ≥ 0: a smooth part g(w) = ½‖Xw − t‖² plus a
 * non-smooth penalty handled by its proximal map (soft thresholding).
 *
 * <p>f is not differentiable where some wⱼ = 0. {@link #gradient} returns the subgradient
 * ∇g(w) + λ·sign(w) with sign(0) = 0, which equals ∇f wherever f is differentiable; {@link #hessian}
 * returns XᵀX, the Hessian of g (and of f away from the coordinate planes).
 *
 * <p>Optimality (KKT): w is a minimizer iff for every j, (Xᵀ(Xw − t))ⱼ = −λ·sign(wⱼ) when wⱼ ≠ 0 and
 * |(Xᵀ(Xw − t))ⱼ| ≤ λ when wⱼ = 0. {@link #kktViolation} measures how far w is from that.
 */
public final class Lasso implements Objective {
    private final Matrix x;
    private final double[] t;
    private final double lambda;

    public Lasso(Matrix x, double[] t, double lambda) {
        if (x == null || x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException("X must be a non-empty matrix");
        }
        Vectors.requireVector(t, x.rows(), "t");
        Vectors.requireNonNegative(lambda, "lasso λ");
        this.x = x;
        this.t = t.clone();
        this.lambda = lambda;
    }

    public Matrix design() {
        return x;
    }

    public double[] targets() {
        return t.clone();
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public int dimension() {
        return x.cols();
    }

    @Override
    public double value(double[] w) {
        double[] r = residual(w);
        double l1 = 0.0;
        for (double v : w) {
            l1 += Math.abs(v);
        }
        return 0.5 * Vectors.dot(r, r) + lambda * l1;
    }

    /** Xw − t. */
    public double[] residual(double[] w) {
        double[] r = x.times(w);
        for (int i = 0; i < r.length; i++) {
            r[i] -= t[i];
        }
        return r;
    }

    /** ∇g(w) = Xᵀ(Xw − t), the gradient of the smooth part. */
    public double[] smoothGradient(double[] w) {
        return x.transposeTimes(residual(w));
    }

    /** ∇g(w) + λ·sign(w), sign(0) = 0. */
    @Override
    public double[] gradient(double[] w) {
        double[] g = smoothGradient(w);
        for (int j = 0; j < g.length; j++) {
            g[j] += lambda * Math.signum(w[j]);
        }
        return g;
    }

    /** XᵀX. */
    @Override
    public Matrix hessian(double[] w) {
        return x.transpose().times(x);
    }

    /**
     * prox_{s·λ‖·‖₁}(v) = argmin_u ½‖u − v‖² + sλ‖u‖₁: componentwise soft thresholding
     * S_{sλ}(vⱼ) = sign(vⱼ)·max(|vⱼ| − sλ, 0).
     */
    public double[] proximal(double[] v, double step) {
        double[] out = new double[v.length];
        double thr = step * lambda;
        for (int j = 0; j < v.length; j++) {
            out[j] = softThreshold(v[j], thr);
        }
        return out;
    }

    /** S_τ(v) = sign(v)·max(|v| − τ, 0). */
    public static double softThreshold(double v, double tau) {
        if (v > tau) {
            return v - tau;
        }
        if (v < -tau) {
            return v + tau;
        }
        return 0.0;
    }

    /**
     * The largest violation of the KKT conditions: over j, |∇gⱼ + λ·sign(wⱼ)| where wⱼ ≠ 0 and
     * max(0, |∇gⱼ| − λ) where wⱼ = 0. Zero exactly at a minimizer.
     */
    public double kktViolation(double[] w) {
        double[] g = smoothGradient(w);
        double worst = 0.0;
        for (int j = 0; j < g.length; j++) {
            double v = w[j] != 0.0 ? Math.abs(g[j] + lambda * Math.signum(w[j])) : Math.max(0.0, Math.abs(g[j]) - lambda);
            worst = Math.max(worst, v);
        }
        return worst;
    }
}
