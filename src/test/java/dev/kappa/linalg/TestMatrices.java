package dev.kappa.linalg;

/**
 * Test inputs with known structure, built with plain loops in test code (nothing from the code
 * under test): Haar-random orthogonal matrices, U·diag(σ)·Vᵀ with chosen σ, QΛQᵀ with chosen λ.
 */
final class TestMatrices {
    private TestMatrices() {
    }

    /**
     * An m×k matrix with orthonormal columns, Haar-distributed: the Q of a Householder QR of an
     * m×k Gaussian matrix, with column signs fixed so that R has a positive diagonal.
     */
    static double[][] haarOrthonormal(SeededGaussian g, int m, int k) {
        double[][] a = g.gaussian(m, k);
        double[][] q = new double[m][k];
        for (int i = 0; i < Math.min(m, k); i++) {
            q[i][i] = 1.0;
        }
        double[][] vs = new double[k][];
        double[] betas = new double[k];
        double[] signs = new double[k];
        for (int j = 0; j < k; j++) {
            double norm = 0.0;
            for (int i = j; i < m; i++) {
                norm += a[i][j] * a[i][j];
            }
            norm = Math.sqrt(norm);
            double alpha = a[j][j] >= 0 ? -norm : norm;
            double[] v = new double[m];
            for (int i = j; i < m; i++) {
                v[i] = a[i][j];
            }
            v[j] -= alpha;
            double vv = 0.0;
            for (int i = j; i < m; i++) {
                vv += v[i] * v[i];
            }
            double beta = vv == 0.0 ? 0.0 : 2.0 / vv;
            for (int c = j; c < k; c++) {
                double dot = 0.0;
                for (int i = j; i < m; i++) {
                    dot += v[i] * a[i][c];
                }
                for (int i = j; i < m; i++) {
                    a[i][c] -= beta * dot * v[i];
                }
            }
            vs[j] = v;
            betas[j] = beta;
            signs[j] = a[j][j] >= 0 ? 1.0 : -1.0;
        }
        for (int j = k - 1; j >= 0; j--) {
            double[] v = vs[j];
            for (int c = 0; c < k; c++) {
                double dot = 0.0;
                for (int i = j; i < m; i++) {
                    dot += v[i] * q[i][c];
                }
                for (int i = j; i < m; i++) {
                    q[i][c] -= betas[j] * dot * v[i];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                q[i][j] *= signs[j];
            }
        }
        return q;
    }

    /** U·diag(σ)·Vᵀ for an m×n matrix with the given singular values (length ≤ min(m, n)). */
    static double[][] withSingularValues(SeededGaussian g, int m, int n, double[] sigma) {
        int k = sigma.length;
        double[][] u = haarOrthonormal(g, m, k);
        double[][] v = haarOrthonormal(g, n, k);
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double us = u[i][p] * sigma[p];
                for (int j = 0; j < n; j++) {
                    a[i][j] += us * v[j][p];
                }
            }
        }
        return a;
    }

    /** Q·diag(λ)·Qᵀ, exactly symmetrized (the upper triangle mirrored). */
    static double[][] withEigenvalues(SeededGaussian g, double[] lambda) {
        int n = lambda.length;
        double[][] q = haarOrthonormal(g, n, n);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0.0;
                for (int p = 0; p < n; p++) {
                    s += q[i][p] * lambda[p] * q[j][p];
                }
                a[i][j] = s;
                a[j][i] = s;
            }
        }
        return a;
    }

    /** (B + Bᵀ)/2 for a Gaussian B. */
    static double[][] gaussianSymmetric(SeededGaussian g, int n) {
        double[][] b = g.gaussian(n, n);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = 0.5 * (b[i][j] + b[j][i]);
            }
        }
        return a;
    }

    /** σ (or |λ|) spread geometrically from 1 down to 1/κ. */
    static double[] geometric(int k, double kappa) {
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = k == 1 ? 1.0 : Math.pow(kappa, -(double) i / (k - 1));
        }
        return s;
    }

    static double[][] scaled(double[][] a, double s) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
            for (int j = 0; j < b[i].length; j++) {
                b[i][j] *= s;
            }
        }
        return b;
    }
}
