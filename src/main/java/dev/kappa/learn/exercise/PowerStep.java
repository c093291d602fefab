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
 * One step of power iteration, x₁ = Ax₀/‖Ax₀‖, for a symmetric 2×2 integer matrix and an integer
 * start; Ax₀ from the core's {@link Matrix#times}. The start is drawn until Ax₀ ≠ 0.
 */
public final class PowerStep extends ExerciseGenerator {
    @Override
    public String id() {
        return "power-step";
    }

    @Override
    public String title() {
        return "One step of power iteration";
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
        Matrix a = Matrix.of(new double[][] {{2, 1}, {1, 2}});
        double[] x = {1, 0};
        for (int t = 0; t < MAX_DRAWS; t++) {
            Matrix c = Draws.symmetricOffAxis(rng, 4, l -> true, 1, a);
            double[] s = Draws.integerVector(rng, 2, 2);
            if (!Draws.isZero(s) && !Draws.isZero(c.times(s))) {
                a = c;
                x = s;
                break;
            }
        }
        double[] ax = a.times(x);
        double norm = Math.sqrt(ax[0] * ax[0] + ax[1] * ax[1]);
        double[] x1 = {ax[0] / norm, ax[1] / norm};
        MathText prompt = new MathText().text("Power iteration on ").matrix("A", a).text(" starts from x₀ = ").tuple(x)
                .text(". What is x₁ = Ax₀/‖Ax₀‖ (2 numbers)?");
        MathText hint = new MathText().text("Multiply: Ax₀. Then divide it by its length √((Ax₀)₁² + (Ax₀)₂²).");
        MathText solution = new MathText().text("Ax₀ = ").tuple(ax).text(", whose length is ").number(norm)
                .text(", so x₁ = ").tuple(x1).text(".");
        return exercise(seed, prompt, Answer.vector(x1, Answer.DEFAULT_REL_TOL, Answer.floorFor(1)), hint, solution);
    }
}
