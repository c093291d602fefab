package dev.kappa.optim;

/**
 * Tuned heavy-ball momentum on a quadratic whose Hessian eigenvalues lie in [λmin, λmax], λmin &gt; 0.
 *
 * <p>With wₖ₊₁ = wₖ − α∇f(wₖ) + β(wₖ − wₖ₋₁) each eigen-component follows a two-term recurrence;
 * the choice α = (2/(√λmax + √λmin))², β = ((√κ − 1)/(√κ + 1))² (κ = λmax/λmin) puts every
 * component's characteristic roots on the circle of radius √β, so the error shrinks like
 * ((√κ − 1)/(√κ + 1))ᵏ (times at most a factor linear in k), against ((κ − 1)/(κ + 1))ᵏ for the
 * best fixed-step GD: about √κ times fewer iterations.
 */
public final class MomentumAnalysis {
    private final double lambdaMin;
    private final double lambdaMax;

    private MomentumAnalysis(double lambdaMin, double lambdaMax) {
        this.lambdaMin = lambdaMin;
        this.lambdaMax = lambdaMax;
    }

    /** For eigenvalues in [λmin, λmax], 0 &lt; λmin ≤ λmax. */
    public static MomentumAnalysis of(double lambdaMin, double lambdaMax) {
        Vectors.requirePositive(lambdaMin, "λmin");
        Vectors.requirePositive(lambdaMax, "λmax");
        if (lambdaMin > lambdaMax) {
            throw new IllegalArgumentException("λmin = " + lambdaMin + " exceeds λmax = " + lambdaMax);
        }
        return new MomentumAnalysis(lambdaMin, lambdaMax);
    }

    public double conditionNumber() {
        return lambdaMax / lambdaMin;
    }

    /** α = (2/(√λmax + √λmin))². */
    public double optimalStep() {
        double s = 2.0 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin));
        return s * s;
    }

    /** β = ((√κ − 1)/(√κ + 1))². */
    public double optimalMomentum() {
        double r = rate();
        return r * r;
    }

    /** (√κ − 1)/(√κ + 1), the convergence rate at the optimal (α, β). */
    public double rate() {
        double sk = Math.sqrt(conditionNumber());
        return (sk - 1.0) / (sk + 1.0);
    }

    /** (κ − 1)/(κ + 1), the rate of GD at its own optimal step, for comparison. */
    public double gradientDescentRate() {
        double k = conditionNumber();
        return (k - 1.0) / (k + 1.0);
    }
}
