package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.CardState;
import dev.kappa.learn.ExerciseAttempt;
import dev.kappa.learn.ExerciseRecord;
import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.learn.PredictionRecord;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.ProgressLoad;
import dev.kappa.learn.QuizAttempt;
import dev.kappa.learn.ReviewEntry;
import dev.kappa.learn.exercise.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What course.js keeps in cmi.suspend_data, run in Chromium on records the JVM's codec wrote and
 * read back by the JVM's codec: the whole record when it fits, otherwise a summary of whole
 * entries that fits SCORM 1.2's 4,096 characters and keeps the launched activity's own entries.
 */
class SuspendDataTest {
    private static final long T0 = 1_764_000_000_000L;
    private static final int LIMIT_12 = 4096;
    private static final int LIMIT_2004 = 64000;
    private static WebDriver driver;

    @BeforeAll
    static void open() {
        driver = Chromium.start(800, 600);
        driver.get(Site.url() + "embed.html?engine=js#/");
        assertEquals("true", Chromium.awaitBoot(driver));
    }

    @AfterAll
    static void close() {
        Chromium.quit(driver);
    }

    /**
     * A learner who reviewed {@code decks}×{@code cards} cards over weeks ({@code reviews} times each, so each has a
     * history), took every quiz (the last attempt of the first {@code attempts} kept with its answers), tried every
     * exercise and made a prediction in every lab.
     */
    private static Progress learner(int decks, int cards, int reviews, int attempts) {
        Progress p = new Progress();
        Fsrs fsrs = new Fsrs();
        long t = T0;
        for (int d = 0; d < decks; d++) {
            for (int c = 0; c < cards; c++) {
                t += 3_600_000L + 61_000L * c;
                p.review(fsrs, "deck-" + d, "card-" + c, c % 5 == 0 ? Grade.HARD : Grade.GOOD, t);
                for (int r = 1; r < reviews; r++) {
                    p.review(fsrs, "deck-" + d, "card-" + c, Grade.GOOD, t + 86_400_000L * r * (1 + c % 3));
                }
            }
        }
        for (int q = 0; q < 10; q++) {
            p.recordQuiz("quiz-" + q, q % 11, 10, T0 + q * 1000L);
            if (q >= attempts) {
                continue;
            }
            QuizAttempt a = new QuizAttempt("quiz-" + q, 1000 + q, T0 + q * 1000L);
            for (int k = 0; k < 10; k++) {
                a.restore("question-" + k, new QuizAttempt.Given(String.valueOf(k % 4), k < q % 11));
            }
            a.finish();
            p.quizAttempts().put("quiz-" + q, a);
        }
        for (int e = 0; e < 17; e++) {
            p.recordExercise("generator-" + e, e % 2 == 0, T0 + e * 1000L);
        }
        for (int l = 0; l < 9; l++) {
            p.visitLab("lab-" + l, T0 + l * 1000L);
            p.predictions().put("lab-" + l + "/which", new PredictionRecord("b", l % 2 == 0, T0 + l * 1000L, 1));
        }
        return p;
    }

    private static Progress learner(int decks, int cards) {
        return learner(decks, cards, 2, 10);
    }

    /** Early days: three cards with their histories, a quiz and its attempt, an exercise begun, a lab and its prediction. */
    private static Progress beginner() {
        Progress p = new Progress();
        Fsrs fsrs = new Fsrs();
        for (int c = 0; c < 3; c++) {
            p.review(fsrs, "deck-0", "card-" + c, Grade.GOOD, T0 + c * 60_000L);
            p.review(fsrs, "deck-0", "card-" + c, Grade.GOOD, T0 + 86_400_000L + c * 60_000L);
        }
        p.recordQuiz("quiz-3", 7, 10, T0);
        QuizAttempt a = new QuizAttempt("quiz-3", 42, T0);
        a.restore("question-0", new QuizAttempt.Given("2", true));
        p.quizAttempts().put("quiz-3", a);
        p.recordAttempt("generator-0", ExerciseAttempt.resumed(Catalogue.byId("definiteness")
                .generate(5), new ExerciseRecord.Open(5, 1, false, false, false)), true, T0);
        p.visitLab("lab-0", T0);
        p.predictions().put("lab-0/which", new PredictionRecord("b", true, T0, 1));
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> encode(String record, String kind, String id, int limit) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var e = kappaCourse.encodeSuspend(arguments[0], {done: 1}, {kind: arguments[1], id: arguments[2]},"
                        + " arguments[3]); var d = kappaCourse.decodeSuspend(e.text);"
                        + " return {text: e.text, summarized: e.summarized, record: d.record, ok: d.ok,"
                        + " state: JSON.stringify(d.state), flag: d.summarized};",
                record, kind, id, limit);
    }

    @Test
    void aRecordThatFitsIsKeptWhole() {
        Progress p = beginner();
        String record = ProgressCodec.encode(p, T0);
        for (int limit : new int[] {LIMIT_12, LIMIT_2004}) {
            Map<String, Object> r = encode(record, "quiz", "quiz-3", limit);
            assertEquals(Boolean.FALSE, r.get("summarized"), "a beginner's record fits " + limit);
            assertEquals(Boolean.TRUE, r.get("ok"));
            assertEquals("{\"done\":1}", r.get("state"), "the activity's own state comes back");
            ProgressLoad back = ProgressCodec.decode((String) r.get("record"));
            assertEquals(ProgressLoad.Outcome.LOADED, back.outcome());
            assertEquals(p, back.progress(), "the whole record, exactly");
        }
    }

    /** The summary of a record too long for SCORM 1.2, as the JVM reads it back. */
    private static Progress summary(Progress p, String kind, String id) {
        String record = ProgressCodec.encode(p, T0);
        assertTrue(record.length() > 4 * LIMIT_12, "the test record is far too long for 1.2: " + record.length());
        assertEquals(Boolean.FALSE, encode(record, kind, id, LIMIT_2004).get("summarized"),
                "2004's 64,000 characters hold it whole");
        return summary(p, kind, id, LIMIT_12, 250);
    }

    /** The summary of {@code p} within {@code limit}, read back by the JVM; its entries are each under {@code entry}. */
    private static Progress summary(Progress p, String kind, String id, int limit, int entry) {
        Map<String, Object> r = encode(ProgressCodec.encode(p, T0), kind, id, limit);
        String text = (String) r.get("text");
        assertEquals(Boolean.TRUE, r.get("summarized"));
        assertEquals(Boolean.TRUE, r.get("flag"), "the stored text says it is a summary");
        assertTrue(text.length() <= limit, "fits " + limit + ": " + text.length());
        assertTrue(text.length() > limit - entry, "and uses the room it has (an entry is under " + entry + "): "
                + text.length());
        ProgressLoad back = ProgressCodec.decode((String) r.get("record"));
        assertEquals(ProgressLoad.Outcome.LOADED, back.outcome(), "the summary reads as an ordinary record");
        Progress kept = back.progress();
        assertKeptExactly(p.cards(), kept.cards(), "card");
        assertKeptExactly(p.reviews(), kept.reviews(), "history");
        assertKeptExactly(p.quizAttempts(), kept.quizAttempts(), "quiz attempt");
        assertKeptExactly(p.predictions(), kept.predictions(), "prediction");
        if (!kept.reviews().isEmpty() && !kind.equals("cards")) {
            assertEquals(p.cards().keySet(), kept.cards().keySet(), "histories are kept only after every schedule");
        }
        return kept;
    }

    private static <V> void assertKeptExactly(Map<String, V> all, Map<String, V> kept, String what) {
        for (Map.Entry<String, V> e : kept.entrySet()) {
            assertEquals(all.get(e.getKey()), e.getValue(), "a kept " + what + " is kept exactly: " + e.getKey());
        }
    }

    @Test
    void aQuizLaunchKeepsEveryScoreAndTheMostRecentCards() {
        Progress p = learner(11, 20);
        Progress kept = summary(p, "quiz", "quiz-4");
        assertEquals(p.quizzes(), kept.quizzes(), "every quiz kept");
        assertEquals(List.of("quiz-4"), new ArrayList<>(kept.quizAttempts().keySet()),
                "the launched quiz's attempt, to resume; other attempts come after every schedule");
        assertEquals(p.predictions(), kept.predictions(), "every prediction kept");
        assertTrue(kept.reviews().isEmpty(), "no history before every schedule is kept");
        assertEquals(p.exercises(), kept.exercises(), "every exercise record kept");
        assertEquals(p.labs(), kept.labs(), "every lab visit kept");
        long oldestKept = Long.MAX_VALUE;
        for (CardState c : kept.cards().values()) {
            oldestKept = Math.min(oldestKept, c.lastReview());
        }
        for (Map.Entry<String, CardState> e : p.cards().entrySet()) {
            if (!kept.cards().containsKey(e.getKey())) {
                assertTrue(e.getValue().lastReview() <= oldestKept, "a dropped card " + e.getKey()
                        + " was reviewed no later than every kept one");
            }
        }
    }

    @Test
    void aDeckLaunchKeepsItsOwnCardsFirst() {
        Progress p = learner(11, 12);
        Progress kept = summary(p, "cards", "deck-7");
        int own = 0;
        for (Map.Entry<String, CardState> e : p.cards().entrySet()) {
            if (e.getKey().startsWith("deck-7/")) {
                assertEquals(e.getValue(), kept.cards().get(e.getKey()), "the launched deck's " + e.getKey());
                assertEquals(p.reviews().get(e.getKey()), kept.reviews().get(e.getKey()),
                        "the launched deck's history of " + e.getKey());
                own++;
            }
        }
        assertEquals(12, own);
        assertEquals(p.labs(), kept.labs(), "then the smallest sections: every lab visit");
    }

    @Test
    void aRecordWithLongHistoriesFillsSuspendDataOf2004WithEveryScheduleFirst() {
        Progress p = learner(15, 11, Progress.LOG_LIMIT, 10);
        Progress kept = summary(p, "lab", "lab-3", LIMIT_2004, 1000);
        assertEquals(p.cards(), kept.cards(), "every schedule kept");
        assertEquals(p.quizAttempts(), kept.quizAttempts(), "then the quiz attempts");
        assertFalse(kept.reviews().isEmpty(), "room left over goes to histories");
        assertTrue(kept.reviews().size() < p.reviews().size(), "not all of them: " + kept.reviews().size());
        long oldestKept = Long.MAX_VALUE;
        for (List<ReviewEntry> h : kept.reviews().values()) {
            oldestKept = Math.min(oldestKept, h.get(h.size() - 1).at());
        }
        for (Map.Entry<String, List<ReviewEntry>> e : p.reviews().entrySet()) {
            if (!kept.reviews().containsKey(e.getKey())) {
                List<ReviewEntry> h = e.getValue();
                assertTrue(h.get(h.size() - 1).at() <= oldestKept, "a dropped history " + e.getKey()
                        + " ends no later than every kept one");
            }
        }
    }

    @Test
    void textKappaDidNotWriteIsReportedNotRead() {
        for (String foreign : new String[] {"viewed=1,2,3|lastslide=4", "{\"k\":2,\"p\":{}}", "[1,2]"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "return kappaCourse.decodeSuspend(arguments[0]);", foreign);
            assertEquals(Boolean.FALSE, r.get("ok"), foreign);
        }
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                "return kappaCourse.decodeSuspend('').ok;"), "empty suspend data is a first launch");
    }
}
