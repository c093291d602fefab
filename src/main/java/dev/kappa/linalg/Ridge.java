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
        return path(a, b, new double[] {lambda})[0];
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
        SVD svd = SVD.of(a);
        double[] sigma = svd.singularValues();
        int k = sigma.length;
        int n = a.cols();
        Matrix u = svd.u();
        Matrix v = svd.v();
        double[] utb = u.transposeTimes(b);
        double[] vData = v.toRowMajor();
        int rank = svd.rank();
        double[][] out = new double[lambdas.length][];
        double[] coef = new double[k];
        for (int p = 0; p < lambdas.length; p++) {
            double lambda = lambdas[p];
            for (int i = 0; i < k; i++) {
                // σ at or below the rank cut-off is rounding noise standing for an exact zero, whose
                // filter factor is 0 for every λ (otherwise x(λ) would chase 1/σ_noise as λ → 0).
                double s = sigma[i];
                coef[i] = i >= rank ? 0.0 : lambda == 0.0 ? utb[i] / s : utb[i] / (s + lambda / s);
            }
            double[] x = new double[n];
            for (int r = 0; r < n; r++) {
                int row = r * k;
                double sum = 0.0;
                for (int i = 0; i < k; i++) {
                    sum += vData[row + i] * coef[i];
                }
                x[r] = sum;
            }
            out[p] = x;
        }
        return out;
    }
}
