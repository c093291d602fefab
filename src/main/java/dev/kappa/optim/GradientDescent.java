package dev.kappa.optim;

/**
 * Gradient descent with a fixed step: wₖ₊₁ = wₖ − η∇f(wₖ). Default η = 0.1.
 *
 * <p>On a quadratic with Hessian eigenvalues λᵢ each eigen-component is multiplied by (1 − ηλᵢ) per
 * step, so it converges iff 0 &lt; η &lt; 2/λmax (see {@link QuadraticGdAnalysis}). The simplest
 * method, and the one whose dynamics the labs explain exactly.
 */
public final class GradientDescent extends Optimizer {
    /** Default step η. */
    public static final double DEFAULT_ETA = 0.1;

    private final double eta;

    public GradientDescent(Objective f, double[] w0, double eta) {
        super(f, w0);
        Vectors.requirePositive(eta, "step η");
        this.eta = eta;
    }

    public GradientDescent(Objective f, double[] w0) {
        this(f, w0, DEFAULT_ETA);
    }

    public double eta() {
        return eta;
    }

    @Override
    public String name() {
        return "GD";
    }

    @Override
    protected double[] advance(double[] w) {
        return Vectors.axpy(w, -eta, objective.gradient(w));
    }
}
