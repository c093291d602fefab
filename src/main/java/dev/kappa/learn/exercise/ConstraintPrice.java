package dev.kappa.learn.exercise;

import dev.kappa.lab.ConstrainedLsLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * The multiplier as a price: for f(x) = ‖x − b‖² on the line cᵀx = d in ℝ², stationarity
 * 2(x − b) + νc = 0 and feasibility give ν = 2(cᵀb − d)/‖c‖², and the optimal value
 * f*(d) = (cᵀb − d)²/‖c‖² (the squared distance from b to the line) changes by ≈ −ν·Δd when d moves
 * by Δd. The learner gives that first-order change.
 */
public final class ConstraintPrice extends ExerciseGenerator {
    private static final double[] STEPS = {0.1, -0.1, 0.2, -0.2, 0.5, -0.5};

    @Override
    public String id() {
        return "constraint-price";
    }

    @Override
    public String title() {
        return "The multiplier as the price of a constraint";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return ConstrainedLsLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] c = {nonzero(rng, 3), between(rng, -3, 3)};
        double[] b = {between(rng, -3, 3), between(rng, -3, 3)};
        int d = between(rng, -4, 4);
        double ctb = c[0] * b[0] + c[1] * b[1];
        if (ctb == d) {
            d = d + 1;
        }
        double dd = pick(rng, STEPS);
        double norm2 = c[0] * c[0] + c[1] * c[1];
        double nu = 2 * (ctb - d) / norm2;
        double change = 0 - nu * dd;
        MathText prompt = new MathText().text("x* minimizes f(x) = ‖x − b‖² with b = ").tuple(b)
                .text(" on the line ").number(c[0]).text(c[1] < 0 ? "·x₁ − " : "·x₁ + ").number(Math.abs(c[1])).text("·x₂ = ").number(d)
                .text(". Using the multiplier ν of L = f + ν(cᵀx − d), predict to first order how much the optimal "
                        + "value f* changes when d becomes d + ").number(dd).text(".");
        MathText hint = new MathText().text("Stationarity 2(x − b) + νc = 0 gives x = b − νc/2; put it into cᵀx = d "
                + "to find ν. Then Δf* ≈ −ν·Δd.");
        MathText solution = new MathText().text("cᵀb = ").number(ctb).text(", ‖c‖² = ").number(norm2)
                .text(", so ν = 2(cᵀb − d)/‖c‖² = ").number(nu).text(" and Δf* ≈ −ν·Δd = ").number(change)
                .text(".");
        return exercise(seed, prompt, Answer.scalar(change), hint, solution);
    }
}
