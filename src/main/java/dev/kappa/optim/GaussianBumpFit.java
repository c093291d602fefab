package dev.kappa.optim;

import dev.kappa.linalg.KMath;

/**
 * Nonlinear least squares for a Gaussian bump y ≈ a·exp(−(x − m)²/(2s²)): parameters w = (a, m, s),
 * objective f(w) = ½‖r(w)‖² ({@link CurveFit}). s and −s give the same curve.
 *
 * <p>With u = (x − m)/s and g = e^{−u²/2}, the Jacobian row is (g, a·g·u/s, a·g·u²/s), and the
 * residual's second derivatives are ∂²/∂a∂m = g·u/s, ∂²/∂a∂s = g·u²/s, ∂²/∂m² = a·g(u² − 1)/s²,
 * ∂²/∂m∂s = a·g(u³ − 2u)/s², ∂²/∂s² = a·g(u⁴ − 3u²)/s² (∂²/∂a² = 0). Far from the data g vanishes,
 * so J is nearly zero there and a full Gauss–Newton step is huge: the start where it runs away.
 */
public final class GaussianBumpFit extends CurveFit {
    public GaussianBumpFit(double[] x, double[] y) {
        super(x, y, 3);
    }

    /** The model a·exp(−(x − m)²/(2s²)) at x for w = (a, m, s). */
    public static double model(double[] w, double x) {
        double u = (x - w[1]) / w[2];
        return w[0] * KMath.exp(-0.5 * u * u);
    }

    @Override
    public double at(double[] w, double x) {
        return model(w, x);
    }

    @Override
    protected void partials(double[] w, double x, double[] row) {
        double u = (x - w[1]) / w[2];
        double g = KMath.exp(-0.5 * u * u);
        row[0] = g;
        row[1] = w[0] * g * u / w[2];
        row[2] = w[0] * g * u * u / w[2];
    }

    @Override
    protected void addCurvature(double[] w, double x, double r, double[] h) {
        double s = w[2];
        double u = (x - w[1]) / s;
        double g = KMath.exp(-0.5 * u * u);
        double u2 = u * u;
        double am = r * g * u / s;
        double as = r * g * u2 / s;
        double ag = r * w[0] * g / (s * s);
        double ms = ag * (u2 * u - 2 * u);
        h[1] += am;
        h[3] += am;
        h[2] += as;
        h[6] += as;
        h[4] += ag * (u2 - 1);
        h[5] += ms;
        h[7] += ms;
        h[8] += ag * (u2 * u2 - 3 * u2);
    }
}
