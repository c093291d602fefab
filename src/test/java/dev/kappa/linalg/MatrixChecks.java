package dev.kappa.linalg;

/**
 * Norms used by the invariant tests, computed with plain loops (not with the code under test).
 * All are Frobenius norms, accumulated with scaling so tiny and huge inputs are measured honestly.
 */
final class MatrixChecks {
    private MatrixChecks() {
    }

    /** ‖QᵀQ − I‖_F for the columns of q (m×k). */
    static double orthonormalityError(Matrix q) {
        int m = q.rows();
        int k = q.cols();
        double[] a = q.toRowMajor();
        double sum = 0.0;
        for (int p = 0; p < k; p++) {
            for (int r = p; r < k; r++) {
                double dot = 0.0;
                for (int i = 0; i < m; i++) {
                    dot += a[i * k + p] * a[i * k + r];
                }
                double err = dot - (p == r ? 1.0 : 0.0);
                sum += (p == r ? 1.0 : 2.0) * err * err;
            }
        }
        return Math.sqrt(sum);
    }

    /** max |rᵢ·rⱼ − δᵢⱼ| over the given rows (vectors stored as rows, as the decompositions keep them). */
    static double rowOrthonormalityError(double[][] rows) {
        double worst = 0.0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = i; j < rows.length; j++) {
                double s = 0.0;
                for (int r = 0; r < rows[i].length; r++) {
                    s += rows[i][r] * rows[j][r];
                }
                worst = Math.max(worst, Math.abs(s - (i == j ? 1.0 : 0.0)));
            }
        }
        return worst;
    }

    /** ‖A − U·diag(s)·Vᵀ‖_F / ‖A‖_F (0 when A = 0 and the product is 0). */
    static double reconstructionError(Matrix a, Matrix u, double[] s, Matrix v) {
        int m = a.rows();
        int n = a.cols();
        int k = s.length;
        double[] diff = a.toRowMajor();
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double us = u.get(i, p) * s[p];
                for (int j = 0; j < n; j++) {
                    diff[i * n + j] -= us * v.get(j, p);
                }
            }
        }
        return relative(Matrix.ofRowMajor(m, n, diff).frobeniusNorm(), a.frobeniusNorm());
    }

    /** ‖AV − VΛ‖_F / ‖A‖_F. */
    static double eigenResidual(Matrix a, Matrix v, double[] lambda) {
        Matrix av = a.times(v);
        int n = a.rows();
        double[] diff = av.toRowMajor();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                diff[i * n + j] -= v.get(i, j) * lambda[j];
            }
        }
        return relative(Matrix.ofRowMajor(n, n, diff).frobeniusNorm(), a.frobeniusNorm());
    }

    static double relative(double error, double norm) {
        if (norm == 0.0) {
            return error == 0.0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return error / norm;
    }
}
