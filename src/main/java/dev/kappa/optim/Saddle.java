package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * The saddle f(x, y) = x² − y²: a stationary point at 0 that is a minimum along x and a maximum
 * along y, unbounded below. ∇f = (2x, −2y), ∇²f = diag(2, −2). GD started on the x-axis converges
 * to the saddle; any y-component grows by |1 + 2η| per step.
 */
public final class Saddle implements Objective {
    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        return w[0] * w[0] - w[1] * w[1];
    }

    @Override
    public double[] gradient(double[] w) {
        return new double[] {2.0 * w[0], -2.0 * w[1]};
    }

    @Override
    public Matrix hessian(double[] w) {
        return Matrix.diagonal(new double[] {2.0, -2.0});
    }
}
