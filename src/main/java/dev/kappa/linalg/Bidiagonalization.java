package dev.kappa.linalg;

/**
 * Golub–Kahan bidiagonalization of an m×n matrix with m ≥ n: A = U_B·B·V_Bᵀ, B upper bidiagonal
 * n×n with diagonal d and superdiagonal e (e[k] = B[k][k+1]), U_B m×n with orthonormal columns,
 * V_B n×n orthogonal.
 *
 * <p>Step k applies a left reflector Hₖ (zeroing column k below the diagonal) and then a right
 * reflector Gₖ (zeroing row k beyond the superdiagonal), so U_B = H₀⋯H_{n−1} (thin) and
 * V_B = G₀⋯G_{n−3}. The left update (w = βvᵀA, then A −= vwᵀ) and the right update of the
 * same rows are fused into one pass over the trailing block, each row touched while it is in
 * cache. Both stages are orthogonal, so B is the exact bidiagonal form of A + E with
 * ‖E‖ ≈ ε·n·‖A‖. Cost ≈ 4mn² − 4n³/3 flops, plus as much for accumulating U_B and V_B.
 */
final class Bidiagonalization {
    private final int m;
    private final int n;
    private final double[][] left;
    private final double[] leftBeta;
    private final double[][] right;
    private final double[] rightBeta;
    private final double[] diagonal;
    private final double[] superDiagonal;

    /** Reduces the m×n row-major array a (m ≥ n), which is overwritten. */
    Bidiagonalization(int m, int n, double[] a) {
        this.m = m;
        this.n = n;
        this.left = new double[n][m];
        this.leftBeta = new double[n];
        this.right = new double[n][];
        this.rightBeta = new double[n];
        this.diagonal = new double[n];
        this.superDiagonal = new double[Math.max(n - 1, 0)];
        reduce(a);
    }

    double[] diagonal() {
        return diagonal.clone();
    }

    double[] superDiagonal() {
        return superDiagonal.clone();
    }

    private void reduce(double[] a) {
        double[] alpha = new double[1];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = left[k];
            for (int i = k; i < m; i++) {
                v[i] = a[i * n + k];
            }
            double lb = Householder.reflect(v, k, m - k, alpha);
            leftBeta[k] = lb;
            diagonal[k] = alpha[0];
            if (k + 1 == n) {
                break;
            }
            if (lb != 0.0) {
                java.util.Arrays.fill(w, k + 1, n, 0.0);
                for (int i = k; i < m; i++) {
                    double vi = v[i];
                    if (vi == 0.0) {
                        continue;
                    }
                    int row = i * n;
                    for (int j = k + 1; j < n; j++) {
                        w[j] += vi * a[row + j];
                    }
                }
                for (int j = k + 1; j < n; j++) {
                    w[j] *= lb;
                }
                int row = k * n;
                double vk = v[k];
                for (int j = k + 1; j < n; j++) {
                    a[row + j] -= vk * w[j];
                }
            }
            // Right reflector from row k (now final), acting on columns k+1..n−1.
            double[] u = new double[n];
            System.arraycopy(a, k * n + k + 1, u, k + 1, n - k - 1);
            double rb = Householder.reflect(u, k + 1, n - k - 1, alpha);
            right[k] = u;
            rightBeta[k] = rb;
            superDiagonal[k] = alpha[0];
            for (int i = k + 1; i < m; i++) {
                int row = i * n;
                double vi = v[i];
                if (lb != 0.0 && vi != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        a[row + j] -= vi * w[j];
                    }
                }
                if (rb != 0.0) {
                    double dot = 0.0;
                    for (int j = k + 1; j < n; j++) {
                        dot += a[row + j] * u[j];
                    }
                    double f = rb * dot;
                    for (int j = k + 1; j < n; j++) {
                        a[row + j] -= f * u[j];
                    }
                }
            }
        }
    }

    /** U_Bᵀ as n rows of length m: row r is column r of U_B. */
    double[][] leftTransposed() {
        double[][] ut = new double[n][m];
        for (int i = 0; i < n; i++) {
            ut[i][i] = 1.0;
        }
        // U_Bᵀ = [I 0]·H_{n−1}⋯H₀. Before Hₖ is applied, rows 0..k−1 are still rows of I with
        // zeros in columns k.., so only rows k..n−1 change.
        for (int k = n - 1; k >= 0; k--) {
            Householder.applyRight(ut, k, n, left[k], k, m - k, leftBeta[k]);
        }
        return ut;
    }

    /** V_Bᵀ as n rows of length n: row r is column r of V_B. */
    double[][] rightTransposed() {
        double[][] vt = new double[n][n];
        for (int i = 0; i < n; i++) {
            vt[i][i] = 1.0;
        }
        for (int k = n - 2; k >= 0; k--) {
            Householder.applyRight(vt, k + 1, n, right[k], k + 1, n - k - 1, rightBeta[k]);
        }
        return vt;
    }
}
