package dev.kappa.lab.plot;

/**
 * Chooses where a legend box goes among a few candidate rectangles (the plot's corners, in order of
 * preference): the one that the fewest data points and line pieces cross. Marks are fed in pixel
 * coordinates; ties keep the box where it was, then the earlier candidate, so a legend does not
 * hop between equally good corners while a slider moves.
 */
public final class LegendPlacement {
    private final double[][] boxes;
    private final int[] hits;

    /** Each box is {left, top, right, bottom} in pixels. */
    public LegendPlacement(double[][] boxes) {
        this.boxes = boxes;
        this.hits = new int[boxes.length];
    }

    public void point(double x, double y) {
        for (int b = 0; b < boxes.length; b++) {
            double[] r = boxes[b];
            if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3]) {
                hits[b]++;
            }
        }
    }

    public void segment(double xa, double ya, double xb, double yb) {
        for (int b = 0; b < boxes.length; b++) {
            if (crosses(boxes[b], xa, ya, xb, yb)) {
                hits[b]++;
            }
        }
    }

    /** The chosen box: fewest hits; among equals the {@code current} one if it is among them, else the first. */
    public int choice(int current) {
        int best = 0;
        for (int b = 1; b < boxes.length; b++) {
            if (hits[b] < hits[best]) {
                best = b;
            }
        }
        if (current >= 0 && current < boxes.length && hits[current] == hits[best]) {
            return current;
        }
        return best;
    }

    int hits(int box) {
        return hits[box];
    }

    /** Liang–Barsky: does the segment from a to b meet the rectangle r? Runs per line piece per frame: no allocation. */
    static boolean crosses(double[] r, double xa, double ya, double xb, double yb) {
        if (Math.max(xa, xb) < r[0] || Math.min(xa, xb) > r[2] || Math.max(ya, yb) < r[1] || Math.min(ya, yb) > r[3]) {
            return false; // bounding boxes apart: most pieces of a plot are far from a given corner
        }
        double dx = xb - xa;
        double dy = yb - ya;
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            double p = k == 0 ? -dx : k == 1 ? dx : k == 2 ? -dy : dy;
            double q = k == 0 ? xa - r[0] : k == 1 ? r[2] - xa : k == 2 ? ya - r[1] : r[3] - ya;
            if (p == 0) {
                if (q < 0) {
                    return false; // parallel to this edge and outside it
                }
                continue;
            }
            double t = q / p;
            if (p < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        return true;
    }
}
