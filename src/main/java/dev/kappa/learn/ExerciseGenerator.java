package dev.kappa.learn;

import dev.kappa.linalg.Rng;

/**
 * A family of randomized exercises. {@link #generate(long)} is a pure function of the seed: the
 * same seed gives the same exercise bit for bit on every engine (numbers come from
 * {@link Rng}, answers from {@code dev.kappa.linalg}/{@code optim}, never from a table).
 * Degenerate draws (a singular matrix where an inverse is needed, a tie, an answer too small to
 * grade) are redrawn from the same stream a bounded number of times.
 */
public abstract class ExerciseGenerator {
    /** Redraws allowed before a generator falls back to its fixed textbook instance. */
    protected static final int MAX_DRAWS = 200;

    /** Stable id used in URLs ({@code #/exercise/<id>?seed=n}) and progress keys. */
    public abstract String id();

    public abstract String title();

    /** One of {@link Catalog#TOPICS}. */
    public abstract String topic();

    /** The lab that shows the idea, or null. */
    public String lab() {
        return null;
    }

    /** The exercise for {@code seed}. */
    public final Exercise generate(long seed) {
        return build(new Rng(seed ^ (long) id().hashCode() * 0x9E3779B97F4A7C15L), seed);
    }

    /** Draws numbers from {@code rng} and builds the exercise. */
    protected abstract Exercise build(Rng rng, long seed);

    protected final Exercise exercise(long seed, MathText prompt, Answer answer, MathText hint, MathText solution) {
        return new Exercise(this, seed, prompt, answer, null, hint, solution);
    }

    protected final Exercise choiceExercise(long seed, MathText prompt, int right, String[] options, MathText hint,
            MathText solution) {
        return new Exercise(this, seed, prompt, Answer.choice(right, options), options, hint, solution);
    }

    /** A uniform integer in [lo, hi]. */
    protected static int between(Rng rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A nonzero integer in [−m, m]. */
    protected static int nonzero(Rng rng, int m) {
        int v = between(rng, 1, m);
        return rng.nextInt(2) == 0 ? v : -v;
    }

    /** One of {@code values}. */
    protected static double pick(Rng rng, double[] values) {
        return values[rng.nextInt(values.length)];
    }
}
