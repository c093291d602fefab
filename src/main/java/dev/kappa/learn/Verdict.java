package dev.kappa.learn;

/**
 * The grader's reply: whether the input was understood ({@link #wellFormed()}), whether it is
 * right, and a sentence for the learner. A malformed input is never "wrong": the view should let
 * the learner retry without counting an attempt.
 */
public final class Verdict {
    private final boolean wellFormed;
    private final boolean correct;
    private final String message;

    private Verdict(boolean wellFormed, boolean correct, String message) {
        this.wellFormed = wellFormed;
        this.correct = correct;
        this.message = message;
    }

    static Verdict right(String message) {
        return new Verdict(true, true, message);
    }

    static Verdict wrong(String message) {
        return new Verdict(true, false, message);
    }

    static Verdict malformed(String message) {
        return new Verdict(false, false, message);
    }

    public boolean wellFormed() {
        return wellFormed;
    }

    public boolean correct() {
        return correct;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return (wellFormed ? (correct ? "correct" : "wrong") : "malformed") + ": " + message;
    }
}
