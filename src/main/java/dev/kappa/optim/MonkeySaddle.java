package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * The monkey saddle f(x, y) = x³ − 3xy²: three valleys (for two legs and a tail) meet at 0, where
 * the gradient and the Hessian both vanish, so neither first- nor second-order information tells
 * which way is down. ∇f = (3x² − 3y², −6xy), ∇²f = [[6x, −6y], [−6y, −6x]].
 */
public final class MonkeySaddle implements Objective {
    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        double x = w[0];
        double y = w[1];
        return x * x * x - 3.0 * x * y * y;
    }

    @Override
    public double[] gradient(double[] w) {
        double x = w[0];
        double y = w[1];
        return new double[] {3.0 * x * x - 3.0 * y * y, -6.0 * x * y};
    }

    @Override
    public Matrix hessian(double[] w) {
        double x = w[0];
        double y = w[1];
        return Matrix.of(new double[][] {{6.0 * x, -6.0 * y}, {-6.0 * y, -6.0 * x}});
    }
}
