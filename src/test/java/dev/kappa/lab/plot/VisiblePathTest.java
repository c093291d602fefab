package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Rng;
import org.junit.jupiter.api.Test;

/**
 * The screen's share of a polyline: clipped to the frame, decimated to the tolerance, and for a
 * dashed line with each piece's dash offset at the original arc length. The paths are seeded random
 * walks and the optimizer race's worst case (a run diverging to the ±10⁵ px clamp).
 */
class VisiblePathTest {
    // a 600×400 frame at (50, 10), half a pixel's tolerance
    private static final double LEFT = 50;
    private static final double TOP = 10;
    private static final double RIGHT = 650;
    private static final double BOTTOM = 410;
    private static final double TOL = 0.5;

    private static VisiblePath visible(double[] x, double[] y, boolean keepPhase) {
        return VisiblePath.of(x, y, LEFT, TOP, RIGHT, BOTTOM, TOL, keepPhase);
    }

    /** n steps of a seeded walk from the frame's centre, each coordinate moving by up to ±step px. */
    private static double[][] walk(long seed, int n, double step) {
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        x[0] = 350;
        y[0] = 210;
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + step * (2 * rng.uniform() - 1);
            y[i] = y[i - 1] + step * (2 * rng.uniform() - 1);
        }
        return new double[][] {x, y};
    }

    private static boolean inside(double x, double y) {
        return x > LEFT && x < RIGHT && y > TOP && y < BOTTOM;
    }

    @Test
    void aPathInsideTheFrameKeepsItsFirstAndLastPoint() {
        double[][] w = walk(1, 3000, 0.2); // 0.2 px steps: most points are dropped
        VisiblePath p = visible(w[0], w[1], false);
        assertEquals(1, p.pieces(), "a path wholly inside is one piece");
        double[] xs = p.xs(0);
        double[] ys = p.ys(0);
        assertEquals(w[0][0], xs[0]);
        assertEquals(w[1][0], ys[0]);
        assertEquals(w[0][2999], xs[xs.length - 1]);
        assertEquals(w[1][2999], ys[ys.length - 1]);
        assertTrue(xs.length < 1500, "sub-pixel steps are decimated: " + xs.length + " of 3000 vertices kept");
    }

    @Test
    void everyDrawnVertexIsAnOriginalOneOrWhereASegmentCrossesTheFrame() {
        double[][] w = walk(2, 4000, 40); // large steps: in and out of the frame
        w[0][1000] = Double.NaN; // and a break
        VisiblePath p = visible(w[0], w[1], true);
        assertTrue(p.pieces() > 3, "the walk leaves and re-enters the frame");
        for (int k = 0; k < p.pieces(); k++) {
            for (int j = 0; j < p.xs(k).length; j++) {
                double vx = p.xs(k)[j];
                double vy = p.ys(k)[j];
                boolean original = false;
                for (int i = 0; i < w[0].length && !original; i++) {
                    original = vx == w[0][i] && vy == w[1][i];
                }
                boolean onEdge = Math.abs(vx - LEFT) < 1e-9 || Math.abs(vx - RIGHT) < 1e-9
                        || Math.abs(vy - TOP) < 1e-9 || Math.abs(vy - BOTTOM) < 1e-9;
                assertTrue(original || onEdge && distanceToPath(vx, vy, w[0], w[1]) < 1e-9,
                        "piece " + k + " vertex " + j + " (" + vx + ", " + vy + ") was moved");
                assertTrue(vx >= LEFT - 1e-9 && vx <= RIGHT + 1e-9 && vy >= TOP - 1e-9 && vy <= BOTTOM + 1e-9,
                        "piece " + k + " vertex " + j + " (" + vx + ", " + vy + ") is outside the frame");
            }
        }
    }

    @Test
    void everyDroppedPointInsideTheFrameIsWithinTheToleranceOfTheDrawing() {
        double[][] w = walk(3, 5000, 0.7);
        VisiblePath p = visible(w[0], w[1], false);
        for (int i = 0; i < w[0].length; i++) {
            if (!inside(w[0][i], w[1][i])) {
                continue;
            }
            double d = Double.POSITIVE_INFINITY;
            for (int k = 0; k < p.pieces(); k++) {
                d = Math.min(d, distanceToPath(w[0][i], w[1][i], p.xs(k), p.ys(k)));
            }
            assertTrue(d <= TOL, "point " + i + " is " + d + " px from the drawn line");
        }
    }

    @Test
    void aLineAlongTheFrameKeepsAtMostAVertexPerHalfPixelOfItsLength() {
        // a loss curve: 5000 iterations across 600 px, falling 400 px, with sub-pixel noise
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        Rng rng = new Rng(4);
        for (int i = 0; i < n; i++) {
            x[i] = LEFT + 600.0 * i / (n - 1);
            y[i] = TOP + 400 - 400 * Math.exp(-i / 700.0) + 0.05 * rng.uniform();
        }
        VisiblePath p = visible(x, y, false);
        double length = 0;
        for (int i = 1; i < n; i++) {
            length += Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
        assertTrue(length < 1200, "the curve's own length: " + length);
        assertTrue(p.vertices() <= length / TOL + 2, p.vertices() + " vertices for a curve of " + length + " px");
    }

    @Test
    void aRunDivergingOffThePlotKeepsOnlyTheSegmentToTheFrame() {
        // the optimizer race at its maxima: AdamW leaves for (1e5, -1e5), the canvas clamp
        // and comes back through (350, 210) to twice as far
        double[] x = {300, 320, 1e5, -99300};
        double[] y = {200, 190, -1e5, 100420};
        VisiblePath p = visible(x, y, true);
        assertEquals(2, p.pieces(), "out to the clamp, and back through the frame");
        assertEquals(0, p.offset(0));
        assertEquals(3, p.xs(0).length);
        double ex = p.xs(0)[2];
        double ey = p.ys(0)[2];
        assertEquals(TOP, ey, 1e-9, "leaves through the top");
        // the way back crosses the frame: it starts where it enters, at its arc length from the start
        double back = Math.hypot(20, 10) + Math.hypot(1e5 - 320, 1e5 + 190);
        double enter = back + Math.hypot(p.xs(1)[0] - 1e5, p.ys(1)[0] + 1e5);
        assertEquals(enter, p.offset(1), 1e-6 * enter);
        assertTrue(ex > 300 && ex < RIGHT, "exit point " + ex);
        assertEquals(0, visible(new double[] {-1e5, -1e4}, new double[] {-1e5, 1e5}, true).pieces(),
                "a line that never comes near the frame draws nothing");
    }

    @Test
    void aDashedPiecesOffsetIsTheOriginalArcLengthAndItsDriftStaysWithinTheTolerance() {
        // a wiggle of 0.3 px steps that makes little headway: decimation loses length all the time
        double[][] w = walk(5, 4000, 0.3);
        VisiblePath p = visible(w[0], w[1], true);
        double[] arc = new double[w[0].length];
        for (int i = 1; i < arc.length; i++) {
            arc[i] = arc[i - 1] + Math.hypot(w[0][i] - w[0][i - 1], w[1][i] - w[1][i - 1]);
        }
        assertTrue(p.pieces() > 1, "the phase was resynchronised");
        int from = 0;
        for (int k = 0; k < p.pieces(); k++) {
            double[] xs = p.xs(k);
            double[] ys = p.ys(k);
            double drawn = 0;
            for (int j = 0; j < xs.length; j++) {
                int i = from;
                while (!(w[0][i] == xs[j] && w[1][i] == ys[j])) {
                    i++;
                }
                from = i;
                if (j == 0) {
                    assertEquals(arc[i], p.offset(k), 1e-9, "piece " + k + "'s dash offset");
                } else {
                    drawn += Math.hypot(xs[j] - xs[j - 1], ys[j] - ys[j - 1]);
                    if (j < xs.length - 1) {
                        double drift = arc[i] - p.offset(k) - drawn;
                        assertTrue(drift <= TOL, "piece " + k + " vertex " + j + ": dashes off by " + drift + " px");
                    }
                }
            }
        }
        assertEquals(w[0].length - 1, from, "the last piece ends at the last point");
    }

    /** The distance from (x, y) to the nearest segment of a polyline (non-finite points break it). */
    private static double distanceToPath(double x, double y, double[] xs, double[] ys) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                continue;
            }
            best = Math.min(best, Math.hypot(x - xs[i], y - ys[i]));
            if (i + 1 < xs.length && Double.isFinite(xs[i + 1]) && Double.isFinite(ys[i + 1])) {
                double dx = xs[i + 1] - xs[i];
                double dy = ys[i + 1] - ys[i];
                double len2 = dx * dx + dy * dy;
                if (len2 > 0) {
                    double t = Math.max(0, Math.min(1, ((x - xs[i]) * dx + (y - ys[i]) * dy) / len2));
                    best = Math.min(best, Math.hypot(x - xs[i] - t * dx, y - ys[i] - t * dy));
                }
            }
        }
        return best;
    }
}
