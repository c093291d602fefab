package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * Cyclic coordinate descent for the {@link Lasso} ½‖Xw − t‖² + λ‖w‖₁; one {@link #step()} is one
 * sweep over j = 0, …, D−1.
 *
 * <p>Each coordinate is minimized exactly with the others fixed: with xⱼ column j and the partial
 * residual r₋ⱼ = t − Σ_{k≠j} xₖwₖ, wⱼ ← S_λ(xⱼᵀr₋ⱼ)/‖xⱼ‖² (0 for a zero column). The full residual is
 * updated in place, so a sweep costs O(ND). No step size to tune; the usual solver for lasso and
 * elastic-net paths. Stops (converged) when a sweep changes no coordinate by more than rounding,
 * 16ε·max|w|: in floating point a coordinate can otherwise flip between two nearby doubles for
 * ever (each exact minimization rounds the other way; seen: 11 ulps on a small coordinate), and
 * the method would never report convergence.
 */
public final class LassoCoordinateDescent extends Optimizer {
    private final double[][] columns;
    private final double[] columnNormSq;
    private final double lambda;
    private final double[] residual;
    private static final double ROUNDING = 16 * dev.kappa.linalg.Tolerance.EPS;

    public LassoCoordinateDescent(Lasso f, double[] w0) {
        super(f, w0);
        Matrix x = f.design();
        int d = x.cols();
        this.columns = new double[d][];
        this.columnNormSq = new double[d];
        for (int j = 0; j < d; j++) {
            columns[j] = x.column(j);
            columnNormSq[j] = Vectors.dot(columns[j], columns[j]);
        }
        this.lambda = f.lambda();
        double[] r = f.residual(w0);
        for (int i = 0; i < r.length; i++) {
            r[i] = -r[i];
        }
        this.residual = r;
    }

    @Override
    public String name() {
        return "Coordinate descent";
    }

    @Override
    protected double[] advance(double[] w) {
        boolean changed = false;
        // A change within rounding of the solution's scale is no change: each exact minimization
        // rounds ρⱼ with an error ≈ ε·|xⱼ|·|r|, which for a small wⱼ is many ulps of wⱼ itself.
        double scale = 0.0;
        for (double v : w) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < w.length; j++) {
            double[] col = columns[j];
            double updated = 0.0;
            if (columnNormSq[j] > 0.0) {
                double rho = Vectors.dot(col, residual) + columnNormSq[j] * w[j];
                updated = Lasso.softThreshold(rho, lambda) / columnNormSq[j];
            }
            double delta = updated - w[j];
            if (delta != 0.0) {
                changed |= Math.abs(delta) > ROUNDING * Math.max(scale, Math.abs(updated));
                for (int i = 0; i < residual.length; i++) {
                    residual[i] -= col[i] * delta;
                }
                w[j] = updated;
            }
        }
        return changed ? w : null;
    }
}
