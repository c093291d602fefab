package dev.kappa.optim;

import java.util.ArrayList;

/**
 * The iterates w₀, w₁, …, wₖ of an optimizer and their objective values, all finite.
 *
 * <p>Point 0 is the start. When a step produced a non-finite point or value the trajectory stops
 * at the last finite point and {@link #diverged()} is true, with {@link #divergedAtStep()} the
 * index of the step that failed (so the last point is {@code divergedAtStep() − 1}). A view can
 * therefore draw every point it is given.
 */
public final class Trajectory {
    private final ArrayList<double[]> points = new ArrayList<>();
    private double[] values = new double[16];
    private int divergedAt = -1;
    private String divergenceReason = "";

    Trajectory(double[] start, double value) {
        add(start, value);
    }

    void add(double[] w, double value) {
        if (points.size() == values.length) {
            double[] grown = new double[2 * values.length];
            System.arraycopy(values, 0, grown, 0, values.length);
            values = grown;
        }
        values[points.size()] = value;
        points.add(w.clone());
    }

    void markDiverged(int step, String reason) {
        divergedAt = step;
        divergenceReason = reason;
    }

    /** Number of recorded points (steps taken + 1). */
    public int size() {
        return points.size();
    }

    /** A copy of wₖ. */
    public double[] point(int k) {
        return points.get(k).clone();
    }

    /** f(wₖ). */
    public double value(int k) {
        if (k < 0 || k >= points.size()) {
            throw new IndexOutOfBoundsException("iterate " + k + " of a trajectory with " + points.size() + " points");
        }
        return values[k];
    }

    /** The last recorded (finite) point. */
    public double[] last() {
        return point(points.size() - 1);
    }

    /** All points, copied, as a size()×n array. */
    public double[][] points() {
        double[][] out = new double[points.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = points.get(k).clone();
        }
        return out;
    }

    /** All values, copied. */
    public double[] values() {
        double[] out = new double[points.size()];
        System.arraycopy(values, 0, out, 0, out.length);
        return out;
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** The step index at which a value became non-finite, or −1. */
    public int divergedAtStep() {
        return divergedAt;
    }

    /** Why the run diverged (empty when it did not). */
    public String divergenceReason() {
        return divergenceReason;
    }
}
