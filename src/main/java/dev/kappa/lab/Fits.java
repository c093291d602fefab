package dev.kappa.lab;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.QR;
import dev.kappa.linalg.SVD;

/**
 * The three ways the labs solve least squares min ‖Ax − b‖ (A m×n), chosen by name:
 * <ul>
 * <li>"normal": AᵀA x = Aᵀb by Cholesky. Forming AᵀA squares the condition number, so the
 * error grows like κ(A)²·ε; Cholesky fails when AᵀA is not numerically positive definite, and
 * then the result is null (the lab reports "failed").</li>
 * <li>"qr": pivoted Householder QR, x = P·R⁻¹·Qᵀb on the numerical rank r (trailing entries 0);
 * error ~ κ(A)·ε.</li>
 * <li>"svd": the minimum-norm solution A⁺b; error ~ κ(A)·ε.</li>
 * </ul>
 * Also the helpers the fitting labs share (ridge solution through the SVD, relative error).
 */
final class Fits {
    static final String[] METHODS = {"qr", "normal", "svd"};

    private Fits() {
    }

    static double[] solve(String method, Matrix a, double[] b) {
        switch (method) {
            case "normal":
                return normalEquations(a, b);
            case "svd":
                return SVD.of(a).solve(b);
            default:
                return qr(a, b);
        }
    }

    static double[] qr(Matrix a, double[] b) {
        QR f = QR.of(a);
        int r = f.rank();
        int n = a.cols();
        double[] qtb = f.q().transposeTimes(b);
        double[][] rr = f.r().toArray();
        double[] y = new double[n];
        for (int i = r - 1; i >= 0; i--) {
            double s = qtb[i];
            for (int j = i + 1; j < r; j++) {
                s -= rr[i][j] * y[j];
            }
            y[i] = s / rr[i][i];
        }
        int[] perm = f.permutation();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[perm[j]] = y[j];
        }
        return x;
    }

    /**
     * Solves (AᵀA)x = Aᵀb by a Cholesky factorization AᵀA = LLᵀ (outer-product form); null when a
     * pivot is not positive, which is how the normal equations break on nearly collinear columns.
     * TODO(linalg-core): use dev.kappa.linalg.Cholesky once it is on the branch.
     */
    static double[] normalEquations(Matrix a, double[] b) {
        int n = a.cols();
        double[][] g = a.transpose().times(a).toArray();
        double[] h = a.transposeTimes(b);
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = g[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0.0)) {
                return null;
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = g[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / ljj;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = h[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** Ridge through a precomputed SVD: x = V·diag(σᵢ/(σᵢ² + λ))·Uᵀb, the minimizer of ‖Ax − b‖² + λ‖x‖². */
    static double[] ridge(SVD svd, double[] b, double lambda) {
        double[] s = svd.singularValues();
        double[][] u = svd.u().toArray();
        double[][] v = svd.v().toArray();
        int n = v.length;
        double[] x = new double[n];
        for (int i = 0; i < s.length; i++) {
            double c = 0.0;
            for (int r = 0; r < u.length; r++) {
                c += u[r][i] * b[r];
            }
            double f = lambda == 0.0 ? (s[i] > 0 ? 1.0 / s[i] : 0.0) : s[i] / (s[i] * s[i] + lambda);
            for (int j = 0; j < n; j++) {
                x[j] += v[j][i] * f * c;
            }
        }
        return x;
    }

    /** ‖x − ref‖/‖ref‖ (NaN when x is null: the method failed). */
    static double relativeError(double[] x, double[] ref) {
        if (x == null) {
            return Double.NaN;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < ref.length; i++) {
            num += (x[i] - ref[i]) * (x[i] - ref[i]);
            den += ref[i] * ref[i];
        }
        return Math.sqrt(num / den);
    }

    static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Mean of squared entries of A·x − b. */
    static double mse(Matrix a, double[] x, double[] b) {
        double[] r = a.times(x);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            s += (r[i] - b[i]) * (r[i] - b[i]);
        }
        return r.length == 0 ? 0 : s / r.length;
    }

    /**
     * An m×n matrix with prescribed singular values, U·diag(σ)·Vᵀ, U and V from the QR of seeded
     * Gaussian matrices (so κ(A) = σ₀/σ_{n−1} is known exactly). Needs m ≥ n.
     */
    static Matrix withSingularValues(dev.kappa.linalg.Rng rng, int m, double[] sigma) {
        int n = sigma.length;
        Matrix u = QR.unpivoted(rng.gaussianMatrix(m, n)).q();
        Matrix v = QR.unpivoted(rng.gaussianMatrix(n, n)).q();
        return u.times(Matrix.diagonal(sigma)).times(v.transpose());
    }
}
