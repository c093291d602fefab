package dev.kappa.learn.exercise;

import dev.kappa.lab.MultiObjectiveLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * Smoothing three samples: min ‖y − x‖² + ρ‖Dx‖² with D the 2×3 first-difference matrix, solved as the
 * stacked least-squares problem [I; √ρ D]x ≈ [y; 0] by the core (the normal equations (I + ρDᵀD)x = y
 * are a 3×3 tridiagonal system the learner can solve by hand).
 */
public final class SmoothThreeSamples extends ExerciseGenerator {
    @Override
    public String id() {
        return "smooth-three-samples";
    }

    @Override
    public String title() {
        return "Smoothing three samples by least squares";
    }

    @Override
    public String topic() {
        return Topic.APPLICATIONS.id();
    }

    @Override
    public String lab() {
        return MultiObjectiveLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] y = {0, 3, 0};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] c = Draws.integerVector(rng, 3, 6);
            // not already smooth: the differences must not all vanish
            if (c[0] != c[1] || c[1] != c[2]) {
                y = c;
                break;
            }
        }
        double rho = pick(rng, new double[] {0.5, 1, 2});
        double w = Math.sqrt(rho);
        Matrix stacked = Matrix.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-w, w, 0}, {0, -w, w}});
        // integer samples: an entry at rounding level of 0 is 0 (x = (−3.333, 0, 3.333), not 6.1e-16 in the middle)
        double[] x = Draws.cleaned(LeastSquares.solve(stacked, new double[] {y[0], y[1], y[2], 0, 0}).x(),
                Draws.maxAbs(y));
        Matrix normal = Matrix.of(new double[][] {{1 + rho, -rho, 0}, {-rho, 1 + 2 * rho, -rho}, {0, -rho, 1 + rho}});
        MathText prompt = new MathText().text("Smooth the samples ").vector("y", y).text(" by minimizing ‖y − x‖² + ρ‖Dx‖², "
                + "where (Dx)ᵢ = xᵢ₊₁ − xᵢ (2 differences) and ").equals("ρ", rho).text(". Give x (3 numbers).");
        MathText hint = new MathText().text("The normal equations are (I + ρDᵀD)x = y, where DᵀD = [[1, −1, 0], [−1, 2, −1], "
                + "[0, −1, 1]]. The mean of x equals the mean of y (the rows of the system add up to it).");
        MathText solution = new MathText().text("Solve ").matrix("I + ρDᵀD", normal).text(" x = y: x = ").tuple(x)
                .text(". The samples are pulled towards each other; their mean stays the same.");
        return exercise(seed, prompt, Answer.vector(x), hint, solution);
    }
}
