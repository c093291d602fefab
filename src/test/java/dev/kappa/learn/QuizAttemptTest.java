package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeded option order per attempt, grading in the shown order, storage in the authored one, resuming. */
class QuizAttemptTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final Quiz QUIZ = ContentParser.parseQuiz("quizzes/q.md", "---\ntitle: T\ntopic: conditioning\n"
            + "summary: S\n---\n"
            + "### one single\nP\n- [ ] w0\n- [x] right\n- [ ] w2\n- [ ] w3\n> E\n"
            + "### many multiple\nP\n- [x] r0\n- [ ] w1\n- [x] r2\n- [ ] w3\n- [ ] w4\n> E\n"
            + "### tf truefalse\nP\n= false\n> E\n"
            + "### num numeric\nP\n= 0.5\n> E\n");

    private static Question q(int i) {
        return QUIZ.questions().get(i);
    }

    @Test
    void theRightOptionMovesFromAttemptToAttempt() {
        Set<Integer> positions = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            QuizAttempt a = new QuizAttempt("q", seed, T0);
            int[] order = a.order(q(0));
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            assertEquals("[0, 1, 2, 3]", Arrays.toString(sorted), "a permutation");
            assertTrue(Arrays.equals(order, new QuizAttempt("q", seed, T0 + 5).order(q(0))), "the seed fixes the order");
            positions.add(a.shownKey(q(0)).choice());
        }
        assertEquals(4, positions.size(), "the right option is shown at every position: " + positions);
    }

    @Test
    void answersAreGradedAsShownAndStoredAsAuthored() {
        QuizAttempt a = new QuizAttempt("q", 42, T0);
        int[] order = a.order(q(0));
        int shownRight = -1;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == 1) {
                shownRight = i;
            }
        }
        assertTrue(a.answer(q(0), String.valueOf((char) ('a' + shownRight))).correct());
        assertEquals("1", a.given(q(0)).given(), "stored as the authored index of 'right'");
        int[] many = a.order(q(1));
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < many.length; i++) {
            if (many[i] == 0 || many[i] == 2) {
                letters.append((char) ('a' + i));
            }
        }
        assertTrue(a.answer(q(1), letters.toString()).correct());
        assertEquals("0,2", a.given(q(1)).given());
        assertFalse(a.answer(q(2), "true").correct());
        assertEquals("true", a.given(q(2)).given());
        assertFalse(a.answer(q(3), "abc").wellFormed(), "unreadable: not recorded");
        assertEquals(3, a.nextUnanswered(QUIZ));
        assertTrue(a.answer(q(3), "1/2").correct());
        assertEquals(-1, a.nextUnanswered(QUIZ));
        assertEquals(3, a.score(QUIZ));
        assertTrue(Arrays.equals(new boolean[] {true, false, true, false, false},
                QuizAttempt.pickedAuthored(q(1), a.given(q(1)))));
    }

    @Test
    void anUnfinishedAttemptIsStoredAndResumedInTheSameOrder() {
        Progress p = new Progress();
        QuizAttempt a = new QuizAttempt("q", 987654321L, T0);
        a.answer(q(0), "a");
        p.quizAttempts().put("q", a);
        String text = ProgressCodec.encode(p, T0);
        ProgressLoad load = ProgressCodec.decode(text);
        assertEquals(ProgressLoad.Outcome.LOADED, load.outcome(), String.valueOf(load.reason()));
        QuizAttempt back = load.progress().quizAttempts().get("q");
        assertEquals(a, back);
        assertEquals(1, back.nextUnanswered(QUIZ));
        assertTrue(Arrays.equals(a.order(q(1)), back.order(q(1))));
        assertNotEquals(Arrays.toString(a.order(q(1))), Arrays.toString(new QuizAttempt("q", 1, T0).order(q(1))),
                "another seed, another order (for these two seeds)");
        back.finish();
        assertTrue(ProgressCodec.decode(ProgressCodec.encode(load.progress(), T0)).progress().quizAttempts().get("q")
                .finished());
    }
}
