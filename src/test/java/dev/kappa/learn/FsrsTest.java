package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against its reference implementation: the fixtures are made by ts-fsrs 5.4.2 itself
 * (tools/fixtures/fsrs-reference/generate.mjs), single formulas on a grid and 2400 seeded random
 * review logs. Stability and difficulty must agree to {@value #REL} relative, states, learning
 * steps, counts and due times (hence intervals) exactly.
 */
class FsrsTest {
    /** The agreement the design asks of stability and difficulty (relative). */
    static final double REL = 1e-9;
    private final Fsrs fsrs = new Fsrs();

    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = FsrsTest.class.getResourceAsStream("/fixtures/fsrs/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name + ": run tools/fixtures/fsrs-reference/generate.mjs");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        }
    }

    /** |expected − actual| / max(1, |expected|); a failure names the input. */
    private static double close(double expected, double actual, String what) {
        double dev = Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
        if (!(dev <= REL)) {
            fail(what + ": expected " + expected + " but got " + actual);
        }
        return dev;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static Grade g(String s) {
        return Grade.of(Integer.parseInt(s));
    }

    private static final ReviewState[] STATES = {ReviewState.NEW, ReviewState.LEARNING, ReviewState.REVIEW,
        ReviewState.RELEARNING};

    @Test
    void constantsAreTheReferences() throws IOException {
        for (String[] r : csv("formulas.csv")) {
            if (r[0].equals("constant")) {
                double v = r[1].equals("decay") ? fsrs.decay() : r[1].equals("factor") ? fsrs.factor()
                        : fsrs.intervalModifier();
                assertEquals(d(r[2]), v, r[1]);
            }
        }
    }

    @Test
    void formulasMatchTheReference() throws IOException {
        List<String[]> rows = csv("formulas.csv");
        assertTrue(rows.size() > 2000, "fixture too small");
        for (String[] r : rows) {
            String what = String.join(",", r);
            switch (r[0]) {
                case "constant":
                    break;
                case "initialStability":
                    close(d(r[2]), fsrs.initialStability(g(r[1])), what);
                    break;
                case "initialDifficulty":
                    close(d(r[2]), fsrs.initialDifficulty(g(r[1])), what);
                    break;
                case "retrievability":
                    close(d(r[3]), fsrs.retrievability(d(r[1]), d(r[2])), what);
                    break;
                case "nextIntervalDays":
                    assertEquals(Integer.parseInt(r[2]), fsrs.nextIntervalDays(d(r[1])), what);
                    break;
                case "shortTermStability":
                    close(d(r[3]), fsrs.shortTermStability(d(r[1]), g(r[2])), what);
                    break;
                case "nextDifficulty":
                    close(d(r[3]), fsrs.nextDifficulty(d(r[1]), g(r[2])), what);
                    break;
                case "nextRecallStability":
                    close(d(r[5]), fsrs.nextRecallStability(d(r[1]), d(r[2]), d(r[3]), g(r[4])), what);
                    break;
                case "nextForgetStability":
                    close(d(r[4]), fsrs.nextForgetStability(d(r[1]), d(r[2]), d(r[3])), what);
                    break;
                default:
                    fail("unknown fixture row " + what);
            }
        }
    }

    /**
     * Every log is replayed from its first card state with our scheduler alone (each review starts from
     * our own previous result, so a deviation would compound): state, due time, learning step, reps,
     * lapses and last review must be the reference's exactly, stability and difficulty to 1e-9.
     */
    @Test
    void randomReviewLogsMatchTheReference() throws IOException {
        Replay replay = replay(csv("reviews.csv"));
        assertTrue(replay.logs >= 2000 && replay.reviews >= 20000, replay.logs + " logs, " + replay.reviews + " reviews");
        assertTrue(replay.worst <= REL, "worst relative deviation " + replay.worst);
    }

    /** The outcome of replaying the reference's logs: how many, and the worst S/D deviation seen. */
    static final class Replay {
        int logs;
        int reviews;
        double worst;
        String worstAt = "";
    }

    static Replay replay(List<String[]> rows) {
        Fsrs fsrs = new Fsrs();
        Replay out = new Replay();
        CardState card = null;
        for (String[] r : rows) {
            if (r[0].equals("card")) {
                card = new CardState(STATES[Integer.parseInt(r[2])], Long.parseLong(r[3]), d(r[4]), d(r[5]),
                        Integer.parseInt(r[7]), Integer.parseInt(r[8]), Long.parseLong(r[9]), Integer.parseInt(r[6]));
                out.logs++;
                continue;
            }
            long now = Long.parseLong(r[2]);
            CardState before = card;
            card = fsrs.review(card, g(r[3]), now);
            String what = "log " + r[1] + ", review at " + now + " graded " + r[3] + " from [" + before + "]: got [" + card
                    + "], reference " + String.join(",", r);
            assertEquals(STATES[Integer.parseInt(r[4])], card.state(), what);
            assertEquals(Long.parseLong(r[5]), card.due(), what);
            assertEquals(Integer.parseInt(r[8]), card.step(), what);
            assertEquals(Integer.parseInt(r[9]), card.reps(), what);
            assertEquals(Integer.parseInt(r[10]), card.lapses(), what);
            assertEquals(Long.parseLong(r[11]), card.lastReview(), what);
            double dev = Math.max(close(d(r[6]), card.stability(), what + " stability"),
                    close(d(r[7]), card.difficulty(), what + " difficulty"));
            if (dev > out.worst) {
                out.worst = dev;
                out.worstAt = what;
            }
            out.reviews++;
        }
        return out;
    }

    @Test
    void handDerivedIdentities() {
        // R(S, S) = (1 + F)^decay = 0.9 up to the 8-decimal rounding of F.
        assertEquals(0.9, fsrs.retrievability(7, 7), 1e-8);
        assertEquals(1.0, fsrs.retrievability(0, 3));
        // At r = 0.9 the interval is round(S): a new card graded Easy waits round(w₃) = round(8.2956) = 8 days.
        assertEquals(1.0, fsrs.intervalModifier());
        long t0 = 1_700_000_000_000L;
        assertEquals(t0 + 8 * Fsrs.DAY_MS, fsrs.review(CardState.fresh(t0), Grade.EASY, t0).due());
        // D₀(1) = w₄ − e⁰ + 1 = w₄.
        assertEquals(6.4133, fsrs.initialDifficulty(Grade.AGAIN), 1e-12);
        // Recall at R = 1 (no time passed) leaves S unchanged: e^{w₁₀·0} − 1 = 0.
        assertEquals(5.0, fsrs.nextRecallStability(5, 5, 1, Grade.GOOD));
        // The learning steps: Again 1 min, Hard 6 min (the mean of 1 and 10), Good 10 min.
        assertEquals(t0 + Fsrs.MINUTE_MS, fsrs.review(CardState.fresh(t0), Grade.AGAIN, t0).due());
        assertEquals(t0 + 6 * Fsrs.MINUTE_MS, fsrs.review(CardState.fresh(t0), Grade.HARD, t0).due());
        CardState good = fsrs.review(CardState.fresh(t0), Grade.GOOD, t0);
        assertEquals(t0 + 10 * Fsrs.MINUTE_MS, good.due());
        assertEquals(1, good.step());
        assertEquals(ReviewState.REVIEW, fsrs.review(good, Grade.GOOD, good.due()).state());
    }

    @Test
    void roundingIsJavaScriptsHalfUp() {
        assertEquals(1.00000001, Fsrs.roundTo8(1.000000005));
        assertEquals(-2, Fsrs.roundHalfUp(-2.5));
        assertEquals(3, Fsrs.roundHalfUp(2.5));
        assertEquals(0, Fsrs.roundHalfUp(0.49999999999999994));
    }

    @Test
    void elapsedDaysAreUtcCalendarDays() {
        long midnight = 19_700L * Fsrs.DAY_MS;
        assertEquals(1, Fsrs.elapsedDays(midnight - 1, midnight));
        assertEquals(0, Fsrs.elapsedDays(midnight, midnight + Fsrs.DAY_MS - 1));
        assertEquals(0, Fsrs.elapsedDays(midnight, midnight - 5), "a clock that went backwards counts as no time");
    }

    @Test
    void lowerRetentionMeansLongerIntervals() {
        Fsrs relaxed = new Fsrs(Fsrs.DEFAULT_WEIGHTS, 0.8, 36500);
        assertTrue(relaxed.intervalModifier() > 2, "modifier " + relaxed.intervalModifier());
        assertTrue(relaxed.nextIntervalDays(10) > fsrs.nextIntervalDays(10));
        assertEquals(36500, relaxed.nextIntervalDays(1e9));
    }

    @Test
    void gradesOrderIntervals() {
        long t0 = 1_700_000_000_000L;
        CardState start = fsrs.review(CardState.fresh(t0), Grade.EASY, t0);
        long later = start.due();
        long hard = fsrs.review(start, Grade.HARD, later).due();
        long good = fsrs.review(start, Grade.GOOD, later).due();
        long easy = fsrs.review(start, Grade.EASY, later).due();
        assertTrue(hard < good && good < easy, "hard " + hard + " good " + good + " easy " + easy);
        CardState lapsed = fsrs.review(start, Grade.AGAIN, later);
        assertEquals(ReviewState.RELEARNING, lapsed.state());
        assertEquals(1, lapsed.lapses());
        assertTrue(lapsed.stability() <= start.stability());
    }

    /** Engine-identical by construction: no transcendental from the browser's Math (see the class doc). */
    @Test
    void schedulerUsesNoBrowserTranscendentals() throws IOException {
        String src = java.nio.file.Files.readString(java.nio.file.Paths.get("src/main/java/dev/kappa/learn/Fsrs.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![K.\\w])Math\\.(exp|pow|log|log10|sin|cos|round)\\(")
                .matcher(src);
        boolean found = m.find();
        assertTrue(!found, "Fsrs calls java.lang.Math." + (found ? m.group(1) : "") + ": use KMath or the own rounding");
        assertTrue(src.contains("KMath.exp(") && src.contains("KMath.pow("), "Fsrs uses KMath");
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(new double[19], 0.9, 100));
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(Fsrs.DEFAULT_WEIGHTS, 1.0, 100));
        assertThrows(IllegalArgumentException.class, () -> Grade.of(5));
    }
}
