package dev.kappa.learn.exercise;

import dev.kappa.lab.ProjectionLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.LeastSquares;

/** The orthogonal projection Ax* of b onto the column space of a 3×2 matrix A. */
public final class Projection extends ExerciseGenerator {
    @Override
    public String id() {
        return "projection";
    }

    @Override
    public String title() {
        return "Projection onto a column space";
    }

    @Override
    public String topic() {
        return Topic.LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return ProjectionLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Matrix.of(new double[][] {{1, 0}, {0, 1}, {0, 0}});
        double[] b = {1, 2, 3};
        for (int i = 0; i < MAX_DRAWS; i++) {
            Matrix ca = Draws.integers(rng, 3, 2, 3);
            double[] cb = Draws.integerVector(rng, 3, 5);
            if (!Draws.wellConditioned(ca, 0.5)) {
                continue;
            }
            double[] p = ca.times(LeastSquares.solve(ca, cb).x());
            double r = 0;
            for (int k = 0; k < 3; k++) {
                r = Math.max(r, Math.abs(cb[k] - p[k]));
            }
            // b must stick out of the plane (else the answer is b itself) and have a visible shadow.
            if (r >= 0.1 && Draws.maxAbs(p) >= 0.5) {
                a = ca;
                b = cb;
                break;
            }
        }
        double[] x = Draws.cleaned(LeastSquares.solve(a, b).x(), Draws.maxAbs(b));
        double[] p = Draws.cleaned(a.times(x), Draws.maxAbs(b));
        MathText prompt = new MathText().text("Project ").vector("b", b).text(" orthogonally onto the column space of ")
                .matrix("A", a).text(". Give the projection p (3 numbers).");
        MathText hint = new MathText().text("p = Ax̂ where x̂ solves the least-squares problem min‖Ax − b‖, i.e. "
                + "AᵀAx̂ = Aᵀb; the residual b − p is orthogonal to both columns.");
        MathText solution = new MathText().text("x̂ = ").tuple(x).text(", so p = Ax̂ = ").tuple(p)
                .text(". Check: Aᵀ(b − p) = 0.");
        return exercise(seed, prompt, Draws.vectorAnswer(p), hint, solution);
    }
}
