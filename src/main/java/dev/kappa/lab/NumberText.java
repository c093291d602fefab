package dev.kappa.lab;

/**
 * Formats numbers for URLs, readouts and summaries identically on every engine.
 *
 * <p>{@code Double.toString} differs between TeaVM and the JVM in places and {@code String.format}
 * with {@code %e} is not available in TeaVM, so formatting is done here with integer arithmetic:
 * the shortest of fixed or scientific notation with the requested significant digits.
 */
public final class NumberText {
    private NumberText() {
    }

    /** Up to 6 significant digits, trailing zeros dropped: 0.5, 1e-06 → "1e-6", 123456789 → "1.23457e8". */
    public static String format(double v) {
        return format(v, 6);
    }

    /**
     * The shortest decimal that reads back as exactly {@code v} (0.1 → "0.1", 2.34 → "2.34",
     * 1e-8 → "1e-8"): the fewest significant digits whose {@link #format} parses to the same double,
     * checked by parsing, so a URL reproduces the state bit for bit. States only hold short
     * decimals ({@link Param#clamp}), which need at most 15 digits; 17 is the fallback.
     */
    public static String exact(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return format(v);
        }
        // An integer part is written out in full (10, not 1e1), so links stay readable.
        double a = Math.abs(v);
        int whole = 0;
        if (a < 1e15) {
            for (double p = 1; a >= p; p *= 10) {
                whole++; // exact powers of ten, so every engine counts the same
            }
        }
        for (int digits = 1; digits < 17; digits++) {
            String s = format(v, Math.max(digits, whole));
            if (Double.parseDouble(s) == v) {
                return s;
            }
        }
        return format(v, 17);
    }

    /** A vector as "(v₁, v₂, …)", each entry with {@code significant} digits ({@link #format(double, int)}). */
    public static String tuple(double[] v, int significant) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(format(v[i], significant));
        }
        return sb.append(')').toString();
    }

    public static String format(double v, int significant) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        int exp = (int) Math.floor(log10(v));
        // Scale to an integer with `significant` digits, fixing off-by-one from log10 rounding.
        long digits = Math.round(scaleDown(v, exp - significant + 1));
        long limit = pow10Long(significant);
        if (digits >= limit) {
            exp++;
            digits = Math.round(scaleDown(v, exp - significant + 1));
        }
        if (digits < limit / 10) {
            exp--;
            digits = Math.round(scaleDown(v, exp - significant + 1));
        }
        String ds = Long.toString(digits);
        int end = ds.length();
        while (end > 1 && ds.charAt(end - 1) == '0') {
            end--;
        }
        ds = ds.substring(0, end);
        if (exp >= -4 && exp < significant) {
            if (exp >= 0) {
                if (ds.length() <= exp + 1) {
                    sb.append(ds);
                    for (int i = ds.length(); i <= exp; i++) {
                        sb.append('0');
                    }
                } else {
                    sb.append(ds, 0, exp + 1).append('.').append(ds.substring(exp + 1));
                }
            } else {
                sb.append("0.");
                for (int i = -1; i > exp; i--) {
                    sb.append('0');
                }
                sb.append(ds);
            }
        } else {
            sb.append(ds.charAt(0));
            if (ds.length() > 1) {
                sb.append('.').append(ds.substring(1));
            }
            sb.append('e').append(exp);
        }
        return sb.toString();
    }

    private static double log10(double v) {
        // Only used to pick an exponent; the digits are corrected above, so the last bit of the
        // browser's log does not matter.
        return Math.log(v) / Math.log(10);
    }

    /** v·10^(−e), with one correctly rounded IEEE operation per engine, so all engines agree. */
    private static double scaleDown(double v, int e) {
        if (e > 300) {
            return scaleDown(v / tenTo(300), e - 300);
        }
        if (e < -300) {
            return scaleDown(v * tenTo(300), e + 300);
        }
        return e >= 0 ? v / tenTo(e) : v * tenTo(-e);
    }

    private static double tenTo(int n) {
        double r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }

    private static long pow10Long(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
