package dev.kappa.linalg;

/**
 * Cholesky factorization of a symmetric positive definite n×n matrix: A = L·Lᵀ with L lower
 * triangular and a positive diagonal.
 *
 * <p>Computed row by row, L_ij = (A_ij − Σ_{k&lt;j} L_ik·L_jk)/L_jj and
 * L_jj = √(A_jj − Σ_{k&lt;j} L_jk²), reading only the lower triangle of A. A non-positive pivot
 * A_jj − Σ L_jk² means A is not (numerically) positive definite, and is reported with its index
 * and value rather than producing NaNs. This is exactly how the normal equations AᵀA·x = Aᵀb
 * break down when κ(A)² approaches 1/ε, which the conditioning lab shows.
 *
 * <p>Use it for SPD systems (half the work of LU, no pivoting needed, backward stable); for least
 * squares prefer {@link QR} or {@link SVD}, which do not square the condition number.
 */
public final class Cholesky {
    private final int n;
    /** L, row-major n×n, zero above the diagonal. */
    private final double[] l;
    /** ‖A‖₁, for the condition estimate. */
    private final double norm1;

    private Cholesky(int n, double[] l, double norm1) {
        this.n = n;
        this.l = l;
        this.norm1 = norm1;
    }

    /**
     * Factors a symmetric positive definite matrix.
     *
     * @throws IllegalArgumentException if {@code a} is not square, not symmetric (beyond rounding:
     *     |A_ij − A_ji| &gt; n·ε·max|A|, naming the worst pair), or not positive definite (naming
     *     the first failing pivot)
     */
    public static Cholesky of(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("matrix is null");
        }
        int n = a.rows();
        if (a.cols() != n) {
            throw new IllegalArgumentException("Cholesky needs a square matrix but got " + n + "×" + a.cols());
        }
        double[] d = a.toRowMajor();
        Checks.requireFinite(d, "A (row-major)");
        requireSymmetric(d, n);
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            int rowJ = j * n;
            for (int i = j; i < n; i++) {
                int rowI = i * n;
                double s = d[rowI + j];
                for (int k = 0; k < j; k++) {
                    s -= l[rowI + k] * l[rowJ + k];
                }
                if (i == j) {
                    if (!(s > 0.0)) {
                        throw new IllegalArgumentException("matrix is not positive definite: pivot " + j
                                + " (A[" + j + "][" + j + "] minus the squares of row " + j + " of L) is " + s
                                + (s == 0.0 ? " (singular)" : ""));
                    }
                    l[rowJ + j] = Math.sqrt(s);
                } else {
                    l[rowI + j] = s / l[rowJ + j];
                }
            }
        }
        double norm1 = 0.0;
        for (int j = 0; j < n; j++) {
            double col = 0.0;
            for (int i = 0; i < n; i++) {
                col += Math.abs(d[i * n + j]);
            }
            norm1 = Math.max(norm1, col);
        }
        return new Cholesky(n, l, norm1);
    }

    /**
     * An estimate of κ₁(A) = ‖A‖₁·‖A⁻¹‖₁ (Hager's, from a few solves with L: O(n²)); a lower bound,
     * in practice within a factor of 3. log₁₀ of it is about the number of digits a solve loses.
     */
    public double conditionEstimate() {
        if (n == 0) {
            return 1.0;
        }
        double inverse = InverseNormEstimate.oneNorm(n, (v, w, transposed) -> {
            double[] x = substitute(v);
            System.arraycopy(x, 0, w, 0, n);
        }, new double[n], new double[n]);
        return norm1 * inverse;
    }

    private static void requireSymmetric(double[] d, int n) {
        double max = 0.0;
        for (double v : d) {
            max = Math.max(max, Math.abs(v));
        }
        double worst = 0.0;
        int wi = -1;
        int wj = -1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double diff = Math.abs(d[i * n + j] - d[j * n + i]);
                if (diff > worst) {
                    worst = diff;
                    wi = i;
                    wj = j;
                }
            }
        }
        if (worst > n * Tolerance.EPS * max) {
            throw new IllegalArgumentException("matrix is not symmetric: A[" + wi + "][" + wj + "] = "
                    + d[wi * n + wj] + " but A[" + wj + "][" + wi + "] = " + d[wj * n + wi]);
        }
    }

    /** n, the order of A. */
    public int size() {
        return n;
    }

    /** L, lower triangular with a positive diagonal, A = L·Lᵀ (a fresh matrix). */
    public Matrix l() {
        return Matrix.wrap(n, n, l.clone());
    }

    /** x with A·x = b, by forward substitution L·y = b and back substitution Lᵀ·x = y. */
    public double[] solve(double[] b) {
        if (b == null) {
            throw new IllegalArgumentException("b is null");
        }
        if (b.length != n) {
            throw new IllegalArgumentException("b has " + b.length + " entries but A has " + n + " rows");
        }
        Checks.requireFinite(b, "b");
        return substitute(b);
    }

    /** A⁻¹b by the two triangular solves. */
    private double[] substitute(double[] b) {
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s = x[i];
            for (int k = 0; k < i; k++) {
                s -= l[row + k] * x[k];
            }
            x[i] = s / l[row + i];
        }
        // Lᵀx = y column-oriented: once x_i is known, remove it from the rows above (row i of L).
        for (int i = n - 1; i >= 0; i--) {
            int row = i * n;
            double xi = x[i] / l[row + i];
            x[i] = xi;
            for (int k = 0; k < i; k++) {
                x[k] -= l[row + k] * xi;
            }
        }
        return x;
    }
}
