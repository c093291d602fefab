package dev.kappa.lab.plot;

/**
 * Readable axis ticks. Linear: a step of 1, 2 or 5 times a power of ten chosen so that about
 * {@code target} ticks fall in the interval, every tick an exact multiple of the step (so 0 is a
 * tick whenever it is inside). Log10: the powers of ten inside the interval, thinned to every
 * second or third decade when there are many; when fewer than two decades fit, 1-2-5 values.
 */
public final class Ticks {
    private static final int MAX_TICKS = 64;

    private Ticks() {
    }

    /** The 1·2·5×10ᵏ step giving roughly {@code target} intervals over a span. */
    public static double niceStep(double span, int target) {
        if (!(span > 0) || Double.isInfinite(span)) {
            throw new IllegalArgumentException("span must be positive and finite but is " + span);
        }
        double raw = span / Math.max(1, target);
        int e = (int) Math.floor(log10(raw));
        double p = pow10(e);
        double m = raw / p;
        // Correct log10's last bit: keep 1 ≤ m < 10.
        if (m >= 10) {
            p *= 10;
            m /= 10;
        } else if (m < 1) {
            p /= 10;
            m *= 10;
        }
        double nice = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return nice * p;
    }

    /** Ticks k·step inside [lo, hi] (with a tolerance of 1e-9 step for rounding at the ends). */
    public static double[] linear(double lo, double hi, int target) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("ticks need lo < hi but got [" + lo + ", " + hi + "]");
        }
        double step = niceStep(hi - lo, target);
        double first = Math.ceil(lo / step - 1e-9);
        double last = Math.floor(hi / step + 1e-9);
        int n = (int) Math.min(MAX_TICKS, Math.max(0, last - first + 1));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double k = first + i;
            // k·step, then snapped to the decimal it stands for so labels read 0.3, not 0.30000000000000004.
            out[i] = snap(k * step, step);
        }
        return out;
    }

    /**
     * Integer ticks for an index axis (iteration k, degree d): the 1-2-5 step, at least 1, so a
     * short axis never shows 0.5 or 2.5.
     */
    public static double[] integer(double lo, double hi, int target) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("ticks need lo < hi but got [" + lo + ", " + hi + "]");
        }
        double step = Math.max(1, niceStep(hi - lo, target));
        double first = Math.ceil(lo / step - 1e-9);
        double last = Math.floor(hi / step + 1e-9);
        int n = (int) Math.min(MAX_TICKS, Math.max(0, last - first + 1));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (first + i) * step;
        }
        return out;
    }

    /**
     * Ticks of a symmetric log axis: 0 when inside, and ±10ᵏ (k ≥ 0) inside [lo, hi], thinned to
     * every second or third decade on each side so that at most about 9 remain.
     */
    public static double[] symlog(double lo, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("ticks need lo < hi but got [" + lo + ", " + hi + "]");
        }
        int top = (int) Math.floor(log10(Math.max(Math.max(Math.abs(lo), Math.abs(hi)), 1)) + 1e-9);
        int every = 1;
        while ((top + 1) / every > 4) {
            every++;
        }
        double[] out = new double[2 * (top / every + 1) + 1];
        int n = 0;
        for (int e = top - top % every; e >= 0; e -= every) {
            double v = -pow10(e);
            if (v >= lo && v <= hi) {
                out[n++] = v;
            }
        }
        if (lo <= 0 && hi >= 0) {
            out[n++] = 0;
        }
        for (int e = 0; e <= top; e += every) {
            double v = pow10(e);
            if (v >= lo && v <= hi) {
                out[n++] = v;
            }
        }
        double[] trimmed = new double[n];
        System.arraycopy(out, 0, trimmed, 0, n);
        return trimmed;
    }

    /** Powers of ten in [lo, hi], every d-th decade so that at most 8 remain; 1-2-5 inside a single decade. */
    public static double[] log(double lo, double hi) {
        if (!(lo > 0 && lo < hi)) {
            throw new IllegalArgumentException("log ticks need 0 < lo < hi but got [" + lo + ", " + hi + "]");
        }
        int e0 = (int) Math.ceil(log10(lo) - 1e-9);
        int e1 = (int) Math.floor(log10(hi) + 1e-9);
        if (e1 - e0 < 1) {
            double[] out = new double[MAX_TICKS];
            int n = 0;
            for (int e = e0 - 1; e <= e1 && n < MAX_TICKS; e++) {
                for (double m : new double[] {1, 2, 5}) {
                    double v = m * pow10(e);
                    if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) && n < MAX_TICKS) {
                        out[n++] = v;
                    }
                }
            }
            double[] trimmed = new double[n];
            System.arraycopy(out, 0, trimmed, 0, n);
            return trimmed;
        }
        int decades = e1 - e0 + 1;
        int every = 1;
        while (decades / every > 8) {
            every++;
        }
        int first = (int) Math.ceil(e0 / (double) every) * every;
        int n = 0;
        for (int e = first; e <= e1; e += every) {
            n++;
        }
        double[] out = new double[n];
        int i = 0;
        for (int e = first; e <= e1; e += every) {
            out[i++] = pow10(e);
        }
        return out;
    }

    /** 10ᵉ by exact multiplications/divisions from 1 (exact for |e| ≤ 22, correctly rounded beyond). */
    public static double pow10(int e) {
        double r = 1;
        if (e >= 0) {
            for (int i = 0; i < e && i < 400; i++) {
                r *= 10;
            }
        } else {
            double d = 1;
            for (int i = 0; i < -e && i < 400; i++) {
                d *= 10;
            }
            r = 1 / d;
        }
        return r;
    }

    static double log10(double v) {
        return Math.log(v) / Math.log(10);
    }

    /** The value k·step rounded to the number of decimals the step has. */
    private static double snap(double v, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-log10(step) - 1e-9));
        if (decimals == 0 || decimals > 15) {
            return v == 0 ? 0 : v; // also turns −0 into 0
        }
        double p = pow10(decimals);
        double r = Math.floor(v * p + 0.5) / p;
        return r == 0 ? 0 : r;
    }
}
