package dev.kappa.learn.exercise;

import dev.kappa.lab.SgdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * Where SGD (or GD) ends on one consistent equation aᵀw = t in ℝ² from w₀: every step moves along a,
 * so the end point is the projection of w₀ onto the solution line, w₀ − a(aᵀw₀ − t)/‖a‖², which is
 * the minimum-norm solution ta/‖a‖² when w₀ = 0.
 */
public final class SgdEndPoint extends ExerciseGenerator {
    @Override
    public String id() {
        return "sgd-end-point";
    }

    @Override
    public String title() {
        return "Where SGD ends on an underdetermined system";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return SgdLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double a1 = nonzero(rng, 3);
        double a2 = nonzero(rng, 3);
        double t = nonzero(rng, 6);
        boolean fromZero = rng.nextInt(2) == 0;
        double[] w0 = fromZero ? new double[] {0, 0} : new double[] {nonzero(rng, 3), between(rng, -3, 3)};
        double norm2 = a1 * a1 + a2 * a2;
        double r = (a1 * w0[0] + a2 * w0[1] - t) / norm2;
        double[] end = {w0[0] - r * a1, w0[1] - r * a2};
        MathText prompt = new MathText().text("SGD with a small constant step runs on the single equation ")
                .number(a1).text(a2 < 0 ? "·w₁ − " : "·w₁ + ").number(Math.abs(a2)).text("·w₂ = ").number(t).text(" (one data point, two "
                        + "unknowns), starting from w₀ = ").tuple(w0).text(". Where does it end?");
        MathText hint = new MathText().text("Every step adds a multiple of a = (a₁, a₂), so the component of w₀ "
                + "orthogonal to a never changes: the end point is the projection of w₀ onto the solution line.");
        MathText solution = new MathText().text("w = w₀ − a(aᵀw₀ − t)/‖a‖² with ‖a‖² = ").number(norm2)
                .text(" and aᵀw₀ − t = ").number(r * norm2).text(": w = ").tuple(end)
                .text(fromZero ? ", the minimum-norm solution." : ".");
        return exercise(seed, prompt, Answer.vector(end), hint, solution);
    }
}
