package dev.kappa.learn.exercise;

import dev.kappa.lab.DefinitenessLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SymmetricEigen;

/**
 * An eigenvector of a symmetric 2×2 integer matrix, for its smaller or larger eigenvalue: on half
 * the seeds any nonzero multiple is asked for (graded up to scale), on the others a unit vector
 * (graded up to sign). Eigenvectors are the axes of a quadratic's contours and the directions GD
 * treats one at a time, and their sign is a convention the grader must not hold against anyone.
 */
public final class Eigenvector extends ExerciseGenerator {
    @Override
    public String id() {
        return "eigenvector-2x2";
    }

    @Override
    public String title() {
        return "An eigenvector of a symmetric 2×2 matrix";
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
        // Well-separated eigenvalues make each eigenvector a single line.
        Matrix a = Draws.symmetricOffAxis(rng, 5, l -> l[1] - l[0] >= 1, MAX_DRAWS,
                Matrix.of(new double[][] {{2, 1}, {1, 2}}));
        boolean larger = rng.nextInt(2) == 0;
        boolean anyScale = rng.nextInt(2) == 0;
        SymmetricEigen eig = SymmetricEigen.of(a);
        double[] l = eig.values();
        int k = larger ? 1 : 0;
        double lambda = l[k];
        double[] v = {eig.vectors().get(0, k), eig.vectors().get(1, k)};
        double[] unit = Draws.cleaned(v, 1);
        MathText prompt = new MathText().text("Give " + (anyScale ? "an eigenvector" : "a unit eigenvector") + " of ")
                .matrix("A", a).text(" for its " + (larger ? "larger" : "smaller") + " eigenvalue (2 numbers). "
                        + (anyScale ? "Any nonzero multiple is right." : "Either sign is right."));
        MathText hint = new MathText().text("Find λ from λ² − (trace)λ + det = 0, then a nonzero solution of "
                + "(A − λI)v = 0: with A = [[p, r], [r, q]] and r ≠ 0, v = (r, λ − p) works"
                + (anyScale ? "." : "; divide it by its length."));
        double[] raw = {a.get(0, 1), lambda - a.get(0, 0)};
        MathText solution = new MathText().text("Here p = ").number(a.get(0, 0)).text(", r = ").number(a.get(0, 1))
                .text(" and λ = ").number(lambda).text("; (A − λI)v = 0 is solved by v = (r, λ − p) = ")
                .tuple(raw).text(anyScale ? "; every nonzero multiple, such as " : "; of length 1 that is ")
                .tuple(sameSign(unit, raw)).text(anyScale ? ", is also right." : " (or its negative).");
        // The floor: a unit vector's scale is 1, so entries are good to a thousandth (λ typed to 4 digits suffices).
        return exercise(seed, prompt, Answer.direction(unit, anyScale, Answer.DEFAULT_REL_TOL, Answer.floorFor(1)), hint,
                solution);
    }

    /** {@code u} or −u, whichever points the way {@code ref} does, so the solution's two vectors agree. */
    private static double[] sameSign(double[] u, double[] ref) {
        double dot = u[0] * ref[0] + u[1] * ref[1];
        return dot >= 0 ? u : new double[] {-u[0], -u[1]};
    }
}
