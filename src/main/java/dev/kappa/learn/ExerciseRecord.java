package dev.kappa.learn;

/**
 * Practice on one exercise generator: current and best streak of exercises right at the first try,
 * how many exercises were counted and how many of them were right, the last attempt, and the
 * exercise in progress ({@link Open}, so leaving the page does not give a choice exercise fresh
 * tries).
 */
public final class ExerciseRecord {
    /** The last exercise of this generator the learner worked on: its seed and where the attempt stands. */
    public static final class Open {
        private final long seed;
        private final int tries;
        private final boolean solved;
        private final boolean revealed;
        private final boolean firstCorrect;

        public Open(long seed, int tries, boolean solved, boolean revealed, boolean firstCorrect) {
            this.seed = seed;
            this.tries = tries;
            this.solved = solved;
            this.revealed = revealed;
            this.firstCorrect = firstCorrect;
        }

        public long seed() {
            return seed;
        }

        public int tries() {
            return tries;
        }

        public boolean solved() {
            return solved;
        }

        public boolean revealed() {
            return revealed;
        }

        public boolean firstCorrect() {
            return firstCorrect;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Open)) {
                return false;
            }
            Open x = (Open) o;
            return seed == x.seed && tries == x.tries && solved == x.solved && revealed == x.revealed
                    && firstCorrect == x.firstCorrect;
        }

        @Override
        public int hashCode() {
            return (int) seed * 31 + tries;
        }
    }

    private final int streak;
    private final int bestStreak;
    private final int attempts;
    private final int correct;
    private final long last;
    private final Open open;

    public ExerciseRecord(int streak, int bestStreak, int attempts, int correct, long last) {
        this(streak, bestStreak, attempts, correct, last, null);
    }

    public ExerciseRecord(int streak, int bestStreak, int attempts, int correct, long last, Open open) {
        this.streak = streak;
        this.bestStreak = bestStreak;
        this.attempts = attempts;
        this.correct = correct;
        this.last = last;
        this.open = open;
    }

    public static final ExerciseRecord NONE = new ExerciseRecord(0, 0, 0, 0, 0);

    /** The record after one more counted exercise at {@code now}. */
    public ExerciseRecord after(boolean right, long now) {
        int s = right ? streak + 1 : 0;
        return new ExerciseRecord(s, Math.max(bestStreak, s), attempts + 1, correct + (right ? 1 : 0), now, open);
    }

    /** The same counts with the exercise in progress replaced. */
    public ExerciseRecord withOpen(Open next) {
        return new ExerciseRecord(streak, bestStreak, attempts, correct, last, next);
    }

    public int streak() {
        return streak;
    }

    public int bestStreak() {
        return bestStreak;
    }

    /** Exercises counted (each once, by its first try). */
    public int attempts() {
        return attempts;
    }

    public int correct() {
        return correct;
    }

    public long last() {
        return last;
    }

    /** The exercise in progress, or null. */
    public Open open() {
        return open;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExerciseRecord)) {
            return false;
        }
        ExerciseRecord e = (ExerciseRecord) o;
        return streak == e.streak && bestStreak == e.bestStreak && attempts == e.attempts && correct == e.correct
                && last == e.last && java.util.Objects.equals(open, e.open);
    }

    @Override
    public int hashCode() {
        return streak * 31 + attempts;
    }
}
