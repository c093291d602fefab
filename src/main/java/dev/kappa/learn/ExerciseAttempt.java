package dev.kappa.learn;

/**
 * One learner's attempt at one exercise (a generator and a seed): how many answers were checked,
 * whether it was solved, and whether the worked solution was read. The rules, shared by the
 * exercise page and exercise cards:
 * <ul>
 * <li>An answer the grader cannot read is not a try.</li>
 * <li>A choice exercise allows {@link #allowedTries} tries (1 with up to three options, else 2),
 *     so it cannot be passed by working through the options; then the worked solution is shown.
 *     A typed answer may be tried until solved or given up.</li>
 * <li>The exercise counts once, by its first try: {@link #countedCorrect()}. Reading the worked
 *     solution before any try counts as wrong, so a streak means solved unaided.</li>
 * </ul>
 */
public final class ExerciseAttempt {
    /** Tries for a typed answer: as many as the learner wants. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final Exercise exercise;
    private int tries;
    private boolean solved;
    private boolean revealed;
    private Boolean firstTry;

    public ExerciseAttempt(Exercise exercise) {
        this.exercise = exercise;
    }

    /** The attempt as stored in {@code open} (the record of the same generator and seed), resumed. */
    public static ExerciseAttempt resumed(Exercise exercise, ExerciseRecord.Open open) {
        ExerciseAttempt a = new ExerciseAttempt(exercise);
        if (open != null && open.seed() == exercise.seed()) {
            a.tries = open.tries();
            a.solved = open.solved();
            a.revealed = open.revealed();
            a.firstTry = open.counted() ? open.firstCorrect() : null;
        }
        return a;
    }

    /** This attempt's state, to store so that leaving and coming back does not give fresh tries. */
    public ExerciseRecord.Open open() {
        return new ExerciseRecord.Open(exercise.seed(), tries, solved, revealed, countedCorrect());
    }

    /** Tries this exercise allows: 1 for a choice among at most 3 options, 2 for more, else unlimited. */
    public static int allowedTries(Exercise e) {
        if (e.answer().kind() != Answer.Kind.CHOICE) {
            return UNLIMITED;
        }
        return e.answer().optionCount() <= 3 ? 1 : 2;
    }

    public int allowedTries() {
        return allowedTries(exercise);
    }

    public Exercise exercise() {
        return exercise;
    }

    /** Grades {@code input}; a readable answer uses a try. Null when the attempt is already finished. */
    public Verdict check(String input) {
        if (finished()) {
            return null;
        }
        Verdict v = exercise.grade(input);
        if (!v.wellFormed()) {
            return v;
        }
        tries++;
        if (firstTry == null) {
            firstTry = v.correct();
        }
        solved = v.correct();
        return v;
    }

    /** Shows the worked solution: ends the attempt (counted wrong if nothing was tried). */
    public void reveal() {
        if (firstTry == null) {
            firstTry = false;
        }
        revealed = true;
    }

    public int tries() {
        return tries;
    }

    /** Tries still allowed ({@link #UNLIMITED} for typed answers). */
    public int triesLeft() {
        return allowedTries() == UNLIMITED ? UNLIMITED : Math.max(0, allowedTries() - tries);
    }

    public boolean solved() {
        return solved;
    }

    /** Solved, given up (solution read) or out of tries: the solution may be shown, nothing more is graded. */
    public boolean finished() {
        return solved || revealed || tries >= allowedTries();
    }

    /** True once the attempt has a result to count (a try was made or the solution read). */
    public boolean counted() {
        return firstTry != null;
    }

    /** Whether the first try was right (false when the solution was read first); only after {@link #counted()}. */
    public boolean countedCorrect() {
        return firstTry != null && firstTry;
    }
}
