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
    private final double[] sigma;

    private SVD(int m, int n, double[][] ut, double[][] vt, double[] sigma) {
        this.m = m;
        this.n = n;
        this.ut = ut;
        this.vt = vt;
        this.sigma = sigma;
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
            Factors f = decomposeTall(m, n, a.toRowMajor());
            return new SVD(m, n, f.ut, f.vt, f.sigma);
        }
        // A = UΣVᵀ ⇔ Aᵀ = VΣUᵀ.
        Factors f = decomposeTall(n, m, a.transpose().toRowMajor());
        return new SVD(m, n, f.vt, f.ut, f.sigma);
    }

    private static final class Factors {
        final double[][] ut;
        final double[][] vt;
        final double[] sigma;

        Factors(double[][] ut, double[][] vt, double[] sigma) {
            this.ut = ut;
            this.vt = vt;
            this.sigma = sigma;
        }
    }

    /** m ≥ n; a is m×n row-major and is overwritten. ut is n×m, vt is n×n. */
    private static Factors decomposeTall(int m, int n, double[] a) {
        if (n == 0) {
            return new Factors(new double[0][m], new double[0][0], new double[0]);
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
        }
        Bidiagonalization bd = new Bidiagonalization(rows, n, square);
        double[] d = bd.diagonal();
        double[] e = bd.superDiagonal();
        double[][] ut;
        double[][] vt;
        if (n > BidiagonalDivideAndConquer.LEAF) {
            BidiagonalDivideAndConquer.Vectors vectors = BidiagonalDivideAndConquer.diagonalize(d, e);
            ut = bd.leftTimesRows(vectors.left);
            vt = vectors.right;
            bd.rightTimesRows(vt);
        } else {
            RotationSequence leftRotations = new RotationSequence();
            RotationSequence rightRotations = new RotationSequence();
            BidiagonalQR.diagonalize(d, e, leftRotations, rightRotations);
            ut = bd.leftTransposed();
            leftRotations.applyToRows(ut);
            vt = bd.rightTransposed();
            rightRotations.applyToRows(vt);
        }
        if (qr != null) {
            double[][] wide = new double[n][m];
            for (int i = 0; i < n; i++) {
                System.arraycopy(ut[i], 0, wide[i], 0, n);
            }
            qr.applyQToTransposedRows(wide);
            ut = wide;
        }

        BidiagonalQR.makeNonNegative(d, vt);
        int[] order = Sorting.descending(d, n);
        double[] sigma = new double[n];
        double[][] sortedU = new double[n][];
        double[][] sortedV = new double[n][];
        for (int i = 0; i < n; i++) {
            sigma[i] = Scaling.scale(d[order[i]], -exponent);
            sortedU[i] = ut[order[i]];
            sortedV[i] = vt[order[i]];
        }
        return new Factors(sortedU, sortedV, sigma);
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

    /** σ, k = min(m, n) values, descending and non-negative (a fresh copy). */
    public double[] singularValues() {
        return sigma.clone();
    }

    /** The largest singular value σ₀ = ‖A‖₂ (0 for an empty matrix). */
    public double norm2() {
        return sigma.length == 0 ? 0.0 : sigma[0];
    }

    /** The numerical rank: the number of σᵢ above ε·max(m, n)·σ₀ (numpy's matrix_rank). */
    public int rank() {
        double cutoff = cutoff();
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
        return Matrix.wrap(n, m, out);
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
        int r = rank();
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
        return x;
    }

    private double cutoff() {
        return Tolerance.rankCutoff(m, n, norm2());
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
