package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One plot of a lab, declared once with the lab: id, title, axes, the look of every series it can
 * show, and how the learner can act on it (a draggable handle, editable points). A model's
 * {@link LabModel#compute} lists the plots it shows with {@link LabOutput#plot}, possibly
 * {@link #titled retitled} for the state. Immutable: every setter returns a changed copy, so
 * specs can be shared constants.
 */
public final class PlotSpec {
    /** The height a plot takes: wide (0.6 of its width, at most 440 px) or square-ish (0.8, 560 px). */
    public enum Shape { WIDE, SQUARE }

    /** A declared look, for one series name or for every name starting with a prefix. */
    public static final class Styled {
        private final String name;
        private final boolean prefix;
        private final Look look;

        Styled(String name, boolean prefix, Look look) {
            this.name = name;
            this.prefix = prefix;
            this.look = look;
        }

        public String name() {
            return name;
        }

        public boolean prefix() {
            return prefix;
        }

        public Look look() {
            return look;
        }

        boolean matches(String seriesName) {
            return prefix ? seriesName.startsWith(name) : seriesName.equals(name);
        }
    }

    /** A draggable handle: drawn on the point marker named {@code marker}; a drag calls {@code move}. */
    public static final class Handle {
        private final String marker;
        private final String help;
        private final HandleMove move;

        Handle(String marker, String help, HandleMove move) {
            this.marker = marker;
            this.help = help;
            this.move = move;
        }

        public String marker() {
            return marker;
        }

        public String help() {
            return help;
        }

        public HandleMove move() {
            return move;
        }
    }

    private String id;
    private String title;
    private String xLabel = "";
    private String yLabel = "";
    private Axis x = Axis.LINEAR;
    private Axis y = Axis.LINEAR;
    private double floor;
    private String floorLabel = "";
    private double clipAboveStart;
    private double[] range;
    private boolean equalAspect;
    private boolean zeroAxes;
    private boolean yDown;
    private Shape shape = Shape.WIDE;
    private List<Styled> looks = new ArrayList<>();
    private Handle handle;
    private String pointsParam;
    private String help = "";
    private String[] orbit;

    private PlotSpec(String id, String title) {
        if (id == null || id.isEmpty() || title == null) {
            throw new IllegalArgumentException("a plot needs an id and a title");
        }
        this.id = id;
        this.title = title;
    }

    public static PlotSpec of(String id, String title) {
        return new PlotSpec(id, title);
    }

    private PlotSpec copy() {
        PlotSpec c = new PlotSpec(id, title);
        c.xLabel = xLabel;
        c.yLabel = yLabel;
        c.x = x;
        c.y = y;
        c.floor = floor;
        c.floorLabel = floorLabel;
        c.clipAboveStart = clipAboveStart;
        c.range = range;
        c.equalAspect = equalAspect;
        c.zeroAxes = zeroAxes;
        c.yDown = yDown;
        c.shape = shape;
        c.looks = new ArrayList<>(looks);
        c.handle = handle;
        c.pointsParam = pointsParam;
        c.help = help;
        c.orbit = orbit;
        return c;
    }

    /** The same plot with a title for this state (e.g. naming the landscape). */
    public PlotSpec titled(String t) {
        PlotSpec c = copy();
        c.title = t;
        return c;
    }

    public PlotSpec x(String label, Axis axis) {
        PlotSpec c = copy();
        c.xLabel = label;
        c.x = axis;
        return c;
    }

    public PlotSpec y(String label, Axis axis) {
        PlotSpec c = copy();
        c.yLabel = label;
        c.y = axis;
        return c;
    }

    /**
     * On a log y axis, values below {@code value} are drawn on it (rounding-level errors, a train
     * error of 1e-30) and a labelled line marks it, so a curve never ends in a drop out of the plot.
     */
    public PlotSpec floor(double value, String label) {
        PlotSpec c = copy();
        c.floor = value;
        c.floorLabel = label;
        return c;
    }

    /**
     * Values above {@code factor} times the largest first value of the series (a run that
     * diverges to 10³⁰⁰) are clipped at the top edge, with a note saying so, so the runs that
     * converge keep their scale.
     */
    public PlotSpec clipAboveStart(double factor) {
        PlotSpec c = copy();
        c.clipAboveStart = factor;
        return c;
    }

    /** A fixed view instead of one fitted to the data: {xLo, xHi, yLo, yHi}. */
    public PlotSpec range(double xLo, double xHi, double yLo, double yHi) {
        PlotSpec c = copy();
        c.range = new double[] {xLo, xHi, yLo, yHi};
        return c;
    }

    /** One data unit is as long on both axes (contours of a quadratic stay true ellipses). */
    public PlotSpec equalAspect() {
        PlotSpec c = copy();
        c.equalAspect = true;
        return c;
    }

    /** Draws x = 0 and y = 0 more strongly than the grid. */
    public PlotSpec zeroAxes() {
        PlotSpec c = copy();
        c.zeroAxes = true;
        return c;
    }

    /** y grows downwards (row 1 of a matrix picture at the top). */
    public PlotSpec yDown() {
        PlotSpec c = copy();
        c.yDown = true;
        return c;
    }

    public PlotSpec shape(Shape s) {
        PlotSpec c = copy();
        c.shape = s;
        return c;
    }

    /** The look of the series (or point marker) called {@code name}. */
    public PlotSpec series(String name, Look look) {
        PlotSpec c = copy();
        c.looks.add(new Styled(name, false, look));
        return c;
    }

    /** The look of every series whose name starts with {@code prefix} (a family such as the paths wⱼ). */
    public PlotSpec seriesStartingWith(String prefix, Look look) {
        PlotSpec c = copy();
        c.looks.add(new Styled(prefix, true, look));
        return c;
    }

    /** The point marker {@code marker} is a handle: drag it, click to place it, arrow keys to nudge it. */
    public PlotSpec handle(String marker, String help, HandleMove move) {
        PlotSpec c = copy();
        c.handle = new Handle(marker, help, move);
        return c;
    }

    /**
     * The points of {@link LabOutput#editablePoints} on this plot can be added, moved and deleted;
     * they are kept in the text parameter {@code param} in the form {@code x,y;x,y}.
     */
    public PlotSpec editablePoints(String param, String help) {
        PlotSpec c = copy();
        c.pointsParam = param;
        c.help = help;
        return c;
    }

    /**
     * The plot is a 3-D scene that the model projects for a camera orbiting the origin, whose
     * azimuth and elevation in degrees are the parameters named here ({@link OrbitCamera}): a drag
     * on empty space or the arrow keys (plot focused) turn the camera through those parameters, so
     * the URL keeps the view. The plot draws no axes, ticks or grid (the scene draws its own).
     */
    public PlotSpec orbit(String azimuthParam, String elevationParam) {
        PlotSpec c = copy();
        c.orbit = new String[] {azimuthParam, elevationParam};
        return c;
    }

    /** The azimuth and elevation parameters of an {@link #orbit} scene, or null for a 2-D plot. */
    public String[] orbitParams() {
        return orbit == null ? null : orbit.clone();
    }

    /** A line under the plot saying what it shows or how to read it. */
    public PlotSpec help(String text) {
        PlotSpec c = copy();
        c.help = text;
        return c;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public Axis xAxis() {
        return x;
    }

    public Axis yAxis() {
        return y;
    }

    public boolean logX() {
        return x == Axis.LOG;
    }

    public boolean logY() {
        return y == Axis.LOG;
    }

    /** The floor of a log y axis, or 0 for none. */
    public double floor() {
        return floor;
    }

    public String floorLabel() {
        return floorLabel;
    }

    /** 0: no clipping. */
    public double clipAboveStart() {
        return clipAboveStart;
    }

    /** The fixed view, or null when the view fits the data. */
    public double[] fixedRange() {
        return range == null ? null : range.clone();
    }

    public boolean equalAspectOn() {
        return equalAspect;
    }

    public boolean zeroAxesOn() {
        return zeroAxes;
    }

    public Shape shape() {
        return shape;
    }

    public boolean yDownOn() {
        return yDown;
    }

    public List<Styled> looks() {
        return Collections.unmodifiableList(looks);
    }

    /** The declared look of a series or point marker, or null when it has none. */
    public Look lookOf(String seriesName) {
        for (Styled s : looks) {
            if (s.matches(seriesName)) {
                return s.look;
            }
        }
        return null;
    }

    public Handle handle() {
        return handle;
    }

    /** The text parameter holding the editable points, or null. */
    public String pointsParam() {
        return pointsParam;
    }

    public String help() {
        return help;
    }
}
