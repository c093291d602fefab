package dev.kappa.learn.exercise;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;

/**
 * Bias², variance or the expected squared error at one x, from the fits f̂₁…f̂ₖ of k training sets,
 * the true value f(x) and the noise σ: f̄ = mean f̂ₛ, bias² = (f̄ − f)², variance = mean (f̂ₛ − f̄)²,
 * expected error = bias² + variance + σ².
 */
public final class BiasVarianceAtAPoint extends ExerciseGenerator {
    private static final String[] ASKED = {"the squared bias", "the variance of the fit", "the expected squared test error"};

    @Override
    public String id() {
        return "bias-variance-at-a-point";
    }

    @Override
    public String title() {
        return "Bias², variance and noise at one point";
    }

    @Override
    public String topic() {
        return "applications";
    }

    @Override
    public String lab() {
        return "bias-variance";
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int asked = rng.nextInt(ASKED.length);
        double truth = 1;
        double[] fits = {0.8, 1.0, 1.1, 1.3};
        double sigma = 0.2;
        for (int i = 0; i < MAX_DRAWS; i++) {
            double t = between(rng, -10, 10) / 10.0;
            double[] f = new double[4];
            for (int s = 0; s < 4; s++) {
                f[s] = between(rng, -15, 15) / 10.0;
            }
            double[] parts = parts(t, f, 0);
            // the asked-for term must be clearly nonzero
            if (parts[0] >= 0.01 && parts[1] >= 0.01) {
                truth = t;
                fits = f;
                sigma = between(rng, 1, 5) / 10.0;
                break;
            }
        }
        double[] parts = parts(truth, fits, sigma);
        double mean = (fits[0] + fits[1] + fits[2] + fits[3]) / 4;
        double answer = asked == 0 ? parts[0] : asked == 1 ? parts[1] : parts[0] + parts[1] + sigma * sigma;
        MathText prompt = new MathText().text("Four training sets, fitted by the same method, give the values ")
                .tuple(fits).text(" at a point x where the true function is ").equals("f(x)", truth)
                .text(". New observations are y = f(x) + noise with standard deviation ").equals("σ", sigma)
                .text(". Treating the four fits as the whole population of fits, what is " + ASKED[asked] + " at x?");
        MathText hint = new MathText().text("The average fit is f̄ = mean of the four values; bias² = (f̄ − f(x))²; "
                + "variance = the mean of (f̂ − f̄)² (divide by 4); expected error = bias² + variance + σ².");
        MathText solution = new MathText().text("f̄ = ").number(mean).text(", bias² = ").number(parts[0])
                .text(", variance = ").number(parts[1]).text(", σ² = ").number(sigma * sigma)
                .text(", so the answer is ").number(answer).text(".");
        return exercise(seed, prompt, Answer.scalar(answer), hint, solution);
    }

    /** {bias², variance} of fits f against the truth t (σ unused). */
    private static double[] parts(double t, double[] f, double sigma) {
        double mean = 0;
        for (double v : f) {
            mean += v;
        }
        mean /= f.length;
        double var = 0;
        for (double v : f) {
            var += (v - mean) * (v - mean);
        }
        return new double[] {(mean - t) * (mean - t), var / f.length};
    }
}
