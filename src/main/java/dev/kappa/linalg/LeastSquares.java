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
 *       number, so it loses twice the digits of the others and fails outright (an
 *       {@link ArithmeticException} saying why) once κ(A)² ≈ 1/ε; its result carries the
 *       estimate of κ(AᵀA). Kept deliberately so the conditioning lab can show that.</li>
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
        private final double gramCondition;

        Result(double[] x, double residualNorm, int rank, double[] singularValues, String method,
                double gramCondition) {
            this.x = x;
            this.residualNorm = residualNorm;
            this.rank = rank;
            this.singularValues = singularValues;
            this.method = method;
            this.gramCondition = gramCondition;
        }

        /**
         * κ(AᵀA), so a caller can show the digits the normal equations lose (≈ log₁₀ of it): for
         * "normal equations" Hager's estimate of κ₁ of the AᵀA actually factored (a lower bound,
         * within a factor of 3 in practice); for "svd" (σ₀/σ_{r−1})² of the rank-r problem (+∞
         * when it exceeds the range of doubles); NaN for "qr", which does not compute it.
         */
        public double gramCondition() {
            return gramCondition;
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

    /**
     * The minimum-norm least-squares solution via the SVD, x = V·diag(1/σᵢ for σᵢ above the
     * cut-off)·Uᵀb. For m ≥ n, Uᵀb is computed by applying the reductions' reflectors and the
     * bidiagonal stage's rotations (or vectors) to b, so U itself is never formed.
     *
     * @throws ArithmeticException if x overflows (its entries are beyond the range of doubles)
     */
    public static Result viaSVD(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        if (a.rows() < a.cols()) {
            SVD svd = SVD.of(a);
            double[] x = svd.solve(b);
            double[] s = svd.singularValues();
            return new Result(x, Checks.residualNorm(a, x, b), svd.rank(), s, "svd", squaredRatio(s, svd.rank()));
        }
        SVD.Factors f = SVD.projected(a, b);
        int rank = SVD.rankOf(f.sigma, a.rows(), a.cols());
        int n = a.cols();
        double[] x = new double[n];
        for (int p = 0; p < rank; p++) {
            // The SVD is of 2ᵏA (singular values 2ᵏσ) with Uᵀ(2ʲb) (k = exponent, j = bExponent), so
            // x = V·diag(1/σ)·Uᵀb takes each coefficient (2ʲ(Uᵀb)ₚ)/(2ᵏσₚ) times 2^(k−j), exactly.
            double coef = Scaling.scale(f.utb[p] / f.sigma[p], f.exponent - f.bExponent);
            double[] vp = f.vt[p];
            for (int i = 0; i < n; i++) {
                x[i] += coef * vp[i];
            }
        }
        Checks.requireFiniteResult(x, "the least-squares solution");
        double[] sigma = f.sigma.clone();
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = Scaling.scale(sigma[i], -f.exponent);
        }
        return new Result(x, Checks.residualNorm(a, x, b), rank, sigma, "svd", squaredRatio(f.sigma, rank));
    }

    /** (σ₀/σ_{r−1})², from values at any common scale (1 for rank 0). */
    private static double squaredRatio(double[] sigma, int rank) {
        if (rank == 0) {
            return 1.0;
        }
        double r = sigma[0] / sigma[rank - 1];
        return r * r;
    }

    /**
     * The minimum-norm least-squares solution via pivoted QR, with the rank the SVD would find
     * ({@link QR#rank()}), and a complete orthogonal decomposition when that rank is below n. In
     * the rare case that pivoting does not reveal the rank (the dropped block of R is larger than
     * the singular values the SVD drops, as for Kahan's matrix) the solution comes from the SVD
     * of the small triangle R instead, so it is still the truncated minimum-norm one.
     *
     * @throws ArithmeticException if x overflows
     */
    public static Result viaQR(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        QR qr = QR.of(a);
        int rank = qr.rank();
        double[] x = qr.revealsRank(rank) ? qr.solveMinimumNorm(b, rank) : qr.solveThroughSvdOfR(b, rank);
        Checks.requireFiniteResult(x, "the least-squares solution");
        return new Result(x, Checks.residualNorm(a, x, b), rank, new double[0], "qr", Double.NaN);
    }

    /**
     * Solves AᵀA·x = Aᵀb by Cholesky, forming AᵀA explicitly (the textbook route), and says what went
     * wrong when it cannot give a trustworthy answer. A and b are first rescaled by exact powers of
     * two (x = 2^(k_A − k_b)·x′), so forming AᵀA never overflows or underflows because of the
     * scale of A alone (A·1e±200 with κ(A) = 3.7 solves like A). The result carries
     * {@link Result#gramCondition()}, an estimate of κ(AᵀA): x has about 16 − log₁₀ of it correct
     * digits.
     *
     * @throws ArithmeticException when A is wide or rank deficient, or AᵀA is not numerically
     *     positive definite, or its condition estimate reaches 1/ε (κ(A)² ≳ 1/ε: not one digit of
     *     x could be trusted), each with a message saying which; or when x itself overflows
     */
    public static Result normalEquations(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        int m = a.rows();
        int n = a.cols();
        String what = "normal equations failed for a " + m + "×" + n + " matrix: ";
        if (m < n) {
            throw new ArithmeticException(what + "A is wide, so AᵀA (" + n + "×" + n + ") has rank at most " + m
                    + " and is singular (rank deficient)");
        }
        double[] scaledA = a.toRowMajor();
        int ka = Scaling.exponentToUnit(Scaling.maxAbs(scaledA));
        Scaling.scaleAll(scaledA, ka);
        double[] scaledB = b.clone();
        int kb = Scaling.exponentToUnit(Scaling.maxAbs(scaledB));
        Scaling.scaleAll(scaledB, kb);
        Matrix as = Matrix.wrap(m, n, scaledA);
        Cholesky chol;
        try {
            chol = Cholesky.of(gram(as));
        } catch (IllegalArgumentException e) {
            ArithmeticException failure = new ArithmeticException(what + "AᵀA is not numerically positive definite"
                    + " (A is rank deficient, or κ(A)² is beyond 1/ε); " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        double kappa = chol.conditionEstimate();
        if (!(kappa * Tolerance.EPS < 1.0)) {
            throw new ArithmeticException(what + "κ₁(AᵀA) ≈ " + kappa + " is beyond 1/ε ≈ 4.5e15, so no digit of x"
                    + " could be trusted (QR and the SVD lose only log₁₀ κ(A), half as many)");
        }
        double[] x = chol.solve(as.transposeTimes(scaledB));
        for (int i = 0; i < n; i++) {
            x[i] = Scaling.scale(x[i], ka - kb);
        }
        Checks.requireFiniteResult(x, "the normal-equations solution");
        return new Result(x, Checks.residualNorm(a, x, b), n, new double[0], "normal equations", kappa);
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
        for (int i = 0; i < n * n; i++) {
            if (!NonFiniteException.isFinite(g[i])) {
                throw new NonFiniteException("AᵀA overflows: its entry (" + i / n + ", " + i % n + ") is " + g[i]
                        + " (normalEquations rescales A first and does not)");
            }
        }
        return Matrix.wrap(n, n, g);
    }
}
