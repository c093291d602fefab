package dev.kappa.learn.exercise;

import dev.kappa.lab.RidgePathLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.Ridge;

/** The ridge solution (AᵀA + λI)⁻¹Aᵀb for a 3×2 A. */
public final class RidgeSolution extends ExerciseGenerator {
    static final double[] LAMBDAS = {0.5, 1, 2, 4};

    @Override
    public String id() {
        return "ridge-solution";
    }

    @Override
    public String title() {
        return "Ridge regression solution";
    }

    @Override
    public String topic() {
        return Topic.REGULARIZATION.id();
    }

    @Override
    public String lab() {
        return RidgePathLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        double[] b = {1, 2, 3};
        for (int i = 0; i < MAX_DRAWS; i++) {
            Matrix ca = Draws.integers(rng, 3, 2, 3);
            double[] cb = Draws.integerVector(rng, 3, 4);
            if (Draws.wellConditioned(ca, 0.5) && Draws.maxAbs(ca.transposeTimes(cb)) >= 1) {
                a = ca;
                b = cb;
                break;
            }
        }
        double lambda = Draws.pick(rng, LAMBDAS);
        double[] x = Draws.cleaned(Ridge.solve(a, b, lambda), Draws.maxAbs(b));
        Matrix lhs = a.transpose().times(a).plus(Matrix.identity(2).scale(lambda));
        MathText prompt = new MathText().text("Minimize ‖Ax − b‖² + λ‖x‖² with ").matrix("A", a).text(", ")
                .vector("b", b).text(" and ").equals("λ", lambda).text(". Give x (2 numbers).");
        MathText hint = new MathText().text("Set the gradient to zero: (AᵀA + λI)x = Aᵀb.");
        MathText solution = new MathText().text("Here ").matrix("AᵀA + λI", lhs).text(" and ")
                .vector("Aᵀb", a.transposeTimes(b)).text(", so x = ").tuple(x).text(".");
        return exercise(seed, prompt, Draws.vectorAnswer(x), hint, solution);
    }
}
