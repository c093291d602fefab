package dev.kappa.learn;

/**
 * Numbers as learners read them: up to 4 significant digits, no "E" exponent unless the magnitude
 * needs it, "−" never needed because ASCII minus is what a learner can type back.
 *
 * <p>Formatting goes through exact arithmetic on the decimal string that {@code Double.toString}
 * gives (the same on the JVM and in TeaVM), not through {@code Math.log10}, so every engine
 * prints the same characters.
 */
public final class NumberText {
    private static final int DIGITS = 4;

    private NumberText() {
    }

    /** {@code v} to 4 significant digits: 0.5, -3.056, 1.235e-06 → "1.235e-6", 12345 → "12350", 4e8 → "4e8". */
    public static String format(double v) {
        return format(v, DIGITS);
    }

    /** {@code v} to {@code digits} significant digits (1–17), trailing zeros dropped. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        boolean negative = v < 0;
        // Decompose |v| = 0.d1d2d3… × 10^exp from Java's shortest round-trip representation.
        String s = Double.toString(Math.abs(v));
        int e = 0;
        int ePos = s.indexOf('E');
        if (ePos >= 0) {
            e = Integer.parseInt(s.substring(ePos + 1));
            s = s.substring(0, ePos);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        String all = intPart + frac;
        int exp = intPart.length() + e;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        exp -= lead;
        String mant = all.substring(lead);
        // Round half up to `digits` digits, carrying into the exponent when needed.
        char[] d = new char[digits];
        for (int i = 0; i < digits; i++) {
            d[i] = i < mant.length() ? mant.charAt(i) : '0';
        }
        if (mant.length() > digits && mant.charAt(digits) >= '5') {
            int k = digits - 1;
            while (k >= 0) {
                if (d[k] == '9') {
                    d[k] = '0';
                    k--;
                } else {
                    d[k]++;
                    break;
                }
            }
            if (k < 0) {
                char[] nd = new char[digits];
                nd[0] = '1';
                for (int i = 1; i < digits; i++) {
                    nd[i] = '0';
                }
                d = nd;
                exp++;
            }
        }
        int len = digits;
        while (len > 1 && d[len - 1] == '0') {
            len--;
        }
        String digitsStr = new String(d, 0, len);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        // value = 0.digitsStr × 10^exp
        if (exp > 7 || exp < -4) {
            sb.append(digitsStr.charAt(0));
            if (len > 1) {
                sb.append('.').append(digitsStr, 1, len);
            }
            sb.append('e').append(exp - 1);
        } else if (exp <= 0) {
            sb.append("0.");
            for (int i = 0; i < -exp; i++) {
                sb.append('0');
            }
            sb.append(digitsStr);
        } else if (exp >= len) {
            sb.append(digitsStr);
            for (int i = len; i < exp; i++) {
                sb.append('0');
            }
        } else {
            sb.append(digitsStr, 0, exp).append('.').append(digitsStr, exp, len);
        }
        return sb.toString();
    }

    /** "(1, -2.5, 3)". */
    public static String formatVector(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(format(v[i]));
        }
        return sb.append(')').toString();
    }
}
