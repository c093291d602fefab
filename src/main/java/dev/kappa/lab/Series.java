package dev.kappa.lab;

/**
 * One named, plot-ready data series: points (xᵢ, yᵢ) drawn on the plot {@code plot} as a line or
 * as separate points, in the look its plot declares for its name ({@link PlotSpec#series}).
 * Non-finite values mean "no value here" (a gap), never a number to draw. An {@link #animated()}
 * series is an iteration, point k being iterate k: the view's Play and Step reveal it point by point.
 * A series {@link #shownAt shown at} a window of iterations is a frame of the player instead: drawn
 * only while one of those iterations is on display.
 */
public final class Series {
    /** How a series is drawn: a polyline or separate points. */
    public enum Style { LINE, POINTS }

    private final String plot;
    private final String name;
    private final Style style;
    private final double[] x;
    private final double[] y;
    private boolean animated;
    /** The iterations at which it is drawn, first and last (−1: at all of them). */
    private int firstStep = -1;
    private int lastStep = -1;

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

    /** Point k of this series is iterate k, revealed step by step by the player. Returns this. */
    public Series animated() {
        animated = true;
        return this;
    }

    public boolean isAnimated() {
        return animated;
    }

    /**
     * Draws this series only while the player shows an iteration from {@code first} to {@code last};
     * with every iteration shown (no player position), it counts as showing the last one. Returns this.
     */
    public Series shownAt(int first, int last) {
        firstStep = first;
        lastStep = last;
        return this;
    }

    /** Whether it is drawn when iterations 0…{@code step} of {@code steps} are on display. */
    public boolean visibleAt(int step, int steps) {
        if (firstStep < 0) {
            return true;
        }
        int frame = step < steps ? step : steps - 1;
        return firstStep <= frame && frame <= lastStep;
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
