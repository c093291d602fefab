package dev.kappa.learn;

import dev.kappa.linalg.KMath;

/**
 * The FSRS-6 spaced-repetition scheduler, step for step as its reference implementation ts-fsrs 5.4.2
 * (open-spaced-repetition) schedules with its defaults: the 21 FSRS-6 weights w₀…w₂₀
 * <pre>
 * 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
 * 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
 * </pre>
 * desired retention 0.9, maximum interval 36 500 days, learning steps 1 and 10 minutes, a
 * relearning step of 10 minutes, short-term stability on, and no fuzz (every schedule is
 * reproducible). {@code FsrsTest} replays thousands of random review logs made by ts-fsrs itself
 * ({@code tools/fixtures/fsrs-reference}) and requires the same intervals and due times, and the
 * same stability and difficulty to 1e-9 relative.
 *
 * <p>Formulas (G = 1…4 for Again…Easy; t = whole UTC calendar days since the last review; every
 * stability and difficulty is rounded to 8 decimals as the reference rounds them):
 * <ul>
 * <li>decay d = −w₂₀, factor F = e^{ln 0.9 / d} − 1, so that R(S, S) = 0.9</li>
 * <li>retrievability R(t, S) = (1 + F·t/S)^d</li>
 * <li>initial stability S₀(G) = max(w_{G−1}, 0.1); initial difficulty D₀(G) = w₄ − e^{w₅(G−1)} + 1,
 *     clamped to [1, 10] for a new card (unclamped as the mean-reversion target)</li>
 * <li>next difficulty D′ = w₇·D₀(4) + (1 − w₇)·(D + ΔD·(10 − D)/9), ΔD = −w₆(G − 3), clamped to [1, 10]</li>
 * <li>recall stability S′ᵣ = S·(1 + e^{w₈}(11 − D)S^{−w₉}(e^{w₁₀(1−R)} − 1)·w₁₅[G=2]·w₁₆[G=4])</li>
 * <li>forget stability S′_f = min(w₁₁·D^{−w₁₂}((S + 1)^{w₁₃} − 1)e^{w₁₄(1−R)}, S/e^{w₁₇w₁₈})</li>
 * <li>same-day stability S′ = S·S^{−w₁₉}e^{w₁₇(G − 3 + w₁₈)}, the factor at least 1 for G ≥ 2</li>
 * <li>interval I(S) = round(S·(r^{1/d} − 1)/F) days (= round(S) at r = 0.9), clamped to [1, 36 500];
 *     in review, Hard ≤ Good &lt; Easy are forced apart by a day</li>
 * </ul>
 * Stabilities are clamped to [0.001, 36 500].
 *
 * <p>State machine: a new card goes to LEARNING (Again 1 min, Hard 6 min, Good 10 min and the next
 * step) or, graded Easy, straight to REVIEW. In LEARNING, Again restarts the steps (1 min), Hard
 * repeats the current one (6 min), Good moves on (10 min) and graduates after the last step; Easy
 * graduates. In REVIEW, Again is a lapse (RELEARNING, 10 min); Hard/Good/Easy schedule by S′.
 * In RELEARNING, Again 10 min, Hard 15 min, Good and Easy graduate.
 *
 * <p>Every number is the same on the JVM, in WasmGC and in JavaScript by construction: exp, pow
 * and log come from {@link KMath} (IEEE-exact operations only), and the rounding to 8 decimals is
 * done with floor and subtraction, not an engine's round. The browser self-check
 * ({@code SelfTestSuite}) fingerprints a review sequence so the Chromium test compares the bits.
 */
public final class Fsrs {
    /** FSRS-6 default weights w₀…w₂₀ (ts-fsrs 5.4.2 {@code default_w}). */
    public static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
        1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    public static final int WEIGHT_COUNT = 21;
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_MAX_INTERVAL_DAYS = 36500;
    public static final long MINUTE_MS = 60_000L;
    public static final long DAY_MS = 86_400_000L;
    /** Learning steps of a new card, in minutes (ts-fsrs {@code default_learning_steps}: 1m, 10m). */
    static final int[] LEARNING_STEPS_MINUTES = {1, 10};
    /** Relearning steps after a lapse, in minutes (ts-fsrs {@code default_relearning_steps}: 10m). */
    static final int[] RELEARNING_STEPS_MINUTES = {10};
    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500.0;
    static final double MIN_INITIAL_STABILITY = 0.1;
    private static final int MINUTES_PER_DAY = 1440;

    private final double[] w;
    private final int maxIntervalDays;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    /** FSRS-6 with the default weights, retention 0.9 and a 100-year cap. */
    public Fsrs() {
        this(DEFAULT_WEIGHTS, DEFAULT_RETENTION, DEFAULT_MAX_INTERVAL_DAYS);
    }

    public Fsrs(double[] weights, double desiredRetention, int maxIntervalDays) {
        if (weights == null || weights.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + WEIGHT_COUNT + " weights, got "
                    + (weights == null ? "null" : String.valueOf(weights.length)));
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1), got " + desiredRetention);
        }
        if (maxIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be ≥ 1 day, got " + maxIntervalDays);
        }
        this.w = weights.clone();
        this.maxIntervalDays = maxIntervalDays;
        this.decay = -w[20];
        this.factor = roundTo8(KMath.exp(1 / decay * KMath.log(0.9)) - 1.0);
        this.intervalModifier = roundTo8((KMath.pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    /** The forgetting curve's exponent, −w₂₀. */
    public double decay() {
        return decay;
    }

    /** F = e^{ln 0.9 / decay} − 1 (8 decimals), so that R(S, S) = 0.9. */
    public double factor() {
        return factor;
    }

    /** Days per unit of stability at the desired retention, (r^{1/decay} − 1)/F (8 decimals; 1 at r = 0.9). */
    public double intervalModifier() {
        return intervalModifier;
    }

    /**
     * x rounded to 8 decimals exactly as the reference's {@code roundTo(x, 8)} rounds it (JavaScript's
     * round of x·1e8, halves towards +∞, then /1e8), written with floor and subtraction so every
     * engine gives the same bits.
     */
    static double roundTo8(double x) {
        double scaled = x * 1e8;
        double down = Math.floor(scaled);
        double r = scaled - down >= 0.5 ? down + 1 : down;
        return r / 1e8;
    }

    /** JavaScript's rounding to an integer: the nearest one, halves towards +∞. */
    static long roundHalfUp(double x) {
        double down = Math.floor(x);
        return (long) (x - down >= 0.5 ? down + 1 : down);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.min(Math.max(v, lo), hi);
    }

    /** S₀(G) = max(w_{G−1}, 0.1). */
    public double initialStability(Grade g) {
        return Math.max(w[g.value() - 1], MIN_INITIAL_STABILITY);
    }

    /** D₀(G) = w₄ − e^{w₅(G−1)} + 1 (8 decimals, not clamped: {@link #review} clamps a new card's). */
    public double initialDifficulty(Grade g) {
        return roundTo8(w[4] - KMath.exp((g.value() - 1) * w[5]) + 1);
    }

    /** R(t, S) = (1 + F·t/S)^{decay}, 8 decimals: the probability of recall t days after a review. */
    public double retrievability(double elapsedDays, double stability) {
        return roundTo8(KMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** ΔD·(10 − D)/9 (8 decimals): changes shrink as D approaches 10. */
    public double linearDamping(double deltaD, double oldD) {
        return roundTo8(deltaD * (10 - oldD) / 9);
    }

    /** w₇·target + (1 − w₇)·current (8 decimals): pulls difficulty back towards D₀(Easy). */
    public double meanReversion(double target, double current) {
        // Both products are named so that no printer can re-associate the sum's right operand.
        double pull = w[7] * target;
        double keep = (1 - w[7]) * current;
        return roundTo8(pull + keep);
    }

    /** D′ = w₇·D₀(4) + (1 − w₇)·(D + ΔD·(10 − D)/9) with ΔD = −w₆(G − 3), clamped to [1, 10]. */
    public double nextDifficulty(double d, Grade g) {
        double deltaD = -w[6] * (g.value() - 3);
        double damped = d + linearDamping(deltaD, d);
        return clamp(meanReversion(initialDifficulty(Grade.EASY), damped), 1, 10);
    }

    /** S′ᵣ = S·(1 + e^{w₈}(11 − D)S^{−w₉}(e^{w₁₀(1−R)} − 1)·hard penalty·easy bonus), in [0.001, 36500]. */
    public double nextRecallStability(double d, double s, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? w[15] : 1;
        double easyBonus = g == Grade.EASY ? w[16] : 1;
        double growth = KMath.exp(w[8]) * (11 - d) * KMath.pow(s, -w[9]) * (KMath.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus;
        return roundTo8(clamp(s * (1 + growth), MIN_STABILITY, MAX_STABILITY));
    }

    /** S′_f = w₁₁·D^{−w₁₂}·((S + 1)^{w₁₃} − 1)·e^{w₁₄(1−R)}, in [0.001, 36500] (before the lapse cap). */
    public double nextForgetStability(double d, double s, double r) {
        double f = w[11] * KMath.pow(d, -w[12]) * (KMath.pow(s + 1, w[13]) - 1) * KMath.exp((1 - r) * w[14]);
        return roundTo8(clamp(f, MIN_STABILITY, MAX_STABILITY));
    }

    /** S after a lapse: S′_f, but never more than S/e^{w₁₇w₁₈} (a lapse does not lengthen memory). */
    public double lapseStability(double d, double s, double r) {
        double ceiling = roundTo8(s / KMath.exp(w[17] * w[18]));
        return clamp(ceiling, MIN_STABILITY, nextForgetStability(d, s, r));
    }

    /** S′ = S·S^{−w₁₉}·e^{w₁₇(G − 3 + w₁₈)} for a review on the same day; the factor is at least 1 for G ≥ 2. */
    public double shortTermStability(double s, Grade g) {
        double increase = KMath.pow(s, -w[19]) * KMath.exp(w[17] * (g.value() - 3 + w[18]));
        double masked = g.value() >= Grade.HARD.value() ? Math.max(increase, 1.0) : increase;
        return roundTo8(clamp(s * masked, MIN_STABILITY, MAX_STABILITY));
    }

    /** I(S) = round(S·interval modifier) days (halves up), clamped to [1, maximum]. */
    public int nextIntervalDays(double stability) {
        long days = roundHalfUp(stability * intervalModifier);
        return (int) Math.min(Math.max(1, days), maxIntervalDays);
    }

    /** Whole UTC calendar days from {@code from} to {@code to} (0 when the clock went backwards). */
    static long elapsedDays(long from, long to) {
        return Math.max(0, Math.floorDiv(to, DAY_MS) - Math.floorDiv(from, DAY_MS));
    }

    /** The memory state (S, D) after grade {@code g}, t days after the last review, with recall probability r. */
    private double[] nextMemory(CardState card, long t, Grade g, double r) {
        double d = card.difficulty();
        double s = card.stability();
        if (card.state() == ReviewState.NEW) {
            return new double[] {initialStability(g), clamp(initialDifficulty(g), 1, 10)};
        }
        double next;
        if (t == 0) {
            next = shortTermStability(s, g);
        } else if (g == Grade.AGAIN) {
            next = lapseStability(d, s, r);
        } else {
            next = nextRecallStability(d, s, r, g);
        }
        return new double[] {next, nextDifficulty(d, g)};
    }

    /** The state after grading {@code card} with {@code g} at time {@code now} (epoch millis, UTC). */
    public CardState review(CardState card, Grade g, long now) {
        long t = card.state() == ReviewState.NEW ? 0 : elapsedDays(card.lastReview(), now);
        int reps = card.reps() + 1;
        double r = card.state() == ReviewState.NEW ? 1 : retrievability(t, card.stability());
        if (card.state() == ReviewState.REVIEW) {
            if (g == Grade.AGAIN) {
                double[] m = nextMemory(card, t, g, r);
                return stepped(card, g, ReviewState.RELEARNING, m, reps, card.lapses() + 1, now);
            }
            // Hard, Good and Easy are scheduled together so that Hard ≤ Good < Easy by at least a day.
            int hard = nextIntervalDays(nextMemory(card, t, Grade.HARD, r)[0]);
            int good = nextIntervalDays(nextMemory(card, t, Grade.GOOD, r)[0]);
            hard = Math.min(hard, good);
            good = Math.max(good, hard + 1);
            int easy = Math.max(nextIntervalDays(nextMemory(card, t, Grade.EASY, r)[0]), good + 1);
            int days = g == Grade.HARD ? hard : g == Grade.GOOD ? good : easy;
            double[] m = nextMemory(card, t, g, r);
            return new CardState(ReviewState.REVIEW, now + days * DAY_MS, m[0], m[1], reps, card.lapses(), now, 0);
        }
        ReviewState learningState = card.state() == ReviewState.NEW ? ReviewState.LEARNING : card.state();
        return stepped(card, g, learningState, nextMemory(card, t, g, r), reps, card.lapses(), now);
    }

    /**
     * Applies the learning steps (ts-fsrs's basic strategy): the card waits the step's minutes in
     * {@code stepState}, or, when the grade has no step, graduates to REVIEW on its interval.
     */
    private CardState stepped(CardState card, Grade g, ReviewState stepState, double[] memory, int reps, int lapses,
            long now) {
        boolean relearning = card.state() == ReviewState.RELEARNING || card.state() == ReviewState.REVIEW;
        int[] steps = relearning ? RELEARNING_STEPS_MINUTES : LEARNING_STEPS_MINUTES;
        int current = card.step();
        long minutes = 0;
        int nextStep = 0;
        if (current < steps.length) {
            if (card.state() == ReviewState.REVIEW) {
                minutes = g == Grade.AGAIN ? steps[current] : 0;
            } else if (g == Grade.AGAIN) {
                minutes = steps[0];
            } else if (g == Grade.HARD) {
                minutes = steps.length == 1 ? roundHalfUp(steps[0] * 1.5) : roundHalfUp((steps[0] + steps[1]) / 2.0);
                nextStep = current;
            } else if (g == Grade.GOOD && current + 1 < steps.length) {
                minutes = steps[current + 1];
                nextStep = current + 1;
            }
        }
        if (minutes > 0 && minutes < MINUTES_PER_DAY) {
            return new CardState(stepState, now + minutes * MINUTE_MS, memory[0], memory[1], reps, lapses, now,
                    nextStep);
        }
        return new CardState(ReviewState.REVIEW, now + nextIntervalDays(memory[0]) * DAY_MS, memory[0], memory[1], reps,
                lapses, now, 0);
    }
}
