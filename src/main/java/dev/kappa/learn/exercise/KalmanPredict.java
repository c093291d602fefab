package dev.kappa.learn.exercise;

import dev.kappa.lab.KalmanLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * The prediction step for position and velocity: x̂⁻ = F x̂ with F = [[1, 1], [0, 1]], and the
 * position's predicted variance (FPFᵀ + Q)₁₁ with Q = q·GGᵀ, G = (½, 1): p₁₁ + 2p₁₂ + p₂₂ + q/4.
 * The key is computed with matrix products of the core.
 */
public final class KalmanPredict extends ExerciseGenerator {
    @Override
    public String id() {
        return "kalman-predict";
    }

    @Override
    public String title() {
        return "A Kalman prediction step";
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
        double pos = between(rng, -10, 10);
        double vel = nonzero(rng, 6) / 2.0;
        Matrix p = Draws.positiveDefinite2(rng);
        double q = between(rng, 0, 8) / 2.0;
        Matrix f = Matrix.of(new double[][] {{1, 1}, {0, 1}});
        Matrix g = Matrix.of(new double[][] {{0.5}, {1}});
        Matrix predicted = f.times(p).times(f.transpose()).plus(g.times(g.transpose()).scale(q));
        double[] x = f.times(new double[] {pos, vel});
        double[] answer = {x[0], x[1], predicted.get(0, 0)};
        MathText prompt = new MathText().text("An object moves on a line with time step 1: state (position, velocity), ")
                .matrix("F", f).text(", process noise Q = q·GGᵀ with G = (1/2, 1) and ").equals("q", q)
                .text(". The current estimate is ").vector("x̂", new double[] {pos, vel}).text(" with covariance ")
                .matrix("P", p).text(". Predict one step: give the predicted position, the predicted velocity and the "
                        + "variance of the predicted position (3 numbers).");
        MathText hint = new MathText().text("x̂⁻ = F x̂; P⁻ = F P Fᵀ + Q, whose top-left entry is p₁₁ + 2p₁₂ + p₂₂ + q/4.");
        MathText solution = new MathText().text("x̂⁻ = ").tuple(x).text(" and P⁻ = FPFᵀ + Q has top-left entry ")
                .number(p.get(0, 0)).text(" + 2·").number(p.get(0, 1)).text(" + ").number(p.get(1, 1)).text(" + ")
                .number(q / 4).text(" = ").number(predicted.get(0, 0)).text(": the prediction is less certain than "
                        + "the estimate was.");
        return exercise(seed, prompt, Answer.vector(answer), hint, solution);
    }
}
