package dev.kappa.linalg;

/**
 * Condition numbers in the 2-norm and what they cost in digits.
 *
 * <p>κ(A) = σ_max/σ_min for any m×n A (σ_min = σ_{min(m,n)−1}), as numpy's {@code cond}. A
 * backward-stable solver loses about log₁₀ κ of the 16 significant digits a double carries; the
 * normal equations lose log₁₀ κ(AᵀA) = 2·log₁₀ κ(A).
 */
public final class Conditioning {
    private Conditioning() {
    }

    /**
     * κ₂(A) = σ_max/σ_min from the singular values; +∞ when σ_min = 0 (a singular or zero matrix).
     * A numerically singular matrix typically gives a huge finite value (≈ 1/ε or more) because
     * rounding leaves σ_min at the ε·σ_max level, as in numpy.
     *
     * @throws IllegalArgumentException for an empty matrix, whose condition number is undefined
     */
    public static double cond(Matrix a) {
        if (a == null) {
            throw new IllegalArgumentException("matrix is null");
        }
        if (a.isEmpty()) {
            throw new IllegalArgumentException("the condition number of a " + a.rows() + "×" + a.cols()
                    + " matrix is undefined");
        }
        // Values only (no U, V), and their ratio at the input's exact rescaling, which cannot overflow.
        return SVD.ratio(SVD.valuesOnly(a).sigma);
    }

    /**
     * κ₂(AᵀA + λI) in exact arithmetic, from the singular values of A: the eigenvalues of
     * AᵀA + λI are σᵢ² + λ, plus λ itself n − m times when A is wide. Unlike forming AᵀA and
     * calling {@link #cond}, this does not saturate near 1/ε, so it shows the true κ(A)² + …
     *
     * @throws IllegalArgumentException for λ &lt; 0 or an empty A
     */
    public static double gramCond(Matrix a, double lambda) {
        Checks.requireLambda(lambda, "lambda");
        if (a == null || a.cols() == 0) {
            throw new IllegalArgumentException("the condition number of AᵀA for a matrix with no columns is undefined");
        }
        SVD.Factors f = SVD.valuesOnly(a);
        double[] s = f.sigma;
        double largest = s.length == 0 ? 0.0 : s[0];
        double smallest = s.length < a.cols() ? 0.0 : s[s.length - 1];
        if (largest == 0.0) {
            return lambda > 0.0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        // (σ₀² + λ)/(σ_min² + λ) after one more exact power-of-two rescaling that puts σ₀ in
        // [1, 2): σ₀² cannot overflow, a σ_min² that underflows means κ > 1e308 (+∞ unless λ > 0),
        // and 1e±200·I gives exactly 1.
        int j = Scaling.exponentToUnit(largest);
        double top = Scaling.scale(largest, j);
        double low = Scaling.scale(smallest, j);
        double shift = Scaling.scale(lambda, 2 * (f.exponent + j));
        if (!NonFiniteException.isFinite(shift)) {
            return 1.0;
        }
        double bottom = low * low + shift;
        if (bottom == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return (top * top + shift) / bottom;
    }

    /**
     * log₁₀ κ: roughly the number of significant decimal digits a backward-stable solve loses.
     * Computed with {@link KMath#log10}, so it is the same on every engine; +∞ for κ = +∞.
     *
     * @throws IllegalArgumentException unless κ ≥ 1 (every condition number is)
     */
    public static double digitsLost(double cond) {
        if (Double.isNaN(cond) || cond < 1.0) {
            throw new IllegalArgumentException("a condition number is at least 1 but got " + cond);
        }
        return KMath.log10(cond);
    }
}
