package dev.kappa.learn.exercise;

import dev.kappa.lab.PcaLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SymmetricEigen;

/**
 * The explained variance ratio of the first principal component from a 2×2 covariance matrix
 * C = [[a, c], [c, b]]: λ₁/(λ₁ + λ₂) = λ₁/trace C, with λ₁ the larger eigenvalue from the core's
 * {@link SymmetricEigen}. C is drawn positive definite with clearly different eigenvalues.
 */
public final class ExplainedVariance extends ExerciseGenerator {
    @Override
    public String id() {
        return "pca-explained-variance";
    }

    @Override
    public String title() {
        return "Explained variance of the first principal component";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return PcaLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix c = Draws.symmetricOffAxis(rng, 9, l -> l[0] >= 0.5 && l[1] - l[0] >= 1, MAX_DRAWS,
                Matrix.of(new double[][] {{5, 2}, {2, 2}}));
        double[] l = SymmetricEigen.of(c).values();
        double trace = c.get(0, 0) + c.get(1, 1);
        double ratio = l[1] / (l[0] + l[1]);
        MathText prompt = new MathText().text("Centred 2-D data have the covariance matrix ").matrix("C", c)
                .text(". What fraction of the total variance does the first principal component explain?");
        MathText hint = new MathText().text("The variances along the principal axes are the eigenvalues of C; the "
                + "total variance is their sum, the trace of C.");
        MathText solution = new MathText().text("The eigenvalues of C are ").tuple(new double[] {l[1], l[0]})
                .text(" (from λ² − (trace)λ + det = 0); the trace is ").number(trace).text(", so the ratio is λ₁/trace = ")
                .number(ratio).text(".");
        return exercise(seed, prompt, Answer.scalar(ratio), hint, solution);
    }
}
