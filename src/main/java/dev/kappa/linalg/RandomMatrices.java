package dev.kappa.linalg;

/**
 * Random and classic test matrices with known structure, for labs, exercises and tests.
 * Everything random is drawn from a caller's {@link Rng}, so a seed reproduces the matrix on
 * every engine.
 */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /**
     * An m×k matrix with orthonormal columns (k ≤ m), distributed uniformly (Haar measure): the Q
     * of an unpivoted QR of an m×k Gaussian matrix, with column j multiplied by sign(R_jj) so that
     * the factorization is unique (without the sign fix Q would not be Haar-distributed).
     */
    public static Matrix haarOrthonormal(Rng rng, int m, int k) {
        requireRng(rng);
        if (m < 0 || k < 0 || k > m) {
            throw new IllegalArgumentException("an m×k matrix with orthonormal columns needs 0 ≤ k ≤ m but got "
                    + m + "×" + k);
        }
        QR qr = QR.unpivoted(rng.gaussianMatrix(m, k));
        double[] q = qr.q().toRowMajor();
        double[] d = qr.r().toRowMajor();
        for (int j = 0; j < k; j++) {
            if (d[j * k + j] < 0) {
                for (int i = 0; i < m; i++) {
                    q[i * k + j] = -q[i * k + j];
                }
            }
        }
        return Matrix.wrap(m, k, q);
    }

    /** An n×n Haar-random orthogonal matrix. */
    public static Matrix haarOrthogonal(Rng rng, int n) {
        return haarOrthonormal(rng, n, n);
    }

    /**
     * A = U·diag(σ)·Vᵀ (m×n) with U m×k and V n×k Haar-random orthonormal, k = σ.length ≤ min(m, n):
     * the singular values of A are exactly the entries of σ (up to rounding of the product), so
     * κ(A) and the rank are known in advance.
     */
    public static Matrix withSingularValues(Rng rng, int m, int n, double[] sigma) {
        requireRng(rng);
        if (sigma == null) {
            throw new IllegalArgumentException("sigma is null");
        }
        if (m < 0 || n < 0 || sigma.length > Math.min(m, n)) {
            throw new IllegalArgumentException("a " + m + "×" + n + " matrix has at most " + Math.max(0, Math.min(m, n))
                    + " singular values but " + sigma.length + " were given");
        }
        for (int i = 0; i < sigma.length; i++) {
            if (!(sigma[i] >= 0) || Double.isInfinite(sigma[i])) {
                throw new IllegalArgumentException("sigma[" + i + "] is " + sigma[i] + "; singular values must be finite and ≥ 0");
            }
        }
        int k = sigma.length;
        double[] u = haarOrthonormal(rng, m, k).toRowMajor();
        double[] v = haarOrthonormal(rng, n, k).toRowMajor();
        double[] a = new double[m * n];
        double[] us = new double[k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                us[p] = u[i * k + p] * sigma[p];
            }
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                int vRow = j * k;
                for (int p = 0; p < k; p++) {
                    s += us[p] * v[vRow + p];
                }
                a[row + j] = s;
            }
        }
        return Matrix.wrap(m, n, a);
    }

    /**
     * An m×n matrix with κ₂ = cond exactly (up to rounding): singular values spaced geometrically
     * from 1 down to 1/cond, σᵢ = cond^(−i/(k−1)), computed with {@link KMath#pow}.
     */
    public static Matrix withCondition(Rng rng, int m, int n, double cond) {
        if (!(cond >= 1.0) || Double.isInfinite(cond)) {
            throw new IllegalArgumentException("a condition number must be finite and ≥ 1 but got " + cond);
        }
        int k = Math.min(m, n);
        double[] sigma = new double[Math.max(k, 0)];
        for (int i = 0; i < k; i++) {
            sigma[i] = k == 1 ? 1.0 : KMath.pow(cond, -(double) i / (k - 1));
        }
        return withSingularValues(rng, m, n, sigma);
    }

    /** The n×n Hilbert matrix H_ij = 1/(i + j + 1): symmetric positive definite, κ grows like e^(3.5n). */
    public static Matrix hilbert(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a Hilbert matrix cannot have order " + n);
        }
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i * n + j] = 1.0 / (i + j + 1);
            }
        }
        return Matrix.wrap(n, n, h);
    }

    /**
     * The Vandermonde matrix V_ij = x_i^j for j = 0 … columns−1 (increasing powers, numpy's
     * {@code vander(x, columns, increasing=True)}): polynomial fitting of degree columns−1 is
     * least squares with this matrix. Powers by repeated multiplication, exact where possible.
     */
    public static Matrix vandermonde(double[] x, int columns) {
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (columns < 0) {
            throw new IllegalArgumentException("a Vandermonde matrix cannot have " + columns + " columns");
        }
        Checks.requireFinite(x, "x");
        int m = x.length;
        double[] v = new double[m * columns];
        for (int i = 0; i < m; i++) {
            double p = 1.0;
            for (int j = 0; j < columns; j++) {
                v[i * columns + j] = p;
                p *= x[i];
            }
        }
        for (int k = 0; k < v.length; k++) {
            if (Double.isInfinite(v[k])) {
                throw new IllegalArgumentException("Vandermonde entry (" + k / columns + ", " + k % columns
                        + ") overflows: x is too large for " + columns + " columns");
            }
        }
        return Matrix.wrap(m, columns, v);
    }

    private static void requireRng(Rng rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng is null");
        }
    }
}
