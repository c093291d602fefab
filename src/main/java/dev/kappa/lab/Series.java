package dev.kappa.lab;

/**
 * One named, plot-ready data series: points (xᵢ, yᵢ) drawn on the plot {@code plot} as a line or
 * as separate points. Non-finite y values mean "no value here" (a gap), never a number to draw.
 */
public final class Series {
    /** How a series is drawn. */
    public enum Style { LINE, POINTS, DASHED }

    private final String plot;
    private final String name;
    private final Style style;
    private final double[] x;
    private final double[] y;
    private boolean paired;

    public Series(String plot, String name, Style style, double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": x and y must have the same length");
        }
        this.plot = plot;
        this.name = name;
        this.style = style;
        this.x = x.clone();
        this.y = y.clone();
    }

    /**
     * This series is drawn in the colour of the series before it on the same plot (a validation
     * curve dashed beside its training curve), so one colour names one variant. Returns this.
     */
    public Series pairedWithPrevious() {
        paired = true;
        return this;
    }

    public boolean paired() {
        return paired;
    }

    /** The id of the plot this series belongs to (see {@link PlotSpec#id()}). */
    public String plot() {
        return plot;
    }

    public String name() {
        return name;
    }

    public Style style() {
        return style;
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }
}
