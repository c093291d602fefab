package dev.kappa.learn.exercise;

import dev.kappa.lab.BiasVarianceLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;

/**
 * The bias–variance trade-off of the simplest ridge estimate: a constant μ estimated from n noisy
 * observations yᵢ = μ + εᵢ by ŵ = argmin Σ(yᵢ − w)² + λw² = Σyᵢ/(n + λ). Then E ŵ = nμ/(n + λ),
 * bias² = (λμ/(n + λ))², variance = nσ²/(n + λ)², and the mean squared error of ŵ is their sum. The key
 * is computed from ridge solves (the estimator is linear in y: ŵ = h·Σyᵢ with h = Ridge(1, e₁, λ)).
 */
public final class RidgeMeanError extends ExerciseGenerator {
    @Override
    public String id() {
        return "ridge-mean-error";
    }

    @Override
    public String title() {
        return "Bias and variance of a shrunken mean";
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
        int n = between(rng, 2, 10);
        double mu = nonzero(rng, 5);
        double sigma = between(rng, 1, 4);
        double lambda = between(rng, 1, 10);
        double[][] ones = new double[n][1];
        for (int i = 0; i < n; i++) {
            ones[i][0] = 1;
        }
        Matrix x = Matrix.of(ones);
        double[] truth = new double[n];
        double[] first = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = mu;
        }
        first[0] = 1;
        // the fit to noise-free data is E ŵ; the weight of one observation gives the variance
        double expected = Ridge.solve(x, truth, lambda)[0];
        double h = Ridge.solve(x, first, lambda)[0];
        double bias2 = (expected - mu) * (expected - mu);
        double variance = n * sigma * sigma * h * h;
        double mse = bias2 + variance;
        MathText prompt = new MathText().text("A constant μ is estimated from n = " + n + " observations yᵢ = μ + εᵢ "
                + "with independent noise of standard deviation ").equals("σ", sigma).text(" by ridge, ŵ = argmin Σ(yᵢ − w)² + λw² with ")
                .equals("λ", lambda).text(". If the true value is ").equals("μ", mu)
                .text(", what is the mean squared error E[(ŵ − μ)²] = bias² + variance?");
        MathText hint = new MathText().text("Setting the derivative to 0 gives ŵ = Σyᵢ/(n + λ). Its mean is nμ/(n + λ), "
                + "so the bias is −λμ/(n + λ); its variance is nσ²/(n + λ)².");
        MathText solution = new MathText().text("E ŵ = nμ/(n + λ) = ").number(expected).text(", bias² = ").number(bias2)
                .text(", variance = nσ²/(n + λ)² = ").number(variance).text(", so the mean squared error is ")
                .number(mse).text(". (λ = 0 would give no bias and variance σ²/n = ").number(sigma * sigma / n)
                .text(".)");
        return exercise(seed, prompt, Answer.scalar(mse), hint, solution);
    }
}
