package dev.kappa.optim;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;

/**
 * Least squares with optional ridge penalty: f(w) = (1/2N)‖Xw − t‖² + (λ/2)‖w‖², X N×D, t ∈ ℝᴺ, λ ≥ 0.
 *
 * <p>∇f(w) = (1/N)Xᵀ(Xw − t) + λw, ∇²f = (1/N)XᵀX + λI (constant). As a finite sum the i-th term is
 * ½(xᵢᵀw − tᵢ)² + (λ/2)‖w‖², so a mini-batch gradient is (1/|B|)Σ_{i∈B} xᵢ(xᵢᵀw − tᵢ) + λw.
 * The minimizer solves (XᵀX + NλI)w = Xᵀt: the ridge solution with penalty Nλ, and, for λ = 0, any
 * least-squares solution (GD from 0 finds the minimum-norm one).
 */
public final class LeastSquaresObjective extends LinearPredictorLoss {

    public LeastSquaresObjective(Matrix x, double[] t, double lambda) {
        super(x, t, lambda, "t", "ridge λ");
    }

    /** Unregularized (λ = 0). */
    public LeastSquaresObjective(Matrix x, double[] t) {
        this(x, t, 0.0);
    }

    public double[] targets() {
        return t.clone();
    }

    /** Xw − t. */
    public double[] residual(double[] w) {
        double[] r = x.times(w);
        for (int i = 0; i < r.length; i++) {
            r[i] -= t[i];
        }
        return r;
    }

    @Override
    public double value(double[] w) {
        double[] r = residual(w);
        return 0.5 * Vectors.dot(r, r) / x.rows() + 0.5 * lambda * Vectors.dot(w, w);
    }

    /** The identity: least squares is the Gaussian GLM. */
    @Override
    protected double mean(double z) {
        return z;
    }

    /** (1/N)XᵀX + λI. */
    @Override
    public Matrix hessian(double[] w) {
        int d = x.cols();
        double[] h = x.transpose().times(x).scale(1.0 / x.rows()).toRowMajor();
        for (int j = 0; j < d; j++) {
            h[j * d + j] += lambda;
        }
        return Matrix.ofRowMajor(d, d, h);
    }

    /**
     * The unique minimizer when λ &gt; 0, (XᵀX + NλI)⁻¹Xᵀt, computed by {@link Ridge#solve} (from the
     * SVD, XᵀX never formed). For λ = 0 it is the minimum-norm minimizer, as {@code LeastSquares.solve}.
     */
    public double[] ridgeMinimizer() {
        return Ridge.solve(x, t, x.rows() * lambda);
    }
}
