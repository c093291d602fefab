package dev.kappa.learn.exercise;

import dev.kappa.lab.KrylovLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.ConjugateGradient;
import dev.kappa.optim.Quadratic;

/**
 * How many steps CG needs on a spectrum with repeated eigenvalues: as many as there are distinct
 * eigenvalues (in exact arithmetic, from a start whose error has a component along each). The answer
 * is counted by running the core's {@link ConjugateGradient} on diag(λ) with b = (1, …, 1) until its
 * iterate is within 10⁻⁸ of the solution.
 */
public final class CgSteps extends ExerciseGenerator {
    static final double[] VALUES = {0.5, 1, 2, 3, 4, 5, 8, 10, 20, 50, 100};
    static final int MAX_STEPS = 64;

    @Override
    public String id() {
        return "cg-steps";
    }

    @Override
    public String title() {
        return "Conjugate gradient: steps for a given spectrum";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return KrylovLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int distinct = Draws.between(rng, 2, 5);
        int[] order = rng.permutation(VALUES.length);
        double[] values = new double[distinct];
        int[] times = new int[distinct];
        int n = 0;
        for (int i = 0; i < distinct; i++) {
            values[i] = VALUES[order[i]];
            times[i] = Draws.between(rng, 1, 6);
            n += times[i];
        }
        java.util.Arrays.sort(values);
        double[] lambda = new double[n];
        int at = 0;
        MathText prompt = new MathText().text("A symmetric positive definite " + n + "×" + n + " matrix A has the "
                + "eigenvalues ");
        for (int i = 0; i < distinct; i++) {
            for (int t = 0; t < times[i]; t++) {
                lambda[at++] = values[i];
            }
            prompt.text(i == 0 ? "" : i == distinct - 1 ? " and " : ", ").number(values[i])
                    .text(" (" + times[i] + (times[i] == 1 ? " time)" : " times)"));
        }
        int steps = steps(lambda);
        prompt.text(". Conjugate gradient solves Ax = b from a start whose error has a component along "
                        + "every eigenvector. In exact arithmetic, after how many steps is it exact?");
        MathText hint = new MathText().text("After k steps the error is P(A)e₀ for the best polynomial P of degree k with "
                + "P(0) = 1. Which degree lets P vanish on every eigenvalue?");
        MathText solution = new MathText().text("P(λ) = ∏(1 − λ/λᵢ) over the distinct eigenvalues has P(0) = 1 and is zero "
                + "on the whole spectrum, so CG is exact after as many steps as there are distinct eigenvalues: ")
                .number(steps).text(" (not " + n + ", the size of A).");
        return exercise(seed, prompt, Answer.scalar(steps, 0, 0.1), hint, solution);
    }

    /**
     * The first step at which the core's CG on diag(λ)x = (1, …, 1) from 0 is within 10⁻⁸ (relative) of
     * x* = (1/λᵢ): exact up to rounding (its own stopping test, at rounding level, can take one step more).
     */
    public static int steps(double[] lambda) {
        int n = lambda.length;
        double[] c = new double[n];
        java.util.Arrays.fill(c, -1);
        ConjugateGradient cg = new ConjugateGradient(Quadratic.of(Matrix.diagonal(lambda), c, 0), new double[n]);
        cg.run(MAX_STEPS);
        double norm = 0;
        for (double l : lambda) {
            norm += 1 / (l * l);
        }
        for (int k = 0; k < cg.trajectory().size(); k++) {
            double[] x = cg.trajectory().point(k);
            double e = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - 1 / lambda[i];
                e += d * d;
            }
            if (e <= 1e-16 * norm) {
                return k;
            }
        }
        return -1;
    }
}
