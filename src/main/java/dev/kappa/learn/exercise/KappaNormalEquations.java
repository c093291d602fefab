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

/** κ(AᵀA) = κ(A)² for a full-column-rank A with a given κ(A). */
public final class KappaNormalEquations extends ExerciseGenerator {
    static final double[] MANTISSAS = {1, 2, 3, 5};

    @Override
    public String id() {
        return "kappa-normal-equations";
    }

    @Override
    public String title() {
        return "Condition number of AᵀA";
    }

    @Override
    public String topic() {
        return Topic.CONDITIONING.id();
    }

    @Override
    public String lab() {
        return ConditioningLab.ID;
    }

    /** A 3×2 matrix with singular values κ and 1 (diagonal on top, a zero row below). */
    static Matrix withCondition(double kappa) {
        return Matrix.of(new double[][] {{kappa, 0}, {0, 1}, {0, 0}});
    }

    static double drawKappa(Rng rng) {
        double k = Draws.pick(rng, MANTISSAS);
        int e = Draws.between(rng, 1, 6);
        for (int i = 0; i < e; i++) {
            k *= 10;
        }
        return k;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double kappa = drawKappa(rng);
        Matrix a = withCondition(kappa);
        double answer = Conditioning.gramCond(a, 0);
        MathText prompt = new MathText().text("A tall matrix A has full column rank and condition number ")
                .equals("κ(A)", kappa).text(". What is the condition number of AᵀA, the matrix the normal equations solve with?");
        MathText hint = new MathText().text("Write A = UΣVᵀ and compute AᵀA in the same basis.");
        MathText solution = new MathText().text("AᵀA = VΣ²Vᵀ, so its eigenvalues (= singular values) are σᵢ² and "
                + "κ(AᵀA) = κ(A)² = ").number(answer).text(".");
        return exercise(seed, prompt, Answer.scalar(answer), hint, solution);
    }
}
