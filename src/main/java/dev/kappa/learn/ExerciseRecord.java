package dev.kappa.learn;

/**
 * Practice on one exercise generator: current and best streak of exercises right at the first try,
 * how many exercises were counted and how many of them were right, the last attempt, and the
 * exercise in progress ({@link Open}, so leaving the page does not give a choice exercise fresh
 * tries). Copies in several tabs combine with {@link #joinedWith}.
 */
public final class ExerciseRecord {
    /** The last exercise of this generator the learner worked on: its seed and where the attempt stands. */
    public static final class Open {
        private final long seed;
        private final int tries;
        private final boolean solved;
        private final boolean revealed;
        private final boolean firstCorrect;

        /** {@code firstCorrect} means nothing before a try or the reveal ({@link #counted()}), so it is false then. */
        public Open(long seed, int tries, boolean solved, boolean revealed, boolean firstCorrect) {
            this.seed = seed;
            this.tries = tries;
            this.solved = solved;
            this.revealed = revealed;
            this.firstCorrect = firstCorrect && (tries > 0 || revealed);
        }

        /** True once a try was made or the solution read: the exercise has its result. */
        public boolean counted() {
            return tries > 0 || revealed;
        }

        /**
         * Two copies of the attempt in progress combined (a join): of different exercises the one with the larger
         * seed (the record's last attempt chose between them already; this only breaks a tie); of one exercise
         * the furthest state: more tries, solved or revealed if either is, and the first try right only if both
         * copies that made one say so (a race between tabs must not turn a wrong first try right).
         */
        public Open joinedWith(Open o) {
            if (o == null || seed > o.seed) {
                return this;
            }
            if (o.seed > seed) {
                return o;
            }
            boolean first = counted() && o.counted() ? firstCorrect && o.firstCorrect : firstCorrect || o.firstCorrect;
            return new Open(seed, Math.max(tries, o.tries), solved || o.solved, revealed || o.revealed, first);
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

    /**
     * This record combined with another copy of it (a join: commutative, associative, idempotent). The counts and
     * the best streak are the larger (an exercise counted in two tabs that had both read the same record counts
     * once); the current streak and the last time come from the record with the later last attempt (equal: the
     * longer streak), and so does the exercise in progress; when both agree on those, their exercises in
     * progress are combined ({@link Open#joinedWith}).
     */
    public ExerciseRecord joinedWith(ExerciseRecord o) {
        int c = last != o.last ? Long.compare(last, o.last) : Integer.compare(streak, o.streak);
        ExerciseRecord recent = c >= 0 ? this : o;
        Open nextOpen = c != 0 ? recent.open : open == null ? o.open : open.joinedWith(o.open);
        return new ExerciseRecord(recent.streak, Math.max(bestStreak, o.bestStreak), Math.max(attempts, o.attempts),
                Math.max(correct, o.correct), recent.last, nextOpen);
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
