package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * One quiz question. Which fields mean something depends on {@link #kind()}: options for
 * single/multiple, {@link #numericAnswer()} with tolerances for numeric, {@link #truth()} for
 * true/false. The explanation is always present (the parser requires it).
 */
public final class Question {
    private final String id;
    private final QuestionKind kind;
    private final SourceText prompt;
    private final List<Option> options;
    private final double numericAnswer;
    private final boolean truth;
    private final double relTol;
    private final double absTol;
    private final SourceText explanation;
    private final int line;
    private final String reveal;

    public Question(String id, QuestionKind kind, SourceText prompt, List<Option> options, double numericAnswer,
            boolean truth, double relTol, double absTol, SourceText explanation, int line) {
        this(id, kind, prompt, options, numericAnswer, truth, relTol, absTol, explanation, line, null);
    }

    public Question(String id, QuestionKind kind, SourceText prompt, List<Option> options, double numericAnswer,
            boolean truth, double relTol, double absTol, SourceText explanation, int line, String reveal) {
        this.reveal = reveal;
        this.id = id;
        this.kind = kind;
        this.prompt = prompt;
        this.options = Collections.unmodifiableList(options);
        this.numericAnswer = numericAnswer;
        this.truth = truth;
        this.relTol = relTol;
        this.absTol = absTol;
        this.explanation = explanation;
        this.line = line;
    }

    public String id() {
        return id;
    }

    public QuestionKind kind() {
        return kind;
    }

    public SourceText prompt() {
        return prompt;
    }

    /** The options in authored order (empty for numeric and true/false). */
    public List<Option> options() {
        return options;
    }

    /** The number of options marked {@code [x]}. */
    public int correctCount() {
        int n = 0;
        for (Option o : options) {
            if (o.correct()) {
                n++;
            }
        }
        return n;
    }

    /** The expected value of a numeric question (NaN for other kinds). */
    public double numericAnswer() {
        return numericAnswer;
    }

    /** The expected value of a true/false question. */
    public boolean truth() {
        return truth;
    }

    /** Relative tolerance of a numeric answer (default {@link Answer#DEFAULT_REL_TOL}). */
    public double relTol() {
        return relTol;
    }

    /** Absolute tolerance of a numeric answer (default {@link Answer#DEFAULT_ABS_TOL}). */
    public double absTol() {
        return absTol;
    }

    public SourceText explanation() {
        return explanation;
    }

    /**
     * For a lab's prediction question: the lab state (a query such as {@code eta=1.5&steps=10}) that
     * shows the answer once the learner has predicted; null for quiz questions.
     */
    public String reveal() {
        return reveal;
    }

    /** The line of the question's {@code ###} heading. */
    public int line() {
        return line;
    }

    /** The answer key in the grader's terms, so a quiz view grades exactly like an exercise. */
    public Answer answer() {
        switch (kind) {
            case NUMERIC:
                return Answer.scalar(numericAnswer, relTol, absTol);
            case TRUEFALSE:
                return Answer.bool(truth);
            case SINGLE: {
                int k = 0;
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).correct()) {
                        k = i;
                    }
                }
                return Answer.choice(k, options.size());
            }
            default: {
                boolean[] right = new boolean[options.size()];
                for (int i = 0; i < right.length; i++) {
                    right[i] = options.get(i).correct();
                }
                return Answer.choices(right);
            }
        }
    }
}
