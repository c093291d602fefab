package dev.kappa.learn.exercise;

import dev.kappa.lab.LowRankLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;

/**
 * ‖A − A₁‖₂ for a symmetric 2×2 integer matrix: by Eckart–Young it is σ₂, and for a symmetric
 * matrix the singular values are the absolute eigenvalues, so σ₂ = min |λᵢ|. Answered by the
 * core's {@link SVD}.
 */
public final class RankOneError extends ExerciseGenerator {
    @Override
    public String id() {
        return "rank-one-error-2x2";
    }

    @Override
    public String title() {
        return "Best rank-1 approximation of a symmetric 2×2 matrix";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return LowRankLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{3, 1}, {1, 3}});
        for (int i = 0; i < MAX_DRAWS; i++) {
            int p = between(rng, -6, 6);
            int q = between(rng, -6, 6);
            int r = nonzero(rng, 4);
            Matrix c = Matrix.of(new double[][] {{p, r}, {r, q}});
            double[] s = SVD.of(c).singularValues();
            // a clearly nonzero σ₂, distinct from σ₁, so the grader's tolerance separates them
            if (s[1] >= 0.5 && s[0] - s[1] >= 0.5) {
                a = c;
                break;
            }
        }
        double[] s = SVD.of(a).singularValues();
        double[] l = Draws.eigenvalues(a);
        MathText prompt = new MathText().text("A₁ is the best rank-1 approximation of ").matrix("A", a)
                .text(". What is ‖A − A₁‖₂?");
        MathText hint = new MathText().text("Eckart–Young gives σ₂. For a symmetric matrix the singular values are the "
                + "absolute values of the eigenvalues, which solve λ² − (trace)λ + det = 0.");
        MathText solution = new MathText().text("The eigenvalues are ").tuple(l).text(", so σ = ").tuple(s)
                .text(" and ‖A − A₁‖₂ = σ₂ = ").number(s[1]).text(".");
        return exercise(seed, prompt, Answer.scalar(s[1]), hint, solution);
    }
}
