package dev.kappa.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Learner-supplied (x, y) points: the compact URL form {@code pts=x1,y1;x2,y2;…} and pasted CSV.
 * Parsing never throws: every rejected piece is described in {@link #errors()} ("row 4: 'abc' is
 * not a number") and the valid points are kept. Values must be finite with |v| ≤ {@link #LIMIT};
 * at most {@link #MAX_POINTS} points are kept.
 */
public final class PointData {
    public static final int MAX_POINTS = 200;
    public static final double LIMIT = 1e6;

    private final double[] x;
    private final double[] y;
    private final List<String> errors;

    private PointData(List<double[]> pts, List<String> errors) {
        x = new double[pts.size()];
        y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        this.errors = errors;
    }

    /** Points given as coordinate arrays of equal length (no validation beyond clamping to ±LIMIT). */
    public static PointData of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
        }
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < xs.length && i < MAX_POINTS; i++) {
            pts.add(new double[] {clampValue(xs[i]), clampValue(ys[i])});
        }
        return new PointData(pts, new ArrayList<>());
    }

    public int size() {
        return x.length;
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** These points plus (x, y) at the end (for the view's "add a point"); clamped to ±LIMIT. */
    public PointData with(double xv, double yv) {
        List<double[]> pts = list();
        if (pts.size() < MAX_POINTS && Double.isFinite(xv) && Double.isFinite(yv)) {
            pts.add(new double[] {clampValue(xv), clampValue(yv)});
        }
        return new PointData(pts, new ArrayList<>());
    }

    /** These points with point i moved to (x, y); an index out of range changes nothing. */
    public PointData moved(int i, double xv, double yv) {
        List<double[]> pts = list();
        if (i >= 0 && i < pts.size() && Double.isFinite(xv) && Double.isFinite(yv)) {
            pts.set(i, new double[] {clampValue(xv), clampValue(yv)});
        }
        return new PointData(pts, new ArrayList<>());
    }

    /** These points without point i; an index out of range changes nothing. */
    public PointData without(int i) {
        List<double[]> pts = list();
        if (i >= 0 && i < pts.size()) {
            pts.remove(i);
        }
        return new PointData(pts, new ArrayList<>());
    }

    /** The URL form of these points. */
    public String toQuery() {
        return toQuery(x, y);
    }

    private List<double[]> list() {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            pts.add(new double[] {x[i], y[i]});
        }
        return pts;
    }

    private static double clampValue(double v) {
        return Math.max(-LIMIT, Math.min(LIMIT, v));
    }

    /** What was rejected, one message per problem, in input order. */
    public List<String> errors() {
        return errors;
    }

    /** Parses {@code x1,y1;x2,y2;…} (the URL form); an empty string gives no points and no errors. */
    public static PointData fromQuery(String text) {
        List<double[]> pts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new PointData(pts, errors);
        }
        String[] pairs = t.split(";", -1);
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i].trim();
            if (pair.isEmpty()) {
                continue;
            }
            String[] xy = pair.split(",", -1);
            if (xy.length != 2) {
                errors.add("point " + (i + 1) + " ('" + shorten(pair) + "') is not of the form x,y");
                continue;
            }
            add(pts, errors, "point " + (i + 1), xy[0], xy[1]);
        }
        return new PointData(pts, errors);
    }

    /**
     * Parses pasted CSV: one point per line, x and y separated by a comma, semicolon, tab or spaces;
     * blank lines and lines starting with '#' are skipped; a first line that is not numeric is taken
     * as a header. With more than two columns the first two are used (and noted once).
     */
    public static PointData fromCsv(String text) {
        List<double[]> pts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        boolean first = true;
        boolean extraNoted = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t]\\s*|\\s+", -1);
            boolean header = first && cells.length >= 1 && Double.isNaN(ParamSet.parseNumber(cells[0].trim()));
            first = false;
            if (header) {
                continue;
            }
            if (cells.length < 2) {
                errors.add("row " + (i + 1) + " ('" + shorten(line) + "') has one value; expected x and y");
                continue;
            }
            if (cells.length > 2 && !extraNoted) {
                errors.add("row " + (i + 1) + " has " + cells.length + " columns; using the first two as x and y");
                extraNoted = true;
            }
            add(pts, errors, "row " + (i + 1), cells[0], cells[1]);
        }
        return new PointData(pts, errors);
    }

    private static void add(List<double[]> pts, List<String> errors, String where, String xs, String ys) {
        double xv = ParamSet.parseNumber(xs.trim());
        double yv = ParamSet.parseNumber(ys.trim());
        if (Double.isNaN(xv) || Double.isNaN(yv)) {
            String bad = Double.isNaN(xv) ? xs.trim() : ys.trim();
            errors.add(where + ": '" + shorten(bad) + "' is not a number");
            return;
        }
        if (Math.abs(xv) > LIMIT || Math.abs(yv) > LIMIT) {
            errors.add(where + ": values beyond ±" + NumberText.format(LIMIT) + " are not accepted");
            return;
        }
        if (pts.size() >= MAX_POINTS) {
            String msg = "only the first " + MAX_POINTS + " points are used";
            if (errors.isEmpty() || !errors.get(errors.size() - 1).endsWith(msg)) {
                errors.add(where + " and later: " + msg);
            }
            return;
        }
        pts.add(new double[] {xv, yv});
    }

    /** The URL form of points, 6 significant digits each. */
    public static String toQuery(double[] x, double[] y) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(NumberText.format(x[i])).append(',').append(NumberText.format(y[i]));
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
