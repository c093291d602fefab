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

/** Worst-case GD iterations to shrink the error by ε = 1e-6 with step 1/λmax. */
public final class GdIterations extends ExerciseGenerator {
    static final double EPSILON = 1e-6;
    static final double[] LAMBDA_MIN = {0.5, 1, 2};

    @Override
    public String id() {
        return "gd-iterations";
    }

    @Override
    public String title() {
        return "How many GD iterations?";
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
        double l1 = Draws.pick(rng, LAMBDA_MIN);
        int kappa = Draws.between(rng, 5, 60);
        double l2 = l1 * kappa;
        double eta = 1.0 / l2;
        Quadratic f = Quadratic.fromEigen(new double[] {l1, l2}, Matrix.identity(2));
        QuadraticGdAnalysis gd = QuadraticGdAnalysis.of(f, eta, new double[] {1, 1});
        int k = gd.iterationsToReach(EPSILON);
        MathText prompt = new MathText().text("Gradient descent with step η = 1/λmax runs on f(x) = ½xᵀAx with A = diag(")
                .number(l1).text(", ").number(l2).text("). What is the smallest number of steps k after which the "
                        + "error is guaranteed to have shrunk by a factor ").equals("ε", EPSILON)
                .text(" (that is, rateᵏ ≤ ε)?");
        MathText hint = new MathText().text("The worst direction is the one with the smallest eigenvalue: its factor "
                + "per step is |1 − ηλmin|. Then k = ⌈ln ε / ln rate⌉.");
        MathText solution = new MathText().text("η = 1/").number(l2).text(", so the slow direction shrinks by 1 − λmin/λmax = 1 − 1/κ = ")
                .number(gd.rate()).text(" per step (κ = ").number(kappa).text("). The smallest k with rateᵏ ≤ 10⁻⁶ is ")
                .number(k).text(", about κ·ln(10⁶) ≈ 13.8κ.");
        // Whole steps, off-by-one forgiven: conventions differ on whether k counts the start.
        return exercise(seed, prompt, Answer.scalar(k, 0, 1), hint, solution);
    }
}
