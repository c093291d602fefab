package dev.kappa.optim;

import dev.kappa.linalg.Matrix;

/**
 * A loss of a linear predictor zᵢ = xᵢᵀw whose gradient has the form
 * ∇f(w) = (1/N)Xᵀ(μ(z) − t) + λw, where μ is the model's mean function: the identity for least
 * squares, the sigmoid for logistic regression (both are canonical-link GLMs, which is why their
 * gradients look alike). X is N×D, targets t ∈ ℝᴺ, λ ≥ 0 the ℓ2 weight. Subclasses give μ, the
 * value and the Hessian.
 */
abstract class LinearPredictorLoss implements FiniteSumObjective {
    protected final Matrix x;
    protected final double[] t;
    protected final double lambda;

    /** {@code targetName} and {@code lambdaName} name the arguments in error messages. */
    LinearPredictorLoss(Matrix x, double[] t, double lambda, String targetName, String lambdaName) {
        if (x == null || x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException("X must be a non-empty matrix");
        }
        if (t == null || t.length != x.rows()) {
            throw new IllegalArgumentException(targetName + " has " + (t == null ? "no" : String.valueOf(t.length))
                    + " entries but X has " + x.rows() + " rows");
        }
        Vectors.requireVector(t, x.rows(), targetName);
        Vectors.requireNonNegative(lambda, lambdaName);
        this.x = x;
        this.t = t.clone();
        this.lambda = lambda;
    }

    /** The model's mean μ(z) for a linear predictor value z. */
    protected abstract double mean(double z);

    public Matrix design() {
        return x;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public int dimension() {
        return x.cols();
    }

    @Override
    public int sampleCount() {
        return x.rows();
    }

    @Override
    public double[] gradient(double[] w) {
        double[] r = x.times(w);
        for (int i = 0; i < r.length; i++) {
            r[i] = mean(r[i]) - t[i];
        }
        return averagedPlusPenalty(x.transposeTimes(r), r.length, w);
    }

    @Override
    public double[] batchGradient(double[] w, int[] indices, int from, int to) {
        if (from < 0 || to > indices.length || from >= to) {
            throw new IllegalArgumentException("batch [" + from + ", " + to + ") is empty or outside 0.."
                    + indices.length);
        }
        int d = x.cols();
        double[] g = new double[d];
        for (int k = from; k < to; k++) {
            double[] xi = x.row(indices[k]);
            double r = mean(Vectors.dot(xi, w)) - t[indices[k]];
            for (int j = 0; j < d; j++) {
                g[j] += xi[j] * r;
            }
        }
        return averagedPlusPenalty(g, to - from, w);
    }

    private double[] averagedPlusPenalty(double[] g, int count, double[] w) {
        double inv = 1.0 / count;
        for (int j = 0; j < g.length; j++) {
            g[j] = g[j] * inv + lambda * w[j];
        }
        return g;
    }
}
