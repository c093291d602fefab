package dev.kappa.learn.exercise;

import dev.kappa.lab.SgdLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * The small-step estimate of constant-step SGD's noise ball on least squares: per eigendirection
 * Var e ≈ ηs²/(2b), so over d parameters r = √(d·ηs²/(2b)) (batches drawn independently; the
 * lab's per-epoch reshuffling makes the measured ball somewhat smaller).
 */
public final class SgdNoiseBall extends ExerciseGenerator {
    static final double[] ETAS = {0.005, 0.01, 0.02, 0.05, 0.1};
    static final double[] NOISES = {0.1, 0.2, 0.5, 1, 2};
    static final int[] BATCHES = {1, 2, 4, 8, 16, 32};
    static final int[] DIMENSIONS = {2, 5, 10, 20};

    @Override
    public String id() {
        return "sgd-noise-ball";
    }

    @Override
    public String title() {
        return "SGD's noise ball";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return SgdLab.ID;
    }

    /** r = √(d·ηs²/(2b)). */
    static double radius(int d, double eta, double s, int b) {
        return Math.sqrt(d * eta * s * s / (2.0 * b));
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double eta = Draws.pick(rng, ETAS);
        double s = Draws.pick(rng, NOISES);
        int b = BATCHES[rng.nextInt(BATCHES.length)];
        int d = DIMENSIONS[rng.nextInt(DIMENSIONS.length)];
        double r = radius(d, eta, s, b);
        MathText prompt = new MathText().text("Constant-step mini-batch SGD runs on a least-squares problem with ")
                .equals("d", d).text(" parameters and targets with noise of standard deviation ").equals("s", s)
                .text(", step ").equals("η", eta).text(" and batch size ").equals("b", b).text(". Using the small-step "
                        + "estimate Var e ≈ ηs²/(2b) per eigendirection, what is the RMS distance r of the iterates from "
                        + "w* once they hover?");
        MathText hint = new MathText().text("Sum the variance over the d eigendirections: r² ≈ d·ηs²/(2b).");
        MathText solution = new MathText().text("r² ≈ ").number(d).text("·").number(eta).text("·").number(s * s)
                .text("/(2·").number(b).text(") = ").number(r * r).text(", so r ≈ ").number(r).text(".");
        return exercise(seed, prompt, Answer.scalar(r), hint, solution);
    }
}
