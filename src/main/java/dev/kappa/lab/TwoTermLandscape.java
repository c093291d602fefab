package dev.kappa.lab;

import dev.kappa.linalg.Matrix;
import dev.kappa.optim.FiniteSumObjective;
import dev.kappa.optim.Objective;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.Rosenbrock;
import dev.kappa.optim.Saddle;

/**
 * The optimizer race's 2-D landscapes written as the average of their two natural terms, so that
 * stochastic gradient descent has something to sample: f = ½(2t₁ + 2t₂) with
 * <ul>
 *   <li>the quadratic ½wᵀAw = ½λ₁(q₁ᵀw)² + ½λ₂(q₂ᵀw)² (its eigen-directions);</li>
 *   <li>Rosenbrock (1 − x)² + 100(y − x²)²;</li>
 *   <li>the saddle x² + (−y²).</li>
 * </ul>
 * A batch of one term is an unbiased but very noisy gradient (it ignores the other direction
 * entirely), which is SGD's trade in its starkest form; a batch of both is the full gradient.
 * Value, gradient and Hessian are the landscape's own.
 */
final class TwoTermLandscape implements FiniteSumObjective {
    private enum Kind { QUADRATIC, ROSENBROCK, SADDLE }

    private final Kind kind;
    private final Objective f;
    private final double[] lambda;
    private final Matrix q;

    /** One of the race's analytic landscapes: a 2-D {@link Quadratic} given by its eigen-pairs, Rosenbrock, the saddle. */
    TwoTermLandscape(Objective f) {
        if (f instanceof Quadratic && ((Quadratic) f).hasGivenSpectrum() && f.dimension() == 2
                && ((Quadratic) f).constant() == 0 && Fits.norm(((Quadratic) f).linear()) == 0) {
            kind = Kind.QUADRATIC;
        } else if (f instanceof Rosenbrock && ((Rosenbrock) f).a() == 1 && ((Rosenbrock) f).b() == 100) {
            kind = Kind.ROSENBROCK;
        } else if (f instanceof Saddle) {
            kind = Kind.SADDLE;
        } else {
            throw new IllegalArgumentException("not one of the race's two-term landscapes: " + f);
        }
        this.f = f;
        if (f instanceof Quadratic) {
            Quadratic quad = (Quadratic) f;
            this.lambda = quad.eigenvalues();
            this.q = quad.eigenvectors();
        } else {
            this.lambda = null;
            this.q = null;
        }
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int sampleCount() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        return f.value(w);
    }

    @Override
    public double[] gradient(double[] w) {
        return f.gradient(w);
    }

    @Override
    public Matrix hessian(double[] w) {
        return f.hessian(w);
    }

    @Override
    public double[] batchGradient(double[] w, int[] indices, int from, int to) {
        double[] g = new double[2];
        for (int k = from; k < to; k++) {
            double[] t = termGradient(indices[k], w);
            g[0] = g[0] + 2 * t[0];
            g[1] = g[1] + 2 * t[1];
        }
        int count = to - from;
        return new double[] {g[0] / count, g[1] / count};
    }

    /** ∇tᵢ(w), i ∈ {0, 1}. */
    double[] termGradient(int i, double[] w) {
        double x = w[0];
        double y = w[1];
        switch (kind) {
            case QUADRATIC: {
                double qx = q.get(0, i);
                double qy = q.get(1, i);
                double along = lambda[i] * (qx * x + qy * y);
                return new double[] {along * qx, along * qy};
            }
            case SADDLE:
                return i == 0 ? new double[] {2 * x, 0} : new double[] {0, -2 * y};
            default: {
                if (i == 0) {
                    return new double[] {-2 * (1 - x), 0};
                }
                double valley = y - x * x;
                return new double[] {-400 * x * valley, 200 * valley};
            }
        }
    }
}
