package dev.kappa.linalg;

/**
 * Linear least squares: minimize ‖A·x − b‖₂ for an m×n matrix A and b with m entries.
 *
 * <p>Four routes, so that labs can compare them:
 * <ul>
 *   <li>{@link #solve} (= {@link #viaSVD}): numpy's {@code lstsq(rcond=None)}. Singular values at
 *       or below {@link Tolerance#rankCutoff} (ε·max(m, n)·σ₀) count as zero and x = A⁺b is the
 *       minimum-norm minimizer, so rank-deficient and wide (m &lt; n) systems get the unique
 *       shortest solution. The reference route.</li>
 *   <li>{@link #viaQR}: Householder QR with column pivoting; for a numerical rank r &lt; n the
 *       trailing columns are folded in by a complete orthogonal decomposition, so the answer is
 *       the minimum-norm one too (LAPACK's dgelsy). Cheaper than the SVD; the rank decision uses
 *       |R_ii| instead of σᵢ.</li>
 *   <li>{@link #normalEquations}: the textbook AᵀA·x = Aᵀb by Cholesky. Squares the condition
 *       number, so it loses twice the digits of the others and fails outright once κ(A)² ≈ 1/ε;
 *       kept deliberately so the conditioning lab can show that.</li>
 * </ul>
 * Accuracy of QR and SVD: backward stable, so the forward error of x is about κ(A)·ε (plus
 * κ(A)²·ε·‖r‖/(‖A‖‖x‖) when the residual r is large); the normal equations give κ(A)²·ε.
 */
public final class LeastSquares {
    private LeastSquares() {
    }

    /** What a least-squares solve returns. */
    public static final class Result {
        private final double[] x;
        private final double residualNorm;
        private final int rank;
        private final double[] singularValues;
        private final String method;

        Result(double[] x, double residualNorm, int rank, double[] singularValues, String method) {
            this.x = x;
            this.residualNorm = residualNorm;
            this.rank = rank;
            this.singularValues = singularValues;
            this.method = method;
        }

        /** The solution, n entries (a fresh copy). */
        public double[] x() {
            return x.clone();
        }

        /**
         * ‖b − A·x‖₂, recomputed from A, x and b (numpy's lstsq instead returns the squared norm,
         * and only when A has full column rank and m &gt; n).
         */
        public double residualNorm() {
            return residualNorm;
        }

        /** The numerical rank the method decided on (n for successful normal equations). */
        public int rank() {
            return rank;
        }

        /** The singular values of A, descending, when the method computed them (SVD); otherwise empty. */
        public double[] singularValues() {
            return singularValues.clone();
        }

        /** "svd", "qr" or "normal equations". */
        public String method() {
            return method;
        }
    }

    /** numpy {@code lstsq(a, b, rcond=None)}: the minimum-norm least-squares solution via the SVD. */
    public static Result solve(Matrix a, double[] b) {
        return viaSVD(a, b);
    }

    /** The minimum-norm least-squares solution via the SVD, x = V·diag(1/σᵢ for σᵢ above the cut-off)·Uᵀb. */
    public static Result viaSVD(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        SVD svd = SVD.of(a);
        double[] x = svd.solve(b);
        return new Result(x, Checks.residualNorm(a, x, b), svd.rank(), svd.singularValues(), "svd");
    }

    /** The minimum-norm least-squares solution via pivoted QR (and a complete orthogonal decomposition when rank-deficient). */
    public static Result viaQR(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        QR qr = QR.of(a);
        double[] x = qr.solveMinimumNorm(b, qr.rank());
        return new Result(x, Checks.residualNorm(a, x, b), qr.rank(), new double[0], "qr");
    }

    /**
     * Solves AᵀA·x = Aᵀb by Cholesky, forming AᵀA explicitly (the textbook route).
     *
     * @throws ArithmeticException when AᵀA is not numerically positive definite: A is rank
     *     deficient, wide, or so ill-conditioned (κ(A)² ≳ 1/ε) that rounding made AᵀA indefinite
     */
    public static Result normalEquations(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        Matrix gram = gram(a);
        double[] atb = a.transposeTimes(b);
        Cholesky chol;
        try {
            chol = Cholesky.of(gram);
        } catch (IllegalArgumentException e) {
            ArithmeticException failure = new ArithmeticException("normal equations failed for a " + a.rows() + "×"
                    + a.cols() + " matrix: AᵀA is not numerically positive definite (A is rank deficient, wide,"
                    + " or κ(A)² is beyond 1/ε); " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        double[] x = chol.solve(atb);
        return new Result(x, Checks.residualNorm(a, x, b), a.cols(), new double[0], "normal equations");
    }

    /** AᵀA (n×n), accumulated as a sum of outer products of the rows of A, exactly symmetric. */
    public static Matrix gram(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("A is null");
        }
        int m = a.rows();
        int n = a.cols();
        double[] d = a.toRowMajor();
        double[] g = new double[n * n];
        for (int r = 0; r < m; r++) {
            int row = r * n;
            for (int i = 0; i < n; i++) {
                double ai = d[row + i];
                if (ai == 0.0) {
                    continue;
                }
                int gi = i * n;
                for (int j = i; j < n; j++) {
                    g[gi + j] += ai * d[row + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                g[i * n + j] = g[j * n + i];
            }
        }
        return Matrix.wrap(n, n, g);
    }
}
