package dev.kappa.optim;

import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;

/**
 * Logistic regression's average negative log-likelihood with optional ℓ2 penalty:
 * f(w) = (1/N)Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ] + (λ/2)‖w‖², zᵢ = xᵢᵀw, labels yᵢ ∈ {0, 1}, X N×D.
 *
 * <p>∇f(w) = (1/N)Xᵀ(σ(z) − y) + λw and ∇²f(w) = (1/N)Xᵀ diag(σ(zᵢ)(1 − σ(zᵢ))) X + λI, with
 * σ(z) = 1/(1 + e^{−z}). Convex; without a penalty on separable data the infimum is not attained
 * (‖w‖ grows for ever), which is what the optimizer lab shows.
 *
 * <p>log(1 + e^z) is evaluated as max(z, 0) + log(1 + e^{−|z|}) so that no exponential overflows;
 * the transcendentals are {@link dev.kappa.linalg.KMath}'s, so values agree on every engine.
 */
public final class LogisticLoss implements FiniteSumObjective {
    private final Matrix x;
    private final double[] y;
    private final double lambda;

    public LogisticLoss(Matrix x, double[] labels, double lambda) {
        if (x == null || x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException("X must be a non-empty matrix");
        }
        Vectors.requireVector(labels, x.rows(), "labels");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0.0 && labels[i] != 1.0) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i] + "; labels must be 0 or 1");
            }
        }
        Vectors.requireNonNegative(lambda, "ℓ2 λ");
        this.x = x;
        this.y = labels.clone();
        this.lambda = lambda;
    }

    public LogisticLoss(Matrix x, double[] labels) {
        this(x, labels, 0.0);
    }

    @Override
    public int dimension() {
        return x.cols();
    }

    @Override
    public int sampleCount() {
        return x.rows();
    }

    /** σ(z) = 1/(1 + e^{−z}), evaluated without overflow for either sign of z. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + KMath.exp(-z));
        }
        double e = KMath.exp(z);
        return e / (1.0 + e);
    }

    /** log(1 + e^z) without overflow. */
    static double softplus(double z) {
        return Math.max(z, 0.0) + KMath.log1p(KMath.exp(-Math.abs(z)));
    }

    @Override
    public double value(double[] w) {
        double[] z = x.times(w);
        double s = 0.0;
        for (int i = 0; i < z.length; i++) {
            s += softplus(z[i]) - y[i] * z[i];
        }
        return s / z.length + 0.5 * lambda * Vectors.dot(w, w);
    }

    @Override
    public double[] gradient(double[] w) {
        double[] z = x.times(w);
        for (int i = 0; i < z.length; i++) {
            z[i] = sigmoid(z[i]) - y[i];
        }
        double[] g = x.transposeTimes(z);
        double inv = 1.0 / z.length;
        for (int j = 0; j < g.length; j++) {
            g[j] = g[j] * inv + lambda * w[j];
        }
        return g;
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
            double r = sigmoid(Vectors.dot(xi, w)) - y[indices[k]];
            for (int j = 0; j < d; j++) {
                g[j] += xi[j] * r;
            }
        }
        double inv = 1.0 / (to - from);
        for (int j = 0; j < d; j++) {
            g[j] = g[j] * inv + lambda * w[j];
        }
        return g;
    }

    @Override
    public Matrix hessian(double[] w) {
        int n = x.rows();
        int d = x.cols();
        double[] z = x.times(w);
        double[] h = new double[d * d];
        for (int i = 0; i < n; i++) {
            double s = sigmoid(z[i]);
            double weight = s * (1.0 - s);
            double[] xi = x.row(i);
            for (int j = 0; j < d; j++) {
                double wj = weight * xi[j];
                for (int k = 0; k < d; k++) {
                    h[j * d + k] += wj * xi[k];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                h[j * d + k] /= n;
            }
            h[j * d + j] += lambda;
        }
        return Matrix.ofRowMajor(d, d, h);
    }
}
