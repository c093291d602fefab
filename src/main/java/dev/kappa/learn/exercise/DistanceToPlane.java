package dev.kappa.learn.exercise;

import dev.kappa.lab.ProjectionLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * The squared distance ‖r‖² = ‖b − Ax̂‖² from b to the plane spanned by the two columns of a 3×2
 * matrix A, which by Pythagoras is also ‖b‖² − ‖p‖².
 */
public final class DistanceToPlane extends ExerciseGenerator {
    @Override
    public String id() {
        return "distance-to-plane";
    }

    @Override
    public String title() {
        return "Distance from a point to a plane by least squares";
    }

    @Override
    public String topic() {
        return Topic.APPLICATIONS.id();
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
            double[] cb = Draws.integerVector(rng, 3, 4);
            if (!Draws.wellConditioned(ca, 0.5)) {
                continue;
            }
            double r = LeastSquares.solve(ca, cb).residualNorm();
            // b must stand clearly off the plane (a zero distance grades badly in relative terms).
            if (r >= 0.5) {
                a = ca;
                b = cb;
                break;
            }
        }
        LeastSquares.Result ls = LeastSquares.solve(a, b);
        // the data are small integers: entries at rounding level are 0 (x̂ = (0.3333, 0), not (0.3333, -1.665e-16))
        double[] x = Draws.cleaned(ls.x(), Draws.maxAbs(b));
        double[] p = Draws.cleaned(a.times(x), Draws.maxAbs(b));
        double[] r = new double[3];
        double bb = 0;
        double pp = 0;
        for (int k = 0; k < 3; k++) {
            r[k] = b[k] - p[k];
            bb += b[k] * b[k];
            pp += p[k] * p[k];
        }
        r = Draws.cleaned(r, Draws.maxAbs(b));
        double rr = ls.residualNorm() * ls.residualNorm();
        MathText prompt = new MathText().text("The columns of ").matrix("A", a).text(" span a plane through 0. What is "
                + "the squared distance ‖r‖² from ").vector("b", b).text(" to that plane?");
        MathText hint = new MathText().text("Solve the normal equations AᵀAx̂ = Aᵀb, form p = Ax̂ and r = b − p; or use "
                + "Pythagoras, ‖r‖² = ‖b‖² − ‖p‖², since r ⟂ p.");
        MathText solution = new MathText().text("x̂ = ").tuple(x).text(", p = Ax̂ = ").tuple(p).text(", r = b − p = ")
                .tuple(r).text(", so ‖r‖² = ").number(rr).text(" (check: ‖b‖² − ‖p‖² = ").number(bb).text(" − ")
                .number(pp).text(").");
        return exercise(seed, prompt, Answer.scalar(rr), hint, solution);
    }
}
