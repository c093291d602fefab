package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Answer;
import dev.kappa.learn.CompiledContent;
import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.learn.Progress;
import dev.kappa.learn.QuizSession;
import dev.kappa.learn.ReviewQueue;
import dev.kappa.learn.Verdict;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real content/, compiled (with a stand-in for KaTeX, which the build step itself runs) and
 * read back as the browser will read it; then every quiz taken with its own right answers.
 */
class CompiledContentRoundTripTest {
    private static CompiledContent compiled() throws Exception {
        ContentCompiler.Result r = new ContentCompiler((tex, display) -> "<math>" + tex.length() + "</math>")
                .compile(Paths.get("content"));
        assertEquals(List.of(), r.errors);
        String script = r.script;
        String json = script.substring(script.indexOf("= ") + 2, script.lastIndexOf(';'));
        CompiledContent c = CompiledContent.parse(json);
        assertNull(c.error(), c.error());
        assertEquals(r.decks, c.decks().size());
        assertEquals(r.quizzes, c.quizzes().size());
        return c;
    }

    private static String rightInput(Answer a) {
        switch (a.kind()) {
            case SCALAR:
                return Double.toString(a.scalar());
            case CHOICE:
                return String.valueOf((char) ('a' + a.choice()));
            default:
                return a.describe();
        }
    }

    @Test
    void everyQuizScoresFullMarksWithItsOwnAnswers() throws Exception {
        for (CompiledContent.Quiz q : compiled().quizzes()) {
            QuizSession s = new QuizSession(q);
            for (int i = 0; i < q.questions.size(); i++) {
                Verdict v = s.answer(rightInput(s.question().answer));
                assertTrue(v.correct(), q.id + " question " + i + ": " + v);
            }
            assertTrue(s.finished());
            assertEquals(q.questions.size(), s.score(), q.id);
            assertTrue(s.missed().isEmpty());
        }
    }

    @Test
    void contentMeetsTheIssueCounts() throws Exception {
        CompiledContent c = compiled();
        int cards = 0;
        for (CompiledContent.Deck d : c.decks()) {
            cards += d.cards.size();
        }
        assertTrue(cards >= 80, "only " + cards + " cards");
        int fullQuizzes = 0;
        for (CompiledContent.Quiz q : c.quizzes()) {
            if (q.questions.size() >= 10) {
                fullQuizzes++;
            }
        }
        assertTrue(fullQuizzes >= 8, "only " + fullQuizzes + " quizzes of 10 questions");
    }

    @Test
    void quizSessionRetriesMalformedAndReviewsMisses() throws Exception {
        CompiledContent.Quiz q = compiled().quizzes().get(0);
        QuizSession s = new QuizSession(q);
        Verdict garbage = s.answer("");
        assertTrue(!garbage.wellFormed());
        assertEquals(0, s.index());
        // Answer the first question wrongly on purpose, the rest right.
        Answer first = s.question().answer;
        String wrong = first.kind() == Answer.Kind.BOOLEAN ? (first.truth() ? "false" : "true")
                : first.kind() == Answer.Kind.SCALAR ? Double.toString(first.scalar() * 2 + 1)
                : first.kind() == Answer.Kind.CHOICE ? String.valueOf((char) ('a' + (first.choice() + 1) % first.optionCount()))
                : "a, b, c, d, e, f".substring(0, 3 * first.optionCount() - 2);
        s.answer(wrong);
        while (!s.finished()) {
            s.answer(rightInput(s.question().answer));
        }
        if (!accepted(first, wrong)) {
            assertEquals(List.of(0), s.missed());
            assertEquals(q.questions.size() - 1, s.score());
        }
        Progress p = new Progress();
        s.record(p, 1000);
        assertEquals(s.score(), p.quizzes().get(q.id).best());
    }

    private static boolean accepted(Answer a, String input) {
        return dev.kappa.learn.Grader.grade(a, input).correct();
    }

    @Test
    void reviewQueueShowsDueThenNewCards() throws Exception {
        CompiledContent.Deck d = compiled().decks().get(0);
        List<String> ids = d.cardIds();
        Progress p = new Progress();
        long t0 = 1_700_000_000_000L;
        assertEquals(ids.size(), p.dueCount(d.id, ids, t0));
        List<String> first = ReviewQueue.build(p, d.id, ids, t0, 5);
        assertEquals(ids.subList(0, 5), first);
        Fsrs fsrs = new Fsrs();
        p.review(fsrs, d.id, ids.get(0), Grade.AGAIN, t0);
        p.review(fsrs, d.id, ids.get(1), Grade.EASY, t0);
        List<String> later = ReviewQueue.build(p, d.id, ids, t0 + 2 * Fsrs.MINUTE_MS, 2);
        assertEquals(ids.get(0), later.get(0));
        assertEquals(3, later.size());
        assertTrue(!later.contains(ids.get(1)));
    }

    @Test
    void exerciseVerdictsMapToGrades() {
        assertEquals(Grade.AGAIN, ReviewQueue.gradeForExercise(false, 1000, 60000));
        assertEquals(Grade.HARD, ReviewQueue.gradeForExercise(true, 90000, 60000));
        assertEquals(Grade.GOOD, ReviewQueue.gradeForExercise(true, 30000, 60000));
        assertEquals(Grade.EASY, ReviewQueue.gradeForExercise(true, 10000, 60000));
    }

    @Test
    void damagedPayloadsAreReportedNotThrown() {
        String[] bad = {null, "", "[]", "{\"version\":2}", "{\"version\":1,\"decks\":5,\"quizzes\":[]}",
            "{\"version\":1,\"decks\":[{\"id\":3}],\"quizzes\":[]}", "{\"version\":1,\"decks\":[],\"quizzes\":"
                + "[{\"id\":\"q\",\"title\":\"t\",\"titleText\":\"t\",\"topic\":\"x\",\"summary\":\"s\","
                + "\"questions\":[{\"id\":\"a\",\"kind\":\"essay\"}]}]}"};
        for (String b : bad) {
            CompiledContent c = CompiledContent.parse(b);
            assertNotNull(c.error(), "no error for " + b);
            assertTrue(c.decks().isEmpty() && c.quizzes().isEmpty());
        }
    }
}
