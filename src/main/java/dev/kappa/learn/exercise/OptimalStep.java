package dev.kappa.learn.exercise;

import dev.kappa.lab.QuadraticGdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.QuadraticGdAnalysis;

/** The step 2/(λmin + λmax) that minimizes GD's worst contraction factor on ½xᵀAx. */
public final class OptimalStep extends ExerciseGenerator {
    @Override
    public String id() {
        return "optimal-step";
    }

    @Override
    public String title() {
        return "Optimal fixed step for gradient descent";
    }

    @Override
    public String topic() {
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return QuadraticGdLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Draws.positiveDefinite2(rng);
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] l = Draws.eigenvalues(a);
            if (l[1] - l[0] > 1e-3 * l[1]) {
                break;
            }
            a = Draws.positiveDefinite2(rng);
        }
        QuadraticGdAnalysis gd = QuadraticGdAnalysis.of(Quadratic.of(a), 1.0, new double[2]);
        double[] l = gd.eigenvalues();
        double lmin = Math.min(l[0], l[1]);
        double lmax = Math.max(l[0], l[1]);
        double step = gd.optimalStep();
        MathText prompt = new MathText().text("Gradient descent with a fixed step η runs on f(x) = ½xᵀAx with ")
                .matrix("A", a).text(". Each step multiplies the error along eigenvector qᵢ by 1 − ηλᵢ. Which η makes "
                        + "the worse of the two factors, max(|1 − ηλmin|, |1 − ηλmax|), as small as possible?");
        MathText hint = new MathText().text("The worst factor is max(|1 − ηλmin|, |1 − ηλmax|); it is smallest when "
                + "the two are equal.");
        MathText solution = new MathText().text("λmin = ").number(lmin).text(", λmax = ").number(lmax)
                .text(". Setting 1 − ηλmin = ηλmax − 1 gives η = 2/(λmin + λmax) = ").number(step)
                .text(", with rate (κ − 1)/(κ + 1) = ").number(gd.optimalRate()).text(".");
        return exercise(seed, prompt, Answer.scalar(step), hint, solution);
    }
}
