package dev.kappa.learn;

/** A quiz's best result: score out of total, and when it was reached (epoch millis). */
public final class QuizRecord {
    private final int best;
    private final int total;
    private final int attempts;
    private final long at;

    public QuizRecord(int best, int total, int attempts, long at) {
        this.best = best;
        this.total = total;
        this.attempts = attempts;
        this.at = at;
    }

    public int best() {
        return best;
    }

    public int total() {
        return total;
    }

    public int attempts() {
        return attempts;
    }

    public long at() {
        return at;
    }

    /** best/total, 0 for an empty quiz. */
    public double fraction() {
        return total <= 0 ? 0 : (double) best / total;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuizRecord)) {
            return false;
        }
        QuizRecord q = (QuizRecord) o;
        return best == q.best && total == q.total && attempts == q.attempts && at == q.at;
    }

    @Override
    public int hashCode() {
        return best * 31 + total * 7 + attempts;
    }
}
