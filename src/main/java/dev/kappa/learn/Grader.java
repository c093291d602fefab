package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Grades what a learner typed against an {@link Answer}. Never throws: input it cannot read gives
 * a malformed {@link Verdict} whose message says what was wrong and what format is expected.
 *
 * <p>Numbers are read by {@link TypedNumbers}: decimals, e-notation, ×10^k in any spelling, √ and
 * sqrt, π, fractions and small arithmetic. Each number, and each entry of a vector on its own, is
 * judged by |x − e| ≤ max(abs, rel·|e|). A wrong vector is told which entries are off, whether
 * an entry only has the wrong sign, or that the values are right but in the wrong order. A
 * direction (an eigenvector) is right up to sign, or up to any nonzero scale when the key says so.
 * Booleans: true/false, yes/no, t/f, y/n. Choices: a letter (a, (b), c)), a 1-based number, or
 * the option's name when it has one.
 */
public final class Grader {
    private static final int MAX_INPUT = 2000;

    private Grader() {
    }

    public static Verdict grade(Answer expected, String input) {
        if (input == null || input.trim().isEmpty()) {
            return Verdict.malformed("Please type an answer: " + expected.formatHint() + ".");
        }
        if (input.length() > MAX_INPUT) {
            return Verdict.malformed("That answer is too long to be one; expected " + expected.formatHint() + ".");
        }
        try {
            switch (expected.kind()) {
                case SCALAR:
                    return gradeScalar(expected, input);
                case VECTOR:
                    return gradeVector(expected, input);
                case DIRECTION:
                    return gradeDirection(expected, input);
                case CHOICE:
                    return gradeChoice(expected, input);
                case CHOICES:
                    return gradeChoices(expected, input);
                default:
                    return gradeBoolean(expected, input);
            }
        } catch (TypedNumbers.InputError | InputError e) {
            return Verdict.malformed(e.getMessage() + " Expected " + expected.formatHint() + ".");
        }
    }

    /** The number {@code input} means as the grader reads it (√, ×10^k, π, fractions…), or NaN when it does not read. */
    public static double read(String input) {
        try {
            return input == null || input.length() > MAX_INPUT ? Double.NaN : TypedNumbers.scalar(input);
        } catch (TypedNumbers.InputError e) {
            return Double.NaN;
        }
    }

    /** True when |x − e| ≤ max(abs, rel·|e|). */
    public static boolean within(double x, double e, double rel, double abs) {
        return Math.abs(x - e) <= Math.max(abs, rel * Math.abs(e));
    }

    private static String tolText(Answer a) {
        return "graded to within " + NumberText.format(a.relTol() * 100) + "% of "
                + (a.kind() == Answer.Kind.SCALAR ? "the value" : "each entry") + " or "
                + NumberText.format(a.absTol()) + " absolute";
    }

    private static Verdict gradeScalar(Answer a, String input) {
        double x = TypedNumbers.scalar(input);
        if (within(x, a.scalar(), a.relTol(), a.absTol())) {
            return Verdict.right("Correct.");
        }
        String sign = x != 0 && a.scalar() != 0 && (x < 0) != (a.scalar() < 0)
                && within(-x, a.scalar(), a.relTol(), a.absTol()) ? " Check the sign." : "";
        return Verdict.wrong("Not correct (" + tolText(a) + ")." + sign);
    }

    /** 0-based indices of the entries of {@code x} that are not within tolerance of {@code e}. */
    private static List<Integer> offEntries(double[] x, double[] e, Answer a) {
        List<Integer> off = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            if (!within(x[i], e[i], a.relTol(), a.absTol())) {
                off.add(i);
            }
        }
        return off;
    }

    /** "entry 2", "entries 1 and 3", "entries 1, 2 and 3" (1-based). */
    static String entries(List<Integer> off) {
        StringBuilder sb = new StringBuilder(off.size() == 1 ? "entry " : "entries ");
        for (int k = 0; k < off.size(); k++) {
            sb.append(k == 0 ? "" : k == off.size() - 1 ? " and " : ", ").append(off.get(k) + 1);
        }
        return sb.toString();
    }

    private static Verdict gradeVector(Answer a, String input) {
        double[] x = TypedNumbers.vector(input, a.length());
        double[] e = a.values();
        List<Integer> off = offEntries(x, e, a);
        if (off.isEmpty()) {
            return Verdict.right("Correct.");
        }
        if (e.length > 1 && offEntries(sorted(x), sorted(e), a).isEmpty()) {
            return Verdict.wrong("Right values, wrong order" + (a.order() == null ? "." : ": give them "
                    + a.order() + "."));
        }
        List<Integer> signs = new ArrayList<>();
        for (int i : off) {
            if (x[i] != 0 && within(-x[i], e[i], a.relTol(), a.absTol())) {
                signs.add(i);
            }
        }
        String sign = signs.isEmpty() ? "" : signs.size() == off.size() && off.size() == 1
                ? " It has the wrong sign." : " " + capitalized(entries(signs)) + (signs.size() == 1 ? " has" : " have")
                + " the wrong sign.";
        return Verdict.wrong("Not correct: " + entries(off) + (off.size() == 1 ? " is" : " are") + " off ("
                + tolText(a) + ")." + sign);
    }

    private static Verdict gradeDirection(Answer a, String input) {
        double[] x = TypedNumbers.vector(input, a.length());
        double[] v = a.values();
        double dot = 0;
        double xx = 0;
        for (int i = 0; i < v.length; i++) {
            dot += x[i] * v[i];
            xx += x[i] * x[i];
        }
        if (Math.sqrt(xx) <= a.absTol()) {
            return Verdict.wrong("The zero vector is not an eigenvector: give a nonzero vector.");
        }
        // The key is a unit vector, so the multiple of it nearest to x is (x·v)·v.
        double c = a.anyScale() ? dot : dot < 0 ? -1 : 1;
        double[] target = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            target[i] = c * v[i];
        }
        List<Integer> off = offEntries(x, target, Answer.vector(v, a.relTol(), a.absTol() * Math.abs(c)));
        if (off.isEmpty()) {
            return Verdict.right("Correct.");
        }
        if (!a.anyScale()) {
            double[] scaled = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                scaled[i] = dot * v[i];
            }
            if (dot != 0 && offEntries(x, scaled, Answer.vector(v, a.relTol(), a.absTol() * Math.abs(dot))).isEmpty()) {
                return Verdict.wrong("Right direction, but not of length 1: divide it by its norm.");
            }
        }
        return Verdict.wrong("Not correct: this is not " + (a.anyScale() ? "a multiple of the eigenvector asked for"
                : "that unit eigenvector (or its negative)") + "; " + entries(off) + (off.size() == 1 ? " is" : " are")
                + " off (" + tolText(a) + ").");
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        // Insertion sort: vectors here have a handful of entries.
        for (int i = 1; i < s.length; i++) {
            double t = s[i];
            int j = i - 1;
            while (j >= 0 && s[j] > t) {
                s[j + 1] = s[j];
                j--;
            }
            s[j + 1] = t;
        }
        return s;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Verdict gradeBoolean(Answer a, String input) {
        String t = input.trim().toLowerCase();
        boolean v;
        if (t.equals("true") || t.equals("yes") || t.equals("t") || t.equals("y")) {
            v = true;
        } else if (t.equals("false") || t.equals("no") || t.equals("f") || t.equals("n")) {
            v = false;
        } else {
            throw new InputError("\"" + shorten(input.trim()) + "\" is neither true nor false.");
        }
        return v == a.truth() ? Verdict.right("Correct.") : Verdict.wrong("Not correct.");
    }

    private static Verdict gradeChoice(Answer a, String input) {
        int k = parseChoice(a, input.trim());
        return k == a.choice() ? Verdict.right("Correct.") : Verdict.wrong("Not correct.");
    }

    /**
     * The options {@code input} picks for a choice or multiple-choice key, in the key's numbering;
     * only for input the grader reads (a malformed verdict otherwise comes first).
     */
    static boolean[] picked(Answer a, String input) {
        boolean[] picked = new boolean[a.optionCount()];
        try {
            if (a.kind() == Answer.Kind.CHOICE) {
                picked[parseChoice(a, input.trim())] = true;
            } else {
                for (String tok : choiceTokens(input)) {
                    picked[parseChoice(a, tok)] = true;
                }
            }
        } catch (InputError e) {
            java.util.Arrays.fill(picked, false);
        }
        return picked;
    }

    private static List<String> choiceTokens(String input) {
        List<String> tokens = splitTokens(input.trim().toLowerCase());
        // "ac" is accepted as the letters a and c.
        if (tokens.size() == 1 && tokens.get(0).length() > 1 && allLetters(tokens.get(0))) {
            String word = tokens.get(0);
            tokens = new ArrayList<>();
            for (int i = 0; i < word.length(); i++) {
                tokens.add(String.valueOf(word.charAt(i)));
            }
        }
        return tokens;
    }

    private static Verdict gradeChoices(Answer a, String input) {
        boolean[] picked = new boolean[a.optionCount()];
        for (String tok : choiceTokens(input)) {
            picked[parseChoice(a, tok)] = true;
        }
        boolean[] right = a.choices();
        int missing = 0;
        int extra = 0;
        for (int i = 0; i < right.length; i++) {
            if (right[i] && !picked[i]) {
                missing++;
            } else if (!right[i] && picked[i]) {
                extra++;
            }
        }
        if (missing == 0 && extra == 0) {
            return Verdict.right("Correct.");
        }
        return Verdict.wrong("Not correct" + (extra > 0 ? ": at least one chosen option is wrong." : ": a right option is missing."));
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static int parseChoice(Answer a, String raw) {
        int n = a.optionCount();
        String t = raw.trim().toLowerCase();
        for (int i = 0; i < n; i++) {
            for (String s : a.spellings(i)) {
                if (s.trim().toLowerCase().equals(t)) {
                    return i;
                }
            }
        }
        String core = t;
        if (core.startsWith("(")) {
            core = core.substring(1);
        }
        if (core.endsWith(")") || core.endsWith(".")) {
            core = core.substring(0, core.length() - 1);
        }
        core = core.trim();
        if (core.length() == 1 && core.charAt(0) >= 'a' && core.charAt(0) <= 'z') {
            int k = core.charAt(0) - 'a';
            if (k < n) {
                return k;
            }
            throw new InputError("There is no option " + core + ": the options are a to " + Answer.letter(n - 1) + ".");
        }
        if (!core.isEmpty() && core.length() <= 2 && isDigits(core)) {
            int k = Integer.parseInt(core) - 1;
            if (k >= 0 && k < n) {
                return k;
            }
            throw new InputError("There is no option " + core + ": the options are 1 to " + n + ".");
        }
        throw new InputError("\"" + shorten(raw) + "\" is not one of the options.");
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitTokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSeparator(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSeparator(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';';
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }

    /** A reason a choice or boolean could not be read; turned into a malformed verdict, never escapes. */
    private static final class InputError extends RuntimeException {
        InputError(String message) {
            super(message);
        }
    }
}
