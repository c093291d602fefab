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
        for (int k = 0; k + 1 < n; k++) {
            right[k] = new double[n];
        }
        // Large reductions go to installed kernels, which compute the same bits.
        VectorKernels kernel = n == 0 ? null : KernelChoice.forWork((long) m * n * n);
        (kernel == null ? VectorKernels.SCALAR : kernel).bidiagonalize(m, n, a, left, leftBeta, right, rightBeta,
                diagonal, superDiagonal);
    }

    double[] diagonal() {
        return diagonal.clone();
    }

    double[] superDiagonal() {
        return superDiagonal.clone();
    }

    /**
     * The reduction in plain Java (see {@link VectorKernels#bidiagonalize}): a (m×n row-major,
     * m ≥ n) is used up; left[k] (length m, zero) receives the left reflector vₖ and right[k]
     * (length n, zero, k &lt; n − 1) the right one uₖ, with their β, B's diagonal and superdiagonal.
     */
    static void reduceScalar(int m, int n, double[] a, double[][] left, double[] leftBeta, double[][] right,
            double[] rightBeta, double[] diagonal, double[] superDiagonal) {
        // h = {α, 1/scale, α/scale} from Householder.reflect.
        double[] h = new double[3];
        double[] w = new double[n];
        // xᵀA for the next column x, gathered while the previous pass had each row in cache.
        double[] next = new double[n];
        double[] pair = new double[2];
        for (int k = 0; k < n; k++) {
            double[] v = left[k];
            for (int i = k; i < m; i++) {
                v[i] = a[i * n + k];
            }
            double lb = Householder.reflect(v, k, m - k, h);
            leftBeta[k] = lb;
            diagonal[k] = h[0];
            if (k + 1 == n) {
                break;
            }
            if (lb != 0.0) {
                leftProduct(m, n, a, k, v, lb, h, next, w);
                int row = k * n;
                double vk = v[k];
                for (int j = k + 1; j < n; j++) {
                    a[row + j] -= vk * w[j];
                }
            }
            // Right reflector from row k (now final), acting on columns k+1..n−1.
            double[] u = right[k];
            System.arraycopy(a, k * n + k + 1, u, k + 1, n - k - 1);
            double rb = Householder.reflect(u, k + 1, n - k - 1, h);
            rightBeta[k] = rb;
            superDiagonal[k] = h[0];
            java.util.Arrays.fill(next, 0.0);
            // The left update row −= vᵢ·w and the right update row −= fᵢ·u are fused into one
            // pass: fᵢ = β_r·(row − vᵢw)·u = β_r·(row·u − vᵢ·(w·u)), with w·u computed once.
            boolean leftActive = lb != 0.0;
            double wu = leftActive && rb != 0.0 ? Householder.dot(w, k + 1, u, k + 1, n - k - 1) : 0.0;
            // Rows go in pairs: the two dot products with u share the loads of u, and the two
            // updates share those of w, u and next. Each row's sums are the one-row loop's, in the
            // same order, and next gathers row i before row i + 1, so the result is the same to
            // the bit; in WasmGC a 500×500 reduction took ≈ 58 against ≈ 66 ms.
            int i = k + 1;
            for (; i + 1 < m; i += 2) {
                int r0 = i * n;
                int r1 = r0 + n;
                double v0 = leftActive ? v[i] : 0.0;
                double v1 = leftActive ? v[i + 1] : 0.0;
                double f0 = 0.0;
                double f1 = 0.0;
                if (rb != 0.0) {
                    dotTwoRows(a, r0 + k + 1, r1 + k + 1, u, k + 1, n - k - 1, pair);
                    f0 = rb * (pair[0] - v0 * wu);
                    f1 = rb * (pair[1] - v1 * wu);
                }
                if ((v0 == 0.0 && f0 == 0.0) || (v1 == 0.0 && f1 == 0.0)) {
                    finishRow(n, a, r0, k, v0, f0, w, u, next);
                    finishRow(n, a, r1, k, v1, f1, w, u, next);
                    continue;
                }
                double x0 = a[r0 + k + 1] - v0 * w[k + 1] - f0 * u[k + 1];
                double x1 = a[r1 + k + 1] - v1 * w[k + 1] - f1 * u[k + 1];
                a[r0 + k + 1] = x0;
                a[r1 + k + 1] = x1;
                for (int j = k + 2; j < n; j++) {
                    double wj = w[j];
                    double uj = u[j];
                    double t0 = a[r0 + j] - v0 * wj - f0 * uj;
                    double t1 = a[r1 + j] - v1 * wj - f1 * uj;
                    a[r0 + j] = t0;
                    a[r1 + j] = t1;
                    next[j] = (next[j] + x0 * t0) + x1 * t1;
                }
            }
            if (i < m) {
                double vi = leftActive ? v[i] : 0.0;
                double f = rb != 0.0 ? rb * (Householder.dot(a, i * n + k + 1, u, k + 1, n - k - 1) - vi * wu) : 0.0;
                finishRow(n, a, i * n, k, vi, f, w, u, next);
            }
        }
    }

    /**
     * Row −= vᵢ·w + fᵢ·u on columns k+1..n−1 (the row starting at a[row]); the row becomes final,
     * and its new entry in column k+1 weights its share of xᵀA for the next step's left reflector.
     */
    private static void finishRow(int n, double[] a, int row, int k, double vi, double f, double[] w, double[] u,
            double[] next) {
        double xi = a[row + k + 1] - vi * w[k + 1] - f * u[k + 1];
        a[row + k + 1] = xi;
        if (vi != 0.0 || f != 0.0) {
            for (int j = k + 2; j < n; j++) {
                double t = a[row + j] - vi * w[j] - f * u[j];
                a[row + j] = t;
                next[j] += xi * t;
            }
        } else if (xi != 0.0) {
            for (int j = k + 2; j < n; j++) {
                next[j] += xi * a[row + j];
            }
        }
    }

    /**
     * out = (Σ a[r0+t]·u[from+t], Σ a[r1+t]·u[from+t]) over t &lt; len, each summed exactly as
     * {@link Householder#dot} sums it, with each u entry loaded once for both rows.
     */
    private static void dotTwoRows(double[] a, int r0, int r1, double[] u, int from, int len, double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double q0 = 0.0;
        double q1 = 0.0;
        double q2 = 0.0;
        double q3 = 0.0;
        int t = 0;
        for (; t + 3 < len; t += 4) {
            double u0 = u[from + t];
            double u1 = u[from + t + 1];
            double u2 = u[from + t + 2];
            double u3 = u[from + t + 3];
            s0 += a[r0 + t] * u0;
            s1 += a[r0 + t + 1] * u1;
            s2 += a[r0 + t + 2] * u2;
            s3 += a[r0 + t + 3] * u3;
            q0 += a[r1 + t] * u0;
            q1 += a[r1 + t + 1] * u1;
            q2 += a[r1 + t + 2] * u2;
            q3 += a[r1 + t + 3] * u3;
        }
        for (; t < len; t++) {
            double ut = u[from + t];
            s0 += a[r0 + t] * ut;
            q0 += a[r1 + t] * ut;
        }
        out[0] = ((s0 + s1) + s2) + s3;
        out[1] = ((q0 + q1) + q2) + q3;
    }

    /**
     * w[j] = β·Σᵢ vᵢ·A[i][j] (rows i ≥ k, columns j &gt; k) for the left reflector of step k.
     * From step 1 on, {@code next[j]} already holds Σᵢ xᵢ·A[i][j] with x = column k before
     * reflecting (gathered by the previous step's pass); since v = x/scale − (α/scale)·e_k,
     * w follows without another pass over the trailing block.
     */
    private static void leftProduct(int m, int n, double[] a, int k, double[] v, double lb, double[] h, double[] next,
            double[] w) {
        if (k == 0) {
            java.util.Arrays.fill(w, 0.0);
            for (int i = 0; i < m; i++) {
                double vi = v[i];
                if (vi == 0.0) {
                    continue;
                }
                int row = i * n;
                for (int j = 1; j < n; j++) {
                    w[j] += vi * a[row + j];
                }
            }
            for (int j = 1; j < n; j++) {
                w[j] *= lb;
            }
            return;
        }
        double inv = h[1];
        double alphaScaled = h[2];
        int row = k * n;
        for (int j = k + 1; j < n; j++) {
            w[j] = lb * (inv * next[j] - alphaScaled * a[row + j]);
        }
    }

    /** U_Bᵀ·b, n entries (b, of length m, is overwritten), without forming U_B: 4mn flops. */
    double[] leftTransposeTimes(double[] b) {
        Householder.applyToVector(left, leftBeta, n, 0, b);
        return java.util.Arrays.copyOf(b, n);
    }

    /** U_Bᵀ as n rows of length m: row r is column r of U_B. */
    double[][] leftTransposed() {
        double[][] ut = new double[n][m];
        for (int i = 0; i < n; i++) {
            ut[i][i] = 1.0;
        }
        // U_Bᵀ = [I 0]·H_{n−1}⋯H₀. Row r starts as eᵣ, which Hₖ leaves alone for k > r.
        Householder.applyAllRight(ut, left, leftBeta, n, 0, true);
        return ut;
    }

    /** V_Bᵀ as n rows of length n: row r is column r of V_B. */
    double[][] rightTransposed() {
        double[][] vt = new double[n][n];
        for (int i = 0; i < n; i++) {
            vt[i][i] = 1.0;
        }
        // V_Bᵀ = I·G_{n−3}⋯G₀, Gₖ acting on columns k+1..n−1.
        Householder.applyAllRight(vt, right, rightBeta, n - 1, 1, true);
        return vt;
    }

    /**
     * For rows wᵀ of length n (left singular vectors of B), the rows (U_B·w)ᵀ of length m: left
     * singular vectors of A. 2mn² flops for n rows, without forming U_B.
     */
    double[][] leftTimesRows(double[][] rows) {
        double[][] wide = new double[rows.length][m];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, wide[i], 0, n);
        }
        // (U_B·w)ᵀ = [wᵀ 0]·H_{n−1}⋯H₀.
        Householder.applyAllRight(wide, left, leftBeta, n, 0, false);
        return wide;
    }

    /** Replaces each row wᵀ (of length n) by (V_B·w)ᵀ: right singular vectors of B become A's. */
    void rightTimesRows(double[][] rows) {
        Householder.applyAllRight(rows, right, rightBeta, n - 1, 1, false);
    }
}
