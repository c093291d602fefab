package dev.kappa.learn;

/**
 * A learner's prediction for one of a lab's "predict, then reveal" questions: what was predicted
 * first (in the grader's notation), whether it was right, when, and how many times the question was
 * answered since. The first prediction is kept: it is the one made before seeing the answer.
 * Copies in several tabs combine with {@link #joinedWith}.
 */
public final class PredictionRecord {
    private final String given;
    private final boolean correct;
    private final long at;
    private final int answers;

    public PredictionRecord(String given, boolean correct, long at, int answers) {
        this.given = given == null ? "" : given;
        this.correct = correct;
        this.at = at;
        this.answers = answers;
    }

    public String given() {
        return given;
    }

    public boolean correct() {
        return correct;
    }

    public long at() {
        return at;
    }

    public int answers() {
        return answers;
    }

    /**
     * This record combined with another copy (a join: commutative, associative, idempotent): the earlier
     * prediction (made in the same millisecond: the wrong one, then the smaller text, as for quiz answers),
     * and the larger count of answers.
     */
    public PredictionRecord joinedWith(PredictionRecord o) {
        int c = at != o.at ? Long.compare(at, o.at) : QuizAttempt.Given.compare(correct, given, o.correct, o.given);
        PredictionRecord first = c <= 0 ? this : o;
        return new PredictionRecord(first.given, first.correct, first.at, Math.max(answers, o.answers));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PredictionRecord)) {
            return false;
        }
        PredictionRecord p = (PredictionRecord) o;
        return given.equals(p.given) && correct == p.correct && at == p.at && answers == p.answers;
    }

    @Override
    public int hashCode() {
        return given.hashCode() * 31 + answers;
    }
}
