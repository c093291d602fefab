package dev.kappa.learn;

/** Practice on one exercise generator: current and best streak of right answers, counts, last attempt. */
public final class ExerciseRecord {
    private final int streak;
    private final int bestStreak;
    private final int attempts;
    private final int correct;
    private final long last;

    public ExerciseRecord(int streak, int bestStreak, int attempts, int correct, long last) {
        this.streak = streak;
        this.bestStreak = bestStreak;
        this.attempts = attempts;
        this.correct = correct;
        this.last = last;
    }

    public static final ExerciseRecord NONE = new ExerciseRecord(0, 0, 0, 0, 0);

    /** The record after one more graded attempt at {@code now}. */
    public ExerciseRecord after(boolean right, long now) {
        int s = right ? streak + 1 : 0;
        return new ExerciseRecord(s, Math.max(bestStreak, s), attempts + 1, correct + (right ? 1 : 0), now);
    }

    public int streak() {
        return streak;
    }

    public int bestStreak() {
        return bestStreak;
    }

    public int attempts() {
        return attempts;
    }

    public int correct() {
        return correct;
    }

    public long last() {
        return last;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExerciseRecord)) {
            return false;
        }
        ExerciseRecord e = (ExerciseRecord) o;
        return streak == e.streak && bestStreak == e.bestStreak && attempts == e.attempts && correct == e.correct
                && last == e.last;
    }

    @Override
    public int hashCode() {
        return streak * 31 + attempts;
    }
}
