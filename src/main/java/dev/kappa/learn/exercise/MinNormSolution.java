package dev.kappa.learn.exercise;

import dev.kappa.lab.MinNormLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.LeastSquares;

/** The minimum-norm solution A⁺b of an underdetermined 2×3 system. */
public final class MinNormSolution extends ExerciseGenerator {
    @Override
    public String id() {
        return "min-norm-2x3";
    }

    @Override
    public String title() {
        return "Minimum-norm solution of a 2×3 system";
    }

    @Override
    public String topic() {
        return Topic.LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return MinNormLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        double[] b = {7, 8};
        for (int i = 0; i < MAX_DRAWS; i++) {
            Matrix ca = Draws.integers(rng, 2, 3, 4);
            double[] cb = Draws.integerVector(rng, 2, 6);
            if (Draws.wellConditioned(ca, 0.5) && !Draws.isZero(cb)) {
                a = ca;
                b = cb;
                break;
            }
        }
        double[] x = Draws.cleaned(LeastSquares.solve(a, b).x(), Draws.maxAbs(b));
        MathText prompt = new MathText().text("The system Ax = b with ").matrix("A", a).text(" and ").vector("b", b)
                .text(" has infinitely many solutions. Give the one with the smallest norm ‖x‖ (3 numbers).");
        MathText hint = new MathText().text("The minimum-norm solution lies in the row space of A: x = Aᵀy with "
                + "(AAᵀ)y = b. Equivalently x = A⁺b.");
        Matrix aat = a.times(a.transpose());
        MathText solution = new MathText().text("Solve (AAᵀ)y = b with ").matrix("AAᵀ", aat)
                .text(", then x = Aᵀy = ").tuple(x)
                .text(". It satisfies Ax = b and is orthogonal to the null space of A.");
        return exercise(seed, prompt, Draws.vectorAnswer(x), hint, solution);
    }
}
