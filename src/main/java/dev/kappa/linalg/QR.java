package dev.kappa.linalg;

/**
 * Householder QR factorization with column pivoting of an m×n matrix A:
 * <pre>  A·P = Q·R,   k = min(m, n)</pre>
 * with Q m×k having orthonormal columns (QᵀQ = I), R k×n upper triangular (upper trapezoidal
 * when n &gt; m), and P the n×n permutation given by {@link #permutation()}: column j of A·P is
 * column {@code permutation()[j]} of A.
 *
 * <p>At step p the remaining column of largest norm is moved to position p (LAPACK's dgeqp3
 * strategy), so |R₀₀| ≥ |R₁₁| ≥ … and the first {@link #rank()} columns of A·P are the
 * numerically independent ones. Column norms are downdated after each step,
 * ‖x'‖² = ‖x‖² − r², and recomputed from the data when cancellation has left fewer than half
 * the digits (the safeguard of LAPACK Working Note 176), so the pivot choice stays reliable.
 * {@link #unpivoted(Matrix)} skips the pivoting (P = I) for when column order matters, e.g.
 * orthonormalizing a Gaussian matrix.
 *
 * <p>Use it for least squares on full-rank or mildly rank-deficient problems (cheaper than the
 * SVD, and backward stable: the computed factors are exact for a matrix within about
 * ε·‖A‖·size of A). For rank decisions that must be trustworthy in every case prefer
 * {@link SVD}; pivoted QR reveals rank in practice but not provably.
 *
 * <p>Storage: column-major, one array per column of A·P, holding R on and above the diagonal and
 * the essential parts of the Householder vectors below it (vᵢ with an implicit leading 1). A
 * reflector then meets every trailing column as one contiguous dot product and one contiguous
 * update of length m − p (the inner loops of a tall least-squares problem run over its long
 * dimension), and a pivot swap exchanges two array references.
 */
public final class QR {
    private final int m;
    private final int n;
    private final int k;
    /** Column j of A·P: R on and above the diagonal, Householder vectors below it. */
    private final double[][] col;
    /** Householder scalars: Hₚ = I − τₚ·vₚ·vₚᵀ. */
    private final double[] tau;
    private final int[] perm;
    private final int rank;
    /** Scratch for {@link Householder#dot2}. */
    private final double[] pair = new double[2];

    private QR(Matrix a, boolean pivoting) {
        m = a.rows();
        n = a.cols();
        k = Math.min(m, n);
        col = new double[n][m];
        double[] rowMajor = a.toRowMajor();
        for (int i = 0; i < m; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                col[j][i] = rowMajor[row + j];
            }
        }
        tau = new double[k];
        perm = new int[n];
        for (int j = 0; j < n; j++) {
            perm[j] = j;
        }
        factor(pivoting);
        rank = countRank();
    }

    /** QR with column pivoting of any m×n matrix (including empty ones). */
    public static QR of(Matrix a) {
        requireMatrix(a);
        return new QR(a, true);
    }

    /** QR without pivoting: A = Q·R, {@link #permutation()} is the identity. */
    public static QR unpivoted(Matrix a) {
        requireMatrix(a);
        return new QR(a, false);
    }

    private static void requireMatrix(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("matrix is null");
        }
    }

    private void factor(boolean pivoting) {
        double[] norm = new double[n];
        double[] normAtRecompute = new double[n];
        if (pivoting) {
            for (int j = 0; j < n; j++) {
                norm[j] = columnNorm(col[j], 0);
                normAtRecompute[j] = norm[j];
            }
        }
        double recomputeThreshold = Math.sqrt(Tolerance.EPS);
        for (int p = 0; p < k; p++) {
            if (pivoting) {
                int best = p;
                for (int j = p + 1; j < n; j++) {
                    if (norm[j] > norm[best]) {
                        best = j;
                    }
                }
                if (best != p) {
                    swapColumns(p, best);
                    norm[best] = norm[p];
                    normAtRecompute[best] = normAtRecompute[p];
                }
            }
            makeReflector(p);
            applyReflectorToTrailingColumns(p);
            if (pivoting) {
                for (int j = p + 1; j < n; j++) {
                    if (norm[j] == 0.0) {
                        continue;
                    }
                    // The new norm of column j below row p: ‖x'‖² = ‖x‖² − R_pj².
                    double ratio = Math.abs(col[j][p]) / norm[j];
                    double shrink = Math.max(0.0, (1.0 + ratio) * (1.0 - ratio));
                    double sinceRecompute = norm[j] / normAtRecompute[j];
                    if (shrink * sinceRecompute * sinceRecompute <= recomputeThreshold) {
                        // Most of the norm has cancelled since it was last measured: the downdated
                        // value has lost half its digits, so measure it again.
                        norm[j] = columnNorm(col[j], p + 1);
                        normAtRecompute[j] = norm[j];
                    } else {
                        norm[j] *= Math.sqrt(shrink);
                    }
                }
            }
        }
    }

    private void swapColumns(int a, int b) {
        double[] c = col[a];
        col[a] = col[b];
        col[b] = c;
        int t = perm[a];
        perm[a] = perm[b];
        perm[b] = t;
    }

    /** ‖x[from:m]‖₂ computed without overflow or harmful underflow. */
    private double columnNorm(double[] x, int from) {
        return ScaledNorm.of(x, from, m);
    }

    /**
     * Builds Hₚ with Hₚ·x = β·e₁ for x = A[p:m, p]: β = −sign(x₀)·‖x‖ (the sign that avoids
     * cancellation in x₀ − β), v = x/(x₀ − β) with v₀ = 1, τ = (β − x₀)/β.
     */
    private void makeReflector(int p) {
        double[] x = col[p];
        double tailNorm = columnNorm(x, p + 1);
        if (tailNorm == 0.0) {
            tau[p] = 0.0; // already zero below the diagonal: H = I
            return;
        }
        // A column this small (subnormal territory) would make 1/(x₀ − β) overflow: work on 2⁶⁰⁰·x
        // (exact; H depends only on x's direction) and scale β back.
        int up = Math.max(Math.abs(x[p]), tailNorm) < TINY_COLUMN ? 600 : 0;
        if (up != 0) {
            for (int i = p; i < m; i++) {
                x[i] = Scaling.scale(x[i], up);
            }
            tailNorm = Scaling.scale(tailNorm, up);
        }
        double alpha = x[p];
        double beta = -Math.copySign(hypot(alpha, tailNorm), alpha);
        tau[p] = (beta - alpha) / beta;
        double scale = 1.0 / (alpha - beta);
        for (int i = p + 1; i < m; i++) {
            x[i] *= scale;
        }
        x[p] = Scaling.scale(beta, -up);
    }

    /** 2⁻⁹⁰⁰: below this a column's reflector is built from an exactly rescaled copy. */
    private static final double TINY_COLUMN = 0x1.0p-900;

    /** √(a² + b²) without overflow, from IEEE-exact operations only (Math.hypot is not). */
    static double hypot(double a, double b) {
        double x = Math.abs(a);
        double y = Math.abs(b);
        double big = Math.max(x, y);
        double small = Math.min(x, y);
        if (big == 0.0) {
            return 0.0;
        }
        double r = small / big;
        return big * Math.sqrt(1.0 + r * r);
    }

    /** A[p:m, j] ← Hₚ·A[p:m, j] = a − τ·(vᵀa)·v for every trailing column j, each one contiguous. */
    private void applyReflectorToTrailingColumns(int p) {
        double t = tau[p];
        if (t == 0.0) {
            return;
        }
        applyReflector(col[p], p, t, col, p + 1, n);
    }

    /**
     * c ← (I − τ·v·vᵀ)·c for the columns c = cols[from..to), acting on rows p..m−1, where v is
     * v[p+1..m) below an implicit v_p = 1.
     */
    private void applyReflector(double[] v, int p, double t, double[][] cols, int from, int to) {
        int len = m - p - 1;
        int j = from;
        // Two columns per pass: v is loaded once for both (the same sums, in the same order, as
        // one column at a time, so the result does not depend on the pairing).
        for (; j + 1 < to; j += 2) {
            double[] c = cols[j];
            double[] e = cols[j + 1];
            Householder.dot2(v, c, e, p + 1, len, pair);
            double f = t * (pair[0] + c[p]);
            double g = t * (pair[1] + e[p]);
            c[p] -= f;
            e[p] -= g;
            if (f != 0.0 && g != 0.0) {
                for (int i = p + 1; i < m; i++) {
                    double vi = v[i];
                    c[i] -= f * vi;
                    e[i] -= g * vi;
                }
            } else {
                axpy(v, p, f, c);
                axpy(v, p, g, e);
            }
        }
        for (; j < to; j++) {
            double[] c = cols[j];
            double f = t * (Householder.dot(v, p + 1, c, p + 1, len) + c[p]);
            c[p] -= f;
            axpy(v, p, f, c);
        }
    }

    /** c[p+1..m) −= f·v[p+1..m), skipped when f = 0. */
    private void axpy(double[] v, int p, double f, double[] c) {
        if (f == 0.0) {
            return;
        }
        for (int i = p + 1; i < m; i++) {
            c[i] -= f * v[i];
        }
    }

    /**
     * The numerical rank as the SVD counts it: the number of singular values of A above
     * ε·max(m, n)·σ₀ (numpy's cut-off). σ(A) = σ(R), since Q is orthogonal, so this is decided on R:
     * <ul>
     *   <li>first cheaply: when the leading k×k triangle T has κ₁(T) ≤ ‖T‖₁·est‖T⁻¹‖₁ (Hager's
     *       estimate, O(k²)) at least {@link #MARGIN} times below the cut-off ratio
     *       1/(ε·max(m, n)), A certainly has full rank k (the estimate is within a factor of 3
     *       in practice, and κ₂ ≤ k·κ₁);</li>
     *   <li>otherwise the singular values of R are computed (values only) and counted. This is the
     *       case for every rank-deficient or nearly so input, where counting |R_ii| above the
     *       cut-off (the earlier rule) said 54 for a noisy rank-10 matrix and 100 for Kahan's
     *       100×100 matrix, whose σ_min ≈ 9e-17.</li>
     * </ul>
     */
    private int countRank() {
        if (k == 0) {
            return 0;
        }
        double r00 = Math.abs(col[0][0]);
        if (r00 == 0.0) {
            return 0;
        }
        boolean nonzero = true;
        for (int i = 0; i < k; i++) {
            nonzero &= col[i][i] != 0.0;
        }
        if (nonzero && conditionBoundOfT() * MARGIN * Tolerance.EPS * Math.max(m, n) <= 1.0) {
            return k;
        }
        rValues = SVD.valuesOnly(r());
        return SVD.rankOf(rValues.sigma, m, n);
    }

    /** How far below the cut-off ratio the condition estimate must be to vouch for full rank. */
    private static final double MARGIN = 1e4;

    /** σ(R) (as 2ᵏσ) when {@link #countRank} needed them, else null. */
    private SVD.Factors rValues;

    /** k·‖T‖₁·est‖T⁻¹‖₁ ≥ κ₂(T) in practice (T the leading k×k triangle of R). */
    private double conditionBoundOfT() {
        double norm1 = 0.0;
        for (int j = 0; j < k; j++) {
            double s = 0.0;
            for (int i = 0; i <= j; i++) {
                s += Math.abs(col[j][i]);
            }
            norm1 = Math.max(norm1, s);
        }
        double inverse = InverseNormEstimate.oneNorm(k, this::solveT, new double[k], new double[k]);
        return norm1 * inverse * k;
    }

    /** w ← T⁻¹v (or T⁻ᵀv) for the leading k×k upper triangle T of R; v is overwritten. */
    private void solveT(double[] v, double[] w, boolean transposed) {
        if (!transposed) {
            for (int i = k - 1; i >= 0; i--) {
                double s = v[i];
                for (int j = i + 1; j < k; j++) {
                    s -= col[j][i] * w[j];
                }
                w[i] = s / col[i][i];
            }
        } else {
            // Tᵀ is lower triangular with column j of T as its row j.
            for (int j = 0; j < k; j++) {
                double[] c = col[j];
                double s = v[j];
                for (int i = 0; i < j; i++) {
                    s -= c[i] * w[i];
                }
                w[j] = s / c[j];
            }
        }
    }

    /**
     * Whether the rank-r complete orthogonal decomposition is the minimum-norm solution up to
     * rounding: the dropped block R₂₂ (rows r.., columns r..) must be as small as the singular
     * values the SVD drops, ‖R₂₂‖_F ≤ 100·ε·max(m, n)·σ₀. Pivoted QR usually reveals the rank
     * that way; on Kahan's matrix it does not (R₂₂ = R_{n−1,n−1} ≫ σ_min).
     */
    boolean revealsRank(int r) {
        if (r >= k) {
            return true;
        }
        double scale = 0.0;
        double ssq = 1.0;
        for (int j = r; j < n; j++) {
            double[] c = col[j];
            for (int i = r; i <= Math.min(j, k - 1); i++) {
                double a = Math.abs(c[i]);
                if (a != 0.0) {
                    if (scale < a) {
                        double q = scale / a;
                        ssq = 1.0 + ssq * q * q;
                        scale = a;
                    } else {
                        double q = a / scale;
                        ssq += q * q;
                    }
                }
            }
        }
        // σ₀ ≥ |R₀₀| (a column norm of A): the bound is conservative towards the SVD fallback.
        double sigma0 = rValues == null ? Math.abs(col[0][0]) : Scaling.scale(rValues.sigma[0], -rValues.exponent);
        return scale * Math.sqrt(ssq) <= 100.0 * Tolerance.rankCutoff(m, n, sigma0);
    }

    public int rows() {
        return m;
    }

    public int cols() {
        return n;
    }

    /** The thin Q, m×k with orthonormal columns, formed by applying H₀…H_{k−1} to [I; 0]. */
    public Matrix q() {
        double[][] qc = new double[k][m];
        for (int j = 0; j < k; j++) {
            qc[j][j] = 1.0;
        }
        for (int p = k - 1; p >= 0; p--) {
            double t = tau[p];
            if (t == 0.0) {
                continue;
            }
            // Columns before p of H_{p+1}…H_{k−1}·[I; 0] are still unit vectors e_j with j < p,
            // untouched by Hₚ, so only columns p…k−1 are updated.
            applyReflector(col[p], p, t, qc, p, k);
        }
        double[] q = new double[m * k];
        for (int j = 0; j < k; j++) {
            double[] c = qc[j];
            for (int i = 0; i < m; i++) {
                q[i * k + j] = c[i];
            }
        }
        return Matrix.wrap(m, k, q);
    }

    /** R, k×n upper triangular (trapezoidal when n &gt; m). */
    public Matrix r() {
        return Matrix.wrap(k, n, rowsOfR(k));
    }

    /** The first {@code count} rows of R, row-major count×n (zeros below the diagonal). */
    private double[] rowsOfR(int count) {
        double[] r = new double[count * n];
        for (int j = 0; j < n; j++) {
            double[] c = col[j];
            int top = Math.min(j + 1, count);
            for (int i = 0; i < top; i++) {
                r[i * n + j] = c[i];
            }
        }
        return r;
    }

    /** P as an index map: column j of A·P = Q·R is column {@code permutation()[j]} of A. */
    public int[] permutation() {
        return perm.clone();
    }

    /**
     * The numerical rank, as {@link SVD#rank()} decides it (see {@link #countRank}); 0 for an
     * empty or zero matrix.
     */
    public int rank() {
        return rank;
    }

    /** |R_ii| for i &lt; k, non-increasing when pivoted. */
    public double[] diagonalOfR() {
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = Math.abs(col[i][i]);
        }
        return d;
    }

    /** Qᵀb for the full m×m Q = H₀…H_{k−1}: the first k entries are the thin Qᵀb. */
    double[] applyQTranspose(double[] b) {
        double[] c = b.clone();
        for (int p = 0; p < k; p++) {
            double t = tau[p];
            if (t == 0.0) {
                continue;
            }
            double[] v = col[p];
            double d = t * (Householder.dot(v, p + 1, c, p + 1, m - p - 1) + c[p]);
            c[p] -= d;
            for (int i = p + 1; i < m; i++) {
                c[i] -= v[i] * d;
            }
        }
        return c;
    }

    /**
     * x = P·R⁺_r·(Qᵀb)[0:k] with R⁺_r the pseudo-inverse of R truncated to its r largest singular
     * values (from the SVD of the k×n R): the truncated minimum-norm solution when pivoting did
     * not reveal the rank.
     */
    double[] solveThroughSvdOfR(double[] b, int r) {
        double[] c = java.util.Arrays.copyOf(applyQTranspose(b), k);
        double[] y = SVD.of(r()).solve(c, r);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[perm[j]] = y[j];
        }
        return x;
    }

    /**
     * The minimum-norm x minimizing ‖A·x − b‖ when the trailing rows of R from {@code r} on are
     * treated as zero (the numerical rank). For r = n this is back substitution with R; for
     * r &lt; n the r×n block [R₁₁ R₁₂] is first reduced to [T 0]·W by Householder reflections from
     * the right (a complete orthogonal decomposition, as in LAPACK's dgelsy), and
     * x = P·Wᵀ·[T⁻¹·(Qᵀb)₁; 0].
     */
    double[] solveMinimumNorm(double[] b, int r) {
        double[] c = applyQTranspose(b);
        double[] y = new double[n];
        if (r == 0) {
            return y;
        }
        double[] t = rowsOfR(r);
        int tailLength = n - r;
        double[] zTau = new double[r];
        if (tailLength > 0) {
            for (int i = r - 1; i >= 0; i--) {
                zTau[i] = annihilateRowTail(t, i, r);
            }
        }
        // back substitution T·w = c[0:r]
        for (int i = r - 1; i >= 0; i--) {
            double s = c[i];
            int row = i * n;
            for (int j = i + 1; j < r; j++) {
                s -= t[row + j] * y[j];
            }
            y[i] = s / t[row + i];
        }
        // y = W·[w; 0] = Z_{r−1}(…(Z₀·[w; 0]))
        if (tailLength > 0) {
            for (int i = 0; i < r; i++) {
                double zt = zTau[i];
                if (zt == 0.0) {
                    continue;
                }
                int row = i * n;
                double d = y[i];
                for (int j = r; j < n; j++) {
                    d += t[row + j] * y[j];
                }
                d *= zt;
                y[i] -= d;
                for (int j = r; j < n; j++) {
                    y[j] -= t[row + j] * d;
                }
            }
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[perm[j]] = y[j];
        }
        return x;
    }

    /**
     * Chooses Zᵢ = I − τ·u·uᵀ acting on coordinates {i, r, …, n−1} so that row i of T times Zᵢ
     * has zeros in columns r…n−1, applies it to rows 0…i−1 (rows below i are already zero there
     * and in column i) and stores the essential part of u in row i, columns r…n−1. Returns τ.
     */
    private double annihilateRowTail(double[] t, int i, int r) {
        int row = i * n;
        double alpha = t[row + i];
        double tailNorm = ScaledNorm.of(t, row + r, row + n);
        if (tailNorm == 0.0) {
            return 0.0;
        }
        double beta = -Math.copySign(hypot(alpha, tailNorm), alpha);
        double zt = (beta - alpha) / beta;
        double s = 1.0 / (alpha - beta);
        for (int j = r; j < n; j++) {
            t[row + j] *= s;
        }
        t[row + i] = beta;
        for (int l = 0; l < i; l++) {
            int rowL = l * n;
            double d = t[rowL + i];
            for (int j = r; j < n; j++) {
                d += t[rowL + j] * t[row + j];
            }
            d *= zt;
            t[rowL + i] -= d;
            for (int j = r; j < n; j++) {
                t[rowL + j] -= d * t[row + j];
            }
        }
        return zt;
    }
}
