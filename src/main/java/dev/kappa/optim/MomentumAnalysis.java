package dev.kappa.optim;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;

/**
 * Tuned heavy-ball momentum on a quadratic whose Hessian eigenvalues lie in [λmin, λmax], λmin &gt; 0.
 *
 * <p>With wₖ₊₁ = wₖ − α∇f(wₖ) + β(wₖ − wₖ₋₁) each eigen-component follows a two-term recurrence;
 * the choice α = (2/(√λmax + √λmin))², β = ((√κ − 1)/(√κ + 1))² (κ = λmax/λmin) puts every
 * component's characteristic roots on the circle of radius √β, so the error shrinks like
 * ((√κ − 1)/(√κ + 1))ᵏ (times at most a factor linear in k), against ((κ − 1)/(κ + 1))ᵏ for the
 * best fixed-step GD: about √κ times fewer iterations.
 *
 * <p>The static methods give the closed form for any (α, β) in the manner of Distill's "Why
 * momentum really works": in eigen-coordinates zᵢ = qᵢᵀw, βᵢ = qᵢᵀb each component obeys
 * zₖ₊₁ = (1 + β − αλᵢ)zₖ − βzₖ₋₁ − αβᵢ, i.e. (zₖ₊₁, zₖ, 1) = Mᵢ(zₖ, zₖ₋₁, 1) with a 3×3 matrix Mᵢ,
 * so zₖ is read off Mᵢᵏ(z₀, z₀, 1) (powers by repeated squaring).
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

    /**
     * The per-step contraction of an eigen-component with eigenvalue λ under heavy ball (α, β): the
     * spectral radius of [[1 + β − αλ, −β], [1, 0]], i.e. the larger |root| of x² − (1 + β − αλ)x + β.
     * Below 1 the component converges; complex roots (a spiral) have modulus √β.
     */
    public static double factor(double lambda, double alpha, double beta) {
        double a = 1.0 + beta - alpha * lambda;
        double disc = a * a - 4.0 * beta;
        if (disc < 0.0) {
            return Math.sqrt(beta);
        }
        double s = Math.sqrt(disc);
        return Math.max(Math.abs(a + s), Math.abs(a - s)) / 2.0;
    }

    /** How one eigen-component of heavy ball behaves, by the roots of r² − (1 + β − αλ)r + β. */
    public enum Damping {
        /** Two distinct real roots inside the unit circle (negative ones flip the sign every step). */
        OVER_DAMPED,
        /** A double root (the discriminant is zero up to rounding). */
        CRITICALLY_DAMPED,
        /** Complex roots of modulus √β: the component oscillates while it decays. */
        UNDER_DAMPED,
        /** The larger |root| is at least 1: the component does not decay. */
        NOT_CONVERGING
    }

    /**
     * The case of the component with eigenvalue λ under heavy ball (α, β). The discriminant
     * (1 + β − αλ)² − 4β counts as zero when it is below 1e-9 of the larger of its two terms, so a
     * setting typed from the formulas (the tuned α*, β* at λmin and λmax) is called critical.
     */
    public static Damping damping(double lambda, double alpha, double beta) {
        double a = 1.0 + beta - alpha * lambda;
        double disc = a * a - 4.0 * beta;
        if (factor(lambda, alpha, beta) >= 1.0 - 1e-12) {
            return Damping.NOT_CONVERGING;
        }
        if (Math.abs(disc) <= 1e-9 * Math.max(a * a, 4.0 * beta)) {
            return Damping.CRITICALLY_DAMPED;
        }
        return disc < 0.0 ? Damping.UNDER_DAMPED : Damping.OVER_DAMPED;
    }

    /** wₖ of heavy ball (α, β) on f from w₀ (w₋₁ = w₀), from the closed form, k ≥ 0. */
    public static double[] heavyBallIterate(Quadratic f, double alpha, double beta, double[] w0, int k) {
        Vectors.requireVector(w0, f.dimension(), "start point w0");
        if (k < 0) {
            throw new IllegalArgumentException("iteration k must be non-negative but is " + k);
        }
        double[] lambda;
        Matrix q;
        if (f.hasGivenSpectrum()) {
            lambda = f.eigenvalues();
            q = f.eigenvectors();
        } else {
            SymmetricEigen eig = SymmetricEigen.of(f.matrix());
            lambda = eig.values();
            q = eig.vectors();
        }
        double[] b = q.transposeTimes(f.linear());
        double[] z = q.transposeTimes(w0);
        for (int i = 0; i < z.length; i++) {
            double[] m = {1.0 + beta - alpha * lambda[i], -beta, -alpha * b[i], 1, 0, 0, 0, 0, 1};
            double[] p = power3(m, k);
            z[i] = p[0] * z[i] + p[1] * z[i] + p[2];
        }
        return q.times(z);
    }

    /** mᵏ for a row-major 3×3 matrix, by repeated squaring. */
    private static double[] power3(double[] m, int k) {
        double[] result = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[] base = m.clone();
        int e = k;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = times3(result, base);
            }
            base = times3(base, base);
            e >>= 1;
        }
        return result;
    }

    private static double[] times3(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }
}
