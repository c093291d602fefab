package dev.kappa.learn;

import dev.kappa.linalg.KMath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers as learners type them: decimals and e-notation (0.25, .5, 2.5E4), fractions and
 * small arithmetic (3/4, 1 + √5/2, (1+sqrt(5))/2, 2^3, 1/2/3), powers of ten written ×10^k with
 * ×, *, ·, x or a space before it and the exponent after ^ or in superscripts (9×10^10, 1.28×10⁻¹⁶),
 * square roots (√5, √(5), sqrt(5)), π or pi, implicit products (2π, 2√5, 3(1+2)), ASCII, Unicode or
 * en-dash minus. Vectors are such entries separated by commas, semicolons or spaces, optionally
 * inside one pair of [ ], ( ) or { }; with spaces only, a sign written against a number starts a
 * new entry ("1 -2" is two entries, "1 - 2" one).
 *
 * <p>Evaluation uses IEEE operations, {@code Math.sqrt} (exactly rounded everywhere) and, for a
 * non-integer power, {@link KMath#pow}, so a verdict is the same on every engine. Anything else
 * throws {@link InputError} with a sentence for the learner.
 */
final class TypedNumbers {
    private static final int MAX_DEPTH = 32;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Why typed text could not be read; becomes a malformed verdict and never escapes the grader. */
    static final class InputError extends RuntimeException {
        InputError(String message) {
            super(message);
        }
    }

    /** BAD is a word or number that does not read; it carries the reason, raised when its entry is evaluated. */
    private enum Kind { NUMBER, PI, SQRT, PLUS, MINUS, TIMES, DIVIDE, POWER, SUPER, OPEN, CLOSE, SEPARATOR, BAD }

    /** One token: its kind, its value (numbers, superscript exponents) and whether a space preceded it. */
    private static final class Token {
        final Kind kind;
        final double value;
        final boolean spaceBefore;
        final char bracket;
        final String problem;

        Token(Kind kind, double value, boolean spaceBefore, char bracket) {
            this(kind, value, spaceBefore, bracket, null);
        }

        Token(Kind kind, double value, boolean spaceBefore, char bracket, String problem) {
            this.kind = kind;
            this.value = value;
            this.spaceBefore = spaceBefore;
            this.bracket = bracket;
            this.problem = problem;
        }

        static Token bad(boolean spaceBefore, String problem) {
            return new Token(Kind.BAD, Double.NaN, spaceBefore, ' ', problem);
        }

        boolean startsOperand() {
            return kind == Kind.NUMBER || kind == Kind.PI || kind == Kind.SQRT || kind == Kind.OPEN || kind == Kind.BAD;
        }

        boolean endsOperand() {
            return kind == Kind.NUMBER || kind == Kind.PI || kind == Kind.CLOSE || kind == Kind.SUPER
                    || kind == Kind.BAD;
        }
    }

    private final String raw;
    private final List<Token> tokens;
    private int pos;
    private int end;

    private TypedNumbers(String raw, List<Token> tokens) {
        this.raw = raw;
        this.tokens = tokens;
    }

    /** One number or expression; throws {@link InputError} with the reason otherwise. */
    static double scalar(String raw) {
        TypedNumbers r = new TypedNumbers(raw, tokenize(raw));
        List<int[]> entries = r.entries();
        if (entries.size() != 1) {
            throw new InputError(quoted(raw) + " looks like several numbers, but one number is asked for."
                    + (raw.indexOf(',') >= 0 && raw.indexOf('.') < 0 ? " (Use a dot for decimals: 0.5, not 0,5.)" : ""));
        }
        return r.evaluate(entries.get(0));
    }

    /** Exactly {@code n} numbers; throws {@link InputError} naming the entry that does not read. */
    static double[] vector(String raw, int n) {
        TypedNumbers r = new TypedNumbers(raw, tokenize(raw));
        List<int[]> entries = r.entries();
        if (entries.size() != n) {
            throw new InputError("Expected " + n + " numbers, got " + entries.size() + ".");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                x[i] = r.evaluate(entries.get(i));
            } catch (InputError e) {
                throw new InputError("Entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        return x;
    }

    static String quoted(String s) {
        String t = s.trim();
        return "\"" + (t.length() <= 40 ? t : t.substring(0, 37) + "…") + "\"";
    }

    // ---------------------------------------------------------------- tokens

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013' || c == '\uFE63' || c == '\uFF0D';
    }

    private static List<Token> tokenize(String raw) {
        List<Token> out = new ArrayList<>();
        String s = raw;
        int i = 0;
        boolean space = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (c >= '0' && c <= '9' || c == '.') {
                i = numberEnd(s, i);
                String text = s.substring(start, i);
                double v = ContentParser.strictNumber(text);
                if (Double.isNaN(v)) {
                    out.add(Token.bad(space, quoted(text) + " is not a number" + (text.endsWith("e")
                            || text.endsWith("E") ? " (an e needs an exponent: 1e-3)." : ".")));
                } else if (Double.isInfinite(v)) {
                    out.add(Token.bad(space, quoted(text) + " is too large."));
                } else {
                    out.add(new Token(Kind.NUMBER, v, space, ' '));
                }
            } else if (SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == '⁻' || c == '⁺') {
                int sign = 1;
                if (c == '⁻' || c == '⁺') {
                    sign = c == '⁻' ? -1 : 1;
                    i++;
                }
                long k = 0;
                int digits = 0;
                while (i < s.length() && SUPERSCRIPT_DIGITS.indexOf(s.charAt(i)) >= 0 && digits < 5) {
                    k = k * 10 + SUPERSCRIPT_DIGITS.indexOf(s.charAt(i));
                    i++;
                    digits++;
                }
                if (digits == 0) {
                    throw new InputError(quoted(raw) + " has a superscript sign without digits.");
                }
                out.add(new Token(Kind.SUPER, sign * (double) k, space, ' '));
            } else if (c == 'π') {
                i++;
                out.add(new Token(Kind.PI, Math.PI, space, ' '));
            } else if (c == '√') {
                i++;
                out.add(new Token(Kind.SQRT, 0, space, ' '));
            } else if (Character.isLetter(c)) {
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i).toLowerCase();
                if (word.equals("pi")) {
                    out.add(new Token(Kind.PI, Math.PI, space, ' '));
                } else if (word.equals("sqrt")) {
                    out.add(new Token(Kind.SQRT, 0, space, ' '));
                } else if (word.equals("x") && !out.isEmpty() && out.get(out.size() - 1).endsOperand()
                        && beforePowerOfTen(s, i)) {
                    out.add(new Token(Kind.TIMES, 0, space, ' ')); // 9x10^10, but not the hex-looking 0x10
                } else {
                    out.add(Token.bad(space, quoted(s.substring(start, i)) + " is not a number"
                            + (word.equals("nan") || word.equals("infinity") ? "."
                            : ": Kappa reads numbers, + − × /, ^, √ or sqrt( ), π and parentheses.")));
                }
            } else {
                i++;
                Kind k;
                char bracket = ' ';
                if (c == '+') {
                    k = Kind.PLUS;
                } else if (isMinus(c)) {
                    k = Kind.MINUS;
                } else if (c == '*' || c == '×' || c == '·' || c == '⋅' || c == '∙') {
                    if (c == '*' && i < s.length() && s.charAt(i) == '*') {
                        i++;
                        k = Kind.POWER; // 2**3
                    } else {
                        k = Kind.TIMES;
                    }
                } else if (c == '/' || c == '÷') {
                    k = Kind.DIVIDE;
                } else if (c == '^') {
                    k = Kind.POWER;
                } else if (c == '(' || c == '[' || c == '{') {
                    k = Kind.OPEN;
                    bracket = c;
                } else if (c == ')' || c == ']' || c == '}') {
                    k = Kind.CLOSE;
                    bracket = c;
                } else if (c == ',' || c == ';') {
                    k = Kind.SEPARATOR;
                } else {
                    out.add(Token.bad(space, quoted(raw) + " is not a number (it contains '" + c + "')."));
                    space = false;
                    continue;
                }
                out.add(new Token(k, 0, space, bracket));
            }
            space = false;
        }
        return out;
    }

    /** True when "10^" or 10 and a superscript follow position {@code i}, after optional spaces. */
    private static boolean beforePowerOfTen(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (!s.startsWith("10", j) || j + 2 >= s.length()) {
            return false;
        }
        char c = s.charAt(j + 2);
        return c == '^' || c == '⁻' || c == '⁺' || SUPERSCRIPT_DIGITS.indexOf(c) >= 0;
    }

    /** The end of a decimal number starting at {@code i}: digits, one dot, an exponent e±digits. */
    private static int numberEnd(String s, int i) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < s.length() && Character.isDigit(s.charAt(k))) {
                while (k < s.length() && Character.isDigit(s.charAt(k))) {
                    k++;
                }
                return k;
            }
            // "1e" or "2e+": keep the letter so the number is reported as unreadable.
            return j + 1 < s.length() && Character.isLetter(s.charAt(j + 1)) ? j : k;
        }
        return j;
    }

    // ---------------------------------------------------------------- entries

    /**
     * Token ranges {start, end} of the entries: the outer bracket pair removed if it encloses
     * everything, then split at top-level commas and semicolons, or else at top-level spaces
     * between two operands (a sign written against its number counts as starting one).
     */
    private List<int[]> entries() {
        int from = 0;
        int to = tokens.size();
        if (to == 0) {
            throw new InputError("An entry is empty.");
        }
        checkBrackets(0, to);
        if (tokens.get(0).kind == Kind.OPEN && matching(0) == to - 1 && (hasTopLevelSplit(1, to - 1)
                || tokens.get(0).bracket != '(')) {
            from = 1;
            to--;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.OPEN && t.bracket != '(' || t.kind == Kind.CLOSE && t.bracket != ')') {
                throw new InputError("Brackets must enclose the whole vector, once; use ( ) for grouping.");
            }
        }
        List<int[]> out = new ArrayList<>();
        boolean commas = false;
        int depth = 0;
        for (int i = from; i < to; i++) {
            Kind k = tokens.get(i).kind;
            depth += k == Kind.OPEN ? 1 : k == Kind.CLOSE ? -1 : 0;
            commas |= depth == 0 && k == Kind.SEPARATOR;
        }
        int start = from;
        depth = 0;
        for (int i = from; i <= to; i++) {
            boolean split;
            if (i == to) {
                split = true;
            } else {
                Token t = tokens.get(i);
                split = depth == 0 && (commas ? t.kind == Kind.SEPARATOR : i > start && startsSpacedEntry(i));
                depth += t.kind == Kind.OPEN ? 1 : t.kind == Kind.CLOSE ? -1 : 0;
                if (!commas && t.kind == Kind.SEPARATOR) {
                    throw new InputError("Entry " + (out.size() + 1) + " is empty (two separators in a row?).");
                }
            }
            if (split) {
                if (i == start) {
                    throw new InputError("Entry " + (out.size() + 1) + " is empty (two separators in a row?).");
                }
                out.add(new int[] {start, i});
                start = commas && i < to ? i + 1 : i;
            }
        }
        return out;
    }

    private boolean startsSpacedEntry(int i) {
        Token t = tokens.get(i);
        if (!t.spaceBefore || !tokens.get(i - 1).endsOperand()) {
            return false;
        }
        if (t.startsOperand()) {
            return true;
        }
        boolean sign = t.kind == Kind.MINUS || t.kind == Kind.PLUS;
        return sign && i + 1 < tokens.size() && !tokens.get(i + 1).spaceBefore && tokens.get(i + 1).startsOperand();
    }

    private boolean hasTopLevelSplit(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (depth == 0 && (t.kind == Kind.SEPARATOR || i > from && startsSpacedEntry(i))) {
                return true;
            }
            depth += t.kind == Kind.OPEN ? 1 : t.kind == Kind.CLOSE ? -1 : 0;
        }
        return false;
    }

    private void checkBrackets(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Kind k = tokens.get(i).kind;
            depth += k == Kind.OPEN ? 1 : k == Kind.CLOSE ? -1 : 0;
            if (depth < 0) {
                throw new InputError(quoted(raw) + " closes a bracket it never opened.");
            }
            if (depth > MAX_DEPTH) {
                throw new InputError(quoted(raw) + " nests brackets too deeply.");
            }
        }
        if (depth != 0) {
            throw new InputError(quoted(raw) + " has an unmatched bracket.");
        }
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind;
            depth += k == Kind.OPEN ? 1 : k == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- evaluation

    private double evaluate(int[] range) {
        pos = range[0];
        end = range[1];
        if (pos == end) {
            throw new InputError("An entry is empty.");
        }
        double v = sum(0);
        if (pos != end) {
            Token t = tokens.get(pos);
            throw new InputError(quoted(raw) + (t.kind == Kind.SEPARATOR ? " looks like several numbers."
                    : " is not a number (something unexpected follows a complete number)."));
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new InputError(quoted(raw) + " is too large.");
        }
        return v;
    }

    private Token peek() {
        return pos < end ? tokens.get(pos) : null;
    }

    private boolean at(Kind k) {
        return pos < end && tokens.get(pos).kind == k;
    }

    private double sum(int depth) {
        double v = product(depth);
        while (at(Kind.PLUS) || at(Kind.MINUS)) {
            boolean minus = tokens.get(pos++).kind == Kind.MINUS;
            double w = product(depth);
            v = minus ? v - w : v + w;
        }
        return v;
    }

    private double product(int depth) {
        double v = signed(depth);
        while (true) {
            Token t = peek();
            if (t != null && (t.kind == Kind.TIMES || t.kind == Kind.DIVIDE)) {
                pos++;
                double w = signed(depth);
                if (t.kind == Kind.DIVIDE) {
                    if (w == 0) {
                        throw new InputError(quoted(raw) + " divides by zero.");
                    }
                    v = v / w;
                } else {
                    v = v * w;
                }
            } else if (t != null && t.startsOperand() && !t.spaceBefore) {
                v = v * power(depth); // 2π, 2√5, 3(1+2), (1+2)(3)
            } else {
                return v;
            }
        }
    }

    private double signed(int depth) {
        if (at(Kind.PLUS) || at(Kind.MINUS)) {
            boolean minus = tokens.get(pos++).kind == Kind.MINUS;
            if (at(Kind.PLUS) || at(Kind.MINUS)) {
                throw new InputError(quoted(raw) + " has two signs in a row.");
            }
            double v = power(depth);
            return minus ? -v : v;
        }
        return power(depth);
    }

    private double power(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InputError(quoted(raw) + " is nested too deeply.");
        }
        double base = atom(depth);
        if (at(Kind.SUPER)) {
            base = raise(base, tokens.get(pos++).value);
        }
        if (at(Kind.POWER)) {
            pos++;
            double e = signed(depth + 1); // right-associative: 2^3^2 = 2^9
            base = raise(base, e);
        }
        return base;
    }

    private double atom(int depth) {
        Token t = peek();
        if (t == null) {
            throw new InputError(quoted(raw) + " ends where a number is expected.");
        }
        pos++;
        switch (t.kind) {
            case NUMBER:
            case PI:
                return t.value;
            case BAD:
                throw new InputError(t.problem);
            case SQRT: {
                double v = power(depth + 1);
                if (v < 0) {
                    throw new InputError(quoted(raw) + " takes the square root of a negative number.");
                }
                return Math.sqrt(v);
            }
            case OPEN: {
                double v = sum(depth + 1);
                if (!at(Kind.CLOSE)) {
                    throw new InputError(quoted(raw) + " has an unmatched bracket.");
                }
                pos++;
                return v;
            }
            default:
                throw new InputError(quoted(raw) + " is not a number (" + describe(t) + " where a number is expected).");
        }
    }

    private static String describe(Token t) {
        switch (t.kind) {
            case DIVIDE:
                return "a '/'";
            case TIMES:
                return "a '×'";
            case POWER:
                return "a '^'";
            case CLOSE:
                return "a closing bracket";
            case SEPARATOR:
                return "a separator";
            case SUPER:
                return "a superscript";
            default:
                return "a sign";
        }
    }

    /** base^e: exact repeated squaring for whole exponents up to 64 in size (10^k is exact), else KMath.pow. */
    private double raise(double base, double e) {
        double v;
        if (e == Math.floor(e) && Math.abs(e) <= 64) {
            long k = (long) Math.abs(e);
            double result = 1;
            double square = base;
            while (k > 0) {
                if ((k & 1) == 1) {
                    result *= square;
                }
                square *= square;
                k >>= 1;
            }
            if (e < 0 && result == 0) {
                throw new InputError(quoted(raw) + " divides by zero.");
            }
            v = e < 0 ? 1 / result : result;
        } else {
            if (base < 0) {
                throw new InputError(quoted(raw) + " raises a negative number to a fractional power.");
            }
            v = KMath.pow(base, e);
        }
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            throw new InputError(quoted(raw) + " is too large.");
        }
        return v;
    }
}
