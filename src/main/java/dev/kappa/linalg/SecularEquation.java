package dev.kappa.linalg;

/**
 * The roots of the secular equation of a rank-one update of a diagonal matrix,
 * f(λ) = 1 + ρ Σⱼ zⱼ²/(dⱼ − λ) = 0, whose roots are the eigenvalues of D + ρzzᵀ (ρ &gt; 0,
 * d₀ &lt; d₁ &lt; … strictly, every zⱼ ≠ 0). f rises from −∞ to +∞ between consecutive poles,
 * so root i lies in (dᵢ, dᵢ₊₁), and the last in (d_{k−1}, d_{k−1} + ρ‖z‖²].
 *
 * <p>What the caller needs is not λᵢ itself but the differences dⱼ − λᵢ to full relative
 * accuracy (the eigenvectors are (zⱼ/(dⱼ − λᵢ))ⱼ): λᵢ close to a pole would lose them to
 * cancellation. So each root is sought as λ = d_o + τ, o being the nearer of the two poles that
 * bracket it (decided by the sign of f at their midpoint), and dⱼ − λ is formed as
 * (dⱼ − d_o) − τ, exact for j = o and accurate for the others (Li, "Solving secular equations
 * stably and efficiently", 1993; LAPACK's dlaed4).
 *
 * <p>{@link #singular} gives the form 1 + Σⱼ zⱼ²/(dⱼ² − σ²) = 0 of the bidiagonal SVD
 * (roots σ², poles dⱼ²) with the same iteration, keeping differences of squares as products.
 *
 * <p>Steps solve a model that keeps the two bracketing poles exact and matches the rest of f
 * in value and slope (Li's "fixed weight" model), which converges quadratically; a step that
 * leaves the bracket known to hold the root is replaced by bisection, and after
 * {@value #MODEL_STEPS} model steps only bisection is used, so every root is found. The
 * iteration stops once |f| is within the rounding error of its own evaluation.
 */
final class SecularEquation {
    /** LAPACK's unit roundoff (dlamch('E')): half of {@link Tolerance#EPS}. */
    private static final double ROUNDOFF = 0x1.0p-53;
    private static final int MODEL_STEPS = 40;
    /** Bisection from the widest bracket to one ulp takes about 2100 halvings of a double. */
    private static final int MAX_STEPS = 2400;

    private final boolean squared;
    private final int k;
    private final double[] d;
    private final double[] z;
    private final double rho;
    /** Scratch reused by every root: dⱼ − λ at the current iterate, and dⱼ + d_o (squared form). */
    private final double[] current;
    private final double[] plus;

    private SecularEquation(boolean squared, int k, double[] d, double[] z, double rho) {
        this.squared = squared;
        this.k = k;
        this.d = d;
        this.z = z;
        this.rho = rho;
        this.current = new double[k];
        this.plus = squared ? new double[k] : null;
    }

    /** The equation 1 + ρ Σⱼ zⱼ²/(dⱼ − λ) = 0 over the first k entries of d and z. */
    static SecularEquation eigen(int k, double[] d, double[] z, double rho) {
        return new SecularEquation(false, k, d, z, rho);
    }

    /**
     * The singular-value form 1 + Σⱼ zⱼ²/(dⱼ² − σ²) = 0 (d ascending, d ≥ 0), whose roots are
     * found as σ: the iteration runs on μ = σ² − d_o² but forms σ − d_o = μ/(d_o + √(d_o² + μ))
     * and δⱼ = (dⱼ − d_o − (σ − d_o))·(dⱼ + d_o + (σ − d_o)), because squaring the d first would
     * lose the differences of close ones.
     */
    static SecularEquation singular(int k, double[] d, double[] z) {
        return new SecularEquation(true, k, d, z, 1.0);
    }

    /**
     * Finds root i (0 ≤ i &lt; k) and writes δⱼ = dⱼ − λᵢ (squared form: dⱼ² − σᵢ²) into
     * {@code delta[0..k)}.
     *
     * @return λᵢ (squared form: σᵢ)
     * @throws ArithmeticException if the bracket stops shrinking without convergence (not seen:
     *     bisection alone converges within the bound)
     */
    double root(int i, double[] delta) {
        double rhoInv = 1.0 / rho;
        int origin;
        double lo;
        double hi;
        if (i < k - 1) {
            double mid = squared ? ((d[i + 1] - d[i]) * (d[i + 1] + d[i])) * 0.5 : 0.5 * (d[i + 1] - d[i]);
            double w = rhoInv;
            for (int j = 0; j < k; j++) {
                double gap = squared ? (d[j] - d[i]) * (d[j] + d[i]) : d[j] - d[i];
                w += (z[j] / (gap - mid)) * z[j];
            }
            if (w >= 0.0) {
                // f ≥ 0 at the midpoint: the root is in its lower half, nearer dᵢ.
                origin = i;
                lo = 0.0;
                hi = mid;
            } else {
                origin = i + 1;
                lo = -mid;
                hi = 0.0;
            }
        } else {
            double zz = 0.0;
            for (int j = 0; j < k; j++) {
                zz += z[j] * z[j];
            }
            origin = k - 1;
            lo = 0.0;
            hi = rho * zz;
        }
        double base = d[origin];
        // delta holds dⱼ − d_o; for the squared form, plus holds dⱼ + d_o.
        for (int j = 0; j < k; j++) {
            delta[j] = d[j] - base;
            if (squared) {
                plus[j] = d[j] + base;
            }
        }
        // Start from the end of the bracket where f is known (its sign set the origin).
        double tau = origin == i ? hi : lo;
        for (int step = 0; step < MAX_STEPS; step++) {
            double shift = squared ? shiftOfRoot(base, tau) : tau;
            for (int j = 0; j < k; j++) {
                current[j] = squared ? (delta[j] - shift) * (plus[j] + shift) : delta[j] - tau;
            }
            double psi = 0.0;
            double dpsi = 0.0;
            for (int j = 0; j <= i; j++) {
                double t = z[j] / current[j];
                psi += z[j] * t;
                dpsi += t * t;
            }
            double phi = 0.0;
            double dphi = 0.0;
            for (int j = i + 1; j < k; j++) {
                double t = z[j] / current[j];
                phi += z[j] * t;
                dphi += t * t;
            }
            // w = f/ρ: the scaling changes neither the root nor the model step.
            double w = (rhoInv + psi) + phi;
            if (w < 0.0) {
                lo = tau;
            } else {
                hi = tau;
            }
            // Bound on the rounding error of w as just evaluated (dlaed4's ERRETM).
            double slope = dpsi + dphi;
            double error = ((8.0 * (phi - psi) + rhoInv) + Math.abs(tau) * slope) * ROUNDOFF;
            if (Math.abs(w) <= error) {
                return finish(base, shift, delta);
            }
            double next = Double.NaN;
            if (step < MODEL_STEPS) {
                next = tau + modelStep(i, current, w, dpsi, dphi);
            }
            if (!(next > lo && next < hi)) {
                next = 0.5 * lo + 0.5 * hi;
                if (!(next > lo && next < hi)) {
                    // lo and hi are adjacent doubles: τ is as good as it can be.
                    return finish(base, shift, delta);
                }
            }
            if (next == tau) {
                return finish(base, shift, delta);
            }
            tau = next;
        }
        throw new ArithmeticException("secular equation root " + i + " of " + k + " did not converge in "
                + MAX_STEPS + " steps");
    }

    /** σ − d_o for σ² = d_o² + μ, without cancellation. */
    private static double shiftOfRoot(double base, double mu) {
        return mu / (base + Math.sqrt(Math.max(0.0, base * base + mu)));
    }

    /**
     * The step η that zeroes the model c + δᵢ²ψ′/(δᵢ − η) + δᵢ₊₁²φ′/(δᵢ₊₁ − η), which equals
     * w = ψ + φ + 1/ρ with slope ψ′ + φ′ at η = 0 (for the last root only the pole below is
     * kept). NaN when the model has no usable root, so the caller bisects.
     */
    private double modelStep(int i, double[] delta, double w, double dpsi, double dphi) {
        double di = delta[i];
        if (i == k - 1) {
            double c = w - di * dpsi;
            return c > 0.0 ? (di / c) * w : Double.NaN;
        }
        double dn = delta[i + 1];
        double c = (w - di * dpsi) - dn * dphi;
        double product = di * dn;
        double a = (di + dn) * w - product * (dpsi + dphi);
        double b = product * w;
        if (c == 0.0) {
            return a == 0.0 ? Double.NaN : b / a;
        }
        double disc = a * a - 4.0 * b * c;
        if (disc < 0.0) {
            return Double.NaN;
        }
        double root = Math.sqrt(disc);
        // The root of cη² − aη + b nearer zero, by the formula that does not cancel.
        return a <= 0.0 ? (a - root) / (2.0 * c) : (2.0 * b) / (a + root);
    }

    private double finish(double base, double shift, double[] delta) {
        System.arraycopy(current, 0, delta, 0, k);
        return base + shift;
    }
}
