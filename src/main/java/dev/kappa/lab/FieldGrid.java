package dev.kappa.lab;

import dev.kappa.lab.plot.MarchingSquares;

/**
 * Values of a 2-D function on a regular grid, for contour plots: value(i, j) = f(x_i, y_j) with
 * x_i = xMin + i·(xMax − xMin)/(nx − 1), y_j likewise, plus suggested contour levels (ascending).
 * Stored row by row in y: index j·nx + i. Non-finite values are gaps. Levels below
 * {@link #reference()} (a saddle's, below its stationary value) are drawn dashed in other colours.
 */
public final class FieldGrid {
    private final String plot;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int nx;
    private final int ny;
    private final double[] values;
    private final double[] levels;
    private double reference = Double.NEGATIVE_INFINITY;
    private double[][] contours;

    public FieldGrid(String plot, double xMin, double xMax, double yMin, double yMax, int nx, int ny, double[] values,
            double[] levels) {
        if (nx < 2 || ny < 2 || values.length != nx * ny) {
            throw new IllegalArgumentException("a " + nx + "×" + ny + " grid needs " + nx * ny + " values, got "
                    + values.length);
        }
        this.plot = plot;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.nx = nx;
        this.ny = ny;
        this.values = values.clone();
        this.levels = levels.clone();
    }

    public String plot() {
        return plot;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public double x(int i) {
        return xMin + (xMax - xMin) * i / (nx - 1);
    }

    public double y(int j) {
        return yMin + (yMax - yMin) * j / (ny - 1);
    }

    public double value(int i, int j) {
        return values[j * nx + i];
    }

    public double[] levels() {
        return levels.clone();
    }

    /**
     * The segments (x₁, y₁, x₂, y₂ each) of level k's contour by marching squares, computed once per
     * grid: a model keeps its grid while only a start point moves, so a drag redraws the contours
     * without tracing them again. The array is shared: callers must not change it.
     */
    public double[] contour(int k) {
        if (contours == null) {
            contours = new double[levels.length][];
        }
        if (contours[k] == null) {
            contours[k] = MarchingSquares.contour(values, nx, ny, xMin, xMax, yMin, yMax, levels[k]);
        }
        return contours[k];
    }

    /** Levels below {@code value} are drawn dashed (and levels are coloured by distance from it). Returns this. */
    public FieldGrid reference(double value) {
        reference = value;
        return this;
    }

    /** The value contours are coloured around; −∞ when none was set (every level above it). */
    public double reference() {
        return reference;
    }
}
