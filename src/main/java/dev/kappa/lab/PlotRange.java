package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.lab.plot.Scale;

/**
 * The data ranges of one plot of a {@link LabOutput}, decided here (pure, tested on the JVM) so the
 * view only draws. In order of precedence: the plot's fixed range; the extent of its matrix
 * picture; of its contour field; else the extent of its finite series values, point markers and
 * arrows (a vertical marker widens x, a horizontal one y). Then, on the y axis:
 * <ul>
 * <li>{@link PlotSpec#clipAboveStart}: values above factor × the largest first value of a series
 * are left out (a diverging run), and {@link #clippedAbove()} says how high the data went;</li>
 * <li>a log axis keeps at most 20 decades below its top, and values under a declared
 * {@link PlotSpec#floor} are drawn on it, so the floor bounds the range from below;</li>
 * <li>padding: 5% of the span on a linear axis, the factor (hi/lo)^(1/16) at each end of a log one.</li>
 * </ul>
 * Values beyond 1e250 (below 1e-250 on a log axis) are cut off so the padded range stays finite,
 * an empty or one-valued axis gets a unit span, and whatever comes out is a range a {@link Scale}
 * accepts ({@link Scale#repaired}).
 */
public final class PlotRange {
    /** A log y axis shows at most 20 decades below its largest value (rounding-level values would squash the rest). */
    static final double LOWEST_FRACTION = 1e-20;

    private final double[] range;
    private final double clippedAbove;
    private final boolean floored;

    private PlotRange(double[] range, double clippedAbove, boolean floored) {
        this.range = range;
        this.clippedAbove = clippedAbove;
        this.floored = floored;
    }

    /** {xLo, xHi, yLo, yHi}. */
    public double[] range() {
        return range.clone();
    }

    /** The largest y value left above the plot by clipping, or NaN when nothing was clipped. */
    public double clippedAbove() {
        return clippedAbove;
    }

    /** Whether some value lies below the plot's floor (and is drawn on it). */
    public boolean floored() {
        return floored;
    }

    /** The range with every iteration on display. */
    public static PlotRange of(PlotSpec spec, LabOutput out) {
        return of(spec, out, out.steps());
    }

    /** The range with iterations 0…{@code step} on display: a series not {@link Series#visibleAt visible} then is left out. */
    public static PlotRange of(PlotSpec spec, LabOutput out, int step) {
        String id = spec.id();
        double[] fixed = spec.fixedRange();
        if (fixed != null) {
            return new PlotRange(usable(spec, fixed), Double.NaN, false);
        }
        for (Heatmap h : out.heatmaps()) {
            if (h.plot().equals(id)) {
                return new PlotRange(usable(spec, new double[] {0.5, h.cols() + 0.5, 0.5, h.rows() + 0.5}),
                        Double.NaN, false);
            }
        }
        for (FieldGrid g : out.grids()) {
            if (g.plot().equals(id)) {
                return new PlotRange(usable(spec, new double[] {g.xMin(), g.xMax(), g.yMin(), g.yMax()}), Double.NaN,
                        false);
            }
        }
        boolean logX = spec.xAxis() == Axis.LOG;
        boolean logY = spec.yAxis() == Axis.LOG;
        double cap = Double.POSITIVE_INFINITY;
        if (spec.clipAboveStart() > 0) {
            double first = 0;
            for (Series s : out.series()) {
                if (s.plot().equals(id)) {
                    for (int i = 0; i < s.size(); i++) {
                        if (usable(s.y(i), logY)) {
                            first = Math.max(first, Math.abs(s.y(i)));
                            break;
                        }
                    }
                }
            }
            if (first > 0) {
                cap = first * spec.clipAboveStart();
            }
        }
        double[] x = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] y = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double clipped = Double.NaN;
        boolean floored = false;
        double floor = logY ? spec.floor() : 0;
        for (Series s : out.series()) {
            if (!s.plot().equals(id) || !s.visibleAt(step, out.steps())) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                double xi = s.x(i);
                double yi = s.y(i);
                if (floor > 0 && Double.isFinite(yi) && yi < floor) {
                    yi = floor; // drawn on the floor (0 included)
                    floored = true;
                }
                if (yi == Double.POSITIVE_INFINITY && cap < Double.POSITIVE_INFINITY) {
                    clipped = yi; // overflowed: above any cap
                    continue;
                }
                if (!usable(xi, logX) || !usable(yi, logY)) {
                    continue;
                }
                widen(x, xi);
                if (yi > cap) {
                    clipped = Double.isNaN(clipped) ? yi : Math.max(clipped, yi);
                    continue;
                }
                widen(y, yi);
            }
        }
        for (Marker m : out.markers()) {
            if (!m.plot().equals(id)) {
                continue;
            }
            if (m.kind() != Marker.Kind.HORIZONTAL && usable(m.x(), logX)) {
                widen(x, m.x());
            }
            if (m.kind() != Marker.Kind.VERTICAL && usable(m.y(), logY) && m.y() <= cap) {
                widen(y, m.y());
            }
            if (m.kind() == Marker.Kind.ARROW) {
                if (usable(m.x2(), logX)) {
                    widen(x, m.x2());
                }
                if (usable(m.y2(), logY)) {
                    widen(y, m.y2());
                }
            }
        }
        if (logY) {
            double lowest = Math.max(floor, y[1] * LOWEST_FRACTION);
            if (lowest > 0 && y[1] > lowest) {
                y[0] = Math.max(y[0], lowest);
            }
        }
        double[] xr = pad(x, logX);
        double[] yr = pad(y, logY);
        return new PlotRange(usable(spec, new double[] {xr[0], xr[1], yr[0], yr[1]}), clipped, floored);
    }

    private static double[] usable(PlotSpec spec, double[] r) {
        double[] x = Scale.repaired(spec.xAxis(), r[0], r[1]);
        double[] y = Scale.repaired(spec.yAxis(), r[2], r[3]);
        return new double[] {x[0], x[1], y[0], y[1]};
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    private static void widen(double[] r, double v) {
        r[0] = Math.min(r[0], v);
        r[1] = Math.max(r[1], v);
    }

    private static double root16(double v) {
        return Math.sqrt(Math.sqrt(Math.sqrt(Math.sqrt(v))));
    }

    static double[] pad(double[] r, boolean log) {
        // A diverged run reaches 1e300 and beyond (or underflows towards 0): keep the padded range finite.
        double lo = Math.max(r[0], log ? 1e-250 : -1e250);
        double hi = Math.min(r[1], 1e250);
        if (!(lo <= hi)) {
            return log ? new double[] {0.1, 10} : new double[] {-1, 1};
        }
        if (log) {
            if (hi <= lo * 1.0000001) {
                return new double[] {lo / 10, hi * 10};
            }
            // Four square roots, not Math.pow: the same padding on every engine.
            double f = root16(hi) / root16(lo); // (hi/lo)^(1/16) without overflowing hi/lo
            return new double[] {lo / f, hi * f};
        }
        if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) {
            double w = Math.max(1, Math.abs(hi) * 0.1);
            return new double[] {lo - w, hi + w};
        }
        double p = (hi - lo) * 0.05;
        return new double[] {lo - p, hi + p};
    }
}
