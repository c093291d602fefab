package dev.kappa.linalg;

/**
 * Eigen-decomposition of a real symmetric n×n matrix: A = VΛVᵀ with Λ = diag(λ₀ ≤ … ≤ λ_{n−1})
 * and V orthogonal (VᵀV = I), column j of V an eigenvector for λⱼ.
 *
 * <p>Computed in two stages: Householder reduction to tridiagonal form ({@link Tridiagonalization},
 * T = QᵀAQ), then T = WΛWᵀ, and V = QW. Up to {@link TridiagonalDivideAndConquer#LEAF} rows, W
 * comes from implicit QR with Wilkinson shifts ({@link SymmetricTridiagonalQR}), whose rotations
 * are applied to Q; above, from divide and conquer ({@link TridiagonalDivideAndConquer}), which
 * needs fewer flops, and the reflectors of Q are applied to W. Both stages are orthogonal, so the
 * result is backward stable: it is the exact decomposition of some A + E with ‖E‖ ≈ ε·n·‖A‖,
 * and each computed eigenvalue is within that of a true one (eigenvalues of a symmetric matrix
 * are perfectly conditioned). Eigenvectors of nearly equal eigenvalues are only determined as a subspace.
 *
 * <p>Use it for quadratic forms, curvature (the Hessian's axes and its definiteness), and
 * AᵀA-type spectra; for the singular values of a general matrix use {@link SVD}, which does not
 * square the condition number.
 *
 * <p>Input must be square and symmetric up to rounding: an entry pair with
 * |A[i][j] − A[j][i]| &gt; {@link Tolerance#symmetry(int)}·max|A| is rejected, naming the
 * worst pair. Within that tolerance the symmetric part (A + Aᵀ)/2 is decomposed. 0×0 and 1×1
 * are fine. Entries of any finite magnitude are handled by an exact power-of-two rescaling.
 */
public final class SymmetricEigen {
    private final double[] values;
    private final Matrix vectors;

    private SymmetricEigen(double[] values, Matrix vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Decomposes the symmetric matrix a.
     *
     * @throws IllegalArgumentException if a is not square or not symmetric
     * @throws ArithmeticException if the QR iteration does not converge within its bound
     */
    public static SymmetricEigen of(Matrix a) {
        int n = requireSquare(a);
        int[] exponent = new int[1];
        Tridiagonalization tri = reduce(a, n, exponent);
        int k = exponent[0];
        double[] d = tri.diagonal();
        double[] e = tri.offDiagonal();
        double[][] rows;
        int[] order;
        if (n > TridiagonalDivideAndConquer.LEAF) {
            rows = TridiagonalDivideAndConquer.diagonalize(d, e);
            tri.applyToRows(rows);
            order = new int[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
        } else {
            RotationSequence rotations = new RotationSequence();
            SymmetricTridiagonalQR.diagonalize(d, e, rotations);
            rows = tri.orthogonalTransposed();
            rotations.applyToRows(rows);
            order = Sorting.ascending(d, n);
        }
        double[] values = new double[n];
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            values[j] = Scaling.scale(d[order[j]], -k);
            double[] column = rows[order[j]];
            for (int i = 0; i < n; i++) {
                v[i * n + j] = column[i];
            }
        }
        return new SymmetricEigen(values, Matrix.wrap(n, n, v));
    }

    /**
     * The eigenvalues of the symmetric matrix a, ascending, without forming any eigenvector: the
     * tridiagonal reduction's reflectors are never applied and its eigenvalues come from the QR
     * iteration alone (to high relative accuracy on graded tridiagonals). About a quarter of the
     * work of {@link #of}.
     *
     * @throws IllegalArgumentException if a is null, not square or not symmetric
     */
    public static double[] eigenvaluesOf(Matrix a) {
        int n = requireSquare(a);
        int[] exponent = new int[1];
        Tridiagonalization tri = reduce(a, n, exponent);
        int k = exponent[0];
        double[] d = tri.diagonal();
        SymmetricTridiagonalQR.diagonalize(d, tri.offDiagonal(), null);
        java.util.Arrays.sort(d);
        for (int j = 0; j < n; j++) {
            d[j] = Scaling.scale(d[j], -k);
        }
        return d;
    }

    /**
     * The tridiagonal form of the symmetric part of 2ᵏ·A (k in exponent[0], an exact power-of-two
     * rescaling into the range where squares are safe), after checking symmetry.
     */
    private static Tridiagonalization reduce(Matrix a, int n, int[] exponent) {
        double[] work = a.toRowMajor();
        requireSymmetric(n, work);
        int k = Scaling.exponentFor(Scaling.maxAbs(work));
        Scaling.scaleAll(work, k);
        symmetrize(n, work);
        exponent[0] = k;
        return new Tridiagonalization(n, work);
    }

    private static int requireSquare(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("A is null");
        }
        if (a.cols() != a.rows()) {
            throw new IllegalArgumentException(
                    "A must be square for a symmetric eigen-decomposition but is " + a.rows() + "×" + a.cols());
        }
        return a.rows();
    }

    /** Replaces the upper triangle by that of (A + Aᵀ)/2; the tridiagonalization reads only it. */
    private static void symmetrize(int n, double[] work) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                work[i * n + j] = 0.5 * work[i * n + j] + 0.5 * work[j * n + i];
            }
        }
    }

    /** The eigenvalues in ascending order (a fresh copy). */
    public double[] values() {
        return values.clone();
    }

    /** The n×n orthogonal matrix whose column j is a unit eigenvector for {@code values()[j]}. */
    public Matrix vectors() {
        return vectors;
    }

    /** n, the order of the decomposed matrix. */
    public int size() {
        return values.length;
    }

    private static void requireSymmetric(int n, double[] a) {
        double worst = 0.0;
        int wi = 0;
        int wj = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double gap = Math.abs(a[i * n + j] - a[j * n + i]);
                if (gap > worst) {
                    worst = gap;
                    wi = i;
                    wj = j;
                }
            }
        }
        if (worst > Tolerance.symmetry(n) * Scaling.maxAbs(a)) {
            throw new IllegalArgumentException("A is not symmetric: |A[" + wi + "][" + wj + "] − A[" + wj + "][" + wi
                    + "]| = " + worst);
        }
    }
}
