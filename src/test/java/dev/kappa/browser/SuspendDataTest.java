package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.CardState;
import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.ProgressLoad;
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

    /** A learner who reviewed {@code decks}×{@code cards} cards over weeks, took every quiz and tried every exercise. */
    private static Progress learner(int decks, int cards) {
        Progress p = new Progress();
        Fsrs fsrs = new Fsrs();
        long t = T0;
        for (int d = 0; d < decks; d++) {
            for (int c = 0; c < cards; c++) {
                t += 3_600_000L + 61_000L * c;
                p.review(fsrs, "deck-" + d, "card-" + c, c % 5 == 0 ? Grade.HARD : Grade.GOOD, t);
                p.review(fsrs, "deck-" + d, "card-" + c, Grade.GOOD, t + 86_400_000L * (1 + c % 3));
            }
        }
        for (int q = 0; q < 10; q++) {
            p.recordQuiz("quiz-" + q, q % 11, 10, T0 + q * 1000L);
        }
        for (int e = 0; e < 17; e++) {
            p.recordExercise("generator-" + e, e % 2 == 0, T0 + e * 1000L);
        }
        for (int l = 0; l < 9; l++) {
            p.visitLab("lab-" + l, T0 + l * 1000L);
        }
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
        Progress p = learner(1, 5);
        String record = ProgressCodec.encode(p, T0);
        for (int limit : new int[] {LIMIT_12, LIMIT_2004}) {
            Map<String, Object> r = encode(record, "quiz", "quiz-3", limit);
            assertEquals(Boolean.FALSE, r.get("summarized"), "5 cards and the rest fit " + limit);
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
        Map<String, Object> r = encode(record, kind, id, LIMIT_12);
        String text = (String) r.get("text");
        assertEquals(Boolean.TRUE, r.get("summarized"));
        assertEquals(Boolean.TRUE, r.get("flag"), "the stored text says it is a summary");
        assertTrue(text.length() <= LIMIT_12, "fits CMIString4096: " + text.length());
        assertTrue(text.length() > LIMIT_12 - 250, "and uses the room it has (an entry is under 250): " + text.length());
        ProgressLoad back = ProgressCodec.decode((String) r.get("record"));
        assertEquals(ProgressLoad.Outcome.LOADED, back.outcome(), "the summary reads as an ordinary record");
        Progress kept = back.progress();
        for (Map.Entry<String, CardState> e : kept.cards().entrySet()) {
            assertEquals(p.cards().get(e.getKey()), e.getValue(), "a kept card is kept exactly: " + e.getKey());
        }
        return kept;
    }

    @Test
    void aQuizLaunchKeepsEveryScoreAndTheMostRecentCards() {
        Progress p = learner(11, 20);
        Progress kept = summary(p, "quiz", "quiz-4");
        assertEquals(p.quizzes(), kept.quizzes(), "every quiz kept");
        assertEquals(p.exercises(), kept.exercises(), "every exercise record kept");
        assertEquals(p.labs(), kept.labs(), "every lab visit kept");
        assertFalse(kept.cards().isEmpty(), "room left over goes to cards");
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
                own++;
            }
        }
        assertEquals(12, own);
        assertEquals(p.labs(), kept.labs(), "then the smallest sections: every lab visit");
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
