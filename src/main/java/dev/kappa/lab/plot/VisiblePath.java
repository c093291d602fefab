package dev.kappa.lab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a canvas needs to stroke of a polyline, in pixels: the parts inside a frame, at the
 * resolution of the screen.
 *
 * <p>The polyline is given by its vertices (x, y) in pixels; a non-finite coordinate breaks it,
 * and each unbroken run is a subpath whose dash pattern starts afresh, as on a canvas. The result
 * is a list of pieces, each an open polyline with the arc length of the original subpath at its
 * first vertex ({@link #offset}), so a dashed piece stroked with that {@code lineDashOffset} puts
 * its dashes exactly where the whole subpath would have put them.
 *
 * <ul>
 *   <li><b>Clipping.</b> Every segment is clipped to the frame (Liang–Barsky: the part of
 *       a + t(b − a), 0 ≤ t ≤ 1, inside the rectangle). A caller passes the visible frame grown by
 *       more than half the line width, so a cut end's cap cannot reach the visible part. Without
 *       this, a run that diverges to ±10⁵ px is dashed along all of its length off the plot
 *       (optimizer-race at its maxima spent ~300 ms rasterizing one such dashed line).</li>
 *   <li><b>Decimation.</b> Inside a piece a vertex is kept when it lies at least
 *       {@code tolerance} from the last kept one; the first and last vertex of a piece (also the
 *       points where it enters and leaves the frame) are always kept. Kept vertices are original
 *       vertices or points of the original segments, never moved; every dropped vertex lies within
 *       {@code tolerance} of the last kept vertex. A piece of arc length ℓ keeps at most
 *       ℓ/tolerance + 2 vertices.</li>
 *   <li><b>Dash phase.</b> Dropping vertices shortens the path (a wiggle below the tolerance has
 *       length); with {@code keepPhase} a piece ends at a kept vertex once the drawn length has
 *       fallen more than {@code tolerance} behind the original, and the next piece starts there with
 *       the original arc length as its offset, so no dash drifts by more than {@code tolerance}.</li>
 * </ul>
 */
public final class VisiblePath {
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final double tolerance;
    private final boolean keepPhase;
    private final List<double[]> xs = new ArrayList<>();
    private final List<double[]> ys = new ArrayList<>();
    private final List<Double> offsets = new ArrayList<>();

    // the piece being built
    private double[] px = new double[16];
    private double[] py = new double[16];
    private int n;
    private boolean open;
    private double pieceOffset;
    private double drawn;
    private boolean pending;
    private double pendingX;
    private double pendingY;

    private VisiblePath(double left, double top, double right, double bottom, double tolerance, boolean keepPhase) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.tolerance = tolerance;
        this.keepPhase = keepPhase;
    }

    /**
     * The pieces of the polyline ({@code x[i]}, {@code y[i]}) (pixels; non-finite breaks it) inside
     * [left, right] × [top, bottom], decimated to {@code tolerance} pixels; {@code keepPhase} for a
     * dashed line (see the class comment).
     */
    public static VisiblePath of(double[] x, double[] y, double left, double top, double right, double bottom,
            double tolerance, boolean keepPhase) {
        VisiblePath p = new VisiblePath(left, top, right, bottom, tolerance, keepPhase);
        p.trace(x, y);
        return p;
    }

    public int pieces() {
        return xs.size();
    }

    public double[] xs(int piece) {
        return xs.get(piece);
    }

    public double[] ys(int piece) {
        return ys.get(piece);
    }

    /** The original subpath's arc length (pixels) at the piece's first vertex: its dash offset. */
    public double offset(int piece) {
        return offsets.get(piece);
    }

    /** The number of vertices over all pieces. */
    public int vertices() {
        int total = 0;
        for (double[] v : xs) {
            total += v.length;
        }
        return total;
    }

    private void trace(double[] x, double[] y) {
        int count = Math.min(x.length, y.length);
        boolean pen = false;
        double s = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                pen = false;
                close();
                continue;
            }
            if (!pen) {
                pen = true;
                s = 0; // a new subpath: its dashes start afresh
                continue;
            }
            double ax = x[i - 1];
            double ay = y[i - 1];
            double dx = x[i] - ax;
            double dy = y[i] - ay;
            double len = Math.hypot(dx, dy);
            double[] t = clip(ax, ay, dx, dy);
            if (t == null) {
                close();
            } else {
                if (!open || t[0] > 0) {
                    close();
                    start(ax + t[0] * dx, ay + t[0] * dy, s + t[0] * len);
                }
                if (t[1] < 1) {
                    add(ax + t[1] * dx, ay + t[1] * dy, s + t[1] * len);
                    close();
                } else {
                    add(x[i], y[i], s + len);
                }
            }
            s += len;
        }
        close();
    }

    /**
     * The parameters {t0, t1} of the part of a + t·d (0 ≤ t ≤ 1) inside the frame, or null
     * (Liang–Barsky: each edge bounds t from one side, by where the line crosses it).
     */
    private double[] clip(double ax, double ay, double dx, double dy) {
        double[] t = {0, 1};
        if (bound(-dx, ax - left, t) && bound(dx, right - ax, t) && bound(-dy, ay - top, t)
                && bound(dy, bottom - ay, t)) {
            return t;
        }
        return null;
    }

    /** One edge's constraint p·t ≤ q on {t0, t1}; false when nothing is left. */
    private static boolean bound(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0; // parallel to the edge: inside or outside for all t
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    private void start(double x, double y, double s) {
        n = 0;
        open = true;
        pieceOffset = s;
        drawn = 0;
        pending = false;
        append(x, y);
    }

    /** A vertex at original arc length s: kept if far enough from the last kept one, else held as the piece's possible end. */
    private void add(double x, double y, double s) {
        if (Math.hypot(x - px[n - 1], y - py[n - 1]) >= tolerance) {
            keep(x, y, s);
        } else {
            pending = true;
            pendingX = x;
            pendingY = y;
        }
    }

    private void keep(double x, double y, double s) {
        drawn += Math.hypot(x - px[n - 1], y - py[n - 1]);
        append(x, y);
        pending = false;
        if (keepPhase && (s - pieceOffset) - drawn > tolerance) {
            finish();
            start(x, y, s); // the dashes are back in step from here
        }
    }

    private void append(double x, double y) {
        if (n == px.length) {
            px = java.util.Arrays.copyOf(px, 2 * n);
            py = java.util.Arrays.copyOf(py, 2 * n);
        }
        px[n] = x;
        py[n] = y;
        n++;
    }

    /** Ends the open piece, keeping its last vertex. */
    private void close() {
        if (!open) {
            return;
        }
        if (pending) {
            drawn += Math.hypot(pendingX - px[n - 1], pendingY - py[n - 1]);
            append(pendingX, pendingY);
            pending = false;
        }
        finish();
    }

    private void finish() {
        if (n >= 2) {
            xs.add(java.util.Arrays.copyOf(px, n));
            ys.add(java.util.Arrays.copyOf(py, n));
            offsets.add(pieceOffset);
        }
        open = false;
        n = 0;
    }
}
