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
public final class LogisticLoss extends LinearPredictorLoss {

    public LogisticLoss(Matrix x, double[] labels, double lambda) {
        super(x, labels, lambda, "labels", "ℓ2 λ");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0.0 && labels[i] != 1.0) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i] + "; labels must be 0 or 1");
            }
        }
    }

    public LogisticLoss(Matrix x, double[] labels) {
        this(x, labels, 0.0);
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
            // The difference on the left: TeaVM's JS backend inlines `term` and would print
            // s + softplus − y·z, a different rounding (see JsSafeArithmeticTest).
            double term = softplus(z[i]) - t[i] * z[i];
            s = term + s;
        }
        return s / z.length + 0.5 * lambda * Vectors.dot(w, w);
    }

    @Override
    protected double mean(double z) {
        return sigmoid(z);
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
