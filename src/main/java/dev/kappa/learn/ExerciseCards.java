package dev.kappa.learn;

/**
 * An exercise reviewed as a flashcard: every review draws a fresh seed, and the FSRS grade comes
 * from the grader and the clock instead of the learner's own rating (DESIGN.md, "Spaced repetition
 * of randomized exercises"). Wrong at the first try, or the worked solution read first, is Again;
 * right is Good, Easy when it took at most a quarter of the exercise's slow time, Hard when longer
 * than it ({@link ReviewQueue#gradeForExercise}). The review history keeps the seed and the answer.
 */
public final class ExerciseCards {
    private ExerciseCards() {
    }

    /**
     * How long a right answer may take before it counts as Hard: a minute for a choice, two for a
     * number, three for a vector to work out by hand.
     */
    public static long slowMillis(Exercise e) {
        switch (e.answer().kind()) {
            case CHOICE:
            case CHOICES:
            case BOOLEAN:
                return 60_000L;
            case SCALAR:
                return 120_000L;
            default:
                return 180_000L;
        }
    }

    /** The review to log and schedule once {@code attempt} has counted; {@code answer} is what was typed or chosen. */
    public static ReviewEntry review(ExerciseAttempt attempt, String answer, long tookMillis, long now) {
        boolean right = attempt.countedCorrect();
        Grade g = ReviewQueue.gradeForExercise(right, tookMillis, slowMillis(attempt.exercise()));
        return new ReviewEntry(now, g, tookMillis, attempt.exercise().seed(), answer, right);
    }
}
