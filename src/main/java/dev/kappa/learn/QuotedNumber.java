package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that a card, quiz or lab text quotes from a lab, marked in the text as
 * {@code [[key: shown]]} (docs/authoring.md, "Numbers quoted from a lab"). The reader sees only
 * {@code shown}; the build looks {@code key} up in {@code content/quoted-numbers.md}, recomputes the
 * value with the lab's model and fails when the shown number does not round to it.
 *
 * <p>The shown number is what it claims to be: every digit written is significant ("930" means
 * 929.5 to 930.5, "-3.0556" means ±0.00005), a mantissa times a power of ten works the same way
 * ({@code 6\times10^{16}} is 5.5e16 to 6.5e16), and a bare power of ten ({@code 10^{8}}) claims the
 * order of magnitude: log₁₀ of the value rounds to the exponent.
 */
public final class QuotedNumber {
    /** {@code [[key: shown]]}, on one line; the key is an id, the shown text has no ']'. */
    static final Pattern MARK = Pattern.compile("\\[\\[([a-z0-9]+(?:-[a-z0-9]+)*):\\s*([^\\]\\n]*?)\\s*\\]\\]");
    private static final Pattern MANTISSA_POWER = Pattern.compile(
            "([-−]?[0-9]+(?:\\.[0-9]+)?)\\s*\\\\times\\s*10\\^(?:\\{([-−]?[0-9]+)\\}|([-−]?[0-9]))");
    private static final Pattern POWER = Pattern.compile("10\\^(?:\\{([-−]?[0-9]+)\\}|([-−]?[0-9]))");
    private static final Pattern DECIMAL = Pattern.compile("[-−]?[0-9]+(?:\\.[0-9]+)?");

    private final String key;
    private final String shown;
    private final String file;
    private final int line;

    QuotedNumber(String key, String shown, String file, int line) {
        this.key = key;
        this.shown = shown;
        this.file = file;
        this.line = line;
    }

    /** The text with every mark replaced by what it shows. */
    public static String strip(String text) {
        Matcher m = MARK.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append(m.group(2));
            last = m.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    /** Every mark in {@code text} (a whole file), with its 1-based line. */
    public static List<QuotedNumber> scan(String file, String text) {
        List<QuotedNumber> out = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARK.matcher(lines[i]);
            while (m.find()) {
                out.add(new QuotedNumber(m.group(1), m.group(2), file, i + 1));
            }
        }
        return out;
    }

    public String key() {
        return key;
    }

    public String shown() {
        return shown;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** "file:line". */
    public String where() {
        return file + ":" + line;
    }

    /**
     * Whether {@code value} is what the shown number claims (see the class comment); null when it
     * does, else the reason. A shown text that is not a number in one of the forms is a reason too.
     */
    public String mismatch(double value) {
        String s = shown.trim();
        Matcher mp = MANTISSA_POWER.matcher(s);
        if (mp.matches()) {
            String mantissa = mp.group(1);
            int exponent = Integer.parseInt(minus(mp.group(2) != null ? mp.group(2) : mp.group(3)));
            return digitsMismatch(value, mantissa, exponent);
        }
        Matcher p = POWER.matcher(s);
        if (p.matches()) {
            int exponent = Integer.parseInt(minus(p.group(1) != null ? p.group(1) : p.group(2)));
            if (!(value > 0) || Double.isInfinite(value)) {
                return "the value " + value + " has no order of magnitude";
            }
            double log = Math.log10(value);
            return Math.abs(log - exponent) <= 0.5 ? null
                    : "log₁₀ of " + NumberText.format(value, 6) + " is " + NumberText.format(log, 3) + ", not about "
                    + exponent;
        }
        if (DECIMAL.matcher(s).matches()) {
            return digitsMismatch(value, s, 0);
        }
        return "'" + shown + "' is not a number the check reads (a decimal, m\\times10^{k} or 10^{k})";
    }

    private static String minus(String s) {
        return s.replace('−', '-');
    }

    /** |value − m·10^e| ≤ half a unit in the last written digit of the mantissa m. */
    private static String digitsMismatch(double value, String mantissa, int exponent) {
        String m = minus(mantissa);
        int dot = m.indexOf('.');
        int decimals = dot < 0 ? 0 : m.length() - dot - 1;
        double written = Double.parseDouble(m) * Math.pow(10, exponent);
        double halfUnit = 0.5 * Math.pow(10, exponent - decimals);
        double error = Math.abs(value - written);
        // The comparison allows for the rounding of the decimal representation itself.
        return error <= halfUnit * (1 + 1e-12) ? null : "the lab gives " + NumberText.format(value, 8)
                + ", which does not round to " + mantissa + (exponent == 0 ? "" : "×10^" + exponent) + " (±"
                + NumberText.format(halfUnit, 3) + ")";
    }
}
