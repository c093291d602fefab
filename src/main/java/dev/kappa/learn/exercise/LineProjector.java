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
 * The projector P = a(aᵀa)⁻¹aᵀ = aaᵀ/‖a‖² onto the line spanned by a ∈ ℝ³ (the one-column case of
 * A(AᵀA)⁻¹Aᵀ), entered row by row; the key is computed column by column as P eⱼ = a·lstsq(a, eⱼ).
 */
public final class LineProjector extends ExerciseGenerator {
    @Override
    public String id() {
        return "line-projector";
    }

    @Override
    public String title() {
        return "The projector onto a line";
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
        double[] a = {1, 2, 2};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] c = Draws.integerVector(rng, 3, 3);
            // at least two nonzero entries, so P is not a single 1 on the diagonal
            int nonzero = (c[0] != 0 ? 1 : 0) + (c[1] != 0 ? 1 : 0) + (c[2] != 0 ? 1 : 0);
            if (nonzero >= 2) {
                a = c;
                break;
            }
        }
        Matrix col = Matrix.of(new double[][] {{a[0]}, {a[1]}, {a[2]}});
        double[] entries = new double[9];
        for (int j = 0; j < 3; j++) {
            double[] e = new double[3];
            e[j] = 1;
            double[] pe = col.times(LeastSquares.solve(col, e).x());
            for (int i = 0; i < 3; i++) {
                entries[3 * i + j] = pe[i];
            }
        }
        // P's entries are multiples of 1/aᵀa ≥ 1/27, so anything at rounding level is an exact 0
        entries = Draws.cleaned(entries, 1);
        double aa = a[0] * a[0] + a[1] * a[1] + a[2] * a[2];
        double[][] outer = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                outer[i][j] = a[i] * a[j];
            }
        }
        MathText prompt = new MathText().text("Give the 3×3 matrix P that projects every vector orthogonally onto the "
                + "line spanned by ").vector("a", a).text(", row by row (9 numbers).");
        MathText hint = new MathText().text("With one column, A(AᵀA)⁻¹Aᵀ becomes aaᵀ/(aᵀa): divide the outer product "
                + "aaᵀ by the number aᵀa.");
        MathText solution = new MathText().text("aᵀa = ").number(aa).text(" and ").matrix("aaᵀ", Matrix.of(outer))
                .text(", so P = aaᵀ/").number(aa).text(" = ").tuple(entries)
                .text(" (row by row). Check: P is symmetric, P² = P and trace P = 1.");
        return exercise(seed, prompt, Answer.vector(entries), hint, solution);
    }
}
