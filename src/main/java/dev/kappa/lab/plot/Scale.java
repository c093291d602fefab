package dev.kappa.lab.plot;

/**
 * A map from a data interval [lo, hi] to a pixel interval [p0, p1] (p1 &lt; p0 for a y axis, whose
 * pixels grow downwards), linear or log10. Pure arithmetic, so it is tested on the JVM and the
 * web layer only draws what it says.
 */
public final class Scale {
    private final double lo;
    private final double hi;
    private final double p0;
    private final double p1;
    private final boolean log;
    private final double tLo;
    private final double tHi;

    private Scale(double lo, double hi, double p0, double p1, boolean log) {
        if (!(lo < hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("a scale needs finite lo < hi but got [" + lo + ", " + hi + "]");
        }
        if (log && lo <= 0) {
            throw new IllegalArgumentException("a log scale needs lo > 0 but got " + lo);
        }
        this.lo = lo;
        this.hi = hi;
        this.p0 = p0;
        this.p1 = p1;
        this.log = log;
        this.tLo = log ? Ticks.log10(lo) : lo;
        this.tHi = log ? Ticks.log10(hi) : hi;
    }

    public static Scale linear(double lo, double hi, double p0, double p1) {
        return new Scale(lo, hi, p0, p1, false);
    }

    public static Scale log10(double lo, double hi, double p0, double p1) {
        return new Scale(lo, hi, p0, p1, true);
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean isLog() {
        return log;
    }

    /** The pixel of a data value; values outside the interval map outside [p0, p1] (log: v ≤ 0 → −∞ side). */
    public double toPixel(double v) {
        double t;
        if (log) {
            t = v > 0 ? Ticks.log10(v) : tLo - 1e3 * (tHi - tLo);
        } else {
            t = v;
        }
        return p0 + (t - tLo) / (tHi - tLo) * (p1 - p0);
    }

    /** The data value at a pixel (the inverse of {@link #toPixel}). */
    public double toData(double pixel) {
        double t = tLo + (pixel - p0) / (p1 - p0) * (tHi - tLo);
        return log ? Math.pow(10, t) : t;
    }

    /** Pixels per data unit (linear scales). */
    public double pixelsPerUnit() {
        return (p1 - p0) / (tHi - tLo);
    }

    /** The readable tick values inside [lo, hi]. */
    public double[] ticks(int target) {
        return log ? Ticks.log(lo, hi) : Ticks.linear(lo, hi, target);
    }
}
