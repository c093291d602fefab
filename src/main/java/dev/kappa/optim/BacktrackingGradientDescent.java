package dev.kappa.optim;

/**
 * Gradient descent with a backtracking (Armijo) line search: with g = ∇f(wₖ), try t = η₀, η₀ρ,
 * η₀ρ², … and take the first t with f(wₖ − tg) ≤ f(wₖ) − c·t·‖g‖² (sufficient decrease);
 * wₖ₊₁ = wₖ − tg. Defaults η₀ = 1, ρ = 0.5, c = 10⁻⁴; at most 60 halvings per step.
 *
 * <p>Removes the need to know 2/λmax: every step decreases f. A trial with f(wₖ − tg) = f(wₖ) is
 * not a decrease: accepting it (as this class once did) let the iterates wander where rounding
 * hides f's changes, stalling at ≈ 2e-7 relative distance. Once the sufficient decrease
 * c·t·‖g‖² is below the rounding of f, a step is accepted instead by Hager and Zhang's
 * approximate Armijo test: f within rounding of f(wₖ) and the slope along −g not yet reversed
 * beyond (1 − 2c)·‖g‖² — which follows the gradient down to the rounding level of w, not of f.
 * Stops: converged when g = 0; {@link Optimizer.Status#STALLED} when no trial is acceptable.
 */
public final class BacktrackingGradientDescent extends Optimizer {
    public static final double DEFAULT_INITIAL_STEP = 1.0;
    public static final double DEFAULT_SHRINK = 0.5;
    public static final double DEFAULT_ARMIJO = 1e-4;
    /** Bound on trial steps per iteration: 0.5⁶⁰ ≈ 1e-18 is below any useful step. */
    public static final int MAX_TRIALS = 60;
    /** The relative rounding level of f below which decreases are judged by slope instead. */
    private static final double ROUNDING = 16 * dev.kappa.linalg.Tolerance.EPS;

    private final double initialStep;
    private final double shrink;
    private final double c;
    private double lastStep;

    public BacktrackingGradientDescent(Objective f, double[] w0, double initialStep, double shrink, double c) {
        super(f, w0);
        Vectors.requirePositive(initialStep, "initial step η₀");
        if (!(shrink > 0.0 && shrink < 1.0)) {
            throw new IllegalArgumentException("shrink factor ρ must be in (0, 1) but is " + shrink);
        }
        if (!(c > 0.0 && c < 1.0)) {
            throw new IllegalArgumentException("Armijo constant c must be in (0, 1) but is " + c);
        }
        this.initialStep = initialStep;
        this.shrink = shrink;
        this.c = c;
    }

    public BacktrackingGradientDescent(Objective f, double[] w0) {
        this(f, w0, DEFAULT_INITIAL_STEP, DEFAULT_SHRINK, DEFAULT_ARMIJO);
    }

    /** The step t accepted in the last iteration (0 before the first). */
    public double lastStep() {
        return lastStep;
    }

    @Override
    public String name() {
        return "GD (backtracking)";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        double gg = Vectors.dot(g, g);
        if (gg == 0.0) {
            return null;
        }
        double f = objective.value(w);
        double rounding = ROUNDING * Math.abs(f);
        double t = initialStep;
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            double[] next = Vectors.axpy(w, -t, g);
            double fNext = objective.value(next);
            double decrease = c * t * gg;
            // Written so that a NaN or ∞ trial value counts as "not decreased enough".
            boolean armijo = fNext < f && fNext <= f - decrease;
            boolean approximate = decrease <= rounding && fNext <= f + rounding
                    && Vectors.dot(objective.gradient(next), g) >= -(1.0 - 2.0 * c) * gg;
            if (armijo || approximate) {
                lastStep = t;
                return next;
            }
            t *= shrink;
        }
        stopNow(Status.STALLED, "no trial step in " + MAX_TRIALS + " decreased f (‖∇f‖ = " + Math.sqrt(gg) + ")");
        return null;
    }
}
