package dev.kappa.lab;

/**
 * One edit of the learner's points, as the poly-fit plot makes them with the pointer or the
 * keyboard: add a point, move one, delete one, and which point is selected afterwards. The result
 * is a new {@link PointData} (written to the URL as {@code pts}), the selected index (−1 for none)
 * and a message when the edit was refused ("" otherwise); the input is never changed.
 *
 * <p>Coordinates are clamped into the visible box {xLo, xHi, yLo, yHi} (a point dragged off the
 * plot stays on its edge) and rounded to a thousandth of the box's larger span, rounded down to
 * a power of ten (so a point placed at x = 2.34567… on a view 5 wide is stored as 2.346 and the URL
 * stays short). At least {@link #MIN_POINTS} points remain (fewer would fall back to the generated
 * data) and at most {@link PointData#MAX_POINTS} are kept.
 */
public final class PointEdit {
    /** A fit needs two points; deleting below this is refused with a message. */
    public static final int MIN_POINTS = 2;
    /** How to edit points on a plot that declares {@link PlotSpec#editablePoints}; a lab adds what its own points do. */
    public static final String HELP = "Click on empty space to add a point, drag a point to move it, double-click "
            + "(double-tap) or shift-click it to delete it. Keys, with the plot focused (Tab): ] and [ select the next "
            + "and previous point, the arrows move it (shift: further), Delete removes it, + adds one, Escape "
            + "deselects.";

    private final PointData points;
    private final int selected;
    private final String message;

    private PointEdit(PointData points, int selected, String message) {
        this.points = points;
        this.selected = selected;
        this.message = message;
    }

    public PointData points() {
        return points;
    }

    /** The URL form ({@code pts}) of the edited points. */
    public String query() {
        return points.toQuery();
    }

    public int selected() {
        return selected;
    }

    /** Why the edit was refused, or "" when it was made. */
    public String message() {
        return message;
    }

    /** Adds (x, y) at the end and selects it. */
    public static PointEdit add(PointData d, double x, double y, double[] view) {
        if (d.size() >= PointData.MAX_POINTS) {
            return new PointEdit(d, -1, "at most " + PointData.MAX_POINTS + " points can be used; delete one first");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return new PointEdit(d, -1, "a point needs finite coordinates");
        }
        return new PointEdit(d.with(place(x, view, 0), place(y, view, 2)), d.size(), "");
    }

    /** Moves point i to (x, y); it stays selected. */
    public static PointEdit move(PointData d, int i, double x, double y, double[] view) {
        if (i < 0 || i >= d.size()) {
            return new PointEdit(d, -1, "no point is selected");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return new PointEdit(d, i, "a point needs finite coordinates");
        }
        return new PointEdit(d.moved(i, place(x, view, 0), place(y, view, 2)), i, "");
    }

    /**
     * Deletes point i and selects its neighbour in x order (the next one, or the previous one when
     * i was the rightmost), so pressing Delete repeatedly walks along the data.
     */
    public static PointEdit delete(PointData d, int i) {
        if (i < 0 || i >= d.size()) {
            return new PointEdit(d, -1, "no point is selected");
        }
        if (d.size() <= MIN_POINTS) {
            return new PointEdit(d, i, "at least " + MIN_POINTS + " points are needed; add one before deleting this one");
        }
        int next = neighbour(d, i, 1);
        if (next == i) {
            next = neighbour(d, i, -1);
        }
        return new PointEdit(d.without(i), next > i ? next - 1 : next, "");
    }

    /**
     * The point after (dir &gt; 0) or before (dir &lt; 0) point i in order of x (ties by index); the
     * same point at either end; the leftmost (dir &gt; 0) or rightmost point when i is none; −1 when
     * there are no points.
     */
    public static int neighbour(PointData d, int i, int dir) {
        int n = d.size();
        if (n == 0) {
            return -1;
        }
        boolean none = i < 0 || i >= n;
        int best = -1;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            boolean candidate = none || (dir > 0 ? before(d, i, j) : before(d, j, i));
            if (!candidate) {
                continue;
            }
            // nearest in the walking direction: for dir > 0 the smallest j, for dir < 0 the largest
            if (best < 0 || (dir > 0 ? before(d, j, best) : before(d, best, j))) {
                best = j;
            }
        }
        return best < 0 ? (none ? -1 : i) : best;
    }

    /** Whether point a comes before point b in x order (ties by index). */
    private static boolean before(PointData d, int a, int b) {
        return d.x(a) < d.x(b) || (d.x(a) == d.x(b) && a < b);
    }

    /** v clamped into the view's range on one axis (at {@code at}, {@code at + 1}) and rounded. */
    static double place(double v, double[] view, int at) {
        double lo = view[at];
        double hi = view[at + 1];
        if (Double.isFinite(lo) && Double.isFinite(hi) && lo < hi) {
            v = Math.max(lo, Math.min(hi, v));
        }
        return round(v, resolution(view));
    }

    /** A power of ten at most a thousandth of the larger span of the view (1e-3 for a unit view). */
    static double resolution(double[] view) {
        double span = Math.max(view[1] - view[0], view[3] - view[2]);
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1e-3;
        }
        double step = 1;
        // bounded: spans within the ±1e6 point limit need at most 12 steps either way
        for (int k = 0; k < 40 && step * 1000 > span; k++) {
            step /= 10;
        }
        for (int k = 0; k < 40 && step * 10000 <= span; k++) {
            step *= 10;
        }
        return step;
    }

    static double round(double v, double step) {
        double r = Math.floor(v / step + 0.5) * step;
        // 2.346 may come out as 2.3460000000000001: six significant digits (the URL form) hide it,
        // and reading the URL back gives the short value.
        return ParamSet.parseNumber(NumberText.format(r, 12));
    }
}
