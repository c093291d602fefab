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

/** Digits the normal equations can lose: log₁₀ κ(AᵀA) = 2·log₁₀ κ(A). */
public final class DigitsLost extends ExerciseGenerator {
    /** "About" digits: within 0.3 of the exact log₁₀, no relative part. */
    static final double ABS_TOL = 0.3;

    @Override
    public String id() {
        return "digits-lost";
    }

    @Override
    public String title() {
        return "Digits lost by the normal equations";
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
        double kappa = KappaNormalEquations.drawKappa(rng);
        if (kappa < 100) {
            kappa *= 100;
        }
        Matrix a = KappaNormalEquations.withCondition(kappa);
        double kappaAtA = Conditioning.gramCond(a, 0);
        double digits = Conditioning.digitsLost(kappaAtA);
        MathText prompt = new MathText().text("A least-squares problem has ").equals("κ(A)", kappa)
                .text(". About how many significant decimal digits can solving the normal equations AᵀAx = Aᵀb lose? "
                        + "(Within 0.3.)");
        MathText hint = new MathText().text("A problem with condition number κ loses about log₁₀ κ digits; which "
                + "matrix do the normal equations work with?");
        MathText solution = new MathText().text("The normal equations work with AᵀA, whose condition number is κ(A)² = ")
                .number(kappaAtA).text(", so about log₁₀ κ(A)² = 2·log₁₀ κ(A) = ").number(digits)
                .text(" digits can be lost (QR or the SVD lose only about ").number(digits / 2).text(").");
        return exercise(seed, prompt, Answer.scalar(digits, 0, ABS_TOL), hint, solution);
    }
}
