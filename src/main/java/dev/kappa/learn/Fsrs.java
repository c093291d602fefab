package dev.kappa.learn;

import dev.kappa.linalg.KMath;

/**
 * The FSRS-5 spaced-repetition scheduler, implemented from the published formulas
 * (open-spaced-repetition, "The Algorithm", section FSRS-5; py-fsrs {@code ALGORITHM.md}) with
 * the FSRS-5 default weights w₀…w₁₈ shipped by py-fsrs 4.x and fsrs-rs:
 * <pre>
 * 0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
 * 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621
 * </pre>
 * Formulas (G = 1…4 for Again…Easy, t = whole days since the last review):
 * <ul>
 * <li>initial stability S₀(G) = w_{G−1}</li>
 * <li>initial difficulty D₀(G) = w₄ − e^{w₅(G−1)} + 1, clamped to [1, 10]</li>
 * <li>retrievability R(t, S) = (1 + F·t/S)^{DECAY}, DECAY = −0.5, F = 0.9^{1/DECAY} − 1 = 19/81</li>
 * <li>next difficulty: ΔD = −w₆(G − 3); D′ = D + ΔD·(10 − D)/9 (linear damping);
 *     D″ = w₇·D₀(4) + (1 − w₇)·D′ (mean reversion), clamped to [1, 10]</li>
 * <li>recall stability S′ᵣ = S·(1 + e^{w₈}(11 − D)S^{−w₉}(e^{w₁₀(1−R)} − 1)·w₁₅[G=2]·w₁₆[G=4])</li>
 * <li>forget stability S′_f = w₁₁·D^{−w₁₂}((S + 1)^{w₁₃} − 1)e^{w₁₄(1−R)}, capped at S (a lapse
 *     never lengthens memory; our safeguard, the formula alone can exceed S for tiny S)</li>
 * <li>same-day (short-term) stability S′ = S·e^{w₁₇(G − 3 + w₁₈)}</li>
 * <li>interval I(r, S) = S/F·(r^{1/DECAY} − 1) days, rounded half up, clamped to [1, maximum]</li>
 * </ul>
 * Desired retention r = 0.9 by default (then I = S); fuzz is not applied, so every schedule is
 * reproducible. State machine: a new card rated Again/Hard/Good goes to LEARNING and returns
 * in 1/5/10 minutes, Easy goes straight to REVIEW; in LEARNING/RELEARNING, Again and Hard stay
 * (5/10 minutes), Good/Easy graduate to REVIEW; in REVIEW, Again is a lapse (RELEARNING in
 * 10 minutes) and the other grades schedule the next interval. A review less than a day after
 * the previous one uses the short-term stability formula, as FSRS-5 does for same-day reviews.
 *
 * <p>Every result is the same on the JVM, in WasmGC and in JavaScript by construction: exp and
 * pow come from {@link KMath} (IEEE-exact operations only, not the browser's {@code Math}), the
 * retrievability power −½ is a square root, and the interval uses 1/r² instead of a power. A
 * stored stability that differed in its last bit between engines would otherwise compound over
 * reviews and could move a due date across a day boundary. The browser self-check
 * ({@code SelfTestSuite}) fingerprints a review sequence so the Chromium test compares the bits.
 */
public final class Fsrs {
    /** FSRS-5 default weights w₀…w₁₈ (py-fsrs 4.x / fsrs-rs DEFAULT_PARAMETERS). */
    public static final double[] DEFAULT_WEIGHTS = {0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604,
        0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621};

    public static final double DECAY = -0.5;
    /** F = 0.9^{1/DECAY} − 1 = 19/81, so that R(S, S) = 0.9. */
    public static final double FACTOR = 19.0 / 81.0;
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_MAX_INTERVAL_DAYS = 36500;
    public static final long MINUTE_MS = 60_000L;
    public static final long DAY_MS = 86_400_000L;
    private static final double MIN_STABILITY = 0.01;
    private static final double TIE_SLACK = 1e-9;

    private final double[] w;
    private final double retention;
    private final int maxIntervalDays;

    /** FSRS-5 with the default weights, retention 0.9 and a 100-year cap. */
    public Fsrs() {
        this(DEFAULT_WEIGHTS, DEFAULT_RETENTION, DEFAULT_MAX_INTERVAL_DAYS);
    }

    public Fsrs(double[] weights, double desiredRetention, int maxIntervalDays) {
        if (weights == null || weights.length != 19) {
            throw new IllegalArgumentException("FSRS-5 needs 19 weights, got "
                    + (weights == null ? "null" : String.valueOf(weights.length)));
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1), got " + desiredRetention);
        }
        if (maxIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be ≥ 1 day, got " + maxIntervalDays);
        }
        this.w = weights.clone();
        this.retention = desiredRetention;
        this.maxIntervalDays = maxIntervalDays;
    }

    /** S₀(G) = w_{G−1}. */
    public double initialStability(Grade g) {
        return Math.max(w[g.value() - 1], MIN_STABILITY);
    }

    /** D₀(G) = w₄ − e^{w₅(G−1)} + 1, clamped to [1, 10]. */
    public double initialDifficulty(Grade g) {
        return clampDifficulty(rawInitialDifficulty(g));
    }

    private double rawInitialDifficulty(Grade g) {
        return w[4] - KMath.exp(w[5] * (g.value() - 1)) + 1;
    }

    /**
     * R(t, S) = (1 + F·t/S)^{−0.5} = 1/√(1 + F·t/S): the probability of recall t days after a review
     * (DECAY = −½ makes the power a square root, which IEEE rounds exactly on every engine).
     */
    public double retrievability(double elapsedDays, double stability) {
        return 1 / Math.sqrt(1 + FACTOR * elapsedDays / stability);
    }

    /** D′ = D + ΔD·(10 − D)/9 with ΔD = −w₆(G − 3): changes shrink as D approaches 10. */
    public double linearDamping(double d, Grade g) {
        double delta = -w[6] * (g.value() - 3);
        return d + delta * (10 - d) / 9;
    }

    /** w₇·target + (1 − w₇)·current: pulls difficulty back towards D₀(Easy). */
    public double meanReversion(double target, double current) {
        return w[7] * target + (1 - w[7]) * current;
    }

    /** D″ = w₇·D₀(4) + (1 − w₇)·(D + ΔD·(10 − D)/9), clamped to [1, 10]. */
    public double nextDifficulty(double d, Grade g) {
        return clampDifficulty(meanReversion(initialDifficulty(Grade.EASY), linearDamping(d, g)));
    }

    /** S′ᵣ = S·(1 + e^{w₈}(11 − D)S^{−w₉}(e^{w₁₀(1−R)} − 1)·hard penalty·easy bonus). */
    public double nextRecallStability(double d, double s, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? w[15] : 1;
        double easyBonus = g == Grade.EASY ? w[16] : 1;
        return s * (1 + KMath.exp(w[8]) * (11 - d) * KMath.pow(s, -w[9]) * (KMath.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /** S′_f = w₁₁·D^{−w₁₂}·((S + 1)^{w₁₃} − 1)·e^{w₁₄(1−R)}, capped at S. */
    public double nextForgetStability(double d, double s, double r) {
        double f = w[11] * KMath.pow(d, -w[12]) * (KMath.pow(s + 1, w[13]) - 1) * KMath.exp(w[14] * (1 - r));
        return Math.max(MIN_STABILITY, Math.min(f, s));
    }

    /** S′ = S·e^{w₁₇(G − 3 + w₁₈)}: stability after a review on the same day. */
    public double shortTermStability(double s, Grade g) {
        return Math.max(MIN_STABILITY, s * KMath.exp(w[17] * (g.value() - 3 + w[18])));
    }

    /** I(r, S) = S/F·(r^{1/DECAY} − 1), rounded half up (ties within 1e-9 up), clamped to [1, maximum] days. */
    public int nextIntervalDays(double stability) {
        // With DECAY = −1/2, r^{1/DECAY} = 1/r²: no transcendental, so every engine agrees.
        double days = stability / FACTOR * (1 / (retention * retention) - 1);
        // Ties (S = 2.5 at r = 0.9 lands a few ulps either side of 2.5) round up, on every engine.
        long rounded = (long) Math.floor(days + 0.5 + TIE_SLACK);
        return (int) Math.max(1, Math.min(maxIntervalDays, rounded));
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }

    /** The state after grading {@code card} with {@code g} at time {@code now} (epoch millis). */
    public CardState review(CardState card, Grade g, long now) {
        int reps = card.reps() + 1;
        if (card.state() == ReviewState.NEW) {
            double s = initialStability(g);
            double d = initialDifficulty(g);
            if (g == Grade.EASY) {
                return scheduled(ReviewState.REVIEW, s, d, reps, card.lapses(), now);
            }
            long wait = g == Grade.AGAIN ? 1 : g == Grade.HARD ? 5 : 10;
            return new CardState(ReviewState.LEARNING, now + wait * MINUTE_MS, s, d, reps, card.lapses(), now);
        }
        long elapsedMs = Math.max(0, now - card.lastReview());
        long elapsedDays = elapsedMs / DAY_MS;
        double s = card.stability();
        double d = nextDifficulty(card.difficulty(), g);
        boolean sameDay = elapsedDays < 1;
        if (card.state() == ReviewState.REVIEW) {
            double r = retrievability(elapsedDays, s);
            if (g == Grade.AGAIN) {
                double sf = sameDay ? shortTermStability(s, g) : nextForgetStability(card.difficulty(), s, r);
                return new CardState(ReviewState.RELEARNING, now + 10 * MINUTE_MS, Math.min(sf, s), d, reps,
                        card.lapses() + 1, now);
            }
            double next = sameDay ? shortTermStability(s, g) : nextRecallStability(card.difficulty(), s, r, g);
            return scheduled(ReviewState.REVIEW, next, d, reps, card.lapses(), now);
        }
        // LEARNING or RELEARNING.
        double next;
        if (sameDay) {
            next = shortTermStability(s, g);
        } else {
            double r = retrievability(elapsedDays, s);
            next = g == Grade.AGAIN ? nextForgetStability(card.difficulty(), s, r)
                    : nextRecallStability(card.difficulty(), s, r, g);
        }
        if (g == Grade.AGAIN || g == Grade.HARD) {
            long wait = g == Grade.AGAIN ? 5 : 10;
            return new CardState(card.state(), now + wait * MINUTE_MS, next, d, reps, card.lapses(), now);
        }
        return scheduled(ReviewState.REVIEW, next, d, reps, card.lapses(), now);
    }

    private CardState scheduled(ReviewState state, double s, double d, int reps, int lapses, long now) {
        return new CardState(state, now + nextIntervalDays(s) * DAY_MS, s, d, reps, lapses, now);
    }
}
