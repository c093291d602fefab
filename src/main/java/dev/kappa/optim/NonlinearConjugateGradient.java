package dev.kappa.optim;

/**
 * Nonlinear conjugate gradient (Polak–Ribière+, with restarts) for any smooth objective.
 *
 * <p>d₀ = −g₀; each step takes t from a strong-Wolfe line search with c₂ = 0.1 ({@link WolfeLineSearch}),
 * wₖ₊₁ = wₖ + t·dₖ, then β = max(0, gₖ₊₁ᵀ(gₖ₊₁ − gₖ)/gₖᵀgₖ) and dₖ₊₁ = −gₖ₊₁ + β·dₖ. It restarts with
 * the steepest-descent direction when β &lt; 0 (the "+") or dₖ₊₁ is not a descent direction. On a
 * quadratic with exact line searches this is linear CG; with Wolfe steps it keeps CG's memory of
 * one previous direction, which is what lets it cross a curved valley faster than gradient descent
 * at the cost of one gradient per trial step.
 *
 * <p>Stops: converged when g = 0; line search failed when no trial step is acceptable.
 */
public final class NonlinearConjugateGradient extends Optimizer {
    private double[] g;
    private double[] d;
    private double lastStep;
    private double lastBeta;
    private double lastSlope;

    public NonlinearConjugateGradient(Objective f, double[] w0) {
        super(f, w0);
    }

    @Override
    public String name() {
        return "CG (Polak–Ribière+)";
    }

    /** The line search's step t of the last step taken (0 before the first). */
    public double lastStep() {
        return lastStep;
    }

    /** The β that built the current direction (0 after a restart). */
    public double lastBeta() {
        return lastBeta;
    }

    @Override
    protected double[] advance(double[] w) {
        double[] gNew = objective.gradient(w);
        double gg = Vectors.dot(gNew, gNew);
        if (gg == 0.0) {
            return null;
        }
        double[] dNew = Vectors.axpy(new double[gNew.length], -1.0, gNew);
        double beta = 0.0;
        if (d != null) {
            double num = gg - Vectors.dot(gNew, g);
            beta = Math.max(0.0, num / Vectors.dot(g, g));
            dNew = Vectors.axpy(dNew, beta, d);
        }
        double slope = Vectors.dot(gNew, dNew);
        if (!(slope < 0.0)) {
            beta = 0.0;
            dNew = Vectors.axpy(new double[gNew.length], -1.0, gNew);
            slope = -gg;
        }
        // First trial: the step that would give the same first-order decrease as the last one
        // (Nocedal and Wright's (3.60)); CG's directions carry no natural scale, so t = 1 is arbitrary.
        double t0 = lastStep > 0 ? Math.min(1e10, lastStep * lastSlope / slope) : Math.min(1.0, 1.0 / Math.sqrt(gg));
        double t = WolfeLineSearch.step(objective, w, dNew, slope, t0, WolfeLineSearch.TIGHT, true);
        if (t == 0.0) {
            stopNow(Status.LINE_SEARCH_FAILED, "no step along the conjugate direction decreased f in "
                    + WolfeLineSearch.MAX_TRIALS + " trials (‖∇f‖ = " + Math.sqrt(gg) + ")");
            return null;
        }
        g = gNew;
        d = dNew;
        lastStep = t;
        lastSlope = slope;
        lastBeta = beta;
        return Vectors.axpy(w, t, dNew);
    }
}
