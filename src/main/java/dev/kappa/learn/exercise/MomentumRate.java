package dev.kappa.learn.exercise;

import dev.kappa.lab.MomentumLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.MomentumAnalysis;

/**
 * The rate of heavy ball (α, β) on a quadratic with two eigenvalues: the larger root modulus of
 * r² − (1 + β − αλ)r + β, maximized over both eigenvalues (complex roots have modulus √β).
 */
public final class MomentumRate extends ExerciseGenerator {
    static final double[] BETAS = {0, 0.25, 0.5, 0.64, 0.81, 0.9};
    static final double[] ALPHAS = {0.5, 1, 1.5, 2};
    static final double[] SMALL = {0.01, 0.04, 0.1, 0.25};

    @Override
    public String id() {
        return "momentum-rate";
    }

    @Override
    public String title() {
        return "Heavy ball: the convergence rate of (α, β)";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return MomentumLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double beta;
        double alpha;
        double lmin = Draws.pick(rng, SMALL);
        double rate;
        int draws = 0;
        do {
            beta = Draws.pick(rng, BETAS);
            alpha = Draws.pick(rng, ALPHAS);
            rate = Math.max(MomentumAnalysis.factor(1, alpha, beta), MomentumAnalysis.factor(lmin, alpha, beta));
        } while (!(rate < 0.999) && ++draws < MAX_DRAWS);
        double top = MomentumAnalysis.factor(1, alpha, beta);
        double bottom = MomentumAnalysis.factor(lmin, alpha, beta);
        MathText prompt = new MathText().text("Heavy ball runs with ").equals("α", alpha).text(" and ")
                .equals("β", beta).text(" on f(w) = ½(λ₁w₁² + λ₂w₂²) with ").equals("λ₁", 1).text(" and ")
                .equals("λ₂", lmin).text(". By what factor ρ does the error shrink per step in the long run (the "
                        + "largest root modulus over both eigen-components)?");
        MathText hint = new MathText().text("For each λ solve r² − (1 + β − αλ)r + β = 0 and take the larger |r| "
                + "(complex roots have |r| = √β); ρ is the larger of the two.");
        MathText solution = new MathText().text("Along λ₁: |r| = ").number(top).text("; along λ₂: |r| = ")
                .number(bottom).text(". So ρ = ").number(rate).text(".");
        return exercise(seed, prompt, Answer.scalar(rate), hint, solution);
    }
}
