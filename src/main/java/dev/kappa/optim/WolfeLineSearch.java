package dev.kappa.optim;

import dev.kappa.linalg.Tolerance;

/**
 * A step t along a descent direction d from w satisfying the Wolfe conditions: sufficient decrease
 * f(w + td) ≤ f(w) + c₁t·gᵀd (c₁ = 10⁻⁴) and curvature, weak ∇f(w + td)ᵀd ≥ c₂·gᵀd or strong
 * |∇f(w + td)ᵀd| ≤ c₂|gᵀd|; found by bracketing and bisection from a first trial t₀ with at most
 * {@value #MAX_TRIALS} trials; near the minimum, where the decrease c₁t·gᵀd drowns in the rounding of
 * f, Hager and Zhang's approximate Wolfe conditions.
 *
 * <p>The curvature condition is what quasi-Newton and conjugate-gradient methods need: it keeps
 * sᵀy &gt; 0 for L-BFGS's pairs (weak, c₂ = 0.9, from t₀ = 1: its directions are scaled), and it makes
 * nonlinear CG's steps nearly exact line minimizations (strong, c₂ = 0.1), without which its
 * directions lose conjugacy and it crawls like steepest descent.
 */
final class WolfeLineSearch {
    static final int MAX_TRIALS = 60;
    private static final double ARMIJO = 1e-4;
    /** L-BFGS's curvature constant (weak). */
    static final double LOOSE = 0.9;
    /**
     * Nonlinear CG's curvature constant (strong): tighter than Nocedal and Wright's 0.1, because with
     * 0.1 a 2-D quadratic took dozens of steps instead of CG's two; the secant steps below make the
     * tighter search cost about one extra gradient per step on smooth lines.
     */
    static final double TIGHT = 0.01;
    private static final double ROUNDING = 16 * Tolerance.EPS;

    private WolfeLineSearch() {
    }

    /** The weak Wolfe step from t₀ = 1 with c₂ = 0.9 (L-BFGS). */
    static double step(Objective objective, double[] w, double[] d, double slope) {
        return step(objective, w, d, slope, 1.0, LOOSE, false);
    }

    /**
     * The step, with {@code slope} = gᵀd &lt; 0, first trial {@code t0} &gt; 0. Returns the best Armijo
     * step found if the bracket collapses, 0 if none.
     */
    static double step(Objective objective, double[] w, double[] d, double slope, double t0, double curvature,
            boolean strong) {
        double f = objective.value(w);
        double lo = 0.0;
        double hi = Double.POSITIVE_INFINITY;
        double slopeLo = slope;
        double slopeHi = Double.NaN;
        double before = 0.0;
        double slopeBefore = slope;
        double t = t0;
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            double[] next = Vectors.axpy(w, t, d);
            double fNext = objective.value(next);
            double slopeNext = Vectors.dot(objective.gradient(next), d);
            // Hager–Zhang's approximate Wolfe test: near the minimum the decrease c₁t·gᵀd is below the
            // rounding of f, so accept a step that keeps f within rounding and flattens the slope.
            boolean approximate = fNext <= f + ROUNDING * Math.abs(f)
                    && slopeNext >= curvature * slope && slopeNext <= (strong ? -curvature : 2 * ARMIJO - 1) * slope;
            if (approximate) {
                return t;
            }
            // Equal f is no decrease: accepting it let a tiny step through when f's change rounds away.
            if (!(fNext < f && fNext <= f + ARMIJO * t * slope)) {
                hi = t;
                slopeHi = slopeNext;
            } else if (slopeNext < curvature * slope) {
                before = lo;
                slopeBefore = slopeLo;
                lo = t;
                slopeLo = slopeNext;
            } else if (strong && slopeNext > -curvature * slope) {
                hi = t; // past the line's minimum: the slope turned up too steeply
                slopeHi = slopeNext;
            } else {
                return t;
            }
            if (hi == Double.POSITIVE_INFINITY && strong && slopeLo > slopeBefore) {
                // Still going down: extrapolate the secant on the slope to where it would vanish.
                double secant = lo + (lo - before) * slopeLo / (slopeBefore - slopeLo);
                t = Math.min(10.0 * lo, Math.max(1.1 * lo, secant));
            } else if (hi == Double.POSITIVE_INFINITY) {
                t = 2.0 * lo;
            } else if (strong && slopeHi > slopeLo) {
                // The secant on the slope: the line's minimum if f is quadratic along it (exactly so for
                // a quadratic objective), kept off the bracket's ends so the bracket always shrinks.
                double secant = lo + (hi - lo) * slopeLo / (slopeLo - slopeHi);
                double margin = 0.05 * (hi - lo);
                t = Math.min(hi - margin, Math.max(lo + margin, secant));
            } else {
                t = 0.5 * (lo + hi);
            }
        }
        return lo;
    }
}
