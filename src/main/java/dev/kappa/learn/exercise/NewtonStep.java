package dev.kappa.learn.exercise;

import dev.kappa.lab.OptimizerRaceLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.Newton;
import dev.kappa.optim.Quadratic;

/** One Newton step on a PD quadratic lands on its minimizer −A⁻¹b. */
public final class NewtonStep extends ExerciseGenerator {
    @Override
    public String id() {
        return "newton-step";
    }

    @Override
    public String title() {
        return "One Newton step on a quadratic";
    }

    @Override
    public String topic() {
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return OptimizerRaceLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        Matrix a = Draws.positiveDefinite2(rng);
        double[] b = {1, -1};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] cb = Draws.integerVector(rng, 2, 6);
            if (!Draws.isZero(cb)) {
                b = cb;
                break;
            }
        }
        double[] x0 = Draws.integerVector(rng, 2, 3);
        Newton newton = new Newton(Quadratic.of(a, b, 0), x0);
        newton.step();
        double[] x1 = Draws.cleaned(newton.current(), Draws.maxAbs(b));
        MathText prompt = new MathText().text("Take one Newton step (step length 1) on f(x) = ½xᵀAx + bᵀx with ")
                .matrix("A", a).text(" and ").vector("b", b).text(", starting from x₀ = ").tuple(x0)
                .text(". Give x₁ (2 numbers).");
        MathText hint = new MathText().text("x₁ = x₀ − H⁻¹∇f(x₀), with ∇f(x) = Ax + b and H = A.");
        double[] grad = a.times(x0);
        for (int i = 0; i < 2; i++) {
            grad[i] += b[i];
        }
        MathText solution = new MathText().text("∇f(x₀) = Ax₀ + b = ").tuple(grad)
                .text(", and x₁ = x₀ − A⁻¹(Ax₀ + b) = −A⁻¹b = ")
                .tuple(x1).text(", whatever x₀ was: the minimizer, because the quadratic model is exact.");
        return exercise(seed, prompt, Draws.vectorAnswer(x1), hint, solution);
    }
}
