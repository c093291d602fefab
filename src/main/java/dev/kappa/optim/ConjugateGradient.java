package dev.kappa.optim;

import dev.kappa.linalg.Tolerance;

/**
 * Linear conjugate gradient for a quadratic f(x) = ½xᵀAx + bᵀx + c, i.e. for Ax = −b with A
 * symmetric positive definite.
 *
 * <p>r₀ = −∇f(x₀) = −(Ax₀ + b), p₀ = r₀; each step: α = rᵀr/pᵀAp, xₖ₊₁ = xₖ + αp, r' = r − αAp,
 * β = r'ᵀr'/rᵀr, p ← r' + βp. The directions are A-conjugate, so in exact arithmetic it
 * terminates in at most n steps (one per distinct eigenvalue), and its error after k steps is
 * bounded by 2((√κ − 1)/(√κ + 1))ᵏ in the A-norm. Stops (converged) when ‖r‖ reaches rounding level
 * 16·n·EPS·(‖A‖_F‖x‖ + ‖b‖); a direction with pᵀAp ≤ 0 means f is unbounded below: divergence.
 */
public final class ConjugateGradient extends Optimizer {
    private final Quadratic quadratic;
    private final double normA;
    private final double normB;
    private double[] r;
    private double[] p;
    private double rr;

    public ConjugateGradient(Quadratic f, double[] x0) {
        super(f, x0);
        this.quadratic = f;
        this.normA = f.matrix().frobeniusNorm();
        this.normB = Vectors.norm(f.linear());
        double[] g = f.gradient(x0);
        this.r = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            r[i] = -g[i];
        }
        this.p = r.clone();
        this.rr = Vectors.dot(r, r);
    }

    @Override
    public String name() {
        return "CG";
    }

    /** ρ = (√κ − 1)/(√κ + 1) for κ ≥ 1: after k steps ‖xₖ − x*‖_A ≤ 2ρᵏ‖x₀ − x*‖_A (the Chebyshev bound). */
    public static double boundRate(double kappa) {
        if (!(kappa >= 1) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("a condition number must be finite and ≥ 1 but got " + kappa);
        }
        double s = Math.sqrt(kappa);
        return (s - 1) / (s + 1);
    }

    /**
     * The steps the bound guarantees: the smallest k with 2ρᵏ ≤ ε, 0 &lt; ε &lt; 1. Counted with a running
     * product (no logarithm), so every engine gives the same k; at most about 10⁴ steps for κ ≤ 10⁶ and
     * ε ≥ 10⁻¹⁶.
     */
    public static int boundSteps(double kappa, double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("ε must lie in (0, 1) but is " + epsilon);
        }
        double rho = boundRate(kappa);
        double e = 2;
        int k = 0;
        while (e > epsilon) {
            e *= rho;
            k++;
        }
        return k;
    }

    /** ‖r‖, the norm of the current (recurred) residual −∇f. */
    public double residualNorm() {
        return Math.sqrt(rr);
    }

    @Override
    protected double[] advance(double[] x) {
        int n = x.length;
        double floor = 16 * n * Tolerance.EPS * (normA * Vectors.norm(x) + normB);
        if (Math.sqrt(rr) <= floor) {
            return null;
        }
        double[] ap = quadratic.times(p);
        double pap = Vectors.dot(p, ap);
        if (!(pap > 0.0)) {
            divergeNow("curvature pᵀAp = " + pap + " ≤ 0: the quadratic is unbounded below along p");
            return null;
        }
        double alpha = rr / pap;
        double[] next = Vectors.axpy(x, alpha, p);
        r = Vectors.axpy(r, -alpha, ap);
        double rrNew = Vectors.dot(r, r);
        double beta = rrNew / rr;
        p = Vectors.axpy(r, beta, p);
        rr = rrNew;
        return next;
    }
}
