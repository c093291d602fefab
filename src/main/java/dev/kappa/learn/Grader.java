package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Grades what a learner typed against an {@link Answer}. Never throws: input it cannot read gives
 * a malformed {@link Verdict} whose message says what was wrong and what format is expected.
 *
 * <p>Accepted numbers: decimals (0.25, -.5, 3.), scientific (1e-3, 2.5E4), fractions (3/4, -1/3),
 * {@code pi} or {@code π} (alone or in a fraction, pi/4), with a leading + or − (ASCII or U+2212).
 * Vectors: entries separated by commas, semicolons or spaces, optionally in [ ], ( ) or { }.
 * Booleans: true/false, yes/no, t/f, y/n. Choices: a letter (a, (b), c)), a 1-based number, or the
 * option's name when it has one.
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
                case CHOICE:
                    return gradeChoice(expected, input);
                case CHOICES:
                    return gradeChoices(expected, input);
                default:
                    return gradeBoolean(expected, input);
            }
        } catch (InputError e) {
            return Verdict.malformed(e.getMessage() + " Expected " + expected.formatHint() + ".");
        }
    }

    /** True when |x − e| ≤ max(abs, rel·scale). */
    public static boolean within(double x, double e, double scale, double rel, double abs) {
        return Math.abs(x - e) <= Math.max(abs, rel * Math.abs(scale));
    }

    private static String tolText(Answer a) {
        return "graded to within " + NumberText.format(a.relTol() * 100) + "% relative or "
                + NumberText.format(a.absTol()) + " absolute";
    }

    private static Verdict gradeScalar(Answer a, String input) {
        String t = input.trim();
        if (looksLikeVector(t)) {
            throw new InputError("\"" + shorten(t) + "\" looks like several numbers, but one number is asked for."
                    + (t.indexOf(',') >= 0 && t.indexOf('.') < 0 ? " (Use a dot for decimals: 0.5, not 0,5.)" : ""));
        }
        double x = parseNumber(t);
        if (within(x, a.scalar(), a.scalar(), a.relTol(), a.absTol())) {
            return Verdict.right("Correct.");
        }
        String sign = x != 0 && a.scalar() != 0 && (x < 0) != (a.scalar() < 0)
                && within(-x, a.scalar(), a.scalar(), a.relTol(), a.absTol()) ? " Check the sign." : "";
        return Verdict.wrong("Not correct (" + tolText(a) + ")." + sign);
    }

    private static boolean looksLikeVector(String t) {
        String s = stripBrackets(t);
        return s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || normalizeSlashes(s).trim().indexOf(' ') >= 0 || !s.equals(t);
    }

    private static Verdict gradeVector(Answer a, String input) {
        double[] x = parseVector(input, a.length());
        double[] e = a.values();
        double scale = 0;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        int wrong = 0;
        int first = -1;
        for (int i = 0; i < e.length; i++) {
            if (!within(x[i], e[i], scale, a.relTol(), a.absTol())) {
                wrong++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (wrong == 0) {
            return Verdict.right("Correct.");
        }
        return Verdict.wrong("Not correct: " + (wrong == 1 ? "entry " + (first + 1) + " is off"
                : wrong + " of " + e.length + " entries are off") + " (" + tolText(a) + ", relative to the largest entry).");
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

    private static Verdict gradeChoices(Answer a, String input) {
        boolean[] picked = new boolean[a.optionCount()];
        String t = input.trim().toLowerCase();
        List<String> tokens = splitTokens(t);
        // "ac" is accepted as the letters a and c.
        if (tokens.size() == 1 && tokens.get(0).length() > 1 && allLetters(tokens.get(0))) {
            String word = tokens.get(0);
            tokens = new ArrayList<>();
            for (int i = 0; i < word.length(); i++) {
                tokens.add(String.valueOf(word.charAt(i)));
            }
        }
        for (String tok : tokens) {
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

    // ---------------------------------------------------------------- numbers

    /** Parses one number in any accepted notation; throws {@link InputError} with a reason otherwise. */
    static double parseNumber(String raw) {
        String t = normalizeSlashes(raw.trim().replace('\u2212', '-'));
        if (t.isEmpty()) {
            throw new InputError("An entry is empty.");
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            if (t.indexOf('/', slash + 1) >= 0) {
                throw new InputError("\"" + shorten(raw) + "\" has more than one '/'.");
            }
            double num = parseAtom(t.substring(0, slash), raw);
            double den = parseAtom(t.substring(slash + 1), raw);
            if (den == 0) {
                throw new InputError("\"" + shorten(raw) + "\" divides by zero.");
            }
            double q = num / den;
            if (Double.isInfinite(q) || Double.isNaN(q)) {
                throw new InputError("\"" + shorten(raw) + "\" is too large.");
            }
            return q;
        }
        return parseAtom(t, raw);
    }

    private static double parseAtom(String s, String raw) {
        String t = s.trim();
        double sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1).trim();
        }
        if (t.equals("pi") || t.equals("π")) {
            return sign * Math.PI;
        }
        if (t.startsWith("-") || t.startsWith("+")) {
            throw new InputError("\"" + shorten(raw) + "\" has two signs.");
        }
        double v = ContentParser.strictNumber(t);
        if (Double.isNaN(v) || t.indexOf('+') > 0 && !isExponentSign(t, t.indexOf('+'))
                || t.lastIndexOf('-') > 0 && !isExponentSign(t, t.lastIndexOf('-'))) {
            if (t.indexOf(',') >= 0) {
                throw new InputError("\"" + shorten(raw) + "\" is not a number (use a dot for decimals: 0.5, not 0,5).");
            }
            throw new InputError("\"" + shorten(raw) + "\" is not a number.");
        }
        if (Double.isInfinite(v)) {
            throw new InputError("\"" + shorten(raw) + "\" is too large.");
        }
        return sign * v;
    }

    private static boolean isExponentSign(String t, int i) {
        return i > 0 && (t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E');
    }

    private static String normalizeSlashes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/') {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                sb.append('/');
                while (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripBrackets(String t) {
        String s = t.trim();
        if (s.length() >= 2) {
            char o = s.charAt(0);
            char c = s.charAt(s.length() - 1);
            if ((o == '[' && c == ']') || (o == '(' && c == ')') || (o == '{' && c == '}')) {
                return s.substring(1, s.length() - 1).trim();
            }
        }
        return s;
    }

    /** Parses a vector of exactly {@code n} numbers. */
    static double[] parseVector(String raw, int n) {
        String s = stripBrackets(raw.replace('\u2212', '-'));
        if (s.indexOf('[') >= 0 || s.indexOf(']') >= 0 || s.indexOf('(') >= 0 || s.indexOf(')') >= 0) {
            throw new InputError("Brackets must enclose the whole vector, once.");
        }
        s = normalizeSlashes(s);
        List<String> parts = new ArrayList<>();
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0) {
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == ',' || s.charAt(i) == ';') {
                    String part = s.substring(start, i).trim();
                    if (part.isEmpty()) {
                        throw new InputError("Entry " + (parts.size() + 1) + " is empty (two separators in a row?).");
                    }
                    parts.add(part);
                    start = i + 1;
                }
            }
        } else {
            parts = splitTokens(s);
        }
        if (parts.size() != n) {
            throw new InputError("Expected " + n + " numbers, got " + parts.size() + ".");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                x[i] = parseNumber(parts.get(i));
            } catch (InputError e) {
                throw new InputError("Entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        return x;
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

    /** A reason the input could not be read; turned into a malformed verdict, never escapes. */
    private static final class InputError extends RuntimeException {
        InputError(String message) {
            super(message);
        }
    }
}
