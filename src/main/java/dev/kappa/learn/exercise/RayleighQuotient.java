package dev.kappa.learn.exercise;

import dev.kappa.lab.PowerIterationLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * The Rayleigh quotient ρ(x) = xᵀAx/xᵀx of an integer vector for a symmetric 2×2 integer matrix,
 * with Ax from the core's {@link Matrix#times}. It is the eigenvalue estimate power iteration reads
 * off each iterate; at an eigenvector it is the eigenvalue.
 */
public final class RayleighQuotient extends ExerciseGenerator {
    @Override
    public String id() {
        return "rayleigh-quotient";
    }

    @Override
    public String title() {
        return "The Rayleigh quotient of a vector";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return PowerIterationLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{2, 1}, {1, 3}});
        double[] x = {1, 1};
        for (int t = 0; t < MAX_DRAWS; t++) {
            Matrix c = Draws.symmetricOffAxis(rng, 5, l -> true, 1, a);
            double[] v = Draws.integerVector(rng, 2, 3);
            // a clearly nonzero ρ, so a grader's "0" is never right by accident
            if (!Draws.isZero(v) && Math.abs(quotient(c, v)) >= 0.5) {
                a = c;
                x = v;
                break;
            }
        }
        double[] ax = a.times(x);
        double num = x[0] * ax[0] + x[1] * ax[1];
        double den = x[0] * x[0] + x[1] * x[1];
        double rho = num / den;
        MathText prompt = new MathText().text("For ").matrix("A", a).text(" and x = ").tuple(x)
                .text(", what is the Rayleigh quotient ρ(x) = xᵀAx/xᵀx?");
        MathText hint = new MathText().text("Compute Ax first, then the dot products xᵀ(Ax) and xᵀx.");
        MathText solution = new MathText().text("Ax = ").tuple(ax).text(", so xᵀAx = ").number(num).text(" and xᵀx = ")
                .number(den).text("; ρ(x) = ").number(rho).text(", a number between the two eigenvalues of A.");
        return exercise(seed, prompt, Answer.scalar(rho), hint, solution);
    }

    /** xᵀAx/xᵀx. */
    static double quotient(Matrix a, double[] x) {
        double[] ax = a.times(x);
        return (x[0] * ax[0] + x[1] * ax[1]) / (x[0] * x[0] + x[1] * x[1]);
    }
}
