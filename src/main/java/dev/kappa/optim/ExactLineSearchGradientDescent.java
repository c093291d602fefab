package dev.kappa.optim;

/**
 * Steepest descent with exact line search on a quadratic f(x) = ½xᵀAx + bᵀx + c: with g = Axₖ + b,
 * the step minimizing f(xₖ − αg) is α = gᵀg / gᵀAg, and xₖ₊₁ = xₖ − αg.
 *
 * <p>Successive steps are orthogonal, which produces the classic zig-zag on an ill-conditioned
 * quadratic; the error in the A-norm shrinks at least by (κ − 1)/(κ + 1) per step. When gᵀAg ≤ 0
 * there is no minimum along −g (f is unbounded below on that line): reported as divergence. Stops
 * (converged) when g = 0.
 */
public final class ExactLineSearchGradientDescent extends Optimizer {
    private final Quadratic quadratic;
    private double lastStep;

    public ExactLineSearchGradientDescent(Quadratic f, double[] w0) {
        super(f, w0);
        this.quadratic = f;
    }

    /** The step α of the last iteration (0 before the first). */
    public double lastStep() {
        return lastStep;
    }

    @Override
    public String name() {
        return "GD (exact line search)";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = quadratic.gradient(w);
        double gg = Vectors.dot(g, g);
        if (gg == 0.0) {
            return null;
        }
        double gAg = Vectors.dot(g, quadratic.times(g));
        if (!(gAg > 0.0)) {
            divergeNow("curvature gᵀAg = " + gAg + " ≤ 0 along −∇f: no minimum on the search line");
            return null;
        }
        lastStep = gg / gAg;
        return Vectors.axpy(w, -lastStep, g);
    }
}
