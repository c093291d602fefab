package dev.kappa.linalg;

/**
 * Ridge regression (Tikhonov regularization): for an m×n matrix A, b with m entries and λ ≥ 0,
 * <pre>  x(λ) = argmin ‖A·x − b‖² + λ‖x‖² = (AᵀA + λI)⁻¹Aᵀb.</pre>
 *
 * <p>Computed from the thin SVD A = U·diag(σ)·Vᵀ as x(λ) = Σᵢ fᵢ·(uᵢᵀb)·vᵢ with filter factors
 * fᵢ = σᵢ/(σᵢ² + λ), evaluated as 1/(σᵢ + λ/σᵢ) so that nothing overflows. AᵀA is never formed,
 * so the accuracy is that of the SVD (κ(A), not κ(A)²), and a path over many λ costs one SVD
 * plus O((m + n)·k) per λ. The eigenvalues of AᵀA + λI are σᵢ² + λ: the "spectrum shift".
 *
 * <p>Singular values at or below the rank cut-off of {@link LeastSquares#solve}
 * (ε·max(m, n)·σ₀) are taken as exact zeros, with filter factor 0 for every λ (scikit-learn's
 * SVD ridge drops tiny σ likewise). So at λ = 0 the solution is the minimum-norm least-squares
 * one, x(λ) → that solution as λ → 0⁺ with ‖x(λ) − x⁺‖ ≤ (λ/σ_r²)·‖x⁺‖, and x(λ) has no
 * component along the numerical null space of A: it lies in the row space.
 */
public final class Ridge {
    private Ridge() {
    }

    /** x(λ) for one λ ≥ 0. */
    public static double[] solve(Matrix a, double[] b, double lambda) {
        Checks.requireSystem(a, b);
        Checks.requireLambda(lambda, "lambda");
        return factor(a, b).solve(lambda);
    }

    /**
     * x(λ) for each λ in {@code lambdas} (any order, each ≥ 0), sharing one SVD; row p of the
     * result is x(lambdas[p]).
     */
    public static double[][] path(Matrix a, double[] b, double[] lambdas) {
        Checks.requireSystem(a, b);
        if (lambdas == null) {
            throw new IllegalArgumentException("lambdas is null");
        }
        for (int p = 0; p < lambdas.length; p++) {
            Checks.requireLambda(lambdas[p], "lambdas[" + p + "]");
        }
        Factored f = factor(a, b);
        double[][] out = new double[lambdas.length][];
        for (int p = 0; p < lambdas.length; p++) {
            out[p] = f.solve(lambdas[p]);
        }
        return out;
    }

    /**
     * One SVD of A with Uᵀb, from which x(λ) for any λ costs O(n·k) (U itself is not formed when
     * m ≥ n). For callers that try several λ on one A and b, as Levenberg–Marquardt does with its
     * damping.
     */
    public static Factored factor(Matrix a, double[] b) {
        Checks.requireSystem(a, b);
        int m = a.rows();
        int n = a.cols();
        if (m >= n) {
            SVD.Factors f = SVD.projected(a, b);
            double[] sigma = new double[f.sigma.length];
            double[] utb = new double[f.sigma.length];
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] = Scaling.scale(f.sigma[i], -f.exponent);
                utb[i] = Scaling.scale(f.utb[i], -f.bExponent);
            }
            return new Factored(n, sigma, f.vt, utb, SVD.rankOf(f.sigma, m, n));
        }
        SVD svd = SVD.of(a);
        double[] utb = svd.u().transposeTimes(b);
        double[][] vt = svd.v().transpose().toArray();
        return new Factored(n, svd.singularValues(), vt, utb, svd.rank());
    }

    /** The SVD of A reduced to what ridge needs: σ, the rows of Vᵀ, Uᵀb and the rank. */
    public static final class Factored {
        private final int n;
        private final double[] sigma;
        private final double[][] vt;
        private final double[] utb;
        private final int rank;

        Factored(int n, double[] sigma, double[][] vt, double[] utb, int rank) {
            this.n = n;
            this.sigma = sigma;
            this.vt = vt;
            this.utb = utb;
            this.rank = rank;
        }

        /**
         * x(λ) = Σᵢ (uᵢᵀb)/(σᵢ + λ/σᵢ)·vᵢ over σᵢ above the rank cut-off.
         *
         * @throws IllegalArgumentException unless λ is finite and ≥ 0
         * @throws ArithmeticException if x overflows
         */
        public double[] solve(double lambda) {
            Checks.requireLambda(lambda, "lambda");
            double[] x = new double[n];
            for (int i = 0; i < rank; i++) {
                // σ at or below the rank cut-off is rounding noise standing for an exact zero, whose
                // filter factor is 0 for every λ (otherwise x(λ) would chase 1/σ_noise as λ → 0).
                double s = sigma[i];
                double coef = lambda == 0.0 ? utb[i] / s : utb[i] / (s + lambda / s);
                double[] v = vt[i];
                for (int r = 0; r < n; r++) {
                    x[r] += coef * v[r];
                }
            }
            return Checks.requireFiniteResult(x, "the ridge solution");
        }
    }
}
