package dev.kappa.learn.exercise;

import dev.kappa.lab.DefinitenessLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.Tolerance;

/** Classify a symmetric 2×2 matrix as PD, PSD (singular), indefinite or negative definite. */
public final class Definiteness extends ExerciseGenerator {
    static final String[] OPTIONS = {"positive definite|PD", "positive semidefinite (singular)|PSD|positive semidefinite",
        "indefinite", "negative definite|ND"};

    @Override
    public String id() {
        return "definiteness";
    }

    @Override
    public String title() {
        return "PD, PSD or indefinite?";
    }

    @Override
    public String topic() {
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return DefinitenessLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int kind = rng.nextInt(4);
        Matrix a = draw(rng, kind);
        double[] l = Draws.eigenvalues(a);
        int right = classify(l);
        l = Draws.cleaned(l, 0); // a PSD matrix shows the eigenvalue 0, not 2.22e-16
        MathText prompt = new MathText().text("Is the quadratic form xᵀAx with ").matrix("A", a)
                .text(" positive definite, positive semidefinite (singular), indefinite or negative definite?");
        MathText hint = new MathText().text("Look at the signs of the eigenvalues, or use the trace (their sum) and "
                + "the determinant (their product).");
        MathText solution = new MathText().text("The eigenvalues are ").number(l[0]).text(" and ").number(l[1])
                .text(" (trace ").number(a.get(0, 0) + a.get(1, 1)).text(", determinant ")
                .number(a.get(0, 0) * a.get(1, 1) - a.get(0, 1) * a.get(1, 0)).text("), so A is ")
                .text(OPTIONS[right].split("\\|")[0]).text(".");
        return choiceExercise(seed, prompt, right, OPTIONS, hint, solution);
    }

    private static Matrix draw(Rng rng, int kind) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            int a = Draws.between(rng, -9, 9);
            int c = Draws.between(rng, -9, 9);
            int b = Draws.between(rng, -4, 4);
            int det = a * c - b * b;
            switch (kind) {
                case 0:
                    if (det > 0 && a > 0) {
                        return Matrix.of(new double[][] {{a, b}, {b, c}});
                    }
                    break;
                case 1: {
                    // s·ppᵀ with p = (p₁, p₂) integer: exactly rank one, eigenvalues 0 and s‖p‖².
                    int p1 = Draws.between(rng, -3, 3);
                    int p2 = Draws.between(rng, 1, 3);
                    int s = Draws.between(rng, 1, 2);
                    return Matrix.of(new double[][] {{s * p1 * p1, s * p1 * p2}, {s * p1 * p2, s * p2 * p2}});
                }
                case 2:
                    if (det < 0) {
                        return Matrix.of(new double[][] {{a, b}, {b, c}});
                    }
                    break;
                default:
                    if (det > 0 && a < 0) {
                        return Matrix.of(new double[][] {{a, b}, {b, c}});
                    }
            }
        }
        return Matrix.of(new double[][] {{1, 1}, {1, 1}});
    }

    /** 0 PD, 1 PSD, 2 indefinite, 3 negative definite, from eigenvalues (ascending) and the rank cut-off. */
    static int classify(double[] l) {
        double max = Math.max(Math.abs(l[0]), Math.abs(l[1]));
        double tol = Tolerance.rankCutoff(2, 2, max);
        double lo = Math.min(l[0], l[1]);
        double hi = Math.max(l[0], l[1]);
        if (lo > tol) {
            return 0;
        }
        if (hi > tol && lo >= -tol) {
            return 1;
        }
        if (hi > tol) {
            return 2;
        }
        return 3;
    }
}
