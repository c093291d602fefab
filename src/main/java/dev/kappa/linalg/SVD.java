package dev.kappa.linalg;

/**
 * Thin singular value decomposition of any m×n matrix: A = U·diag(σ)·Vᵀ with k = min(m, n),
 * U m×k and V n×k with orthonormal columns (UᵀU = VᵀV = I), σ₀ ≥ σ₁ ≥ … ≥ σ_{k−1} ≥ 0.
 *
 * <p>Computed by Golub–Kahan bidiagonalization ({@link Bidiagonalization}), then the bidiagonal
 * SVD by implicit-shift QR ({@link BidiagonalQR}) up to {@link BidiagonalDivideAndConquer#LEAF}
 * columns and by divide and conquer ({@link BidiagonalDivideAndConquer}, fewer flops) above,
 * whose vectors are then multiplied by the reflectors; a tall matrix (m ≥ 1.6n) is first reduced
 * to its n×n triangle by Householder QR, and a wide one is decomposed through its transpose. All stages
 * are orthogonal, so the result is backward stable: ‖A − UΣVᵀ‖ ≈ ε·size·‖A‖ and every σᵢ is
 * within that of the true value (absolute accuracy, relative to σ₀). Any finite scale works: the
 * input is rescaled by an exact power of two.
 *
 * <p>Use it when rank, conditioning or the minimum-norm solution matter (rank-deficient or wide
 * least squares, the pseudo-inverse, κ(A) = σ₀/σ_{k−1}); it costs several times a QR.
 *
 * <p>{@link #rank()} and {@link #pseudoInverse()} treat σ ≤ {@link Tolerance#rankCutoff}
 * (ε·max(m, n)·σ₀, numpy's default) as zero.
 */
public final class SVD {
    /** LAPACK's crossover: below m = 1.6n the extra QR costs more than it saves. */
    private static final double QR_FIRST_RATIO = 1.6;

    private final int m;
    private final int n;
    /** Rows are the columns of U (k rows of length m). */
    private final double[][] ut;
    /** Rows are the columns of V (k rows of length n). */
    private final double[][] vt;
    /** σ·2^exponent: the values of the exactly rescaled input, so ratios never overflow. */
    private final double[] scaled;
    private final double[] sigma;

    private SVD(int m, int n, double[][] ut, double[][] vt, double[] scaled, int exponent) {
        this.m = m;
        this.n = n;
        this.ut = ut;
        this.vt = vt;
        this.scaled = scaled;
        this.sigma = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            sigma[i] = Scaling.scale(scaled[i], -exponent);
        }
    }

    /**
     * Decomposes a (any shape, including 0×n and m×0).
     *
     * @throws IllegalArgumentException if a is null
     * @throws ArithmeticException if the QR iteration does not converge within its bound
     */
    public static SVD of(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("A is null");
        }
        int m = a.rows();
        int n = a.cols();
        if (m >= n) {
            Factors f = decomposeTall(m, n, a.toRowMajor(), null, true);
            return new SVD(m, n, f.ut, f.vt, f.sigma, f.exponent);
        }
        // A = UΣVᵀ ⇔ Aᵀ = VΣUᵀ.
        Factors f = decomposeTall(n, m, a.transpose().toRowMajor(), null, true);
        return new SVD(m, n, f.vt, f.ut, f.sigma, f.exponent);
    }

    /**
     * The singular values of a, descending, without forming U or V (the reductions' reflectors and
     * the QR iteration's rotations are never applied): about a third of the work of {@link #of}
     * for a square matrix. Same values, to the same relative accuracy, as {@code of(a).singularValues()}.
     *
     * @throws IllegalArgumentException if a is null
     */
    public static double[] singularValuesOf(Matrix a) {
        Factors f = valuesOnly(a);
        double[] s = f.sigma;
        for (int i = 0; i < s.length; i++) {
            s[i] = Scaling.scale(s[i], -f.exponent);
        }
        return s;
    }

    /** σ·2ᵏ (descending) with k in {@code exponent}: exact, and free of overflow for ratios. */
    static Factors valuesOnly(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("A is null");
        }
        int m = a.rows();
        int n = a.cols();
        return m >= n ? decomposeTall(m, n, a.toRowMajor(), null, false)
                : decomposeTall(n, m, a.transpose().toRowMajor(), null, false);
    }

    /**
     * For a with m ≥ n: σ·2ᵏ, Vᵀ and Uᵀb (in {@code utb}) without forming U — what a least-squares
     * or ridge solution needs (x = V·diag(f(σ))·Uᵀb). Saves the 2mn² flops of U's reflectors.
     */
    static Factors projected(Matrix a, double[] b) {
        // b, like A, is rescaled by a power of two: a subnormal b would lose its digits in Uᵀb.
        double[] scaledB = b.clone();
        int kb = Scaling.exponentToUnit(Scaling.maxAbs(scaledB));
        Scaling.scaleAll(scaledB, kb);
        Factors f = decomposeTall(a.rows(), a.cols(), a.toRowMajor(), scaledB, true);
        return new Factors(f.ut, f.vt, f.sigma, f.exponent, f.utb, kb);
    }

    static final class Factors {
        final double[][] ut;
        final double[][] vt;
        /** Singular values times 2^exponent, descending. */
        final double[] sigma;
        final int exponent;
        /** Uᵀb·2^bExponent (k entries) for {@link #projected}, else null. */
        final double[] utb;
        final int bExponent;

        Factors(double[][] ut, double[][] vt, double[] sigma, int exponent, double[] utb) {
            this(ut, vt, sigma, exponent, utb, 0);
        }

        Factors(double[][] ut, double[][] vt, double[] sigma, int exponent, double[] utb, int bExponent) {
            this.ut = ut;
            this.vt = vt;
            this.sigma = sigma;
            this.exponent = exponent;
            this.utb = utb;
            this.bExponent = bExponent;
        }
    }

    /**
     * m ≥ n; a is m×n row-major and is overwritten. With vectors: vt is n×n, and ut n×m unless
     * b is given, in which case U is not formed and Uᵀb is returned instead (b is overwritten).
     */
    private static Factors decomposeTall(int m, int n, double[] a, double[] b, boolean vectors) {
        if (n == 0) {
            return new Factors(new double[0][m], new double[0][0], new double[0], 0, b == null ? null : new double[0]);
        }
        int exponent = Scaling.exponentFor(Scaling.maxAbs(a));
        Scaling.scaleAll(a, exponent);

        HouseholderQR qr = null;
        double[] square = a;
        int rows = m;
        if (m >= QR_FIRST_RATIO * n) {
            qr = new HouseholderQR(m, n, a);
            square = qr.r();
            rows = n;
            if (b != null) {
                qr.applyQTranspose(b);
            }
        }
        Bidiagonalization bd = new Bidiagonalization(rows, n, square);
        double[] d = bd.diagonal();
        double[] e = bd.superDiagonal();
        double[][] ut = null;
        double[][] vt = null;
        double[] utb = null;
        if (b != null) {
            // U_Bᵀ·(Qᵀb), the first n entries: the right-hand side in B's coordinates.
            utb = bd.leftTransposeTimes(b);
        }
        if (!vectors) {
            BidiagonalQR.diagonalize(d, e, null, null);
        } else if (n > BidiagonalDivideAndConquer.LEAF) {
            BidiagonalDivideAndConquer.Vectors w = BidiagonalDivideAndConquer.diagonalize(d, e);
            if (b == null) {
                ut = bd.leftTimesRows(w.left);
            } else {
                double[] c = new double[n];
                for (int i = 0; i < n; i++) {
                    c[i] = Householder.dot(w.left[i], 0, utb, 0, n);
                }
                utb = c;
            }
            vt = w.right;
            bd.rightTimesRows(vt);
        } else {
            RotationSequence leftRotations = new RotationSequence();
            RotationSequence rightRotations = new RotationSequence();
            BidiagonalQR.diagonalize(d, e, leftRotations, rightRotations);
            if (b == null) {
                ut = bd.leftTransposed();
                leftRotations.applyToRows(ut);
            } else {
                double[][] column = new double[n][1];
                for (int i = 0; i < n; i++) {
                    column[i][0] = utb[i];
                }
                leftRotations.applyToRows(column);
                utb = new double[n];
                for (int i = 0; i < n; i++) {
                    utb[i] = column[i][0];
                }
            }
            vt = bd.rightTransposed();
            rightRotations.applyToRows(vt);
        }
        if (qr != null && ut != null) {
            double[][] wide = new double[n][m];
            for (int i = 0; i < n; i++) {
                System.arraycopy(ut[i], 0, wide[i], 0, n);
            }
            qr.applyQToTransposedRows(wide);
            ut = wide;
        }

        // σᵢ = |dᵢ|: a negative dᵢ flips its right vector (its left one when U is not formed).
        for (int i = 0; i < n; i++) {
            if (d[i] < 0.0 && utb != null && vt != null) {
                utb[i] = -utb[i];
                d[i] = -d[i];
            }
        }
        BidiagonalQR.makeNonNegative(d, utb == null ? vt : null);
        int[] order = Sorting.descending(d, n);
        double[] sigma = new double[n];
        double[][] sortedU = ut == null ? null : new double[n][];
        double[][] sortedV = vt == null ? null : new double[n][];
        double[] sortedUtb = utb == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = d[order[i]];
            if (sortedU != null) {
                sortedU[i] = ut[order[i]];
            }
            if (sortedV != null) {
                sortedV[i] = vt[order[i]];
            }
            if (sortedUtb != null) {
                sortedUtb[i] = utb[order[i]];
            }
        }
        return new Factors(sortedU, sortedV, sigma, exponent, sortedUtb);
    }

    /** m, the number of rows of A. */
    public int rows() {
        return m;
    }

    /** n, the number of columns of A. */
    public int cols() {
        return n;
    }

    /** U, m×k with orthonormal columns (a fresh matrix). */
    public Matrix u() {
        return fromTransposedRows(ut, m);
    }

    /** V, n×k with orthonormal columns (a fresh matrix). */
    public Matrix v() {
        return fromTransposedRows(vt, n);
    }

    /**
     * σ, k = min(m, n) values, descending and non-negative (a fresh copy). A σ beyond the range of
     * doubles (A near 1e308 in several entries) is +∞; {@link #cond()} and {@link #rank()} are
     * computed from the exactly rescaled values and stay finite.
     */
    public double[] singularValues() {
        return sigma.clone();
    }

    /** The largest singular value σ₀ = ‖A‖₂ (0 for an empty matrix). */
    public double norm2() {
        return sigma.length == 0 ? 0.0 : sigma[0];
    }

    /** The numerical rank: the number of σᵢ above ε·max(m, n)·σ₀ (numpy's matrix_rank). */
    public int rank() {
        return rankOf(scaled, m, n);
    }

    /** The number of σᵢ above ε·max(m, n)·σ₀ (σ descending, any common scale). */
    static int rankOf(double[] sigma, int m, int n) {
        double cutoff = Tolerance.rankCutoff(m, n, sigma.length == 0 ? 0.0 : sigma[0]);
        int r = 0;
        while (r < sigma.length && sigma[r] > cutoff) {
            r++;
        }
        return r;
    }

    /**
     * The 2-norm condition number σ₀/σ_{k−1}; +∞ when σ_{k−1} = 0 (including the zero matrix).
     *
     * @throws IllegalStateException for an empty matrix, whose condition number is undefined
     */
    public double cond() {
        if (sigma.length == 0) {
            throw new IllegalStateException("the condition number of a " + m + "×" + n + " matrix is undefined");
        }
        return ratio(scaled);
    }

    /** σ₀/σ_{k−1} (+∞ when σ_{k−1} = 0) of descending values at any common scale. */
    static double ratio(double[] sigma) {
        double smallest = sigma[sigma.length - 1];
        return smallest == 0.0 ? Double.POSITIVE_INFINITY : sigma[0] / smallest;
    }

    /**
     * The Moore–Penrose pseudo-inverse A⁺ = V·diag(1/σᵢ)·Uᵀ, n×m, with 1/σᵢ replaced by 0 for σᵢ at
     * or below the rank cut-off. A⁺b is the minimum-norm least-squares solution of Ax ≈ b.
     */
    public Matrix pseudoInverse() {
        int r = rank();
        double[] out = new double[n * m];
        for (int p = 0; p < r; p++) {
            double inv = 1.0 / sigma[p];
            double[] vp = vt[p];
            double[] up = ut[p];
            for (int i = 0; i < n; i++) {
                double f = vp[i] * inv;
                if (f == 0.0) {
                    continue;
                }
                int row = i * m;
                for (int j = 0; j < m; j++) {
                    out[row + j] += f * up[j];
                }
            }
        }
        return Matrix.wrap(n, m, Checks.requireFiniteResult(out, "the pseudo-inverse"));
    }

    /**
     * The minimum-norm least-squares solution x = A⁺b (n entries), with the same cut-off as
     * {@link #pseudoInverse()}, without forming A⁺.
     */
    public double[] solve(double[] b) {
        if (b == null || b.length != m) {
            throw new IllegalArgumentException("b has " + (b == null ? "no" : String.valueOf(b.length))
                    + " entries but A has " + m + " rows");
        }
        Checks.requireFinite(b, "b");
        return solve(b, rank());
    }

    /** A⁺b with only the r largest singular values kept (b checked by the caller). */
    double[] solve(double[] b, int r) {
        double[] x = new double[n];
        for (int p = 0; p < r; p++) {
            double[] up = ut[p];
            double dot = 0.0;
            for (int j = 0; j < m; j++) {
                dot += up[j] * b[j];
            }
            double f = dot / sigma[p];
            double[] vp = vt[p];
            for (int i = 0; i < n; i++) {
                x[i] += f * vp[i];
            }
        }
        return Checks.requireFiniteResult(x, "the least-squares solution");
    }

    private static Matrix fromTransposedRows(double[][] rowsT, int length) {
        int k = rowsT.length;
        double[] out = new double[length * k];
        for (int p = 0; p < k; p++) {
            double[] row = rowsT[p];
            for (int i = 0; i < length; i++) {
                out[i * k + p] = row[i];
            }
        }
        return Matrix.wrap(length, k, out);
    }
}
