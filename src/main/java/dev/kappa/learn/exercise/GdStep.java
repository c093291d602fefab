package dev.kappa.learn.exercise;

import dev.kappa.lab.QuadraticGdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.Quadratic;

/** One gradient-descent step w₁ = w₀ − η(Aw₀ + b). */
public final class GdStep extends ExerciseGenerator {
    static final double[] ETAS = {0.05, 0.1, 0.2, 0.25, 0.5};

    @Override
    public String id() {
        return "gd-step";
    }

    @Override
    public String title() {
        return "One gradient-descent step";
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
        double[] b = Draws.integerVector(rng, 2, 4);
        double[] w0 = {1, 1};
        double eta = Draws.pick(rng, ETAS);
        double[] w1 = {0, 0};
        for (int i = 0; i < MAX_DRAWS; i++) {
            double[] cw = Draws.integerVector(rng, 2, 3);
            GradientDescent gd = new GradientDescent(Quadratic.of(a, b, 0), cw, eta);
            gd.step();
            double[] next = Draws.cleaned(gd.current(), Draws.maxAbs(b) + Draws.maxAbs(cw));
            if (Draws.maxAbs(next) >= 0.1 && Draws.maxAbs(a.times(cw)) + Draws.maxAbs(b) > 0) {
                w0 = cw;
                w1 = next;
                break;
            }
        }
        double[] grad = a.times(w0);
        for (int i = 0; i < 2; i++) {
            grad[i] += b[i];
        }
        MathText prompt = new MathText().text("Take one gradient-descent step with ").equals("η", eta)
                .text(" on f(w) = ½wᵀAw + bᵀw with ").matrix("A", a).text(" and ").vector("b", b)
                .text(", from w₀ = ").tuple(w0).text(". Give w₁ (2 numbers).");
        MathText hint = new MathText().text("w₁ = w₀ − η∇f(w₀), with ∇f(w) = Aw + b.");
        MathText solution = new MathText().text("∇f(w₀) = Aw₀ + b = ").tuple(grad).text(", so w₁ = w₀ − ")
                .number(eta).text("·∇f(w₀) = ").tuple(w1).text(".");
        return exercise(seed, prompt, Draws.vectorAnswer(w1), hint, solution);
    }
}
