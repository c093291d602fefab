package dev.kappa.learn.exercise;

import dev.kappa.lab.NonlinearLsLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.Ridge;

/**
 * The Levenberg–Marquardt step of a one-parameter fit: (JᵀJ + μ)δ = −Jᵀr with J a column of three
 * derivatives, δ = −Σjᵢrᵢ/(Σjᵢ² + μ); μ = 0 is the Gauss–Newton step. Solved by linalg's {@link Ridge},
 * as optim's LevenbergMarquardt does.
 */
public final class DampedStep extends ExerciseGenerator {
    private static final double[] DAMPINGS = {0, 1, 2, 5, 10};

    @Override
    public String id() {
        return "lm-damped-step";
    }

    @Override
    public String title() {
        return "A Levenberg–Marquardt step with one parameter";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return NonlinearLsLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double[] j = {1, 0, 0};
        double[] r = {1, 0, 0};
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            j = new double[] {nonzero(rng, 3), between(rng, -3, 3), nonzero(rng, 3)};
            r = new double[] {between(rng, -4, 4), nonzero(rng, 4), between(rng, -4, 4)};
            // Jᵀr = 0 would make the step 0 whatever μ: redraw
            if (j[0] * r[0] + j[1] * r[1] + j[2] * r[2] != 0) {
                break;
            }
        }
        double mu = pick(rng, DAMPINGS);
        double[] minusR = {-r[0], -r[1], -r[2]};
        double delta = Draws.cleaned(Ridge.solve(Matrix.ofRowMajor(3, 1, j), minusR, mu), 4)[0];
        double jtj = j[0] * j[0] + j[1] * j[1] + j[2] * j[2];
        double jtr = j[0] * r[0] + j[1] * r[1] + j[2] * r[2];
        MathText prompt = new MathText().text("A fit with one parameter w has residuals r = ").tuple(r)
                .text(" and derivatives ∂r/∂w = J = ").tuple(j).text(" at the current w. Levenberg–Marquardt solves ")
                .text("(JᵀJ + μ)δ = −Jᵀr with damping μ = ").number(mu).text(". Give the step δ.");
        MathText hint = new MathText().text("With one parameter JᵀJ and Jᵀr are numbers: δ = −Jᵀr/(JᵀJ + μ). "
                + "With μ = 0 this is the Gauss–Newton step.");
        MathText solution = new MathText().text("JᵀJ = ").number(jtj).text(", Jᵀr = ").number(jtr).text(", δ = −")
                .number(jtr).text("/(").number(jtj).text(" + ").number(mu).text(") = ").number(delta)
                .text(mu == 0 ? " (the Gauss–Newton step)." : "; a larger μ would give a shorter step.");
        return exercise(seed, prompt, Answer.scalar(delta), hint, solution);
    }
}
