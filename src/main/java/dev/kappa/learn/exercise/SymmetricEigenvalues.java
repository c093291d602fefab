package dev.kappa.learn.exercise;

import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/** The eigenvalues of a symmetric 2×2 integer matrix, ascending. */
public final class SymmetricEigenvalues extends ExerciseGenerator {
    @Override
    public String id() {
        return "eigenvalues-2x2";
    }

    @Override
    public String title() {
        return "Eigenvalues of a symmetric 2×2 matrix";
    }

    @Override
    public String topic() {
        return "optimization";
    }

    @Override
    public String lab() {
        return "definiteness";
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{2, 1}, {1, 2}});
        for (int i = 0; i < MAX_DRAWS; i++) {
            int p = Draws.between(rng, -6, 6);
            int q = Draws.between(rng, -6, 6);
            int r = Draws.between(rng, 1, 4) * (rng.nextInt(2) == 0 ? 1 : -1);
            Matrix c = Matrix.of(new double[][] {{p, r}, {r, q}});
            double[] l = Draws.eigenvalues(c);
            // Both eigenvalues clearly nonzero relative to the larger, so the vector tolerance judges each.
            double big = Math.max(Math.abs(l[0]), Math.abs(l[1]));
            if (Math.min(Math.abs(l[0]), Math.abs(l[1])) >= 0.05 * big) {
                a = c;
                break;
            }
        }
        double[] l = Draws.cleaned(Draws.eigenvalues(a), 0);
        double tr = a.get(0, 0) + a.get(1, 1);
        double det = a.get(0, 0) * a.get(1, 1) - a.get(0, 1) * a.get(1, 0);
        MathText prompt = new MathText().text("Give the eigenvalues of ").matrix("A", a)
                .text(", smallest first (2 numbers).");
        MathText hint = new MathText().text("They solve λ² − (trace)λ + det = 0.");
        MathText solution = new MathText().text("trace = ").number(tr).text(", det = ").number(det)
                .text(", so λ = (trace ∓ √(trace² − 4·det))/2 = ").tuple(l).text(".");
        return exercise(seed, prompt, Draws.vectorAnswer(l).inOrder("smallest first"), hint, solution);
    }
}
