package dev.kappa.learn.exercise;

import dev.kappa.lab.PcaLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;

/**
 * The first principal direction of three points in the plane: a unit vector v₁ (graded up to sign),
 * the first right singular vector of the centred 3×2 data X̃ = X − 1μᵀ, computed by the core's
 * {@link SVD}. By hand: the 2×2 scatter matrix X̃ᵀX̃ and its larger eigenvalue's eigenvector.
 * Points are drawn until the two variances differ clearly (the direction is then one line).
 */
public final class PcaDirection extends ExerciseGenerator {
    static final int POINTS = 3;

    @Override
    public String id() {
        return "pca-direction";
    }

    @Override
    public String title() {
        return "The first principal direction of three points";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return PcaLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[][] x = {{0, 0}, {2, 1}, {4, 5}};
        for (int t = 0; t < MAX_DRAWS; t++) {
            double[][] c = new double[POINTS][2];
            for (int i = 0; i < POINTS; i++) {
                c[i][0] = between(rng, -4, 4);
                c[i][1] = between(rng, -4, 4);
            }
            double[] s = SVD.of(Matrix.of(centred(c))).singularValues();
            // σ₁² at least twice σ₂²: a clear first axis, not an almost round cloud
            if (s[0] * s[0] >= 2 * s[1] * s[1] && s[0] > 0) {
                x = c;
                break;
            }
        }
        double[][] xc = centred(x);
        double[] products = Matrix.of(xc).transpose().times(Matrix.of(xc)).toRowMajor();
        // the centred coordinates are thirds, so a zero entry of X̃ᵀX̃ comes out as rounding noise
        Matrix scatter = Matrix.ofRowMajor(2, 2, Draws.cleaned(products, Draws.maxAbs(products)));
        double[] v = SVD.of(Matrix.of(xc)).v().column(0);
        double[] unit = Draws.cleaned(v, 1);
        if (unit[0] < 0 || (unit[0] == 0 && unit[1] < 0)) {
            unit = new double[] {-unit[0], -unit[1]};
        }
        double[] mean = {(x[0][0] + x[1][0] + x[2][0]) / 3, (x[0][1] + x[1][1] + x[2][1]) / 3};
        MathText prompt = new MathText().text("The points ").tuple(x[0]).text(", ").tuple(x[1]).text(" and ")
                .tuple(x[2]).text(" are the rows of X. Give the first principal direction v₁, a unit vector "
                        + "(2 numbers; either sign is right).");
        MathText hint = new MathText().text("Subtract the mean from every point, form the 2×2 matrix X̃ᵀX̃, and take "
                + "the unit eigenvector of its larger eigenvalue (equivalently, the first right singular vector of X̃).");
        MathText solution = new MathText().text("The mean is ").tuple(mean).text("; the centred points give ")
                .matrix("X̃ᵀX̃", scatter).text(", whose larger eigenvalue is ").number(Draws.eigenvalues(scatter)[1])
                .text(" with unit eigenvector v₁ = ").tuple(unit).text(" (or its negative).");
        return exercise(seed, prompt, Answer.direction(unit, false, Answer.DEFAULT_REL_TOL, Answer.floorFor(1)), hint,
                solution);
    }

    /** The rows minus their mean. */
    static double[][] centred(double[][] x) {
        double[] mean = new double[2];
        for (double[] r : x) {
            mean[0] += r[0] / x.length;
            mean[1] += r[1] / x.length;
        }
        double[][] out = new double[x.length][2];
        for (int i = 0; i < x.length; i++) {
            out[i][0] = x[i][0] - mean[0];
            out[i][1] = x[i][1] - mean[1];
        }
        return out;
    }
}
