package dev.kappa.lab;

/**
 * A labelled mark on a plot: a point (x, y), a vertical line at x ({@link Kind#VERTICAL}, y unused)
 * or a horizontal line at y ({@link Kind#HORIZONTAL}, x unused).
 */
public final class Marker {
    /** What is drawn. */
    public enum Kind { POINT, VERTICAL, HORIZONTAL }

    private final String plot;
    private final String name;
    private final Kind kind;
    private final double x;
    private final double y;

    public Marker(String plot, String name, Kind kind, double x, double y) {
        this.plot = plot;
        this.name = name;
        this.kind = kind;
        this.x = x;
        this.y = y;
    }

    public static Marker point(String plot, String name, double x, double y) {
        return new Marker(plot, name, Kind.POINT, x, y);
    }

    public static Marker vertical(String plot, String name, double x) {
        return new Marker(plot, name, Kind.VERTICAL, x, Double.NaN);
    }

    public static Marker horizontal(String plot, String name, double y) {
        return new Marker(plot, name, Kind.HORIZONTAL, Double.NaN, y);
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
}
