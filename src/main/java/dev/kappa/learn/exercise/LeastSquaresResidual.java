package dev.kappa.learn.exercise;

import dev.kappa.lab.PolyFitLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.LeastSquares;

/** The residual norm ‖b − Ax̂‖ of a straight-line least-squares fit to four points. */
public final class LeastSquaresResidual extends ExerciseGenerator {
    @Override
    public String id() {
        return "ls-residual";
    }

    @Override
    public String title() {
        return "Residual of a least-squares line fit";
    }

    @Override
    public String topic() {
        return Topic.LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return PolyFitLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] t = {0, 1, 2, 3};
        double[] y = {1, 2, 2, 4};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] cy = Draws.integerVector(rng, 4, 6);
            if (residual(design(t), cy) >= 0.1) {
                y = cy;
                break;
            }
        }
        Matrix a = design(t);
        LeastSquares.Result fit = LeastSquares.solve(a, y);
        double[] x = Draws.cleaned(fit.x(), Draws.maxAbs(y));
        double r = fit.residualNorm();
        MathText prompt = new MathText().text("Fit a line y ≈ c₀ + c₁t by least squares to the points t = ").tuple(t)
                .text(", y = ").tuple(y).text(". What is the norm of the residual ‖y − Ac‖ at the best fit?");
        MathText hint = new MathText().text("A has a column of ones and a column of t; solve AᵀAc = Aᵀy, then "
                + "compute y − Ac.");
        MathText solution = new MathText().text("c = ").tuple(x).text(", fitted values ").tuple(Draws.cleaned(a.times(x), Draws.maxAbs(y)))
                .text(", residual norm ").number(r).text(".");
        return exercise(seed, prompt, Answer.scalar(r), hint, solution);
    }

    static Matrix design(double[] t) {
        double[][] rows = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            rows[i] = new double[] {1, t[i]};
        }
        return Matrix.of(rows);
    }

    static double residual(Matrix a, double[] y) {
        return LeastSquares.solve(a, y).residualNorm();
    }
}
