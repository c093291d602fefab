package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgressMerge} is a join on whole records of format 2, as {@link SharedProgress} needs for racing tabs to
 * converge: commutative, associative and idempotent, on random records holding every field (see
 * {@link RandomProgress}), and each new field's tie settled by the entries' own fields.
 */
class ProgressMergeTest {
    private static final long T0 = RandomProgress.T0;
    private static final int TRIALS = 3000;

    private static Progress merge(Progress a, Progress b) {
        return ProgressMerge.of(a, b).merged();
    }

    private static String show(Progress... ps) {
        StringBuilder sb = new StringBuilder();
        for (Progress p : ps) {
            sb.append("\n  ").append(ProgressCodec.encode(p, 0));
        }
        return sb.toString();
    }

    @Test
    void randomRecordsReadBackUnchanged() {
        RandomProgress random = new RandomProgress(1);
        for (int t = 0; t < TRIALS; t++) {
            Progress a = random.next();
            ProgressLoad load = ProgressCodec.decode(ProgressCodec.encode(a, T0));
            assertEquals(ProgressLoad.Outcome.LOADED, load.outcome(), load.reason());
            assertEquals(a, load.progress(), "trial " + t + show(a, load.progress()));
        }
    }

    @Test
    void mergingIsCommutative() {
        RandomProgress random = new RandomProgress(2);
        for (int t = 0; t < TRIALS; t++) {
            Progress a = random.next();
            Progress b = random.next();
            assertEquals(merge(a, b), merge(b, a), "trial " + t + ": merge(a, b) ≠ merge(b, a) for" + show(a, b));
        }
    }

    @Test
    void mergingIsIdempotent() {
        RandomProgress random = new RandomProgress(3);
        for (int t = 0; t < TRIALS; t++) {
            Progress a = random.next();
            ProgressMerge m = ProgressMerge.of(a, a.copy());
            assertEquals(a, m.merged(), "trial " + t + ": merge(a, a) ≠ a for" + show(a));
            assertTrue(m.changes().isEmpty(), "trial " + t + ": merging a record into itself lists " + m.changes());
            Progress ab = merge(a, random.next());
            assertEquals(ab, merge(ab, a), "trial " + t + ": what was merged once is not merged again" + show(ab, a));
        }
    }

    @Test
    void mergingIsAssociative() {
        RandomProgress random = new RandomProgress(4);
        for (int t = 0; t < TRIALS; t++) {
            Progress a = random.next();
            Progress b = random.next();
            Progress c = random.next();
            assertEquals(merge(merge(a, b), c), merge(a, merge(b, c)), "trial " + t + ": (a·b)·c ≠ a·(b·c) for"
                    + show(a, b, c));
        }
    }

    @Test
    void mergingLeavesItsInputsAlone() {
        RandomProgress random = new RandomProgress(5);
        for (int t = 0; t < 200; t++) {
            Progress a = random.next();
            Progress b = random.next();
            String before = ProgressCodec.encode(a, 0) + ProgressCodec.encode(b, 0);
            merge(a, b);
            assertEquals(before, ProgressCodec.encode(a, 0) + ProgressCodec.encode(b, 0), "trial " + t);
        }
    }

    @Test
    void historiesOfOneMillisecondListTheirReviewsInOneOrder() {
        ReviewEntry again = ReviewEntry.ofCard(T0, Grade.AGAIN, -1);
        ReviewEntry easy = ReviewEntry.ofCard(T0, Grade.EASY, -1);
        ReviewEntry typed = new ReviewEntry(T0, Grade.AGAIN, -1, 5, "1, 2", false);
        Progress a = new Progress();
        a.log("d/c", easy);
        a.log("d/c", typed);
        Progress b = new Progress();
        b.log("d/c", again);
        b.log("d/c", easy);
        assertEquals(List.of(again, typed, easy), merge(a, b).history("d", "c"), "grade, then the exercise's seed");
        assertEquals(List.of(again, typed, easy), merge(b, a).history("d", "c"));
        Progress twice = new Progress();
        twice.log("d/c", again);
        twice.log("d/c", again);
        assertEquals(1, twice.history("d", "c").size(), "an entry equal in every field is the same review");
    }

    @Test
    void aHistoryKeepsTheNewestReviewsOfBothSides() {
        Progress a = new Progress();
        Progress b = new Progress();
        for (int k = 0; k < Progress.LOG_LIMIT; k++) {
            a.log("d/c", ReviewEntry.ofCard(T0 + 2 * k, Grade.GOOD, -1));
            b.log("d/c", ReviewEntry.ofCard(T0 + 2 * k + 1, Grade.GOOD, -1));
        }
        List<ReviewEntry> merged = merge(a, b).history("d", "c");
        assertEquals(Progress.LOG_LIMIT, merged.size());
        assertEquals(T0 + 20, merged.get(0).at());
        assertEquals(T0 + 39, merged.get(Progress.LOG_LIMIT - 1).at());
    }

    @Test
    void schedulesOfOneMillisecondThatDifferOnlyInTheirStepSettleOnOne() {
        CardState first = new CardState(ReviewState.LEARNING, T0 + 60_000, 2.3065, 2.1183, 1, 0, T0, 0);
        CardState second = new CardState(ReviewState.LEARNING, T0 + 60_000, 2.3065, 2.1183, 1, 0, T0, 1);
        Progress a = new Progress();
        a.cards().put("d/c", first);
        Progress b = new Progress();
        b.cards().put("d/c", second);
        assertEquals(second, merge(a, b).cards().get("d/c"), "the further step");
        assertEquals(second, merge(b, a).cards().get("d/c"));
    }

    @Test
    void copiesOfOneQuizAttemptKeepEveryAnswerAndALaterAttemptReplacesThem() {
        QuizAttempt here = new QuizAttempt("q", 7, T0);
        here.restore("one", new QuizAttempt.Given("2", true));
        here.restore("two", new QuizAttempt.Given("0", true));
        QuizAttempt there = new QuizAttempt("q", 7, T0);
        there.restore("two", new QuizAttempt.Given("1", false));
        there.restore("three", new QuizAttempt.Given("3.5", true));
        there.finish();
        QuizAttempt joined = here.joinedWith(there);
        assertEquals(joined, there.joinedWith(here));
        assertEquals(List.of("one", "three", "two"), List.copyOf(joined.answers().keySet()));
        assertEquals(new QuizAttempt.Given("1", false), joined.answers().get("two"),
                "answered differently in two tabs: the wrong answer stands");
        assertTrue(joined.finished());

        QuizAttempt later = new QuizAttempt("q", 3, T0 + 1);
        assertEquals(later, joined.joinedWith(later));
        assertEquals(later, later.joinedWith(joined));
        QuizAttempt sameInstant = new QuizAttempt("q", 9, T0);
        assertEquals(sameInstant, here.joinedWith(sameInstant), "started together: the larger seed");
        assertEquals(sameInstant, sameInstant.joinedWith(here));
    }

    @Test
    void anExerciseInProgressCombinesItsTriesAndNeverTurnsAWrongFirstTryRight() {
        ExerciseRecord.Open wrongThenRight = new ExerciseRecord.Open(4, 2, true, false, false);
        ExerciseRecord.Open rightAtOnce = new ExerciseRecord.Open(4, 1, true, false, true);
        ExerciseRecord.Open revealed = new ExerciseRecord.Open(4, 0, false, true, false);
        assertEquals(new ExerciseRecord.Open(4, 2, true, false, false), wrongThenRight.joinedWith(rightAtOnce));
        assertEquals(new ExerciseRecord.Open(4, 2, true, false, false), rightAtOnce.joinedWith(wrongThenRight));
        assertEquals(new ExerciseRecord.Open(4, 1, true, true, false), rightAtOnce.joinedWith(revealed));
        ExerciseRecord.Open untried = new ExerciseRecord.Open(4, 0, false, false, true);
        assertFalse(untried.firstCorrect(), "no first try yet: nothing to be right about");
        assertEquals(rightAtOnce, untried.joinedWith(rightAtOnce));
        ExerciseRecord.Open other = new ExerciseRecord.Open(9, 0, false, false, false);
        assertEquals(other, other.joinedWith(rightAtOnce));

        ExerciseRecord a = new ExerciseRecord(2, 3, 5, 4, T0, wrongThenRight);
        ExerciseRecord b = new ExerciseRecord(2, 2, 6, 4, T0, rightAtOnce);
        ExerciseRecord joined = new ExerciseRecord(2, 3, 6, 4, T0, new ExerciseRecord.Open(4, 2, true, false, false));
        assertEquals(joined, a.joinedWith(b));
        assertEquals(joined, b.joinedWith(a));
        ExerciseRecord later = new ExerciseRecord(0, 1, 6, 3, T0 + 1, other);
        assertEquals(new ExerciseRecord(0, 3, 6, 4, T0 + 1, other), a.joinedWith(later), "the later attempt's streak");
    }

    @Test
    void predictionsOfOneMillisecondKeepTheWrongOneThenTheSmallerText() {
        PredictionRecord right = new PredictionRecord("b", true, T0, 1);
        PredictionRecord wrong = new PredictionRecord("c", false, T0, 2);
        assertEquals(new PredictionRecord("c", false, T0, 2), right.joinedWith(wrong));
        assertEquals(new PredictionRecord("c", false, T0, 2), wrong.joinedWith(right));
        PredictionRecord earlier = new PredictionRecord("b", true, T0 - 1, 1);
        assertEquals(new PredictionRecord("b", true, T0 - 1, 2), wrong.joinedWith(earlier), "the earlier prediction");
    }
}
