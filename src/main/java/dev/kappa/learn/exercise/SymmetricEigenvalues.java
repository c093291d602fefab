package dev.kappa.learn.exercise;

import dev.kappa.lab.DefinitenessLab;
import dev.kappa.lab.Topic;
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
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return DefinitenessLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        // Both eigenvalues clearly nonzero relative to the larger, so neither is lost in rounding.
        Matrix a = Draws.symmetricOffAxis(rng, 6, l -> Math.min(Math.abs(l[0]), Math.abs(l[1]))
                >= 0.05 * Math.max(Math.abs(l[0]), Math.abs(l[1])), MAX_DRAWS, Matrix.of(new double[][] {{2, 1}, {1, 2}}));
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
