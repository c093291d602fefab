package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.exercise.Catalogue;
import org.junit.jupiter.api.Test;

/** Limited tries on choice exercises, first-try counting, and attempts that survive leaving the page. */
class ExerciseAttemptTest {
    private static final long T0 = 1_700_000_000_000L;

    private static Exercise choice() {
        return Catalogue.byId("direction-case").generate(11); // five options
    }

    private static String wrongLetter(Exercise e) {
        return String.valueOf((char) ('a' + (e.answer().choice() + 1) % e.answer().optionCount()));
    }

    private static String rightLetter(Exercise e) {
        return String.valueOf((char) ('a' + e.answer().choice()));
    }

    @Test
    void aChoiceExerciseCannotBePassedByTryingEveryOption() {
        Exercise e = choice();
        assertEquals(5, e.answer().optionCount());
        ExerciseAttempt a = new ExerciseAttempt(e);
        assertEquals(2, a.allowedTries());
        assertFalse(a.check("z").wellFormed(), "an unreadable answer is no try");
        assertEquals(0, a.tries());
        assertFalse(a.check(wrongLetter(e)).correct());
        assertFalse(a.finished());
        String other = String.valueOf((char) ('a' + (e.answer().choice() + 2) % 5));
        assertFalse(a.check(other).correct());
        assertTrue(a.finished(), "out of tries");
        assertNull(a.check(rightLetter(e)), "nothing more is graded");
        assertFalse(a.countedCorrect());
    }

    @Test
    void onlyTheFirstTryCounts() {
        Exercise e = choice();
        ExerciseAttempt a = new ExerciseAttempt(e);
        a.check(wrongLetter(e));
        assertTrue(a.check(rightLetter(e)).correct());
        assertTrue(a.solved() && a.finished());
        assertFalse(a.countedCorrect(), "right at the second try is not a streak");
        Exercise typed = Catalogue.byId("gd-step").generate(3);
        ExerciseAttempt t = new ExerciseAttempt(typed);
        assertEquals(ExerciseAttempt.UNLIMITED, t.allowedTries());
        t.reveal();
        assertTrue(t.counted() && !t.countedCorrect(), "reading the solution first counts as wrong");
    }

    @Test
    void anAttemptSurvivesLeavingAndComingBack() {
        Exercise e = choice();
        Progress p = new Progress();
        ExerciseAttempt a = new ExerciseAttempt(e);
        a.check(wrongLetter(e));
        p.recordAttempt("direction-case", a, true, T0);
        ExerciseRecord r = ProgressCodec.decode(ProgressCodec.encode(p, T0)).progress().exercises().get("direction-case");
        assertEquals(1, r.attempts());
        assertEquals(0, r.streak());
        ExerciseAttempt back = ExerciseAttempt.resumed(e, r.open());
        assertEquals(1, back.tries());
        assertEquals(1, back.triesLeft());
        assertTrue(back.counted());
        ExerciseAttempt otherSeed = ExerciseAttempt.resumed(Catalogue.byId("direction-case").generate(12), r.open());
        assertEquals(0, otherSeed.tries(), "another seed is another exercise");
    }
}
