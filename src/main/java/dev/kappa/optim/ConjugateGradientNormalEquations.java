package dev.kappa.optim;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Tolerance;

/**
 * Conjugate gradient on the normal equations (CGLS) for a {@link LeastSquaresObjective}
 * (1/2N)‖Xw − t‖² + (λ/2)‖w‖², i.e. for (XᵀX + δI)w = Xᵀt with δ = Nλ, using only products with X
 * and Xᵀ (XᵀX is never formed, so κ is not squared in the arithmetic of each product).
 *
 * <p>r = t − Xw, s = Xᵀr − δw, p = s, γ = ‖s‖²; each step: q = Xp, α = γ/(‖q‖² + δ‖p‖²),
 * w ← w + αp, r ← r − αq, s = Xᵀr − δw, β = ‖s‖²/γ, p ← s + βp. Converges in at most D steps in exact
 * arithmetic. Started at 0 with λ = 0 every iterate lies in range(Xᵀ), so the limit is the
 * minimum-norm least-squares solution. Stops (converged) when ‖s‖ reaches rounding level.
 */
public final class ConjugateGradientNormalEquations extends Optimizer {
    private final Matrix x;
    private final double[] t;
    private final double delta;
    private final double normX;
    private double[] r;
    private double[] s;
    private double[] p;
    private double gamma;

    public ConjugateGradientNormalEquations(LeastSquaresObjective f, double[] w0) {
        super(f, w0);
        this.x = f.design();
        this.t = f.targets();
        this.delta = f.sampleCount() * f.lambda();
        this.normX = x.frobeniusNorm();
        double[] xw = x.times(w0);
        this.r = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            r[i] = t[i] - xw[i];
        }
        this.s = normalResidual(w0);
        this.p = s.clone();
        this.gamma = Vectors.dot(s, s);
    }

    @Override
    public String name() {
        return "CG (normal equations)";
    }

    private double[] normalResidual(double[] w) {
        double[] out = x.transposeTimes(r);
        for (int j = 0; j < out.length; j++) {
            out[j] -= delta * w[j];
        }
        return out;
    }

    @Override
    protected double[] advance(double[] w) {
        int size = Math.max(x.rows(), x.cols());
        double floor = 16 * size * Tolerance.EPS * (normX + Math.sqrt(delta))
                * ((normX + Math.sqrt(delta)) * Vectors.norm(w) + Vectors.norm(t));
        if (Math.sqrt(gamma) <= floor) {
            return null;
        }
        double[] q = x.times(p);
        double denom = Vectors.dot(q, q) + delta * Vectors.dot(p, p);
        if (!(denom > 0.0)) {
            return null;
        }
        double alpha = gamma / denom;
        double[] next = Vectors.axpy(w, alpha, p);
        r = Vectors.axpy(r, -alpha, q);
        s = normalResidual(next);
        double gammaNew = Vectors.dot(s, s);
        p = Vectors.axpy(s, gammaNew / gamma, p);
        gamma = gammaNew;
        return next;
    }
}
