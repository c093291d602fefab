package dev.kappa.learn.exercise;

import dev.kappa.lab.LsClassificationLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Rng;

/**
 * One point's logistic loss: for the score f(x) = w₀ + w₁x₁ + w₂x₂ and a labelled point (x, y), y = ±1,
 * the margin m = y·f(x) and the loss log(1 + e^{−m}) (KMath, so the graded value is the same on every
 * engine). Integer weights and coordinates, redrawn until |m| ≤ 6 so the loss is neither 0 to the
 * grader's absolute tolerance nor just −m.
 */
public final class LogisticMarginLoss extends ExerciseGenerator {
    static final int MAX_MARGIN = 6;

    @Override
    public String id() {
        return "logistic-margin-loss";
    }

    @Override
    public String title() {
        return "The logistic loss of one point";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return LsClassificationLab.ID;
    }

    /** log(1 + e^{−m}) without overflow for either sign. */
    static double loss(double m) {
        return Math.max(-m, 0.0) + KMath.log1p(KMath.exp(-Math.abs(m)));
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] w = new double[3];
        double[] x = new double[2];
        double y = 1;
        double m = 0;
        for (int attempt = 0; attempt < 100; attempt++) {
            for (int j = 0; j < 3; j++) {
                w[j] = rng.nextInt(7) - 3;
            }
            x[0] = rng.nextInt(7) - 3;
            x[1] = rng.nextInt(7) - 3;
            y = rng.nextInt(2) == 0 ? -1 : 1;
            m = y * (w[0] + w[1] * x[0] + w[2] * x[1]);
            if ((w[1] != 0 || w[2] != 0) && Math.abs(m) <= MAX_MARGIN && m != 0) {
                break;
            }
        }
        double l = loss(m);
        MathText prompt = new MathText().text("Logistic regression scores a point by f(x) = w₀ + w₁x₁ + w₂x₂ with ")
                .text("(w₀, w₁, w₂) = ").tuple(w).text(". The point ").tuple(x).text(" has the label ").equals("y", y)
                .text(". What is its logistic loss log(1 + e^(−m)), where m = y·f(x) is its margin?");
        MathText hint = new MathText().text("First the margin: f(x) = w₀ + w₁x₁ + w₂x₂, then m = y·f(x). A positive "
                + "margin means the point is on its correct side.");
        MathText solution = new MathText().text("f(x) = ").number(w[0]).text(" + ").number(w[1]).text("·")
                .number(x[0]).text(" + ").number(w[2]).text("·").number(x[1]).text(" = ").number(y * m)
                .text(", so m = ").number(m).text(" and log(1 + e^(−m)) = ").number(l)
                .text(m > 0 ? ". The point is classified correctly; its squared loss (1 − m)² would be "
                        : ". The point is misclassified; its squared loss (1 − m)² would be ")
                .number((1 - m) * (1 - m)).text(".");
        return exercise(seed, prompt, Answer.scalar(l), hint, solution);
    }
}
