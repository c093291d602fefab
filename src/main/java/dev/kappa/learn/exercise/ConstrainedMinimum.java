package dev.kappa.learn.exercise;

import dev.kappa.lab.ConstrainedLsLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * The minimizer of the weighted least-squares objective p(x₁ − t₁)² + q(x₂ − t₂)² (A = diag(√p, √q))
 * on the line x₁ + x₂ = d. The KKT conditions 2p(x₁ − t₁) + ν = 0, 2q(x₂ − t₂) + ν = 0,
 * x₁ + x₂ = d give ν = 2(t₁ + t₂ − d)/(1/p + 1/q) and xᵢ = tᵢ − ν/(2wᵢ): the line's shortfall
 * t₁ + t₂ − d is shared in proportion to 1/p and 1/q, so the stiffer coordinate moves less.
 */
public final class ConstrainedMinimum extends ExerciseGenerator {
    @Override
    public String id() {
        return "constrained-minimum";
    }

    @Override
    public String title() {
        return "Least squares on a line: the KKT solution";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return ConstrainedLsLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int p = 1;
        int q = 1;
        int t1 = 0;
        int t2 = 0;
        int d = 0;
        double shortfall = 0;
        double half = 0;
        double[] x = {0, 0};
        // a zero coordinate of x* could not be told from a blank answer: draw again
        for (int draw = 0; draw < MAX_DRAWS && (x[0] == 0 || x[1] == 0); draw++) {
            p = between(rng, 1, 4);
            q = between(rng, 1, 4);
            t1 = between(rng, -3, 3);
            t2 = between(rng, -3, 3);
            d = between(rng, -4, 4);
            if (t1 + t2 == d) {
                d = d + 1;
            }
            shortfall = t1 + t2 - d;
            // ν/2 = shortfall/(1/p + 1/q) = shortfall·pq/(p + q)
            half = shortfall * p * q / (p + q);
            x = new double[] {t1 - half / p, t2 - half / q};
        }
        MathText prompt = new MathText().text("Minimize f(x) = ").number(p).text(t1 < 0 ? "(x₁ + " : "(x₁ − ")
                .number(Math.abs(t1)).text(")² + ").number(q).text(t2 < 0 ? "(x₂ + " : "(x₂ − ").number(Math.abs(t2))
                .text(")² subject to x₁ + x₂ = ").number(d)
                .text(". Give the minimizer x* = (x₁, x₂).");
        MathText hint = new MathText().text("Stationarity of L = f + ν(x₁ + x₂ − d): 2·").number(p)
                .text("(x₁ − t₁) + ν = 0 and 2·").number(q).text("(x₂ − t₂) + ν = 0; put both into x₁ + x₂ = d.");
        MathText solution = new MathText().text("ν = 2(t₁ + t₂ − d)/(1/p + 1/q) = ").number(2 * half)
                .text(", so x₁ = t₁ − ν/(2p), x₂ = t₂ − ν/(2q): x* = ").tuple(x)
                .text(". The shortfall ").number(shortfall).text(" is shared in proportion to 1/p and 1/q.");
        return exercise(seed, prompt, Answer.vector(x), hint, solution);
    }
}
