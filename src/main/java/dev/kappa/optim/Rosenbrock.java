package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * Rosenbrock's banana function f(x, y) = (a − x)² + b(y − x²)², defaults a = 1, b = 100: a curved
 * narrow valley along y = x² with its single minimum f = 0 at (a, a²).
 *
 * <p>∇f = (−2(a − x) − 4bx(y − x²), 2b(y − x²)); ∇²f = [[2 − 4b(y − x²) + 8bx², −4bx], [−4bx, 2b]].
 * As a residual model f = ½‖r‖² with r = (√2·(a − x), √(2b)·(y − x²)), so Gauss–Newton and
 * Levenberg–Marquardt can run on it too.
 */
public final class Rosenbrock implements Objective, ResidualModel {
    private final double a;
    private final double b;

    public Rosenbrock(double a, double b) {
        Quadratic.requireFinite(a, "a");
        Vectors.requirePositive(b, "b");
        this.a = a;
        this.b = b;
    }

    /** a = 1, b = 100. */
    public Rosenbrock() {
        this(1.0, 100.0);
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    /** The minimizer (a, a²). */
    public double[] minimizer() {
        return new double[] {a, a * a};
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        double u = a - w[0];
        double v = w[1] - w[0] * w[0];
        return u * u + b * v * v;
    }

    @Override
    public double[] gradient(double[] w) {
        double x = w[0];
        double v = w[1] - x * x;
        return new double[] {-2.0 * (a - x) - 4.0 * b * x * v, 2.0 * b * v};
    }

    @Override
    public Matrix hessian(double[] w) {
        double x = w[0];
        double v = w[1] - x * x;
        double hxy = -4.0 * b * x;
        return Matrix.of(new double[][] {{2.0 - 4.0 * b * v + 8.0 * b * x * x, hxy}, {hxy, 2.0 * b}});
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public int residualCount() {
        return 2;
    }

    @Override
    public double[] residuals(double[] w) {
        return new double[] {Math.sqrt(2.0) * (a - w[0]), Math.sqrt(2.0 * b) * (w[1] - w[0] * w[0])};
    }

    @Override
    public Matrix jacobian(double[] w) {
        double s = Math.sqrt(2.0 * b);
        return Matrix.of(new double[][] {{-Math.sqrt(2.0), 0.0}, {-2.0 * s * w[0], s}});
    }
}
