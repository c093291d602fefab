package dev.kappa.lab.plot;

/**
 * A map from a data interval [lo, hi] to a pixel interval [p0, p1] (p1 &lt; p0 for a y axis, whose
 * pixels grow downwards), linear, linear with integer ticks, log10, or symmetric log
 * (t = sign(v)·log₁₀(1 + |v|): linear near 0, logarithmic far out, defined for every sign). Pure
 * arithmetic, so it is tested on the JVM and the web layer only draws what it says.
 */
public final class Scale {
    private final double lo;
    private final double hi;
    private final double p0;
    private final double p1;
    private final Axis axis;
    private final boolean log;
    private final double tLo;
    private final double tHi;

    private Scale(double lo, double hi, double p0, double p1, Axis axis) {
        if (!(lo < hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("a scale needs finite lo < hi but got [" + lo + ", " + hi + "]");
        }
        if (axis == Axis.LOG && lo <= 0) {
            throw new IllegalArgumentException("a log scale needs lo > 0 but got " + lo);
        }
        this.lo = lo;
        this.hi = hi;
        this.p0 = p0;
        this.p1 = p1;
        this.axis = axis;
        this.log = axis == Axis.LOG;
        this.tLo = transform(lo);
        this.tHi = transform(hi);
    }

    public static Scale linear(double lo, double hi, double p0, double p1) {
        return new Scale(lo, hi, p0, p1, Axis.LINEAR);
    }

    public static Scale log10(double lo, double hi, double p0, double p1) {
        return new Scale(lo, hi, p0, p1, Axis.LOG);
    }

    /**
     * A scale of this kind over [lo, hi], repairing a range no scale can have (non-finite ends,
     * lo ≥ hi, lo ≤ 0 on a log axis) instead of throwing, so a plot always draws: fast
     * navigation or an overflowing run must never leave an uncaught error and a blank plot.
     */
    public static Scale of(Axis axis, double lo, double hi, double p0, double p1) {
        double[] r = repaired(axis, lo, hi);
        return new Scale(r[0], r[1], p0, p1, axis);
    }

    /** {lo, hi} made usable for a scale of this kind (unchanged when it already is). */
    public static double[] repaired(Axis axis, double lo, double hi) {
        double l = lo;
        double h = hi;
        if (axis == Axis.LOG) {
            if (!(h > 0) || !Double.isFinite(h)) {
                h = Double.isInfinite(h) && h > 0 ? 1e300 : 10;
            }
            if (!(l > 0) || !Double.isFinite(l)) {
                l = h * 1e-3;
            }
            if (!(l < h)) {
                l = h / 10;
            }
            return new double[] {l, h};
        }
        if (!Double.isFinite(l)) {
            l = Double.isInfinite(l) && l < 0 ? -1e300 : -1;
        }
        if (!Double.isFinite(h)) {
            h = Double.isInfinite(h) && h > 0 ? 1e300 : 1;
        }
        if (!(l < h)) {
            double w = Math.max(1, Math.abs(l) * 0.1);
            double c = l;
            l = c - w;
            h = c + w;
            if (!(l < h)) {
                l = -1;
                h = 1;
            }
        }
        return new double[] {l, h};
    }

    private double transform(double v) {
        switch (axis) {
            case LOG:
                return Ticks.log10(v);
            case SYMLOG:
                return v >= 0 ? Ticks.log10(1 + v) : -Ticks.log10(1 - v);
            default:
                return v;
        }
    }

    public Axis axis() {
        return axis;
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
            t = transform(v);
        }
        return p0 + (t - tLo) / (tHi - tLo) * (p1 - p0);
    }

    /** The data value at a pixel (the inverse of {@link #toPixel}). */
    public double toData(double pixel) {
        double t = tLo + (pixel - p0) / (p1 - p0) * (tHi - tLo);
        switch (axis) {
            case LOG:
                return Math.pow(10, t);
            case SYMLOG:
                return t >= 0 ? Math.pow(10, t) - 1 : 1 - Math.pow(10, -t);
            default:
                return t;
        }
    }

    /** Pixels per data unit (linear scales). */
    public double pixelsPerUnit() {
        return (p1 - p0) / (tHi - tLo);
    }

    /** The readable tick values inside [lo, hi]. */
    public double[] ticks(int target) {
        switch (axis) {
            case LOG:
                return Ticks.log(lo, hi);
            case SYMLOG:
                return Ticks.symlog(lo, hi);
            case INDEX:
                return Ticks.integer(lo, hi, target);
            default:
                return Ticks.linear(lo, hi, target);
        }
    }
}
