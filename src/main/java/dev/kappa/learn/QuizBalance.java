package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The build's check that a quiz cannot be passed from the form of its answers (docs/authoring.md,
 * "Balanced answers"). Options are shuffled for every attempt, but the authored order is what the
 * tests, a printout and any export show, and lengths survive shuffling, so both are checked.
 * Per quiz, with k single-choice, m multiple-choice and t true/false questions:
 * <ul>
 * <li>P1: no option position holds the right answer of more than ⌈k/2⌉ single-choice questions;</li>
 * <li>P2: with k ≥ 3, at least one right answer is in the first half of its options and one in the
 *     second half (position &gt; n/2);</li>
 * <li>M1: in no multiple-choice question are the right options exactly the first r options;</li>
 * <li>M2: with m ≥ 2, option a) is right in ⌊m/2⌋ to ⌈m/2⌉ of the multiple-choice questions (never
 *     always, never never);</li>
 * <li>T1: the numbers of "true" and "false" keys differ by at most 1;</li>
 * <li>L1: no single-choice key is more than 1.5× as long as the longest distractor;</li>
 * <li>L2: in no multiple-choice question is the mean right option more than 1.5× the mean wrong one;</li>
 * <li>L3: the key is strictly the longest option of at most ⌈k/3⌉ single-choice questions.</li>
 * </ul>
 * Lengths are {@link #visibleLength visible lengths}: what a reader sees, a TeX command counting as
 * one character.
 */
public final class QuizBalance {
    /** How much longer than the longest distractor a key may be. */
    public static final double MAX_LENGTH_RATIO = 1.5;

    private QuizBalance() {
    }

    /** Every rule {@code quiz} breaks, as {@code file:line: reason}. */
    public static List<String> problems(Quiz quiz) {
        List<String> out = new ArrayList<>();
        List<Question> single = new ArrayList<>();
        List<Question> multiple = new ArrayList<>();
        int trues = 0;
        int falses = 0;
        for (Question q : quiz.questions()) {
            if (q.kind() == QuestionKind.SINGLE) {
                single.add(q);
            } else if (q.kind() == QuestionKind.MULTIPLE) {
                multiple.add(q);
            } else if (q.kind() == QuestionKind.TRUEFALSE) {
                if (q.truth()) {
                    trues++;
                } else {
                    falses++;
                }
            }
        }
        String file = quiz.file();
        int k = single.size();
        int[] atPosition = new int[7];
        boolean firstHalf = false;
        boolean secondHalf = false;
        int longest = 0;
        for (Question q : single) {
            int n = q.options().size();
            int key = keyIndex(q);
            atPosition[key]++;
            firstHalf |= key < n / 2.0;
            secondHalf |= key + 1 > n / 2.0;
            double keyLength = visibleLength(q.options().get(key).text().text());
            double longestDistractor = 0;
            for (int i = 0; i < n; i++) {
                if (i != key) {
                    longestDistractor = Math.max(longestDistractor, visibleLength(q.options().get(i).text().text()));
                }
            }
            if (keyLength > MAX_LENGTH_RATIO * longestDistractor) {
                out.add(file + ":" + q.line() + ": L1: the right option of '" + q.id() + "' is "
                        + ratio(keyLength, longestDistractor) + "× as long as the longest distractor (at most "
                        + MAX_LENGTH_RATIO + "×): shorten it or write distractors of comparable length");
            }
            if (keyLength > longestDistractor) {
                longest++;
            }
        }
        for (int p = 0; p < atPosition.length; p++) {
            if (k > 0 && atPosition[p] > (k + 1) / 2) {
                out.add(file + ":" + single.get(0).line() + ": P1: the right answer is option " + (char) ('a' + p)
                        + ") in " + atPosition[p] + " of " + k + " single-choice questions (at most " + (k + 1) / 2
                        + "): move some keys");
            }
        }
        if (k >= 3 && !(firstHalf && secondHalf)) {
            out.add(file + ":" + single.get(0).line() + ": P2: every single-choice key is in the "
                    + (firstHalf ? "first" : "second") + " half of its options: put one in the other half");
        }
        if (longest > (k + 2) / 3) {
            out.add(file + ":" + single.get(0).line() + ": L3: the right answer is the longest option in " + longest
                    + " of " + k + " single-choice questions (at most " + (k + 2) / 3 + ")");
        }
        int aRight = 0;
        for (Question q : multiple) {
            int n = q.options().size();
            int r = q.correctCount();
            boolean prefix = r < n;
            for (int i = 0; i < r; i++) {
                prefix &= q.options().get(i).correct();
            }
            if (prefix) {
                out.add(file + ":" + q.line() + ": M1: the right options of '" + q.id() + "' are exactly the first " + r
                        + ": mix them with the wrong ones");
            }
            aRight += q.options().get(0).correct() ? 1 : 0;
            double right = 0;
            double wrong = 0;
            for (Option o : q.options()) {
                if (o.correct()) {
                    right += visibleLength(o.text().text());
                } else {
                    wrong += visibleLength(o.text().text());
                }
            }
            double meanRight = right / r;
            double meanWrong = n > r ? wrong / (n - r) : meanRight;
            if (meanRight > MAX_LENGTH_RATIO * meanWrong) {
                out.add(file + ":" + q.line() + ": L2: the right options of '" + q.id() + "' are on average "
                        + ratio(meanRight, meanWrong) + "× as long as the wrong ones (at most " + MAX_LENGTH_RATIO + "×)");
            }
        }
        int m = multiple.size();
        if (m >= 2 && (aRight > (m + 1) / 2 || aRight < m / 2)) {
            out.add(file + ":" + multiple.get(0).line() + ": M2: option a) is right in " + aRight + " of " + m
                    + " multiple-choice questions (it should be in " + m / 2 + " to " + (m + 1) / 2 + ")");
        }
        if (Math.abs(trues - falses) > 1) {
            out.add(file + ":1: T1: " + trues + " true/false questions are true and " + falses
                    + " false: make them differ by at most 1");
        }
        return out;
    }

    private static int keyIndex(Question q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).correct()) {
                return i;
            }
        }
        return -1;
    }

    private static String ratio(double a, double b) {
        return NumberText.format(b == 0 ? Double.POSITIVE_INFINITY : a / b, 2);
    }

    /**
     * The length a reader sees: dollar signs, braces, ^ and _ and emphasis marks dropped, each TeX
     * command (\lambda, \mathrm) counted as one character, runs of spaces as one.
     */
    public static int visibleLength(String text) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                i = Math.max(i, j - 1);
                n++;
                space = false;
            } else if (c == '$' || c == '{' || c == '}' || c == '^' || c == '_' || c == '*' || c == '`') {
                continue;
            } else if (Character.isWhitespace(c)) {
                if (!space && n > 0) {
                    n++;
                }
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    /** Figures over all quizzes, for a report: key positions, true/false split, long keys. */
    public static String figures(List<Quiz> quizzes) {
        int singles = 0;
        int last = 0;
        int firstTwo = 0;
        int longKeys = 0;
        int multiples = 0;
        int aRight = 0;
        int prefixes = 0;
        int trues = 0;
        int falses = 0;
        int failing = 0;
        int[] positions = new int[7];
        for (Quiz quiz : quizzes) {
            failing += problems(quiz).isEmpty() ? 0 : 1;
            for (Question q : quiz.questions()) {
                if (q.kind() == QuestionKind.SINGLE) {
                    singles++;
                    int key = keyIndex(q);
                    positions[key]++;
                    last += key == q.options().size() - 1 ? 1 : 0;
                    firstTwo += key < 2 ? 1 : 0;
                    double keyLength = visibleLength(q.options().get(key).text().text());
                    double longest = 0;
                    for (int i = 0; i < q.options().size(); i++) {
                        if (i != key) {
                            longest = Math.max(longest, visibleLength(q.options().get(i).text().text()));
                        }
                    }
                    longKeys += keyLength >= MAX_LENGTH_RATIO * longest ? 1 : 0;
                } else if (q.kind() == QuestionKind.MULTIPLE) {
                    multiples++;
                    aRight += q.options().get(0).correct() ? 1 : 0;
                    boolean prefix = q.correctCount() < q.options().size();
                    for (int i = 0; i < q.correctCount(); i++) {
                        prefix &= q.options().get(i).correct();
                    }
                    prefixes += prefix ? 1 : 0;
                } else if (q.kind() == QuestionKind.TRUEFALSE) {
                    trues += q.truth() ? 1 : 0;
                    falses += q.truth() ? 0 : 1;
                }
            }
        }
        StringBuilder pos = new StringBuilder();
        for (int p = 0; p < positions.length; p++) {
            if (positions[p] > 0) {
                pos.append(pos.length() == 0 ? "" : ", ").append((char) ('a' + p)).append(") ").append(positions[p]);
            }
        }
        return "single choice: " + singles + " questions, keys at " + pos + "; last option " + last + ", a) or b) "
                + firstTwo + ", key ≥ 1.5× every distractor " + longKeys + "; multiple choice: " + multiples
                + " questions, a) right in " + aRight + ", keys a prefix in " + prefixes + "; true/false: " + trues
                + " true, " + falses + " false; quizzes failing the check: " + failing + " of " + quizzes.size();
    }
}
