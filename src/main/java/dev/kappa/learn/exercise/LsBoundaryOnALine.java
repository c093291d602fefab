package dev.kappa.learn.exercise;

import dev.kappa.lab.LsClassificationLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * Least-squares classification in one dimension: labels yᵢ = ±1 at points xᵢ on a line are fitted by
 * f(x) = w₀ + w₁x, and the boundary is where f(x) = 0. By the 2×2 normal equations with sums
 * S₁ = Σxᵢ, S₂ = Σxᵢ², Sᵧ = Σyᵢ, Sₓᵧ = Σxᵢyᵢ over n points: w₁ = (nSₓᵧ − S₁Sᵧ)/(nS₂ − S₁²),
 * w₀ = (Sᵧ − w₁S₁)/n, boundary −w₀/w₁. Three or four distinct integer points, both labels present,
 * redrawn until w₁ ≠ 0 and
 * w₀ ≠ 0 (a boundary at exactly 0 is too easy to hit by accident).
 */
public final class LsBoundaryOnALine extends ExerciseGenerator {

    @Override
    public String id() {
        return "ls-classification-boundary";
    }

    @Override
    public String title() {
        return "Where least squares puts a class boundary";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return LsClassificationLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] x = null;
        double[] y = null;
        double w0 = 0;
        double w1 = 0;
        for (int attempt = 0; attempt < 100; attempt++) {
            int n = 3 + rng.nextInt(2);
            int[] order = rng.permutation(15);
            x = new double[n];
            y = new double[n];
            int positives = 0;
            for (int i = 0; i < n; i++) {
                x[i] = order[i] - 5;
                // mostly +1 on the right, so the data look like two classes
                y[i] = x[i] + rng.nextInt(5) - 2 > 0 ? 1 : -1;
                positives += y[i] > 0 ? 1 : 0;
            }
            if (positives == 0 || positives == n) {
                continue;
            }
            double s1 = 0;
            double s2 = 0;
            double sy = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                s1 = x[i] + s1;
                s2 = x[i] * x[i] + s2;
                sy = y[i] + sy;
                sxy = x[i] * y[i] + sxy;
            }
            w1 = (n * sxy - s1 * sy) / (n * s2 - s1 * s1);
            w0 = (sy - w1 * s1) / n;
            // a boundary at exactly 0 would accept "0" typed from a wrong computation as readily as a right one
            if (w1 != 0 && w0 != 0) {
                break;
            }
        }
        double boundary = -w0 / w1;
        MathText prompt = new MathText().text("Points on a line at ").tuple(x).text(" have the labels ").tuple(y)
                .text(". Least squares fits f(x) = w₀ + w₁x to the labels. Where is its class boundary, the x with "
                        + "f(x) = 0?");
        MathText hint = new MathText().text("Solve the 2×2 normal equations [n, Σx; Σx, Σx²]·(w₀, w₁) = (Σy, Σxy), "
                + "then set w₀ + w₁x = 0.");
        MathText solution = new MathText().text("The normal equations give ").equals("w₁", w1).text(" and ")
                .equals("w₀", w0).text(", so the boundary is x = −w₀/w₁ = ").number(boundary).text(".");
        return exercise(seed, prompt, Answer.scalar(boundary), hint, solution);
    }
}
