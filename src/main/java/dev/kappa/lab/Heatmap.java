package dev.kappa.lab;

/**
 * A matrix drawn as a greyscale picture on a plot: entry (i, j) of a rows×cols matrix is the
 * cell centred at (j + 1, i + 1) (1-based column and row, so ticks read as indices), black for
 * {@code lo} and white for {@code hi}, clamped between. Plots showing one usually declare
 * {@link PlotSpec#yDown()} so row 1 is at the top, as a matrix is written. Hovering a cell reads
 * its row, column and value. Non-finite entries are drawn as gaps.
 */
public final class Heatmap {
    private final String plot;
    private final int rows;
    private final int cols;
    private final double[] values;
    private final double lo;
    private final double hi;

    /** {@code values} row by row: entry (i, j) at i·cols + j. */
    public Heatmap(String plot, int rows, int cols, double[] values, double lo, double hi) {
        if (rows < 1 || cols < 1 || values.length != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " picture needs " + rows * cols
                    + " values, got " + values.length);
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("a picture's grey range needs lo < hi, got " + lo + " … " + hi);
        }
        this.plot = plot;
        this.rows = rows;
        this.cols = cols;
        this.values = values.clone();
        this.lo = lo;
        this.hi = hi;
    }

    /** The picture of a matrix given as rows, its grey range from its smallest to its largest entry. */
    public static Heatmap of(String plot, double[][] m) {
        int r = m.length;
        int c = m[0].length;
        double[] v = new double[r * c];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double x = m[i][j];
                v[i * c + j] = x;
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (!(lo < hi)) {
            double centre = Double.isFinite(lo) ? lo : 0;
            lo = centre - 1;
            hi = centre + 1;
        }
        return new Heatmap(plot, r, c, v, lo, hi);
    }

    public String plot() {
        return plot;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double value(int i, int j) {
        return values[i * cols + j];
    }

    /** The value drawn black. */
    public double lo() {
        return lo;
    }

    /** The value drawn white. */
    public double hi() {
        return hi;
    }

    /** Grey level of a value, 0 (black) … 1 (white); NaN for a gap. */
    public double grey(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
    }
}
