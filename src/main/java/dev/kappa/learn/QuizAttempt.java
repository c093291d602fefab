package dev.kappa.learn;

import dev.kappa.linalg.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One attempt at a quiz: its seed, when it started, and the answers given so far. The seed fixes
 * the order in which each question's options are shown ({@link #order}), so the attempt can be
 * resumed after leaving and reviewed afterwards exactly as the learner saw it; a new attempt draws
 * a new seed, so the position of the right option tells nothing. Questions keep their authored
 * order (some build on the one before). Answers are stored in the authored option numbering, keyed
 * (and sorted) by question id, so an edited quiz still reads an old attempt.
 *
 * <p>Copies of an attempt in several tabs combine with {@link #joinedWith}.
 */
public final class QuizAttempt {
    /** One answered question: what was given (authored numbering) and whether it was right. */
    public static final class Given {
        private final String given;
        private final boolean correct;

        public Given(String given, boolean correct) {
            this.given = given == null ? "" : given;
            this.correct = correct;
        }

        /**
         * Single choice: the authored option index ("2"); multiple: the indices ("0,2"); true/false:
         * "true" or "false"; numeric: the text typed.
         */
        public String given() {
            return given;
        }

        public boolean correct() {
            return correct;
        }

        /** Of two different answers to one question, the one a merge keeps ({@link #compare}). */
        static Given kept(Given a, Given b) {
            return compare(a.correct, a.given, b.correct, b.given) <= 0 ? a : b;
        }

        /**
         * The order that settles which of two answers given in a race between tabs stands (answers and lab
         * predictions alike): the wrong one first, since a race must not turn a wrong first answer into a right
         * one, then the smaller text.
         */
        static int compare(boolean correctA, String a, boolean correctB, String b) {
            return correctA != correctB ? (correctA ? 1 : -1) : a.compareTo(b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given && ((Given) o).given.equals(given) && ((Given) o).correct == correct;
        }

        @Override
        public int hashCode() {
            return given.hashCode() * 2 + (correct ? 1 : 0);
        }
    }

    private final String quizId;
    private final long seed;
    private final long started;
    private final TreeMap<String, Given> answers = new TreeMap<>();
    private boolean finished;

    public QuizAttempt(String quizId, long seed, long started) {
        this.quizId = quizId;
        this.seed = seed;
        this.started = started;
    }

    public String quizId() {
        return quizId;
    }

    public long seed() {
        return seed;
    }

    public long started() {
        return started;
    }

    /** True once the score was recorded; the attempt then stays for review until the next one starts. */
    public boolean finished() {
        return finished;
    }

    public void finish() {
        finished = true;
    }

    /** An independent copy. */
    public QuizAttempt copy() {
        QuizAttempt c = new QuizAttempt(quizId, seed, started);
        c.answers.putAll(answers);
        c.finished = finished;
        return c;
    }

    /** Answers by question id (sorted by id; the quiz gives the order of its questions). */
    public Map<String, Given> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** Puts back a stored answer (the codec's use). */
    public void restore(String questionId, Given g) {
        answers.put(questionId, g);
    }

    public Given given(Question q) {
        return answers.get(q.id());
    }

    /**
     * The order the options of {@code q} are shown in: {@code order[shown] = authored index}. A
     * Fisher–Yates shuffle from {@link Rng} seeded by the attempt's seed and the question's id, so it
     * is the same on every engine and unaffected by edits to other questions. True/false and numeric
     * questions have no options to shuffle.
     */
    public int[] order(Question q) {
        int n = q.options().size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Rng rng = new Rng(seed ^ (long) q.id().hashCode() * 0x9E3779B97F4A7C15L);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The answer key in the shown order: what the letters and numbers the learner sees mean. */
    public Answer shownKey(Question q) {
        int[] order = order(q);
        switch (q.kind()) {
            case SINGLE: {
                for (int shown = 0; shown < order.length; shown++) {
                    if (q.options().get(order[shown]).correct()) {
                        return Answer.choice(shown, order.length);
                    }
                }
                throw new IllegalStateException("single-choice question " + q.id() + " has no right option");
            }
            case MULTIPLE: {
                boolean[] right = new boolean[order.length];
                for (int shown = 0; shown < order.length; shown++) {
                    right[shown] = q.options().get(order[shown]).correct();
                }
                return Answer.choices(right);
            }
            default:
                return q.answer();
        }
    }

    /**
     * Grades {@code input} (letters or numbers as shown, true/false, or a typed number) and, when the
     * grader could read it, records the answer; a second answer to the same question is ignored.
     */
    public Verdict answer(Question q, String input) {
        Answer key = shownKey(q);
        Verdict v = Grader.grade(key, input);
        if (v.wellFormed() && !answers.containsKey(q.id())) {
            answers.put(q.id(), new Given(authored(q, key, input), v.correct()));
        }
        return v;
    }

    /** The answer in the authored numbering, for storage. */
    private String authored(Question q, Answer key, String input) {
        if (q.kind() == QuestionKind.NUMERIC) {
            return input.trim();
        }
        if (q.kind() == QuestionKind.TRUEFALSE) {
            return String.valueOf(Grader.grade(Answer.bool(true), input).correct());
        }
        int[] order = order(q);
        boolean[] picked = Grader.picked(key, input);
        List<Integer> authored = new ArrayList<>();
        for (int shown = 0; shown < order.length; shown++) {
            if (picked[shown]) {
                authored.add(order[shown]);
            }
        }
        Collections.sort(authored);
        StringBuilder sb = new StringBuilder();
        for (int i : authored) {
            sb.append(sb.length() == 0 ? "" : ",").append(i);
        }
        return sb.toString();
    }

    /** Which authored options a stored choice answer picked. */
    public static boolean[] pickedAuthored(Question q, Given g) {
        boolean[] picked = new boolean[q.options().size()];
        if (g == null || q.kind() == QuestionKind.NUMERIC || q.kind() == QuestionKind.TRUEFALSE) {
            return picked;
        }
        for (String part : g.given().split(",")) {
            try {
                int i = Integer.parseInt(part.trim());
                if (i >= 0 && i < picked.length) {
                    picked[i] = true;
                }
            } catch (NumberFormatException e) {
                // an unreadable stored index picks nothing
            }
        }
        return picked;
    }

    /**
     * This attempt combined with another copy of the attempt at the same quiz (another tab's, an imported file's),
     * as a new object. A join (commutative, associative, idempotent), so tabs merging in any order agree:
     * <ul>
     * <li>the attempt started later replaces the earlier one (equal starts: the larger seed), since only the
     *     latest attempt is kept;</li>
     * <li>two copies of one attempt (same start and seed) keep every question answered in either, and it is
     *     finished if either finished it; a question answered differently in each keeps the wrong answer (only
     *     the first answer counts, and a race between tabs must not turn a wrong first answer into a right
     *     one), then the smaller text.</li>
     * </ul>
     */
    public QuizAttempt joinedWith(QuizAttempt other) {
        if (started != other.started || seed != other.seed) {
            boolean mine = started > other.started || started == other.started && seed > other.seed;
            return (mine ? this : other).copy();
        }
        QuizAttempt out = copy();
        for (Map.Entry<String, Given> e : other.answers.entrySet()) {
            Given here = out.answers.get(e.getKey());
            out.answers.put(e.getKey(), here == null ? e.getValue() : Given.kept(here, e.getValue()));
        }
        out.finished |= other.finished;
        return out;
    }

    /** Index of the first question of {@code quiz} not answered yet, or −1 when all are. */
    public int nextUnanswered(Quiz quiz) {
        for (int i = 0; i < quiz.questions().size(); i++) {
            if (!answers.containsKey(quiz.questions().get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    /** Right answers among the questions of {@code quiz}. */
    public int score(Quiz quiz) {
        int n = 0;
        for (Question q : quiz.questions()) {
            Given g = answers.get(q.id());
            n += g != null && g.correct() ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuizAttempt)) {
            return false;
        }
        QuizAttempt a = (QuizAttempt) o;
        return quizId.equals(a.quizId) && seed == a.seed && started == a.started && finished == a.finished
                && answers.equals(a.answers);
    }

    @Override
    public int hashCode() {
        return quizId.hashCode() * 31 + (int) seed;
    }
}
