package dev.kappa.learn;

/**
 * One review in a card's history: when, which FSRS grade it got, how long the learner took, and for
 * an exercise card the seed of the exercise drawn, what the learner typed and whether the grader
 * accepted it (so the history shows exactly which exercise was answered and how).
 *
 * <p>Entries are ordered by their own fields (time first, then grade, time taken, seed, answer, verdict): a
 * total order, so a history is a sorted set and two tabs that merge the same reviews in either order list them
 * alike. Two entries equal in every field are one review.
 */
public final class ReviewEntry implements Comparable<ReviewEntry> {
    /** No seed: the review was of a plain card. */
    public static final long NO_SEED = -1;

    private final long at;
    private final Grade grade;
    private final long tookMillis;
    private final long seed;
    private final String answer;
    private final boolean correct;

    public ReviewEntry(long at, Grade grade, long tookMillis, long seed, String answer, boolean correct) {
        if (grade == null) {
            throw new IllegalArgumentException("a review needs its grade");
        }
        this.at = at;
        this.grade = grade;
        this.tookMillis = Math.max(-1, tookMillis);
        this.seed = seed < 0 ? NO_SEED : seed;
        this.answer = this.seed == NO_SEED ? null : answer == null ? "" : answer;
        this.correct = this.seed != NO_SEED && correct;
    }

    /** A plain card's review: the learner's own grade. */
    public static ReviewEntry ofCard(long at, Grade grade, long tookMillis) {
        return new ReviewEntry(at, grade, tookMillis, NO_SEED, null, false);
    }

    public long at() {
        return at;
    }

    public Grade grade() {
        return grade;
    }

    /** Milliseconds from showing the card to grading it; −1 when unknown. */
    public long tookMillis() {
        return tookMillis;
    }

    /** The exercise's seed, or {@link #NO_SEED} for a plain card. */
    public long seed() {
        return seed;
    }

    public boolean isExercise() {
        return seed != NO_SEED;
    }

    /** What the learner typed or chose (exercise reviews), else null. */
    public String answer() {
        return answer;
    }

    /** The grader's verdict (exercise reviews). */
    public boolean correct() {
        return correct;
    }

    /** Time first; the remaining fields only break ties (an entry without an answer comes first). */
    @Override
    public int compareTo(ReviewEntry o) {
        int c = Long.compare(at, o.at);
        if (c == 0) {
            c = Integer.compare(grade.value(), o.grade.value());
        }
        if (c == 0) {
            c = Long.compare(tookMillis, o.tookMillis);
        }
        if (c == 0) {
            c = Long.compare(seed, o.seed);
        }
        if (c == 0) {
            c = answer == null ? (o.answer == null ? 0 : -1) : o.answer == null ? 1 : answer.compareTo(o.answer);
        }
        return c != 0 ? c : Boolean.compare(correct, o.correct);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReviewEntry)) {
            return false;
        }
        ReviewEntry e = (ReviewEntry) o;
        return at == e.at && grade == e.grade && tookMillis == e.tookMillis && seed == e.seed
                && java.util.Objects.equals(answer, e.answer) && correct == e.correct;
    }

    @Override
    public int hashCode() {
        return (int) (at ^ (at >>> 32)) * 31 + grade.ordinal();
    }

    @Override
    public String toString() {
        return "review at " + at + " " + grade + (isExercise() ? " seed=" + seed + " answer=" + answer + " "
                + (correct ? "right" : "wrong") : "") + " took=" + tookMillis;
    }
}
