package dev.kappa.learn.exercise;

import dev.kappa.lab.RidgePathLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;

/** Ridge's shrink factor σ²/(σ² + λ) along a singular direction. */
public final class RidgeShrink extends ExerciseGenerator {
    static final double[] SIGMAS = {0.5, 1, 2, 3, 5, 10};
    static final double[] LAMBDAS = {0.1, 0.25, 0.5, 1, 2, 4, 10};

    @Override
    public String id() {
        return "ridge-shrink";
    }

    @Override
    public String title() {
        return "Ridge shrinkage along a singular direction";
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
        double sigma = 1;
        double lambda = 1;
        double factor = 0.5;
        for (int i = 0; i < MAX_DRAWS; i++) {
            sigma = Draws.pick(rng, SIGMAS);
            lambda = Draws.pick(rng, LAMBDAS);
            // One direction with singular value σ and data b = σ: least squares gives 1, ridge the factor.
            factor = Ridge.solve(Matrix.of(new double[][] {{sigma}}), new double[] {sigma}, lambda)[0];
            if (factor > 0.02 && factor < 0.98) {
                break;
            }
        }
        MathText prompt = new MathText().text("A has a singular value ").equals("σ", sigma)
                .text(". With ridge penalty ").equals("λ", lambda)
                .text(", by what factor is the least-squares solution's component along the matching right singular "
                        + "vector multiplied?");
        MathText hint = new MathText().text("Ridge is x = Σᵢ σᵢ/(σᵢ² + λ)·(uᵢᵀb)·vᵢ, least squares x = Σᵢ (1/σᵢ)·(uᵢᵀb)·vᵢ.");
        MathText solution = new MathText().text("The ratio is σ²/(σ² + λ) = ").number(sigma * sigma).text("/")
                .number(sigma * sigma + lambda).text(" = ").number(factor)
                .text(": directions with σ² ≫ λ are kept, those with σ² ≪ λ are suppressed.");
        return exercise(seed, prompt, Answer.scalar(factor), hint, solution);
    }
}
