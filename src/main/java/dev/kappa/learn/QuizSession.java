package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * One run through a quiz: the learner answers each question once (a malformed input is not an
 * answer and may be retried); at the end {@link #score()} and {@link #missed()} give the score and
 * the questions to review. Knows nothing of the DOM; the view shows
 * {@link CompiledContent.Question#explanationHtml} after each {@link #answer(String)}.
 */
public final class QuizSession {
    private final CompiledContent.Quiz quiz;
    private final Verdict[] verdicts;
    private final String[] inputs;
    private int current;

    public QuizSession(CompiledContent.Quiz quiz) {
        this.quiz = quiz;
        this.verdicts = new Verdict[quiz.questions.size()];
        this.inputs = new String[quiz.questions.size()];
    }

    public CompiledContent.Quiz quiz() {
        return quiz;
    }

    /** Index of the question being asked (equals the question count when finished). */
    public int index() {
        return current;
    }

    public boolean finished() {
        return current >= verdicts.length;
    }

    /** The question being asked, or null when finished. */
    public CompiledContent.Question question() {
        return finished() ? null : quiz.questions.get(current);
    }

    /**
     * Grades {@code input} for the current question. A well-formed answer is recorded and the
     * session moves on; a malformed one is returned without moving, so the learner can retry.
     */
    public Verdict answer(String input) {
        if (finished()) {
            return Verdict.malformed("The quiz is finished.");
        }
        Verdict v = Grader.grade(question().answer, input);
        if (v.wellFormed()) {
            verdicts[current] = v;
            inputs[current] = input;
            current++;
        }
        return v;
    }

    /** Questions answered right so far. */
    public int score() {
        int s = 0;
        for (Verdict v : verdicts) {
            if (v != null && v.correct()) {
                s++;
            }
        }
        return s;
    }

    public int total() {
        return verdicts.length;
    }

    /** Indices of the questions answered wrong, for the end-of-quiz review. */
    public List<Integer> missed() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] != null && !verdicts[i].correct()) {
                out.add(i);
            }
        }
        return out;
    }

    /** What the learner typed for question {@code i} (null if not answered). */
    public String input(int i) {
        return inputs[i];
    }

    /** Records the finished session in {@code progress} (best score kept). */
    public QuizRecord record(Progress progress, long now) {
        if (!finished()) {
            throw new IllegalStateException("quiz " + quiz.id + " is not finished (" + current + "/" + total() + ")");
        }
        return progress.recordQuiz(quiz.id, score(), total(), now);
    }
}
