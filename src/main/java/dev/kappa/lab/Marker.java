package dev.kappa.lab;

/**
 * A labelled mark on a plot: a point (x, y), a vertical line at x ({@link Kind#VERTICAL}, y unused),
 * a horizontal line at y ({@link Kind#HORIZONTAL}, x unused), or an arrow from (x, y) to (x2, y2)
 * (an eigenvector drawn from the minimizer). Point markers and arrows take the look their plot
 * declares for their name; lines are grey references.
 */
public final class Marker {
    /** What is drawn. */
    public enum Kind { POINT, VERTICAL, HORIZONTAL, ARROW }

    private final String plot;
    private final String name;
    private final Kind kind;
    private final double x;
    private final double y;
    private final double x2;
    private final double y2;

    private Marker(String plot, String name, Kind kind, double x, double y, double x2, double y2) {
        this.plot = plot;
        this.name = name;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.x2 = x2;
        this.y2 = y2;
    }

    public static Marker point(String plot, String name, double x, double y) {
        return new Marker(plot, name, Kind.POINT, x, y, Double.NaN, Double.NaN);
    }

    public static Marker vertical(String plot, String name, double x) {
        return new Marker(plot, name, Kind.VERTICAL, x, Double.NaN, Double.NaN, Double.NaN);
    }

    public static Marker horizontal(String plot, String name, double y) {
        return new Marker(plot, name, Kind.HORIZONTAL, Double.NaN, y, Double.NaN, Double.NaN);
    }

    public static Marker arrow(String plot, String name, double x, double y, double x2, double y2) {
        return new Marker(plot, name, Kind.ARROW, x, y, x2, y2);
    }

    public String plot() {
        return plot;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** The arrow's head (NaN for other kinds). */
    public double x2() {
        return x2;
    }

    public double y2() {
        return y2;
    }
}
