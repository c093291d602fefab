package dev.kappa.learn.exercise;

import dev.kappa.lab.QuadraticGdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.QuadraticGdAnalysis;

/** The largest stable learning rate 2/λmax for GD on ½xᵀAx, A a random PD 2×2 matrix. */
public final class MaxStableStep extends ExerciseGenerator {
    @Override
    public String id() {
        return "max-stable-step";
    }

    @Override
    public String title() {
        return "Largest stable learning rate";
    }

    @Override
    public String topic() {
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return QuadraticGdLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Draws.positiveDefinite2(rng);
        QuadraticGdAnalysis gd = QuadraticGdAnalysis.of(Quadratic.of(a), 1.0, new double[2]);
        double[] lambda = gd.eigenvalues();
        double lmax = Math.max(lambda[0], lambda[1]);
        double step = gd.maxStableStep();
        MathText prompt = new MathText().text("Gradient descent with step η runs on f(x) = ½xᵀAx with ")
                .matrix("A", a).text(". What is the largest η for which it does not diverge (the supremum of stable steps)?");
        MathText hint = new MathText().text("Along eigenvector qᵢ the error is multiplied by 1 − ηλᵢ each step; "
                + "it must satisfy |1 − ηλᵢ| < 1 for the largest eigenvalue.");
        MathText solution = new MathText().text("The eigenvalues of A are ").number(lambda[0]).text(" and ")
                .number(lambda[1]).text(". Stability needs |1 − ηλmax| < 1, i.e. η < 2/λmax = 2/")
                .number(lmax).text(" = ").number(step).text(".");
        return exercise(seed, prompt, Answer.scalar(step), hint, solution);
    }
}
