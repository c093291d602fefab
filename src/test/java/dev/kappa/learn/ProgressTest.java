package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long T0 = 1_700_000_000_000L;
    private final Fsrs fsrs = new Fsrs();

    private Progress sample() {
        Progress p = new Progress();
        p.review(fsrs, "ridge", "closed-form", Grade.GOOD, T0);
        p.review(fsrs, "ridge", "closed-form", Grade.GOOD, T0 + 600_000);
        p.review(fsrs, "conditioning", "kappa", Grade.EASY, T0);
        p.recordQuiz("conditioning", 7, 10, T0);
        p.recordQuiz("conditioning", 9, 10, T0 + 1000);
        p.recordExercise("max-step", true, T0);
        p.recordExercise("max-step", true, T0 + 1);
        p.recordExercise("max-step", false, T0 + 2);
        p.visitLab("quadratic-gd", T0);
        p.visitLab("quadratic-gd", T0 + 5);
        return p;
    }

    @Test
    void encodeDecodeRoundTrips() {
        Progress p = sample();
        String text = ProgressCodec.encode(p, T0 + 10);
        assertTrue(text.startsWith("{\"version\":2,"), text);
        ProgressLoad load = ProgressCodec.decode(text);
        assertEquals(ProgressLoad.Outcome.LOADED, load.outcome(), String.valueOf(load.reason()));
        assertFalse(load.mustKeepAside());
        assertEquals(p, load.progress());
        assertEquals(text, ProgressCodec.encode(load.progress(), T0 + 10));
    }

    @Test
    void modelRecordsWhatHappened() {
        Progress p = sample();
        assertEquals(9, p.quizzes().get("conditioning").best());
        assertEquals(2, p.quizzes().get("conditioning").attempts());
        assertEquals(0, p.exercises().get("max-step").streak());
        assertEquals(2, p.exercises().get("max-step").bestStreak());
        assertEquals(3, p.exercises().get("max-step").attempts());
        assertEquals(2, p.labs().get("quadratic-gd").visits());
        assertEquals(ReviewState.REVIEW, p.cards().get("ridge/closed-form").state());
    }

    @Test
    void dueCountsFollowTheSchedule() {
        Deck deck = ContentParser.parseDeck("decks/ridge.md", "---\ntitle: R\ntopic: regularization\nsummary: S\n---\n"
                + "### closed-form\nQ: q\nA: a\n### other\nQ: q\nA: a\n");
        Progress p = new Progress();
        assertEquals(0, p.dueCount(deck, T0), "never-seen cards are new, not due");
        assertEquals(2, p.newCount(deck));
        CardState s = p.review(fsrs, "ridge", "closed-form", Grade.EASY, T0);
        assertEquals(0, p.dueCount(deck, T0 + 1));
        assertEquals(1, p.newCount(deck));
        assertEquals(1, p.dueCount(deck, s.due()));
    }

    @Test
    void emptyStorageGivesFreshProgress() {
        for (String raw : new String[] {null, ""}) {
            ProgressLoad load = ProgressCodec.decode(raw);
            assertEquals(ProgressLoad.Outcome.EMPTY, load.outcome());
            assertTrue(load.progress().isEmpty());
            assertFalse(load.mustKeepAside());
        }
    }

    @Test
    void corruptDataIsKeptAsideNotOverwritten() {
        String[] corrupt = {"{\"version\":1,\"cards\":{", "not json", "[1,2,3]", "42", "{\"version\":\"one\"}",
            "{\"version\":1.5}", "\u0000\u0001", "{\"version\":-1}", "   "};
        for (String raw : corrupt) {
            ProgressLoad load = ProgressCodec.decode(raw);
            assertEquals(ProgressLoad.Outcome.KEPT_ASIDE, load.outcome(), "for " + raw);
            assertTrue(load.mustKeepAside());
            assertEquals(raw, load.rawToKeepAside());
            assertTrue(load.reason().startsWith("kept aside: "), load.reason());
            assertTrue(load.progress().isEmpty());
        }
    }

    @Test
    void futureVersionIsKeptAside() {
        ProgressLoad load = ProgressCodec.decode("{\"version\":7,\"cards\":{},\"shiny\":true}");
        assertEquals(ProgressLoad.Outcome.KEPT_ASIDE, load.outcome());
        assertEquals(7, load.storedVersion());
        assertTrue(load.reason().contains("version 7"), load.reason());
        assertTrue(load.reason().contains("newer"), load.reason());
        assertTrue(ProgressCodec.asideKey(T0).startsWith(ProgressCodec.STORAGE_KEY + ".aside."));
    }

    @Test
    void badEntriesAreSalvagedAndTheOriginalKept() {
        String raw = "{\"version\":2,\"cards\":{"
                + "\"a/ok\":{\"state\":\"review\",\"due\":5,\"stability\":3,\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1,\"step\":0},"
                + "\"a/bad\":{\"state\":\"review\",\"due\":5,\"stability\":\"x\",\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1,\"step\":0},"
                + "\"a/weird\":{\"state\":\"sleeping\",\"due\":5,\"stability\":3,\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1,\"step\":0}},"
                + "\"quizzes\":{\"q\":{\"best\":11,\"total\":10,\"attempts\":1,\"at\":0}},"
                + "\"labs\":[\"not\",\"an\",\"object\"]}";
        ProgressLoad load = ProgressCodec.decode(raw);
        assertEquals(ProgressLoad.Outcome.SALVAGED, load.outcome());
        assertTrue(load.mustKeepAside());
        assertEquals(1, load.progress().cards().size());
        assertNotNull(load.progress().cards().get("a/ok"));
        assertEquals(4, load.problems().size(), load.problems().toString());
        assertTrue(load.problems().contains("cards.a/bad: stability is not a number"), load.problems().toString());
    }

    @Test
    void fabricatedVersionZeroRecordMigrates() {
        String v0 = "{\"cards\":[{\"deck\":\"ridge\",\"card\":\"closed-form\",\"state\":\"review\",\"due\":1700086400000,"
                + "\"s\":3.173,\"d\":5.28,\"reps\":2,\"lapses\":0,\"last\":1700000000000}],"
                + "\"quizzes\":{\"conditioning\":{\"score\":6,\"of\":10}},"
                + "\"labsVisited\":[\"min-norm\",\"poly-fit\"]}";
        ProgressLoad load = ProgressCodec.decode(v0);
        assertEquals(ProgressLoad.Outcome.MIGRATED, load.outcome(), String.valueOf(load.reason()));
        assertEquals(0, load.storedVersion());
        assertTrue(load.mustKeepAside());
        Progress p = load.progress();
        CardState c = p.cards().get("ridge/closed-form");
        assertEquals(new CardState(ReviewState.REVIEW, 1700086400000L, 3.173, 5.28, 2, 0, 1700000000000L, 0), c);
        assertEquals(new QuizRecord(6, 10, 1, 0), p.quizzes().get("conditioning"));
        assertEquals(2, p.labs().size());
        assertTrue(p.exercises().isEmpty());
        // Migrated progress re-encodes as current version and then loads cleanly.
        assertEquals(ProgressLoad.Outcome.LOADED, ProgressCodec.decode(ProgressCodec.encode(p, T0)).outcome());
        // An explicit version 0 is the same format.
        assertEquals(ProgressLoad.Outcome.MIGRATED, ProgressCodec.decode(v0.replace("{\"cards\"", "{\"version\":0,\"cards\"")).outcome());
    }

    /** A record as the FSRS-5 app (format version 1) wrote it, with a card in each state. */
    static final String V1 = "{\"version\":1,\"savedAt\":1700000500000,\"cards\":{"
            + "\"ridge/closed-form\":{\"state\":\"review\",\"due\":1700864000000,\"stability\":10.0231,"
            + "\"difficulty\":5.11,\"reps\":3,\"lapses\":0,\"last\":1700000000000},"
            + "\"ridge/lasso\":{\"state\":\"learning\",\"due\":1700000600000,\"stability\":3.173,"
            + "\"difficulty\":5.28,\"reps\":1,\"lapses\":0,\"last\":1700000000000},"
            + "\"curvature/saddle\":{\"state\":\"relearning\",\"due\":1700000600000,\"stability\":0.8,"
            + "\"difficulty\":8.9,\"reps\":6,\"lapses\":2,\"last\":1700000000000}},"
            + "\"quizzes\":{\"conditioning\":{\"best\":7,\"total\":10,\"attempts\":2,\"at\":1699999000000}},"
            + "\"exercises\":{\"gd-step\":{\"streak\":2,\"bestStreak\":4,\"attempts\":9,\"correct\":6,"
            + "\"last\":1699999999000}},"
            + "\"labs\":{\"min-norm\":{\"visits\":3,\"first\":1699990000000,\"last\":1699999000000}}}";

    @Test
    void fabricatedVersionOneRecordMigratesAndKeepsScheduling() {
        ProgressLoad load = ProgressCodec.decode(V1);
        assertEquals(ProgressLoad.Outcome.MIGRATED, load.outcome(), String.valueOf(load.reason()));
        assertEquals(1, load.storedVersion());
        assertTrue(load.mustKeepAside(), "the FSRS-5 original is kept aside");
        Progress p = load.progress();
        assertEquals(new CardState(ReviewState.REVIEW, 1700864000000L, 10.0231, 5.11, 3, 0, 1700000000000L, 0),
                p.cards().get("ridge/closed-form"));
        assertEquals(new CardState(ReviewState.LEARNING, 1700000600000L, 3.173, 5.28, 1, 0, 1700000000000L, 0),
                p.cards().get("ridge/lasso"));
        assertEquals(2, p.cards().get("curvature/saddle").lapses());
        assertEquals(new QuizRecord(7, 10, 2, 1699999000000L), p.quizzes().get("conditioning"));
        assertEquals(new ExerciseRecord(2, 4, 9, 6, 1699999999000L), p.exercises().get("gd-step"));
        assertEquals(3, p.labs().get("min-norm").visits());
        assertTrue(p.reviews().isEmpty(), "version 1 kept no histories");
        // The migrated cards go on under FSRS-6: the learning card finishes its steps, the review card is scheduled.
        Fsrs fsrs = new Fsrs();
        CardState lasso = p.review(fsrs, "ridge", "lasso", Grade.GOOD, 1700000600000L);
        assertEquals(ReviewState.LEARNING, lasso.state(), "step 0 → the 10-minute step");
        assertEquals(1, lasso.step());
        CardState ridge = p.review(fsrs, "ridge", "closed-form", Grade.GOOD, 1700864000000L);
        assertEquals(ReviewState.REVIEW, ridge.state());
        assertTrue(ridge.stability() > 10.0231, "a successful on-time review grows stability: " + ridge);
        // Saved again, it is a version-2 record that loads cleanly.
        String again = ProgressCodec.encode(p, 1700864000001L);
        assertTrue(again.startsWith("{\"version\":2,"), again);
        ProgressLoad reloaded = ProgressCodec.decode(again);
        assertEquals(ProgressLoad.Outcome.LOADED, reloaded.outcome(), String.valueOf(reloaded.reason()));
        assertEquals(p, reloaded.progress());
    }

    @Test
    void aVersionTwoCardWithoutItsStepIsSalvaged() {
        String raw = V1.replace("{\"version\":1,", "{\"version\":2,");
        ProgressLoad load = ProgressCodec.decode(raw);
        assertEquals(ProgressLoad.Outcome.SALVAGED, load.outcome());
        assertEquals(3, load.problems().size(), load.problems().toString());
        assertTrue(load.problems().get(0).endsWith("step is not a number"), load.problems().toString());
    }

    @Test
    void reviewHistoriesAreKeptCappedStoredAndMerged() {
        Progress p = new Progress();
        for (int k = 0; k < Progress.LOG_LIMIT + 5; k++) {
            p.review(fsrs, "d", "c", Grade.GOOD, T0 + k * 1000L);
        }
        p.review(fsrs, "d", "x", new ReviewEntry(T0 + 99, Grade.AGAIN, 4200, 12345, "−√5, √5", false));
        assertEquals(Progress.LOG_LIMIT, p.history("d", "c").size());
        assertEquals(T0 + 5000L, p.history("d", "c").get(0).at(), "the oldest entries go first");
        ReviewEntry ex = p.history("d", "x").get(0);
        assertEquals(12345, ex.seed());
        assertEquals("−√5, √5", ex.answer());
        String text = ProgressCodec.encode(p, T0);
        assertTrue(text.contains("\"reviews\":{\"d/c\":[{\"at\":" + (T0 + 5000L) + ",\"grade\":3,\"ms\":-1}"), text);
        assertTrue(text.contains("{\"at\":" + (T0 + 99) + ",\"grade\":1,\"ms\":4200,\"seed\":12345,"
                + "\"answer\":\"−√5, √5\",\"correct\":false}"), text);
        assertEquals(p, ProgressCodec.decode(text).progress());

        Progress other = new Progress();
        other.review(fsrs, "d", "x", new ReviewEntry(T0 + 50, Grade.GOOD, 3000, 7, "1, 2", true));
        ProgressMerge m = ProgressMerge.of(p, other);
        List<ReviewEntry> merged = m.merged().history("d", "x");
        assertEquals(2, merged.size());
        assertEquals(7, merged.get(0).seed(), "histories merge in time order");
        assertEquals(m.merged(), ProgressMerge.of(m.merged(), other).merged(), "merging twice changes nothing");
        assertTrue(ProgressMerge.of(m.merged(), other).changes().isEmpty());
    }

    @Test
    void brokenVersionZeroIsKeptAside() {
        ProgressLoad load = ProgressCodec.decode("{\"version\":0,\"cards\":[42]}");
        assertEquals(ProgressLoad.Outcome.KEPT_ASIDE, load.outcome());
        assertTrue(load.reason().contains("migrate"), load.reason());
    }

    @Test
    void migrationStepsAreOrderedAndReachTheCurrentVersion() {
        List<ProgressMigrations.Step> steps = ProgressMigrations.steps();
        assertEquals(ProgressCodec.VERSION, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i, steps.get(i).from());
        }
    }

    @Test
    void labVisitsAreCountedStoredAndMerged() {
        Progress p = new Progress();
        p.visitLab("min-norm", T0);
        p.visitLab("min-norm", T0 + 60_000);
        LabRecord third = p.visitLab("min-norm", T0 + 120_000);
        assertEquals(new LabRecord(3, T0, T0 + 120_000), third);
        assertFalse(p.isEmpty(), "a lab visit alone is progress worth keeping");
        String text = ProgressCodec.encode(p, T0);
        assertTrue(text.contains("\"labs\":{\"min-norm\":{\"visits\":3,\"first\":" + T0 + ",\"last\":" + (T0 + 120_000)
                + "}}"), text);
        assertEquals(p, ProgressCodec.decode(text).progress());

        Progress other = new Progress();
        other.visitLab("ridge-path", T0 + 5);
        ProgressMerge m = ProgressMerge.of(p, other);
        assertEquals(1, m.changes().size(), m.changes().toString());
        assertEquals("lab ridge-path: marked visited", m.changes().get(0).description());
        assertEquals(2, m.merged().labs().size());
        assertEquals(3, m.merged().labs().get("min-norm").visits());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> p.visitLab("", T0));
    }

    @Test
    void mergeTakesNewerAndBetterAndListsChanges() {
        Progress mine = new Progress();
        mine.review(fsrs, "d", "shared", Grade.GOOD, T0);
        mine.recordQuiz("q", 5, 10, T0);
        mine.recordExercise("e", true, T0);
        mine.visitLab("min-norm", T0);

        Progress theirs = new Progress();
        theirs.review(fsrs, "d", "shared", Grade.EASY, T0 + 1000);
        theirs.review(fsrs, "d", "only-theirs", Grade.GOOD, T0);
        theirs.recordQuiz("q", 8, 10, T0 + 5);
        theirs.recordQuiz("q2", 3, 4, T0);
        theirs.recordExercise("e", true, T0 + 1);
        theirs.recordExercise("e", true, T0 + 2);
        theirs.visitLab("min-norm", T0 - 5);
        theirs.visitLab("min-norm", T0 + 7);

        ProgressMerge m = ProgressMerge.of(mine, theirs);
        Progress out = m.merged();
        assertEquals(theirs.cards().get("d/shared"), out.cards().get("d/shared"));
        assertNotNull(out.cards().get("d/only-theirs"));
        assertEquals(8, out.quizzes().get("q").best());
        assertEquals(3, out.quizzes().get("q2").best());
        assertEquals(2, out.exercises().get("e").bestStreak());
        assertEquals(2, out.labs().get("min-norm").visits());
        assertEquals(T0 - 5, out.labs().get("min-norm").first());
        assertEquals(6, m.changes().size(), m.changes().toString());
        assertTrue(m.changes().get(0).description().contains("d/only-theirs") || m.changes().get(0).description().contains("d/shared"));
        // The current progress is not modified by previewing.
        assertEquals(5, mine.quizzes().get("q").best());
    }

    @Test
    void mergeIsIdempotentAndKeepsBetterLocalData() {
        Progress p = sample();
        ProgressMerge self = ProgressMerge.of(p, p.copy());
        assertTrue(self.changes().isEmpty(), self.changes().toString());
        assertEquals(p, self.merged());

        Progress worse = new Progress();
        worse.recordQuiz("conditioning", 1, 10, T0 + 99);
        ProgressMerge m = ProgressMerge.of(p, worse);
        assertEquals(9, m.merged().quizzes().get("conditioning").best());

        ProgressMerge twice = ProgressMerge.of(ProgressMerge.of(p, worse).merged(), worse);
        assertTrue(twice.changes().isEmpty(), twice.changes().toString());
    }

    @Test
    void decodeNeverThrowsOnGarbage() {
        long seed = 12345;
        String alphabet = "{}[]\":,0123456789.-eEtruefalsnl \\version";
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder sb = new StringBuilder();
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int len = (int) ((seed >>> 33) % 60);
            for (int i = 0; i < len; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                sb.append(alphabet.charAt((int) ((seed >>> 33) % alphabet.length())));
            }
            ProgressLoad load = ProgressCodec.decode(sb.toString());
            assertNotNull(load.progress(), sb.toString());
        }
    }
}
