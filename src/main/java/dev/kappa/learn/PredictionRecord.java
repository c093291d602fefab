package dev.kappa.learn;

/**
 * A learner's prediction for one of a lab's "predict, then reveal" questions: what was predicted
 * first (in the grader's notation), whether it was right, when, and how many times the question was
 * answered since. The first prediction is kept: it is the one made before seeing the answer.
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
