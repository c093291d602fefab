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
 * FSRS-5 against values computed by tools/fixtures/fsrs_fixtures.py (an independent Python
 * transcription of the published formulas), plus a few hand-derived identities.
 */
class FsrsTest {
    private static final double REL = 1e-12;
    private final Fsrs fsrs = new Fsrs();

    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = FsrsTest.class.getResourceAsStream("/fixtures/fsrs/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name + ": run python3 tools/fixtures/fsrs_fixtures.py");
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

    private static void close(double expected, double actual, String what) {
        double err = Math.abs(expected - actual);
        if (err > REL * Math.max(1, Math.abs(expected))) {
            fail(what + ": expected " + expected + " but got " + actual);
        }
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void formulasMatchTheReference() throws IOException {
        List<String[]> rows = csv("formulas.csv");
        assertTrue(rows.size() > 50, "fixture too small");
        for (String[] r : rows) {
            String what = String.join(",", r);
            switch (r[0]) {
                case "initialStability":
                    close(d(r[2]), fsrs.initialStability(Grade.of(Integer.parseInt(r[1]))), what);
                    break;
                case "initialDifficulty":
                    close(d(r[2]), fsrs.initialDifficulty(Grade.of(Integer.parseInt(r[1]))), what);
                    break;
                case "retrievability":
                    close(d(r[3]), fsrs.retrievability(d(r[1]), d(r[2])), what);
                    break;
                case "nextDifficulty":
                    close(d(r[3]), fsrs.nextDifficulty(d(r[1]), Grade.of(Integer.parseInt(r[2]))), what);
                    break;
                case "nextRecallStability":
                    close(d(r[5]), fsrs.nextRecallStability(d(r[1]), d(r[2]), d(r[3]), Grade.of(Integer.parseInt(r[4]))), what);
                    break;
                case "nextForgetStability":
                    close(d(r[4]), fsrs.nextForgetStability(d(r[1]), d(r[2]), d(r[3])), what);
                    break;
                case "shortTermStability":
                    close(d(r[3]), fsrs.shortTermStability(d(r[1]), Grade.of(Integer.parseInt(r[2]))), what);
                    break;
                case "nextIntervalDays":
                    assertEquals(Integer.parseInt(r[2]), fsrs.nextIntervalDays(d(r[1])), what);
                    break;
                default:
                    fail("unknown fixture row " + what);
            }
        }
    }

    @Test
    void scenariosMatchTheReference() throws IOException {
        CardState card = null;
        String scenario = "";
        for (String[] r : csv("scenarios.csv")) {
            if (!r[0].equals(scenario)) {
                scenario = r[0];
                card = CardState.fresh(Long.parseLong(r[3]));
            }
            long now = Long.parseLong(r[3]);
            card = fsrs.review(card, Grade.of(Integer.parseInt(r[2])), now);
            String what = scenario + " step " + r[1] + ": " + card;
            assertEquals(ReviewState.fromWord(r[4]), card.state(), what);
            assertEquals(Long.parseLong(r[5]), card.due(), what);
            close(d(r[6]), card.stability(), what + " stability");
            close(d(r[7]), card.difficulty(), what + " difficulty");
            assertEquals(Integer.parseInt(r[8]), card.reps(), what);
            assertEquals(Integer.parseInt(r[9]), card.lapses(), what);
            assertEquals(Long.parseLong(r[10]), card.lastReview(), what);
        }
    }

    @Test
    void handDerivedIdentities() {
        // R(S, S) = (1 + 19/81)^(-1/2) = sqrt(81/100) = 0.9 exactly in real arithmetic.
        close(0.9, fsrs.retrievability(7, 7), "R(S,S)");
        close(1.0, fsrs.retrievability(0, 3), "R(0,S)");
        // With r = 0.9, I = S/F·(0.9^-2 − 1) = S/F·F = S.
        assertEquals(16, fsrs.nextIntervalDays(15.69105));
        // D₀(1) = w₄ − e⁰ + 1 = w₄.
        close(7.1949, fsrs.initialDifficulty(Grade.AGAIN), "D0(Again)");
        // D₀(4) = 7.1949 − e^{3·0.5345} + 1 = 8.1949 − 4.96454... 
        close(8.1949 - Math.exp(1.6035), fsrs.initialDifficulty(Grade.EASY), "D0(Easy)");
        // Good leaves difficulty at D except for mean reversion: D'' = w₇·D₀(4) + (1−w₇)·D.
        double d = 6;
        close(0.0046 * fsrs.initialDifficulty(Grade.EASY) + 0.9954 * d, fsrs.nextDifficulty(d, Grade.GOOD), "Good");
        // Recall at R = 1 (reviewed instantly) leaves S unchanged: e^{w₁₀·0} − 1 = 0.
        close(5.0, fsrs.nextRecallStability(5, 5, 1, Grade.GOOD), "S'r at R=1");
    }

    @Test
    void lowerRetentionMeansLongerIntervals() {
        Fsrs relaxed = new Fsrs(Fsrs.DEFAULT_WEIGHTS, 0.8, 36500);
        // I = S/F·(0.8^-2 − 1) = S·(81/19)·0.5625 ≈ 2.398·S.
        assertEquals(Math.round(10 * 81.0 / 19 * 0.5625), relaxed.nextIntervalDays(10));
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![K.\\w])Math\\.(exp|pow|log|log10|sin|cos)\\(")
                .matcher(src);
        boolean found = m.find();
        assertTrue(!found, "Fsrs calls java.lang.Math." + (found ? m.group(1) : "") + ": use KMath");
        assertTrue(src.contains("KMath.exp(") && src.contains("KMath.pow("), "Fsrs uses KMath");
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(new double[3], 0.9, 100));
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(Fsrs.DEFAULT_WEIGHTS, 1.0, 100));
        assertThrows(IllegalArgumentException.class, () -> Grade.of(5));
    }
}
