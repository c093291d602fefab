package dev.kappa.learn.exercise;

import dev.kappa.lab.ConditioningLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.Conditioning;

/** κ₂ of a diagonal matrix: largest over smallest |dᵢ|. */
public final class DiagonalCondition extends ExerciseGenerator {
    static final double[] MAGNITUDES = {0.1, 0.5, 1, 2, 4, 5, 10, 20, 50};

    @Override
    public String id() {
        return "kappa-diagonal";
    }

    @Override
    public String title() {
        return "Condition number of a diagonal matrix";
    }

    @Override
    public String topic() {
        return Topic.CONDITIONING.id();
    }

    @Override
    public String lab() {
        return ConditioningLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] d = {1, 2, 4};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] c = new double[3];
            for (int j = 0; j < 3; j++) {
                c[j] = Draws.pick(rng, MAGNITUDES) * (rng.nextInt(2) == 0 ? 1 : -1);
            }
            double lo = Math.min(Math.abs(c[0]), Math.min(Math.abs(c[1]), Math.abs(c[2])));
            double hi = Draws.maxAbs(c);
            if (hi > lo) {
                d = c;
                break;
            }
        }
        Matrix a = Matrix.diagonal(d);
        double kappa = Conditioning.cond(a);
        MathText prompt = new MathText().text("What is the 2-norm condition number κ(D) of ").matrix("D", a).text("?");
        MathText hint = new MathText().text("The singular values of a diagonal matrix are the absolute values of its "
                + "diagonal entries.");
        MathText solution = new MathText().text("σ = |dᵢ|, so κ = max|dᵢ| / min|dᵢ| = ").number(kappa)
                .text(" (signs do not matter).");
        return exercise(seed, prompt, Answer.scalar(kappa), hint, solution);
    }
}
