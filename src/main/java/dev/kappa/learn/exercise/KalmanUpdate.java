package dev.kappa.learn.exercise;

import dev.kappa.lab.KalmanLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * One scalar Kalman update by hand: prediction m with variance P⁻, measurement z with variance R;
 * K = P⁻/(P⁻ + R), x̂ = m + K(z − m), P = (1 − K)P⁻. The key comes from least squares: the update is
 * the weighted fit of the two rows (1/√P⁻)·x ≈ m/√P⁻ and (1/√R)·x ≈ z/√R, with variance (AᵀA)⁻¹.
 */
public final class KalmanUpdate extends ExerciseGenerator {
    @Override
    public String id() {
        return "kalman-update";
    }

    @Override
    public String title() {
        return "One Kalman update by hand";
    }

    @Override
    public String topic() {
        return Topic.APPLICATIONS.id();
    }

    @Override
    public String lab() {
        return KalmanLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double m = between(rng, -20, 20) / 2.0;
        double z = m + nonzero(rng, 8) / 2.0;
        double prior = between(rng, 1, 9);
        double r = between(rng, 1, 9);
        Matrix a = Matrix.of(new double[][] {{1 / Math.sqrt(prior)}, {1 / Math.sqrt(r)}});
        // halves and small integers: a solve at rounding level of 0 is 0 (x̂ = 0, not -1.36e-16)
        double estimate = Draws.cleaned(new double[] {LeastSquares.solve(a, new double[] {m / Math.sqrt(prior),
            z / Math.sqrt(r)}).x()[0]}, Math.max(Math.abs(m), Math.abs(z)))[0];
        double information = 1 / prior + 1 / r;
        double variance = 1 / information;
        double gain = prior / (prior + r);
        MathText prompt = new MathText().text("A Kalman filter predicts the position ").equals("x̂⁻", m)
                .text(" with variance ").equals("P⁻", prior).text(". The position is measured as ").equals("z", z)
                .text(" with noise variance ").equals("R", r).text(". Give the updated estimate x̂ and its variance P "
                        + "(2 numbers).");
        MathText hint = new MathText().text("K = P⁻/(P⁻ + R); x̂ = x̂⁻ + K(z − x̂⁻); P = (1 − K)P⁻.");
        MathText solution = new MathText().text("K = ").number(prior).text("/").number(prior + r).text(" = ")
                .number(gain).text(", x̂ = ").number(m).text(" + K·(").number(z - m).text(") = ").number(estimate)
                .text(", P = (1 − K)·").number(prior).text(" = ").number(variance)
                .text(" (smaller than both P⁻ and R).");
        return exercise(seed, prompt, Answer.vector(new double[] {estimate, variance}), hint, solution);
    }
}
