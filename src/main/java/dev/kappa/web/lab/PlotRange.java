package dev.kappa.web.lab;

import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Marker;
import dev.kappa.lab.PlotSpec;
import dev.kappa.lab.Series;

/**
 * The data ranges of one plot: the extent of its finite series values and point markers (a vertical
 * marker widens x, a horizontal one widens y), padded by 5% of the span on a linear axis and by the
 * factor (hi/lo)^(1/16) at each end on a log axis, where only positive values count. Values beyond 1e250 (and below
 * 1e-250 on a log axis) are cut off so the padded range stays finite. An empty or one-valued
 * axis gets a unit span around its value so the plot always has a range.
 */
final class PlotRange {
    private PlotRange() {
    }

    /** A log y axis shows at most 20 decades below its largest value (rounding-level values would squash the rest). */
    static final double LOWEST_FRACTION = 1e-20;

    /**
     * {xLo, xHi, yLo, yHi}; on a log y axis values below {@code logFloor} (when positive) are left
     * out of the range, drawn clipped at the bottom.
     */
    static double[] of(PlotSpec spec, LabOutput out, double logFloor) {
        double[] x = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] y = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series s : out.series()) {
            if (!s.plot().equals(spec.id())) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                double xi = s.x(i);
                double yi = s.y(i);
                if (usable(xi, spec.logX()) && usable(yi, spec.logY())) {
                    widen(x, xi);
                    widen(y, yi);
                }
            }
        }
        for (Marker m : out.markers()) {
            if (!m.plot().equals(spec.id())) {
                continue;
            }
            if (m.kind() != Marker.Kind.HORIZONTAL && usable(m.x(), spec.logX())) {
                widen(x, m.x());
            }
            if (m.kind() != Marker.Kind.VERTICAL && usable(m.y(), spec.logY())) {
                widen(y, m.y());
            }
        }
        if (spec.logY()) {
            double floor = Math.max(logFloor, y[1] * LOWEST_FRACTION);
            if (floor > 0 && y[1] > floor) {
                y[0] = Math.max(y[0], floor);
            }
        }
        double[] xr = pad(x, spec.logX());
        double[] yr = pad(y, spec.logY());
        return new double[] {xr[0], xr[1], yr[0], yr[1]};
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
        // A diverged run reaches 1e300 and beyond (or underflows towards 0): keep the padded range finite (Plot ignores a non-finite one).
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
