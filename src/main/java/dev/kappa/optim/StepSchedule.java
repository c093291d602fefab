package dev.kappa.optim;

import dev.kappa.linalg.KMath;

/**
 * A step size that changes with the step number k = 0, 1, … (the k-th update uses ηₖ), for
 * {@link StochasticGradientDescent}. Constant-step SGD hovers in a "noise ball" around the
 * minimizer whose radius grows with η; a schedule with Σηₖ = ∞ and ηₖ → 0 (Robbins–Monro) lets
 * it reach the minimizer.
 */
public interface StepSchedule {
    /** The step ηₖ of update k (k = 0 is the first). */
    double eta(int k);

    /** ηₖ = η₀. */
    static StepSchedule constant(double eta0) {
        Vectors.requirePositive(eta0, "step η₀");
        return k -> eta0;
    }

    /** ηₖ = η₀ / (1 + k/m): about η₀/e after e epochs of m steps (Σηₖ diverges, ηₖ → 0). */
    static StepSchedule inverse(double eta0, int stepsPerEpoch) {
        Vectors.requirePositive(eta0, "step η₀");
        requireSteps(stepsPerEpoch);
        return k -> eta0 / (1.0 + (double) k / stepsPerEpoch);
    }

    /** ηₖ = η₀·½^⌊k/(every·m)⌋: halved every {@code every} epochs of m steps. */
    static StepSchedule stepDecay(double eta0, int stepsPerEpoch, int every) {
        Vectors.requirePositive(eta0, "step η₀");
        requireSteps(stepsPerEpoch);
        requireSteps(every);
        return k -> {
            double eta = eta0;
            for (int drops = k / (stepsPerEpoch * every); drops > 0; drops--) {
                eta *= 0.5;
            }
            return eta;
        };
    }

    /** ηₖ = η₀·½(1 + cos(πk/K)) over K steps (0 from step K on), cosine annealing; cos from KMath. */
    static StepSchedule cosine(double eta0, int totalSteps) {
        Vectors.requirePositive(eta0, "step η₀");
        requireSteps(totalSteps);
        return k -> k >= totalSteps ? 0.0 : eta0 * 0.5 * (1.0 + KMath.cos(Math.PI * k / totalSteps));
    }

    private static void requireSteps(int m) {
        if (m < 1) {
            throw new IllegalArgumentException("a step count must be positive but is " + m);
        }
    }
}
