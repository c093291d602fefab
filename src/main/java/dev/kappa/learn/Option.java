package dev.kappa.learn;

/** One option of a single- or multiple-choice question. */
public final class Option {
    private final SourceText text;
    private final boolean correct;

    public Option(SourceText text, boolean correct) {
        this.text = text;
        this.correct = correct;
    }

    public SourceText text() {
        return text;
    }

    public boolean correct() {
        return correct;
    }
}
