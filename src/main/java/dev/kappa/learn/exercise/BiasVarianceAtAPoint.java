package dev.kappa.learn.exercise;

import dev.kappa.lab.BiasVarianceLab;
import dev.kappa.lab.Topic;
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
        return Topic.APPLICATIONS.id();
    }

    @Override
    public String lab() {
        return BiasVarianceLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int asked = rng.nextInt(ASKED.length);
        // every value in tenths: f(x), the four fits and σ
        int truth = 10;
        int[] fits = {8, 10, 11, 13};
        int sigma = 2;
        for (int i = 0; i < MAX_DRAWS; i++) {
            int t = between(rng, -10, 10);
            int[] f = new int[4];
            for (int s = 0; s < 4; s++) {
                f[s] = between(rng, -15, 15);
            }
            Parts parts = new Parts(t, f, 0);
            // the asked-for term must be clearly nonzero
            if (parts.bias2() >= 0.01 && parts.variance() >= 0.01) {
                truth = t;
                fits = f;
                sigma = between(rng, 1, 5);
                break;
            }
        }
        Parts parts = new Parts(truth, fits, sigma);
        double answer = asked == 0 ? parts.bias2() : asked == 1 ? parts.variance() : parts.total();
        double[] shown = new double[4];
        for (int s = 0; s < 4; s++) {
            shown[s] = fits[s] / 10.0;
        }
        MathText prompt = new MathText().text("Four training sets, fitted by the same method, give the values ")
                .tuple(shown).text(" at a point x where the true function is ").equals("f(x)", truth / 10.0)
                .text(". New observations are y = f(x) + noise with standard deviation ").equals("σ", sigma / 10.0)
                .text(". Treating the four fits as the whole population of fits, what is " + ASKED[asked] + " at x?");
        MathText hint = new MathText().text("The average fit is f̄ = mean of the four values; bias² = (f̄ − f(x))²; "
                + "variance = the mean of (f̂ − f̄)² (divide by 4); expected error = bias² + variance + σ².");
        MathText solution = new MathText().text("f̄ = ").number(parts.mean()).text(", bias² = ").number(parts.bias2())
                .text(", variance = ").number(parts.variance()).text(", σ² = ").number(parts.sigma2())
                .text(", so the answer is ").number(answer).text(".");
        return exercise(seed, prompt, Answer.scalar(answer), hint, solution);
    }

    /**
     * f̄, bias², variance and σ² of fits given in tenths, computed in integers and divided once, so
     * each is the double nearest its short decimal (a mean of 0 is 0, not 1.4e-17): with S = Σkₛ,
     * f̄ = S/40, bias² = (S − 4t)²/1600, variance = Σ(4kₛ − S)²/6400, σ² = σₜ²/100.
     */
    static final class Parts {
        private final long sum;
        private final long bias;
        private final long spread;
        private final long sigma;

        Parts(int truth, int[] fits, int sigma) {
            long s = 0;
            for (int k : fits) {
                s += k;
            }
            long v = 0;
            for (int k : fits) {
                v += (4L * k - s) * (4L * k - s);
            }
            this.sum = s;
            this.bias = (s - 4L * truth) * (s - 4L * truth);
            this.spread = v;
            this.sigma = sigma;
        }

        double mean() {
            return sum / 40.0;
        }

        double bias2() {
            return bias / 1600.0;
        }

        double variance() {
            return spread / 6400.0;
        }

        double sigma2() {
            return sigma * sigma / 100.0;
        }

        /** bias² + variance + σ² over the common denominator 6400. */
        double total() {
            return (4 * bias + spread + 64 * sigma * sigma) / 6400.0;
        }
    }
}
