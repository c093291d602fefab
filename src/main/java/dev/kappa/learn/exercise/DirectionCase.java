package dev.kappa.learn.exercise;

import dev.kappa.lab.QuadraticGdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.QuadraticGdAnalysis;

/** Which regime (monotone, one step, oscillating, bouncing, diverging) eigen-direction q₂ is in for a step η. */
public final class DirectionCase extends ExerciseGenerator {
    static final String[] OPTIONS = {"monotone|converges monotonically", "one step|converges in one step",
        "oscillating|converges while oscillating", "bouncing|bounces forever", "diverging|diverges"};
    /** Powers of two, so ηλ is computed exactly and the boundary cases ηλ = 1, 2 are exact. */
    static final double[] ETAS = {0.125, 0.25, 0.5, 1};
    /** Products ηλ₂ per case; 1 and 2 are the boundaries. */
    static final double[][] PRODUCTS = {{0.25, 0.5, 0.75}, {1}, {1.25, 1.5, 1.75}, {2}, {2.5, 3, 4}};

    @Override
    public String id() {
        return "direction-case";
    }

    @Override
    public String title() {
        return "Which regime is this eigen-direction in?";
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
        int wanted = rng.nextInt(PRODUCTS.length);
        double eta = Draws.pick(rng, ETAS);
        double l2 = Draws.pick(rng, PRODUCTS[wanted]) / eta;
        // λ₁ is drawn from the monotone range and differs from λ₂, so "the eigenvector of λ₂" is one line.
        double l1 = Draws.pick(rng, new double[] {0.25, 0.5}) / eta;
        for (int i = 0; i < MAX_DRAWS && l1 == l2; i++) {
            l1 = Draws.pick(rng, new double[] {0.125, 0.25, 0.375, 0.5}) / eta;
        }
        Quadratic f = Quadratic.fromEigen(new double[] {l1, l2}, Matrix.identity(2));
        QuadraticGdAnalysis gd = QuadraticGdAnalysis.of(f, eta, new double[] {1, 1});
        int right = index(gd.mode(1));
        MathText prompt = new MathText().text("GD with step ").equals("η", eta)
                .text(" runs on a quadratic whose Hessian has eigenvalues λ₁ = ").number(l1).text(" and λ₂ = ")
                .number(l2).text(". How does the error component along q₂ (the eigenvector of λ₂) behave?");
        MathText hint = new MathText().text("Each step multiplies that component by 1 − ηλ₂. Compare ηλ₂ with 1 and 2.");
        MathText solution = new MathText().text("ηλ₂ = ").number(eta * l2).text(", so the factor is 1 − ηλ₂ = ")
                .number(1 - eta * l2).text(": ").text(OPTIONS[right].split("\\|")[1]).text(".");
        return choiceExercise(seed, prompt, right, OPTIONS, hint, solution);
    }

    private static int index(QuadraticGdAnalysis.Mode m) {
        switch (m) {
            case MONOTONE:
                return 0;
            case ONE_STEP:
                return 1;
            case OSCILLATING:
                return 2;
            case BOUNCING:
                return 3;
            case DIVERGING:
                return 4;
            default:
                throw new IllegalStateException("λ₂ > 0 cannot give mode " + m);
        }
    }
}
