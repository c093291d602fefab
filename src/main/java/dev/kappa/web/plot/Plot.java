package dev.kappa.web.plot;

import dev.kappa.lab.Look;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.plot.Axis;
import dev.kappa.lab.plot.LegendPlacement;
import dev.kappa.lab.plot.Scale;
import dev.kappa.lab.plot.VisiblePath;
import dev.kappa.web.Browser;
import dev.kappa.web.Clock;
import dev.kappa.web.Dom;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One 2-D plot on a canvas: axes with readable ticks (linear, integer, log10 or symmetric log), grid,
 * axis labels, a legend, and a retained list of marks (lines and points in a {@link Look}, segments,
 * arrows, filled polygons, text, greyscale matrix pictures) that is redrawn whenever the size, the
 * pixel ratio or the colour scheme changes. Hovering (or touching) reads out the nearest point of
 * any named line or point set, or the cell of a picture.
 *
 * <p>Interaction: an optional draggable handle (pointer drag, click to place, arrow keys to nudge
 * when the canvas has focus, shift for bigger steps), or instead a set of editable points (click
 * on empty space adds, drag moves, double-click/double-tap or a modified click deletes; keys: ]
 * and [ select, arrows move, Delete removes, + adds); Enter/space for the lab's action, and a
 * hover read-out of the nearest registered point. While a drag lasts the axes keep their ranges,
 * so the data under the pointer does not slide when the lab's data-driven range changes. A
 * visible help line says how to interact. Every plot carries a visually hidden {@code aria-live}
 * summary that the lab keeps up to date, and a "Download PNG" button.
 *
 * <p>All geometry (ticks, transforms) comes from {@link Scale}; this class only draws.
 */
public final class Plot {
    /** Receives the data coordinates of a handle moved by pointer or keyboard. */
    public interface HandleListener {
        void moved(double x, double y);
    }

    /** Receives a turn of a 3-D scene's camera, in degrees of azimuth and elevation. */
    public interface OrbitListener {
        void turned(double dAzimuth, double dElevation);
    }

    /**
     * Receives what the learner does to editable points; the lab changes its data and calls
     * {@link #setEditablePoints} (and {@link #selectPoint} at once, so a drag that starts by adding a
     * point moves the new one).
     */
    public interface PointsListener {
        /** A point was picked with the pointer (or −1: Escape). */
        void pick(int index);

        /** Select the next (+1) or previous (−1) point in the lab's order (keys ] and [). */
        void step(int direction);

        void add(double x, double y);

        void move(int index, double x, double y);

        void delete(int index);
    }

    /** Room for y tick labels and the y label; widened when tick labels such as 1e-15 need more. */
    private static final double MIN_MARGIN_LEFT = 56;
    private static final double MARGIN_RIGHT = 14;
    private static final double MARGIN_TOP = 12;
    private static final double MARGIN_BOTTOM = 44;
    private static final double HIT_RADIUS = 18;

    private final HTMLElement root;
    private final HTMLCanvasElement canvas;
    private final HTMLElement tip;
    private final HTMLElement summary;
    private final HTMLElement titleText;
    private final HTMLElement pngButton;
    private final HTMLElement note;
    private final String fileName;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> hovers = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";
    private Axis xAxis = Axis.LINEAR;
    private Axis yAxis = Axis.LINEAR;
    private boolean yDown;
    private boolean equalAspect;
    private boolean zeroAxes;
    private boolean legendLeft;
    private double aspect = 0.75;
    private double maxHeight = 520;
    private double x0 = -1;
    private double x1 = 1;
    private double y0 = -1;
    private double y1 = 1;
    private Scale sx;
    private Scale sy;
    private double cssWidth;
    private double cssHeight;
    /** Height (CSS px) of the legend band under the x label; 0 while the legend fits inside the plot. */
    private double legendBand;
    /** This render's legend entries and their text widths, measured once by {@link #legendBandHeight}. */
    private final List<Mark> legendMarks = new ArrayList<>();
    private double[] legendWidths = new double[0];
    private double legendWidest;
    private double marginLeft = MIN_MARGIN_LEFT;
    /** Which candidate corner the legend box took last time (see {@link #legendBox}); -1 before the first. */
    private int legendCorner = -1;
    /** The canvas shows the current marks at width {@link #cssWidth} and {@link #drawnRatio} device pixels per CSS pixel. */
    private boolean drawnCurrent;
    private double drawnRatio;
    private JSObject resizeHandle;
    private JSObject schemeHandle;
    private boolean hasHandle;
    private double handleX;
    private double handleY;
    private String handleColour = "--plot-2";
    private HandleListener handleListener;
    private boolean clickPlaces;
    private Runnable action;
    private boolean dragging;
    private double downX;
    private double downY;
    private HTMLElement help;
    private PointsListener pointsListener;
    private OrbitListener orbitListener;
    private boolean orbiting;
    private double orbitX;
    private double orbitY;
    /** Degrees the camera turns per CSS pixel dragged, and per arrow key press (shift: three times). */
    private static final double ORBIT_PER_PIXEL = 0.5;
    private static final double ORBIT_PER_KEY = 5;
    private double[] editXs = new double[0];
    private double[] editYs = new double[0];
    private int editSelected = -1;
    private int dragPoint = -1;
    private int lastPressed = -1;
    private double lastPressTime;
    /** Device pixels per CSS pixel for an export ({@link SlideImage}); 0: the screen's ratio. */
    private double exportRatio;
    /** Two presses on one point within this many ms delete it (a double-click, or a double tap). */
    private static final double DOUBLE_PRESS_MS = 450;

    public Plot(String title, String fileName) {
        this.fileName = fileName;
        root = Dom.el("figure", "plot");
        HTMLElement wrap = Dom.el("div", "plot-canvas-wrap");
        canvas = (HTMLCanvasElement) Dom.el("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", title);
        wrap.appendChild(canvas);
        tip = Dom.el("div", "plot-tip");
        tip.setAttribute("aria-hidden", "true");
        tip.setHidden(true);
        wrap.appendChild(tip);
        root.appendChild(wrap);
        HTMLElement caption = Dom.el("figcaption", "plot-caption");
        titleText = Dom.text("span", "plot-title", title);
        caption.appendChild(titleText);
        HTMLElement png = Dom.text("button", "plot-png", "Download PNG");
        pngButton = png;
        png.setAttribute("type", "button");
        png.setAttribute("aria-label", "Download “" + title + "” as a PNG image");
        png.addEventListener("click", e -> downloadPng());
        caption.appendChild(png);
        help = Dom.el("p", "plot-help");
        help.setHidden(true);
        caption.appendChild(help);
        note = Dom.el("p", "plot-note");
        note.setAttribute("data-plot-note", "true");
        note.setHidden(true);
        caption.appendChild(note);
        summary = Dom.el("p", "visually-hidden plot-summary");
        summary.setAttribute("aria-live", "polite");
        caption.appendChild(summary);
        root.appendChild(caption);
        listen();
    }

    public HTMLElement element() {
        return root;
    }

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /** Starts following size and colour-scheme changes; call once the element is in the page. */
    public void attach() {
        resizeHandle = Browser.observeResize(root, this::resized);
        schemeHandle = Browser.watchMedia("(prefers-color-scheme: dark)", this::render);
    }

    /** Stops observers registered outside the element. */
    public void detach() {
        Browser.unobserveResize(resizeHandle);
        Browser.unwatchMedia(schemeHandle);
        resizeHandle = null;
        schemeHandle = null;
    }

    /** Changes the title (caption, canvas label and download button), e.g. when it names a parameter. */
    public Plot title(String title) {
        if (!title.equals(titleText.getTextContent())) {
            titleText.setTextContent(title);
            canvas.setAttribute("aria-label", title);
            pngButton.setAttribute("aria-label", "Download “" + title + "” as a PNG image");
        }
        return this;
    }

    public Plot axes(String xLabel, String yLabel) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        return this;
    }

    public Plot logY(boolean on) {
        this.yAxis = on ? Axis.LOG : Axis.LINEAR;
        return this;
    }

    public Plot logX(boolean on) {
        this.xAxis = on ? Axis.LOG : Axis.LINEAR;
        return this;
    }

    /** How each axis maps values (linear, integer ticks, log10, symmetric log). */
    public Plot axisKinds(Axis x, Axis y) {
        this.xAxis = x;
        this.yAxis = y;
        return this;
    }

    /** y grows downwards (row 1 of a matrix picture on top). */
    public Plot yDown(boolean on) {
        this.yDown = on;
        return this;
    }

    /** A visible note under the plot (e.g. that values were clipped); "" hides it. */
    public Plot note(String text) {
        if (!text.equals(note.getTextContent())) {
            note.setTextContent(text);
        }
        note.setHidden(text.isEmpty());
        return this;
    }

    /** One data unit is as long on both axes (circles stay round); the ranges grow to fit. */
    public Plot equalAspect(boolean on) {
        this.equalAspect = on;
        return this;
    }

    /** Draws the lines x = 0 and y = 0 more strongly than the grid. */
    public Plot zeroAxes(boolean on) {
        this.zeroAxes = on;
        return this;
    }

    /** Puts the legend in the top-left corner instead of the top-right (where the data is not). */
    public Plot legendLeft(boolean on) {
        this.legendLeft = on;
        return this;
    }

    /** Height as a fraction of width, and a cap in CSS pixels. */
    public Plot shape(double heightOverWidth, double maxHeightPx) {
        this.aspect = heightOverWidth;
        this.maxHeight = maxHeightPx;
        return this;
    }

    public Plot range(double xLo, double xHi, double yLo, double yHi) {
        if (dragging) {
            return this; // keep the axes still under a dragging pointer
        }
        double[] xr = Scale.repaired(xAxis, xLo, xHi);
        double[] yr = Scale.repaired(yAxis, yLo, yHi);
        x0 = xr[0];
        x1 = xr[1];
        y0 = yr[0];
        y1 = yr[1];
        return this;
    }

    /** A draggable point; {@code clickPlaces} also moves it to wherever the plot is clicked. */
    public Plot handle(String keyLabel, boolean clickPlaces, HandleListener listener) {
        this.hasHandle = true;
        this.clickPlaces = clickPlaces;
        this.handleListener = listener;
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-roledescription", "interactive plot");
        canvas.setAttribute("aria-label", canvas.getAttribute("aria-label") + ". " + keyLabel);
        canvas.getStyle().setProperty("touch-action", "none");
        if (help.isHidden()) {
            help(keyLabel);
        }
        return this;
    }

    /**
     * A 3-D scene (the lab projects it): a drag that does not start on the handle, and the arrow
     * keys, turn the camera; no axes, ticks or grid are drawn. {@code keyLabel} joins the canvas's
     * description for screen readers.
     */
    public Plot orbit(String keyLabel, OrbitListener listener) {
        this.orbitListener = listener;
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-roledescription", "interactive 3-D view");
        canvas.setAttribute("aria-label", canvas.getAttribute("aria-label") + ". " + keyLabel);
        canvas.getStyle().setProperty("touch-action", "none");
        return this;
    }

    /**
     * Editable points instead of a handle: the plot reports adds, moves, deletes and selections to
     * {@code listener}; {@code keyLabel} is the help line (the canvas's description for screen readers).
     */
    public Plot editablePoints(String keyLabel, PointsListener listener) {
        this.pointsListener = listener;
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-roledescription", "interactive plot");
        canvas.setAttribute("aria-label", canvas.getAttribute("aria-label") + ". Editable data points");
        canvas.getStyle().setProperty("touch-action", "none");
        help(keyLabel);
        return this;
    }

    /** The points the learner can edit, in the lab's order, and the selected one (−1: none). */
    public void setEditablePoints(double[] xs, double[] ys, int selected) {
        editXs = xs;
        editYs = ys;
        editSelected = selected < xs.length ? selected : -1;
    }

    /** Selects a point now (before the next frame redraws), so a drag that follows moves it. */
    public void selectPoint(int index) {
        editSelected = index;
    }

    /** A visible line under the plot saying how to interact with it. */
    public Plot help(String text) {
        if (!text.equals(help.getTextContent())) {
            help.setTextContent(text);
        }
        help.setHidden(text.isEmpty());
        if (help.getAttribute("id") == null) {
            String id = "plot-help-" + fileName;
            help.setAttribute("id", id);
            canvas.setAttribute("aria-describedby", id);
        }
        return this;
    }

    /** Adds an element (e.g. a reset button) to the plot's caption, after the help line. */
    public void addToCaption(HTMLElement e) {
        help.getParentNode().insertBefore(e, summary);
    }

    /** The ranges asked for: {xLo, xHi, yLo, yHi} (what a drag or an added point is clamped to). */
    public double[] view() {
        return new double[] {x0, x1, y0, y1};
    }

    /** What Enter or space does while the canvas has focus. */
    public Plot action(Runnable action) {
        this.action = action;
        if (canvas.getAttribute("tabindex") == null) {
            canvas.setAttribute("tabindex", "0");
        }
        return this;
    }

    public void setHandle(double x, double y, String colour) {
        handleX = x;
        handleY = y;
        handleColour = colour;
    }

    public void setSummary(String text) {
        if (!text.equals(summary.getTextContent())) {
            summary.setTextContent(text);
        }
    }

    public String summary() {
        return summary.getTextContent();
    }

    // ---- marks -------------------------------------------------------------------------

    public void clear() {
        drawnCurrent = false;
        marks.clear();
        hovers.clear();
    }

    /** A polyline; non-finite points (or ≤ 0 on a log axis) break it. */
    public void line(double[] xs, double[] ys, String colour, double width, boolean dashed, String legend) {
        Mark m = new Mark(Mark.LINE, colour);
        m.xs = xs;
        m.ys = ys;
        m.width = width;
        m.dashed = dashed;
        m.legend = legend;
        marks.add(m);
    }

    public void points(double[] xs, double[] ys, String colour, double radius, String legend) {
        Mark m = new Mark(Mark.POINTS, colour);
        m.xs = xs;
        m.ys = ys;
        m.width = radius;
        m.legend = legend;
        marks.add(m);
    }

    /** Independent segments given as flat quadruples (xa, ya, xb, yb), e.g. a contour. */
    public void segments(double[] segs, String colour, double width, boolean dashed) {
        Mark m = new Mark(Mark.SEGMENTS, colour);
        m.xs = segs;
        m.width = width;
        m.dashed = dashed;
        marks.add(m);
    }

    public void arrow(double xa, double ya, double xb, double yb, String colour, double width, String legend) {
        Mark m = new Mark(Mark.ARROW, colour);
        m.xs = new double[] {xa, xb};
        m.ys = new double[] {ya, yb};
        m.width = width;
        m.legend = legend;
        marks.add(m);
    }

    public void polygon(double[] xs, double[] ys, String colour, double alpha, String legend) {
        Mark m = new Mark(Mark.POLYGON, colour);
        m.xs = xs;
        m.ys = ys;
        m.alpha = alpha;
        m.legend = legend;
        marks.add(m);
    }

    public void text(double x, double y, String text, String colour) {
        Mark m = new Mark(Mark.TEXT, colour);
        m.xs = new double[] {x};
        m.ys = new double[] {y};
        m.label = text;
        marks.add(m);
    }

    /**
     * A named line or point set in a {@link Look}: a polyline (non-finite points break it; point
     * shapes, when the look has one, mark every point) or, with {@code asPoints}, points only
     * (circles when the look has no shape). {@code legend} is its legend entry (null: none);
     * {@code name} is what hovering it reads out.
     */
    public void series(double[] xs, double[] ys, Look look, boolean asPoints, String legend, String name) {
        Mark m = new Mark(asPoints ? Mark.POINTS : Mark.LINE, colourOf(look));
        m.xs = xs;
        m.ys = ys;
        m.width = asPoints ? 3.5 : look.width();
        m.dash = dashOf(look.dash(), look.width());
        m.shape = asPoints && look.shape() == Look.Shape.NONE ? Look.Shape.CIRCLE : look.shape();
        m.legend = legend;
        m.name = name;
        marks.add(m);
    }

    /** An arrow in a look, with a legend entry. */
    public void arrow(double xa, double ya, double xb, double yb, Look look, String legend) {
        Mark m = new Mark(Mark.ARROW, colourOf(look));
        m.xs = new double[] {xa, xb};
        m.ys = new double[] {ya, yb};
        m.width = look.width();
        m.dash = dashOf(look.dash(), look.width());
        m.legend = legend;
        marks.add(m);
    }

    /**
     * A rows×cols greyscale picture: cell (i, j) centred at (j + 1, i + 1), grey level
     * {@code grey[i·cols + j]} from 0 (black) to 1 (white), NaN a gap; hovering reads {@code values}.
     */
    public void image(int rows, int cols, double[] grey, double[] values) {
        Mark m = new Mark(Mark.IMAGE, null);
        m.rows = rows;
        m.cols = cols;
        m.xs = grey;
        m.ys = values;
        m.bitmap = greyBitmap(cols, rows, levels(grey));
        marks.add(m);
    }

    /** Grey levels 0…1 as the characters U+0000…U+00FF of one string, a gap (NaN) as U+0100. */
    private static String levels(double[] grey) {
        char[] c = new char[grey.length];
        for (int i = 0; i < grey.length; i++) {
            double g = grey[i];
            c[i] = Double.isNaN(g) ? (char) 256 : (char) Math.round(255 * Math.max(0, Math.min(1, g)));
        }
        return new String(c);
    }

    /**
     * An off-screen canvas of cols×rows pixels holding the picture (row 0 at the top; a level above
     * 255 is a transparent gap): the picture is built once per drawing and scaled onto the plot by
     * one drawImage, instead of one fillRect per cell (65 536 of them for a 256×256 picture). Null
     * where the browser cannot (then the cells are filled one by one).
     */
    // Local names are long on purpose: TeaVM's JS output renames parameters to single letters
    // without looking at the script's own variables, so a local "d" would overwrite one.
    @JSBody(params = {"cols", "rows", "levels"}, script = "try { var canvas = document.createElement('canvas');"
            + " canvas.width = cols; canvas.height = rows; var image = canvas.getContext('2d').createImageData(cols, rows);"
            + " var pixels = image.data; for (var index = 0; index < cols * rows; index++) {"
            + " var level = levels.charCodeAt(index), offset = 4 * index; if (level > 255) { pixels[offset + 3] = 0; }"
            + " else { pixels[offset] = level; pixels[offset + 1] = level; pixels[offset + 2] = level;"
            + " pixels[offset + 3] = 255; } }"
            + " canvas.getContext('2d').putImageData(image, 0, 0); return canvas; } catch (error) { return null; }")
    private static native JSObject greyBitmap(int cols, int rows, String levels);

    /** Draws a bitmap so its corners land on (x0, y0) and (x1, y1); a negative span flips it; no smoothing. */
    @JSBody(params = {"ctx", "bitmap", "x0", "y0", "x1", "y1"}, script = "ctx.save(); ctx.imageSmoothingEnabled = false;"
            + " ctx.translate(x0, y0); ctx.scale((x1 - x0) / bitmap.width, (y1 - y0) / bitmap.height);"
            + " ctx.drawImage(bitmap, 0, 0); ctx.restore();")
    private static native void drawBitmap(CanvasRenderingContext2D ctx, JSObject bitmap, double x0, double y0,
            double x1, double y1);

    /** The CSS colour variable of a look's palette slot. */
    public static String colourOf(Look look) {
        int c = look.colour();
        return c == Look.INK ? "--text" : c == Look.MUTED ? "--muted" : "--plot-" + c;
    }

    private static double[] dashOf(Look.Dash dash, double width) {
        switch (dash) {
            case DASHED:
                return new double[] {6, 5};
            case DOTTED:
                return new double[] {1, Math.max(4, 2 * width)};
            case DASH_DOT:
                return new double[] {9, 4, 1, 4};
            default:
                return new double[0];
        }
    }

    /** A point the hover read-out can report. */
    public void hoverPoint(double x, double y, String text) {
        Mark m = new Mark(Mark.HOVER, null);
        m.xs = new double[] {x};
        m.ys = new double[] {y};
        m.label = text;
        hovers.add(m);
    }

    // ---- drawing -----------------------------------------------------------------------

    /**
     * The width to draw at, in CSS pixels: the canvas's own (the figure's includes its padding and
     * border, which drew the picture 18 px wider than shown, squeezed, and pointer positions off by
     * up to 18 px at the right edge). A browser without layout (HtmlUnit) gives the figure no width
     * but the canvas its default 300 px: then 0, and such a plot stays undrawn, as before.
     */
    private double layoutWidth() {
        return Browser.cssWidth(root) > 10 ? Math.floor(Browser.cssWidth(canvas)) : 0;
    }

    private double screenRatio() {
        double ratio = Window.current().getDevicePixelRatio();
        return ratio > 0 ? ratio : 1;
    }

    /**
     * The figure changed size: redraw, unless the canvas already shows the current marks at this
     * width and pixel ratio. A plot's first drawing sets the canvas's height, which resizes the
     * figure; redrawing then repeated the whole picture in the same frame (the optimizer race's
     * 30 000 points twice).
     */
    private void resized() {
        if (drawnCurrent && layoutWidth() == cssWidth && screenRatio() == drawnRatio) {
            return;
        }
        render();
    }

    /** Redraws everything at the current size. */
    public void render() {
        double width = layoutWidth();
        if (!(width > 10)) {
            return; // not laid out (hidden, or a browser without layout)
        }
        double height = Math.round(Math.min(maxHeight, Math.max(200, width * aspect)));
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        boolean usable = Browser.canvasUsable(ctx);
        legendBand = usable ? legendBandHeight(ctx, width, height) : 0;
        height += legendBand;
        double ratio = exportRatio > 0 ? exportRatio : screenRatio();
        int pw = (int) Math.round(width * ratio);
        int ph = (int) Math.round(height * ratio);
        if (canvas.getWidth() != pw || canvas.getHeight() != ph) {
            canvas.setWidth(pw);
            canvas.setHeight(ph);
            canvas.getStyle().setProperty("height", height + "px");
        }
        cssWidth = width;
        cssHeight = height;
        hideTip(); // the data changed: a read-out of the old data would be stale
        if (!usable) {
            return;
        }
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, width, height);
        ctx.setFillStyle(Theme.resolve("--surface"));
        ctx.fillRect(0, 0, width, height);
        marginLeft = orbitListener != null ? MARGIN_RIGHT : MIN_MARGIN_LEFT; // a scene has no y ticks
        layoutScales();
        double needed = orbitListener != null ? 0 : widestYTick(ctx) + 6 + 24; // tick gap, then the rotated y label
        if (needed > marginLeft) {
            marginLeft = Math.ceil(needed);
            layoutScales();
        }
        if (hasHandle || pointsListener != null) {
            // where data lands in CSS pixels: left, right, top, bottom, then the x and y ranges (for browser tests)
            double right = width - MARGIN_RIGHT;
            double bottom = plotBottom();
            canvas.setAttribute("data-frame", NumberText.format(marginLeft, 15) + "," + NumberText.format(right, 15)
                    + "," + NumberText.format(MARGIN_TOP, 15) + "," + NumberText.format(bottom, 15) + ","
                    + NumberText.format(sx.lo(), 15) + "," + NumberText.format(sx.hi(), 15) + ","
                    + NumberText.format(sy.lo(), 15) + "," + NumberText.format(sy.hi(), 15));
        }
        if (orbitListener == null) {
            drawGrid(ctx);
        }
        ctx.save();
        ctx.beginPath();
        ctx.rect(marginLeft, MARGIN_TOP, width - marginLeft - MARGIN_RIGHT, plotBottom() - MARGIN_TOP);
        ctx.clip();
        for (Mark m : marks) {
            drawMark(ctx, m);
        }
        ctx.restore();
        if (orbitListener == null) {
            drawAxes(ctx);
        }
        drawLegend(ctx);
        // What the learner grabs goes over the legend, which on a narrow plot may cover it.
        ctx.save();
        ctx.beginPath();
        ctx.rect(marginLeft, MARGIN_TOP, width - marginLeft - MARGIN_RIGHT, plotBottom() - MARGIN_TOP);
        ctx.clip();
        if (hasHandle) {
            drawHandle(ctx);
        }
        drawSelection(ctx);
        ctx.restore();
        drawnCurrent = exportRatio == 0;
        drawnRatio = ratio;
    }

    private void layoutScales() {
        double left = marginLeft;
        double right = cssWidth - MARGIN_RIGHT;
        double top = MARGIN_TOP;
        double bottom = plotBottom();
        double xl = x0;
        double xh = x1;
        double yl = y0;
        double yh = y1;
        if (equalAspect && xAxis != Axis.LOG && yAxis != Axis.LOG && xAxis != Axis.SYMLOG && yAxis != Axis.SYMLOG) {
            double ppx = (right - left) / (xh - xl);
            double ppy = (bottom - top) / (yh - yl);
            double pp = Math.min(ppx, ppy);
            double cx = 0.5 * (xl + xh);
            double cy = 0.5 * (yl + yh);
            double hx = 0.5 * (right - left) / pp;
            double hy = 0.5 * (bottom - top) / pp;
            xl = cx - hx;
            xh = cx + hx;
            yl = cy - hy;
            yh = cy + hy;
        }
        sx = Scale.of(xAxis, xl, xh, left, right);
        sy = yDown ? Scale.of(yAxis, yl, yh, top, bottom) : Scale.of(yAxis, yl, yh, bottom, top);
    }

    private void drawGrid(CanvasRenderingContext2D ctx) {
        double left = marginLeft;
        double right = cssWidth - MARGIN_RIGHT;
        double top = MARGIN_TOP;
        double bottom = plotBottom();
        ctx.setStrokeStyle(Theme.resolve("--plot-grid"));
        ctx.setLineWidth(1);
        Browser.setLineDash(ctx, 0, 0);
        ctx.beginPath();
        for (double t : sx.ticks(xTickTarget())) {
            double px = Math.round(sx.toPixel(t)) + 0.5;
            ctx.moveTo(px, top);
            ctx.lineTo(px, bottom);
        }
        for (double t : sy.ticks(yTickTarget())) {
            double py = Math.round(sy.toPixel(t)) + 0.5;
            ctx.moveTo(left, py);
            ctx.lineTo(right, py);
        }
        ctx.stroke();
        if (zeroAxes) {
            ctx.setStrokeStyle(Theme.resolve("--muted"));
            ctx.setGlobalAlpha(0.6);
            ctx.beginPath();
            if (xAxis != Axis.LOG && sx.lo() < 0 && sx.hi() > 0) {
                double px = Math.round(sx.toPixel(0)) + 0.5;
                ctx.moveTo(px, top);
                ctx.lineTo(px, bottom);
            }
            if (yAxis != Axis.LOG && sy.lo() < 0 && sy.hi() > 0) {
                double py = Math.round(sy.toPixel(0)) + 0.5;
                ctx.moveTo(left, py);
                ctx.lineTo(right, py);
            }
            ctx.stroke();
            ctx.setGlobalAlpha(1);
        }
    }

    private int xTickTarget() {
        return (int) Math.max(3, Math.min(10, (cssWidth - marginLeft) / 90));
    }

    private double widestYTick(CanvasRenderingContext2D ctx) {
        ctx.setFont("12px system-ui, sans-serif");
        double widest = 0;
        for (double t : sy.ticks(yTickTarget())) {
            widest = Math.max(widest, ctx.measureText(NumberText.format(t, 4)).getWidth());
        }
        return widest;
    }

    private int yTickTarget() {
        return (int) Math.max(3, Math.min(8, plotBottom() / 55));
    }

    private void drawAxes(CanvasRenderingContext2D ctx) {
        double left = marginLeft;
        double right = cssWidth - MARGIN_RIGHT;
        double top = MARGIN_TOP;
        double bottom = plotBottom();
        String text = Theme.resolve("--text");
        String muted = Theme.resolve("--muted");
        ctx.setStrokeStyle(muted);
        ctx.setLineWidth(1);
        Browser.setLineDash(ctx, 0, 0);
        ctx.strokeRect(left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
        ctx.setFillStyle(text);
        ctx.setFont("12px system-ui, sans-serif");
        ctx.setTextAlign("center");
        ctx.setTextBaseline("top");
        for (double t : sx.ticks(xTickTarget())) {
            ctx.fillText(NumberText.format(t, 4), sx.toPixel(t), bottom + 5);
        }
        ctx.setTextAlign("right");
        ctx.setTextBaseline("middle");
        for (double t : sy.ticks(yTickTarget())) {
            ctx.fillText(NumberText.format(t, 4), left - 6, sy.toPixel(t));
        }
        ctx.setFont("13px system-ui, sans-serif");
        ctx.setTextAlign("center");
        ctx.setTextBaseline("bottom");
        ctx.fillText(xLabel, 0.5 * (left + right), bottom + MARGIN_BOTTOM - 4);
        ctx.save();
        ctx.translate(13, 0.5 * (top + bottom));
        ctx.rotate(-Math.PI / 2);
        ctx.setTextBaseline("middle");
        ctx.fillText(yLabel, 0, 0);
        ctx.restore();
    }

    /** Bottom edge of the plotting area in CSS pixels. */
    private double plotBottom() {
        return cssHeight - MARGIN_BOTTOM - legendBand;
    }

    private static final double LEGEND_ROW = 17;
    private static final double LEGEND_GAP = 12;

    /**
     * Where the legend goes: inside the top corner while it covers little of the plot, else in a
     * band under the x label (on a phone a ten-entry legend hid the very points being explained).
     * Measures the entries once for this render ({@link #legendMarks}, {@link #legendWidths}) and
     * returns the band's height, 0 for inside.
     */
    private double legendBandHeight(CanvasRenderingContext2D ctx, double width, double height) {
        ctx.setFont(LEGEND_FONT);
        legendMarks.clear();
        for (Mark m : marks) {
            if (m.legend != null) {
                legendMarks.add(m);
            }
        }
        legendWidths = new double[legendMarks.size()];
        legendWidest = 0;
        for (int i = 0; i < legendWidths.length; i++) {
            legendWidths[i] = ctx.measureText(legendMarks.get(i).legend).getWidth();
            legendWidest = Math.max(legendWidest, legendWidths[i]);
        }
        if (legendMarks.isEmpty()) {
            return 0;
        }
        double plotW = width - marginLeft - MARGIN_RIGHT;
        double plotH = height - MARGIN_TOP - MARGIN_BOTTOM;
        double boxW = legendWidest + 34;
        double boxH = legendMarks.size() * LEGEND_ROW + 8;
        if (boxW * boxH <= 0.1 * plotW * plotH && boxW <= 0.5 * plotW) {
            return 0;
        }
        return flowLegend(null, width, 0) * LEGEND_ROW + 6;
    }

    /**
     * Lays the entries out left to right in rows under the plot, drawing them from row centre
     * {@code firstRow} when {@code ctx} is not null; returns the number of rows.
     */
    private int flowLegend(CanvasRenderingContext2D ctx, double width, double firstRow) {
        int rows = 1;
        double x = marginLeft;
        for (int i = 0; i < legendWidths.length; i++) {
            double w = legendWidths[i] + 29;
            if (x > marginLeft && x + w > width - MARGIN_RIGHT) {
                rows++;
                x = marginLeft;
            }
            if (ctx != null) {
                drawLegendEntry(ctx, legendMarks.get(i), x - 6, firstRow + (rows - 1) * LEGEND_ROW);
            }
            x = (x + w) + LEGEND_GAP;
        }
        return rows;
    }

    private static final String LEGEND_FONT = "12px system-ui, sans-serif";

    private void drawLegend(CanvasRenderingContext2D ctx) {
        if (legendMarks.isEmpty()) {
            return;
        }
        ctx.setFont(LEGEND_FONT);
        ctx.setTextAlign("left");
        ctx.setTextBaseline("middle");
        if (legendBand > 0) {
            flowLegend(ctx, cssWidth, plotBottom() + MARGIN_BOTTOM + LEGEND_ROW / 2);
            return;
        }
        double w = legendWidest + 34;
        double h = legendMarks.size() * LEGEND_ROW + 8;
        double[] box = legendBox(w, h);
        double x = box[0];
        double y = box[1];
        ctx.setGlobalAlpha(0.88);
        ctx.setFillStyle(Theme.resolve("--surface"));
        ctx.fillRect(x, y, w, h);
        ctx.setGlobalAlpha(1);
        ctx.setStrokeStyle(Theme.resolve("--border"));
        ctx.setLineWidth(1);
        Browser.setLineDash(ctx, 0, 0);
        ctx.strokeRect(x + 0.5, y + 0.5, w, h);
        double row = y + 4 + LEGEND_ROW / 2;
        for (Mark m : legendMarks) {
            drawLegendEntry(ctx, m, x, row);
            row += LEGEND_ROW;
        }
    }

    /**
     * The legend box's {left, top, right, bottom}: the corner (preferred top corner, the other top
     * corner, bottom right, bottom left) that the fewest data points and line pieces cross, so a
     * lone outlier under the preferred corner stays visible. Long lines are sampled (at most ~400
     * pieces each) to keep this cheap in a drag; contours and fills do not count.
     */
    private double[] legendBox(double w, double h) {
        double left = marginLeft + 6;
        double right = cssWidth - MARGIN_RIGHT - w - 6;
        double top = MARGIN_TOP + 6;
        double bottom = plotBottom() - h - 6;
        double[][] corners = legendLeft
                ? new double[][] {{left, top}, {right, top}, {right, bottom}, {left, bottom}}
                : new double[][] {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        double[][] boxes = new double[corners.length][];
        for (int c = 0; c < corners.length; c++) {
            boxes[c] = new double[] {corners[c][0], corners[c][1], corners[c][0] + w, corners[c][1] + h};
        }
        LegendPlacement placement = new LegendPlacement(boxes);
        for (Mark m : marks) {
            if (m.kind == Mark.POINTS) {
                for (int i = 0; i < m.xs.length; i++) {
                    if (drawable(m.xs[i], m.ys[i])) {
                        placement.point(px(m.xs[i]), py(m.ys[i]));
                    }
                }
            } else if (m.kind == Mark.LINE || m.kind == Mark.ARROW) {
                int n = m.xs.length;
                int stride = Math.max(1, n / 400);
                boolean pen = false;
                double lastX = 0;
                double lastY = 0;
                for (int i = 0; i < n; i = i == n - 1 ? n : Math.min(i + stride, n - 1)) {
                    if (!drawable(m.xs[i], m.ys[i])) {
                        pen = false;
                        continue;
                    }
                    double x = px(m.xs[i]);
                    double y = py(m.ys[i]);
                    if (pen) {
                        placement.segment(lastX, lastY, x, y);
                    } else {
                        placement.point(x, y);
                    }
                    pen = true;
                    lastX = x;
                    lastY = y;
                }
            }
        }
        if (hasHandle && drawable(handleX, handleY)) {
            placement.point(px(handleX), py(handleY));
        }
        legendCorner = placement.choice(legendCorner);
        return boxes[legendCorner];
    }

    /** One legend entry: a sample of the mark at x + 6 … x + 24, its text from x + 29. */
    private void drawLegendEntry(CanvasRenderingContext2D ctx, Mark m, double x, double row) {
        String c = Theme.resolve(m.colour);
        ctx.setStrokeStyle(c);
        ctx.setFillStyle(c);
        if (m.kind == Mark.POINTS) {
            drawShape(ctx, m.shape == null ? Look.Shape.CIRCLE : m.shape, x + 15, row, 3.5);
        } else if (m.kind == Mark.POLYGON) {
            ctx.setGlobalAlpha(Math.max(0.3, m.alpha));
            ctx.fillRect(x + 7, row - 5, 16, 10);
            ctx.setGlobalAlpha(1);
        } else {
            ctx.setLineWidth(Math.max(2, m.width));
            if (m.dash != null) {
                Browser.setLineDashPattern(ctx, m.dash);
            } else {
                Browser.setLineDash(ctx, m.dashed ? 5 : 0, 4);
            }
            ctx.beginPath();
            ctx.moveTo(x + 6, row);
            ctx.lineTo(x + 24, row);
            ctx.stroke();
            Browser.setLineDash(ctx, 0, 0);
            if (m.kind == Mark.LINE && m.shape != null && m.shape != Look.Shape.NONE) {
                drawShape(ctx, m.shape, x + 15, row, 3.5);
            }
        }
        ctx.setFillStyle(Theme.resolve("--text"));
        ctx.fillText(m.legend, x + 29, row);
    }

    private double px(double x) {
        return clampPixel(sx.toPixel(x));
    }

    private double py(double y) {
        return clampPixel(sy.toPixel(y));
    }

    private static double clampPixel(double p) {
        return p > 1e5 ? 1e5 : p < -1e5 ? -1e5 : p;
    }

    private boolean drawable(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (xAxis != Axis.LOG || x > 0) && (yAxis != Axis.LOG || y > 0);
    }

    private void drawMark(CanvasRenderingContext2D ctx, Mark m) {
        String c = Theme.resolve(m.colour);
        ctx.setStrokeStyle(c);
        ctx.setFillStyle(c);
        ctx.setLineWidth(m.width);
        ctx.setLineJoin("round");
        ctx.setLineCap("round");
        if (m.dash != null) {
            Browser.setLineDashPattern(ctx, m.dash);
        } else {
            Browser.setLineDash(ctx, m.dashed ? 6 : 0, 5);
        }
        switch (m.kind) {
            case Mark.IMAGE:
                drawImage(ctx, m);
                break;
            case Mark.LINE: {
                strokeLine(ctx, m);
                if (m.shape != null && m.shape != Look.Shape.NONE) {
                    Browser.setLineDash(ctx, 0, 0);
                    for (int i = 0; i < m.xs.length; i++) {
                        if (drawable(m.xs[i], m.ys[i])) {
                            drawShape(ctx, m.shape, px(m.xs[i]), py(m.ys[i]), 3.5);
                        }
                    }
                }
                break;
            }
            case Mark.POINTS:
                Browser.setLineDash(ctx, 0, 0);
                for (int i = 0; i < m.xs.length; i++) {
                    if (drawable(m.xs[i], m.ys[i])) {
                        drawShape(ctx, m.shape == null ? Look.Shape.CIRCLE : m.shape, px(m.xs[i]), py(m.ys[i]),
                                m.width);
                    }
                }
                break;
            case Mark.SEGMENTS: {
                ctx.beginPath();
                double[] s = m.xs;
                for (int i = 0; i + 3 < s.length; i += 4) {
                    ctx.moveTo(px(s[i]), py(s[i + 1]));
                    ctx.lineTo(px(s[i + 2]), py(s[i + 3]));
                }
                ctx.stroke();
                break;
            }
            case Mark.ARROW:
                drawArrow(ctx, m);
                break;
            case Mark.POLYGON: {
                ctx.beginPath();
                int n = 0;
                for (int i = 0; i < m.xs.length; i++) {
                    if (drawable(m.xs[i], m.ys[i])) {
                        if (n++ == 0) {
                            ctx.moveTo(px(m.xs[i]), py(m.ys[i]));
                        } else {
                            ctx.lineTo(px(m.xs[i]), py(m.ys[i]));
                        }
                    }
                }
                ctx.closePath();
                ctx.setGlobalAlpha(m.alpha);
                ctx.fill();
                ctx.setGlobalAlpha(1);
                break;
            }
            case Mark.TEXT:
                if (drawable(m.xs[0], m.ys[0])) {
                    ctx.setFont("13px system-ui, sans-serif");
                    ctx.setTextAlign("left");
                    ctx.setTextBaseline("bottom");
                    ctx.fillText(m.label, px(m.xs[0]) + 4, py(m.ys[0]) - 3);
                }
                break;
            default:
                break;
        }
        Browser.setLineDash(ctx, 0, 0);
    }

    /**
     * A line mark's polyline as the screen shows it ({@link VisiblePath}): only what lies within
     * the frame (grown by the line width, so cut ends stay out of sight), without vertices closer
     * than half a device pixel to the last one drawn. A solid line is one stroke; a dashed one a
     * stroke per piece, each starting where the whole line's dashes would be.
     */
    private void strokeLine(CanvasRenderingContext2D ctx, Mark m) {
        int n = m.xs.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean ok = drawable(m.xs[i], m.ys[i]);
            x[i] = ok ? px(m.xs[i]) : Double.NaN;
            y[i] = ok ? py(m.ys[i]) : Double.NaN;
        }
        boolean dashed = m.dash != null ? m.dash.length > 0 : m.dashed;
        double grow = m.width + 2;
        double ratio = exportRatio > 0 ? exportRatio : screenRatio();
        VisiblePath path = VisiblePath.of(x, y, marginLeft - grow, MARGIN_TOP - grow, cssWidth - MARGIN_RIGHT + grow,
                plotBottom() + grow, 0.5 / ratio, dashed);
        if (!dashed) {
            ctx.beginPath();
        }
        for (int k = 0; k < path.pieces(); k++) {
            if (dashed) {
                Browser.setLineDashOffset(ctx, path.offset(k));
                ctx.beginPath();
            }
            double[] xs = path.xs(k);
            double[] ys = path.ys(k);
            ctx.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                ctx.lineTo(xs[i], ys[i]);
            }
            if (dashed) {
                ctx.stroke();
            }
        }
        if (dashed) {
            Browser.setLineDashOffset(ctx, 0);
        } else {
            ctx.stroke();
        }
    }

    /** A point mark of radius r: filled circle, square, triangle, diamond, or a cross. */
    private static void drawShape(CanvasRenderingContext2D ctx, Look.Shape shape, double x, double y, double r) {
        ctx.beginPath();
        switch (shape) {
            case SQUARE:
                ctx.rect(x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
                break;
            case TRIANGLE:
                ctx.moveTo(x, y - 1.2 * r);
                ctx.lineTo(x + 1.1 * r, y + 0.8 * r);
                ctx.lineTo(x - 1.1 * r, y + 0.8 * r);
                ctx.closePath();
                break;
            case DIAMOND:
                ctx.moveTo(x, y - 1.3 * r);
                ctx.lineTo(x + 1.1 * r, y);
                ctx.lineTo(x, y + 1.3 * r);
                ctx.lineTo(x - 1.1 * r, y);
                ctx.closePath();
                break;
            case CROSS:
                ctx.setLineWidth(2);
                ctx.moveTo(x - r, y - r);
                ctx.lineTo(x + r, y + r);
                ctx.moveTo(x + r, y - r);
                ctx.lineTo(x - r, y + r);
                ctx.stroke();
                return;
            default:
                ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
        ctx.fill();
    }

    /**
     * The picture's bitmap scaled onto its cells (cell (i, j) spans columns j + ½ … j + 1½ and rows
     * i + ½ … i + 1½), or without one each cell a filled rectangle in its grey (gaps left empty).
     */
    private void drawImage(CanvasRenderingContext2D ctx, Mark m) {
        if (m.bitmap != null) {
            drawBitmap(ctx, m.bitmap, px(0.5), py(0.5), px(m.cols + 0.5), py(m.rows + 0.5));
            return;
        }
        for (int i = 0; i < m.rows; i++) {
            double yTop = py(i + 0.5);
            double yBottom = py(i + 1.5);
            double top = Math.min(yTop, yBottom);
            double h = Math.abs(yBottom - yTop);
            for (int j = 0; j < m.cols; j++) {
                double g = m.xs[i * m.cols + j];
                if (Double.isNaN(g)) {
                    continue;
                }
                int level = (int) Math.round(255 * g);
                ctx.setFillStyle("rgb(" + level + "," + level + "," + level + ")");
                double left = px(j + 0.5);
                // a hair wider than the cell, so neighbouring cells leave no seam
                ctx.fillRect(left, top, px(j + 1.5) - left + 0.5, h + 0.5);
            }
        }
    }

    private void drawArrow(CanvasRenderingContext2D ctx, Mark m) {
        if (!drawable(m.xs[0], m.ys[0]) || !drawable(m.xs[1], m.ys[1])) {
            return;
        }
        double ax = px(m.xs[0]);
        double ay = py(m.ys[0]);
        double bx = px(m.xs[1]);
        double by = py(m.ys[1]);
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 1) {
            return;
        }
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        double head = Math.min(10, 0.4 * len);
        ctx.beginPath();
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx - ux * head * 0.8, by - uy * head * 0.8);
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(bx, by);
        ctx.lineTo(bx - ux * head - uy * head * 0.5, by - uy * head + ux * head * 0.5);
        ctx.lineTo(bx - ux * head + uy * head * 0.5, by - uy * head - ux * head * 0.5);
        ctx.closePath();
        ctx.fill();
    }

    private void drawHandle(CanvasRenderingContext2D ctx) {
        if (!drawable(handleX, handleY)) {
            return;
        }
        double hx = px(handleX);
        double hy = py(handleY);
        ctx.setFillStyle(Theme.resolve("--surface"));
        ctx.setStrokeStyle(Theme.resolve(handleColour));
        ctx.setLineWidth(3);
        ctx.beginPath();
        ctx.arc(hx, hy, 8, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
        ctx.setFillStyle(Theme.resolve(handleColour));
        ctx.beginPath();
        ctx.arc(hx, hy, 3, 0, 2 * Math.PI);
        ctx.fill();
    }

    /** A ring around the selected editable point, in the text colour so it shows on any series colour. */
    private void drawSelection(CanvasRenderingContext2D ctx) {
        int i = editSelected;
        if (pointsListener == null || i < 0 || i >= editXs.length || !drawable(editXs[i], editYs[i])) {
            return;
        }
        double hx = px(editXs[i]);
        double hy = py(editYs[i]);
        ctx.setLineWidth(2.5);
        ctx.setStrokeStyle(Theme.resolve("--text"));
        ctx.beginPath();
        ctx.arc(hx, hy, 9, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.setLineWidth(1.5);
        ctx.setStrokeStyle(Theme.resolve("--surface"));
        ctx.beginPath();
        ctx.arc(hx, hy, 11.5, 0, 2 * Math.PI);
        ctx.stroke();
    }

    // ---- interaction -------------------------------------------------------------------

    private void listen() {
        canvas.addEventListener("pointerdown", (EventListener<Event>) e -> {
            if (pointsListener != null && sx != null) {
                pressPoints(e);
                return;
            }
            if (orbitListener != null && sx != null && !(hasHandle && Math.hypot(Browser.eventX(e, canvas)
                    - px(handleX), Browser.eventY(e, canvas) - py(handleY)) <= HIT_RADIUS)) {
                orbiting = true;
                orbitX = Browser.eventX(e, canvas);
                orbitY = Browser.eventY(e, canvas);
                Browser.capturePointer(canvas, Browser.pointerId(e));
                e.preventDefault();
                canvas.focus();
                return;
            }
            if (!hasHandle || sx == null) {
                if (sx != null) {
                    // touch has no hover: a tap reads out the nearest point instead
                    showTip(Browser.eventX(e, canvas), Browser.eventY(e, canvas));
                }
                return;
            }
            double x = Browser.eventX(e, canvas);
            double y = Browser.eventY(e, canvas);
            downX = x;
            downY = y;
            boolean onHandle = Math.hypot(x - px(handleX), y - py(handleY)) <= HIT_RADIUS;
            if (onHandle || clickPlaces) {
                dragging = true;
                Browser.capturePointer(canvas, Browser.pointerId(e));
                e.preventDefault();
                canvas.focus();
                if (!onHandle) {
                    moveHandleTo(x, y);
                }
            }
        });
        canvas.addEventListener("pointermove", (EventListener<Event>) e -> {
            if (sx == null) {
                return;
            }
            double x = Browser.eventX(e, canvas);
            double y = Browser.eventY(e, canvas);
            if (orbiting) {
                hideTip();
                // Whole degrees only, the rest carried to the next move: the view's angles are whole
                // degrees, and a slow drag of 1 px (0.5°) per event must still turn it.
                // Drag right: the scene turns right (the camera left); drag down: it tips towards you.
                double da = Math.floor((orbitX - x) * ORBIT_PER_PIXEL);
                double de = Math.floor((y - orbitY) * ORBIT_PER_PIXEL);
                da = da < 0 ? Math.ceil((orbitX - x) * ORBIT_PER_PIXEL) : da;
                de = de < 0 ? Math.ceil((y - orbitY) * ORBIT_PER_PIXEL) : de;
                orbitX -= da / ORBIT_PER_PIXEL;
                orbitY += de / ORBIT_PER_PIXEL;
                if (da != 0 || de != 0) {
                    orbitListener.turned(da, de);
                }
            } else if (dragging && dragPoint >= 0) {
                movePointTo(dragPoint, x, y);
                hideTip();
            } else if (dragging) {
                moveHandleTo(x, y);
                hideTip();
            } else {
                showTip(x, y);
                pointerCursor(x, y);
            }
        });
        EventListener<Event> up = e -> {
            orbiting = false;
            dragging = false;
            dragPoint = -1;
        };
        canvas.addEventListener("pointerup", up);
        canvas.addEventListener("pointercancel", up);
        // A finger lifted also leaves the canvas: a tap's read-out stays until the next tap or scroll,
        // only the mouse's goes when the mouse does.
        canvas.addEventListener("pointerleave", e -> {
            if (Browser.fromMouse(e)) {
                hideTip();
            }
        });
        canvas.addEventListener("keydown", (EventListener<KeyboardEvent>) this::onKey);
    }

    private void onKey(KeyboardEvent e) {
        String key = e.getKey();
        if ((key.equals("Enter") || key.equals(" ")) && action != null) {
            e.preventDefault();
            action.run();
            return;
        }
        if (pointsListener != null) {
            pointKey(e, key);
            return;
        }
        if (orbitListener != null) {
            orbitKey(e, key);
            return;
        }
        if (!hasHandle || sx == null) {
            return;
        }
        double fraction = Browser.shiftKey(e) ? 0.1 : 0.02;
        double dx = 0;
        double dy = 0;
        switch (key) {
            case "ArrowLeft": dx = -1; break;
            case "ArrowRight": dx = 1; break;
            case "ArrowUp": dy = 1; break;
            case "ArrowDown": dy = -1; break;
            default: return;
        }
        e.preventDefault();
        double nx = handleX + dx * fraction * (x1 - x0);
        double ny = handleY + dy * fraction * (y1 - y0);
        handleListener.moved(clampTo(nx, x0, x1), clampTo(ny, y0, y1));
    }

    /** Arrow keys turn a 3-D scene: left/right the azimuth, up/down the elevation (shift: three times as far). */
    private void orbitKey(KeyboardEvent e, String key) {
        double step = Browser.shiftKey(e) ? 3 * ORBIT_PER_KEY : ORBIT_PER_KEY;
        switch (key) {
            case "ArrowLeft": orbitListener.turned(step, 0); break;
            case "ArrowRight": orbitListener.turned(-step, 0); break;
            case "ArrowUp": orbitListener.turned(0, step); break;
            case "ArrowDown": orbitListener.turned(0, -step); break;
            default: return;
        }
        e.preventDefault();
    }

    /** A press on the editable points: delete (double press, modified click), pick, or add; then drag. */
    private void pressPoints(Event e) {
        double x = Browser.eventX(e, canvas);
        double y = Browser.eventY(e, canvas);
        e.preventDefault();
        canvas.focus();
        int hit = pointAt(x, y);
        double now = Clock.now();
        boolean twice = hit >= 0 && hit == lastPressed && now - lastPressTime < DOUBLE_PRESS_MS;
        if (hit >= 0 && (twice || Browser.modifierKey(e))) {
            lastPressed = -1;
            pointsListener.delete(hit);
            return;
        }
        lastPressed = hit;
        lastPressTime = now;
        if (hit >= 0) {
            editSelected = hit;
            pointsListener.pick(hit);
        } else if (insideFrame(x, y)) {
            pointsListener.add(clampTo(sx.toData(x), x0, x1), clampTo(sy.toData(y), y0, y1));
        } else {
            return;
        }
        if (editSelected >= 0) {
            dragPoint = editSelected;
            dragging = true;
            Browser.capturePointer(canvas, Browser.pointerId(e));
        }
    }

    private void movePointTo(int i, double pxX, double pxY) {
        double x = clampTo(sx.toData(pxX), x0, x1);
        double y = clampTo(sy.toData(pxY), y0, y1);
        if (i < editXs.length) {
            editXs[i] = x;
            editYs[i] = y;
        }
        pointsListener.move(i, x, y);
    }

    /** The editable point within reach of (x, y) in pixels, the nearest one; −1 when none. */
    private int pointAt(double x, double y) {
        int best = -1;
        double bestD = HIT_RADIUS * 0.75;
        for (int i = 0; i < editXs.length; i++) {
            if (!drawable(editXs[i], editYs[i])) {
                continue;
            }
            double d = Math.hypot(px(editXs[i]) - x, py(editYs[i]) - y);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private boolean insideFrame(double x, double y) {
        return x >= marginLeft && x <= cssWidth - MARGIN_RIGHT && y >= MARGIN_TOP && y <= plotBottom();
    }

    /** A grab cursor over what can be dragged, a crosshair where a click places or adds. */
    private void pointerCursor(double x, double y) {
        String cursor = "";
        if (pointsListener != null) {
            cursor = pointAt(x, y) >= 0 ? "grab" : insideFrame(x, y) ? "crosshair" : "";
        } else if (hasHandle && Math.hypot(x - px(handleX), y - py(handleY)) <= HIT_RADIUS) {
            cursor = "grab";
        } else if (orbitListener != null) {
            cursor = insideFrame(x, y) ? "move" : "";
        } else if (hasHandle) {
            cursor = clickPlaces ? "crosshair" : "";
        }
        canvas.getStyle().setProperty("cursor", cursor);
    }

    /**
     * Keys for editable points: ] / PageDown and [ / PageUp select the next / previous point,
     * arrows move the selected one by 2% of the view (10% with shift), Delete or Backspace removes
     * it, + (or = , Insert, a) adds one (right of the selected point, or in the middle), Escape
     * clears the selection. They use the requested ranges only, so they work before any layout.
     */
    private void pointKey(KeyboardEvent e, String key) {
        int sel = editSelected >= 0 && editSelected < editXs.length ? editSelected : -1;
        double fraction = Browser.shiftKey(e) ? 0.1 : 0.02;
        double dx = 0;
        double dy = 0;
        switch (key) {
            case "]":
            case "PageDown":
                pointsListener.step(1);
                break;
            case "[":
            case "PageUp":
                pointsListener.step(-1);
                break;
            case "Escape":
                if (sel < 0) {
                    return; // let Escape do whatever else it does
                }
                pointsListener.pick(-1);
                break;
            case "Delete":
            case "Backspace":
                if (sel >= 0) {
                    pointsListener.delete(sel);
                }
                break;
            case "+":
            case "=":
            case "a":
            case "Insert":
                if (sel >= 0) {
                    pointsListener.add(clampTo(editXs[sel] + 0.04 * (x1 - x0), x0, x1), editYs[sel]);
                } else {
                    pointsListener.add(0.5 * (x0 + x1), 0.5 * (y0 + y1));
                }
                break;
            case "ArrowLeft": dx = -1; break;
            case "ArrowRight": dx = 1; break;
            case "ArrowUp": dy = 1; break;
            case "ArrowDown": dy = -1; break;
            default: return;
        }
        e.preventDefault();
        if (dx == 0 && dy == 0) {
            return;
        }
        if (sel < 0) {
            pointsListener.step(1);
            return;
        }
        double nx = clampTo(editXs[sel] + dx * fraction * (x1 - x0), x0, x1);
        double ny = clampTo(editYs[sel] + dy * fraction * (y1 - y0), y0, y1);
        editXs[sel] = nx;
        editYs[sel] = ny;
        pointsListener.move(sel, nx, ny);
    }

    private void moveHandleTo(double pxX, double pxY) {
        double x = clampTo(sx.toData(pxX), x0, x1);
        double y = clampTo(sy.toData(pxY), y0, y1);
        handleListener.moved(x, y);
    }

    private static double clampTo(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * Reads out what is nearest the pointer within reach: a registered hover point, a point of a
     * named line or point set (its name, x and y), or else the picture cell under it.
     */
    private void showTip(double x, double y) {
        String text = null;
        double tx = 0;
        double ty = 0;
        double bestD = HIT_RADIUS;
        for (Mark m : hovers) {
            if (!drawable(m.xs[0], m.ys[0])) {
                continue;
            }
            double d = Math.hypot(px(m.xs[0]) - x, py(m.ys[0]) - y);
            if (d <= bestD) {
                bestD = d;
                text = m.label;
                tx = px(m.xs[0]);
                ty = py(m.ys[0]);
            }
        }
        for (Mark m : marks) {
            if (m.name == null || (m.kind != Mark.LINE && m.kind != Mark.POINTS)) {
                continue;
            }
            for (int i = 0; i < m.xs.length; i++) {
                if (!drawable(m.xs[i], m.ys[i])) {
                    continue;
                }
                double d = Math.hypot(px(m.xs[i]) - x, py(m.ys[i]) - y);
                if (d < bestD) {
                    bestD = d;
                    text = m.name + ": " + readout(xAxis, m.xs[i]) + ", " + NumberText.format(m.ys[i], 4);
                    tx = px(m.xs[i]);
                    ty = py(m.ys[i]);
                }
            }
        }
        if (text == null) {
            for (Mark m : marks) {
                if (m.kind == Mark.IMAGE && insideFrame(x, y)) {
                    int j = (int) Math.floor(sx.toData(x) - 0.5);
                    int i = (int) Math.floor(sy.toData(y) - 0.5);
                    if (i >= 0 && i < m.rows && j >= 0 && j < m.cols) {
                        text = "row " + (i + 1) + ", column " + (j + 1) + ": " + NumberText.format(m.ys[i * m.cols + j], 4);
                        tx = x;
                        ty = y;
                    }
                }
            }
        }
        if (text == null) {
            hideTip();
            return;
        }
        tip.setTextContent(text);
        double left = Math.min(tx + 12, cssWidth - 200);
        tip.getStyle().setProperty("left", Math.max(0, left) + "px");
        tip.getStyle().setProperty("top", Math.max(0, ty - 34) + "px");
        tip.setHidden(false);
    }

    /** An x value as the read-out shows it: "k = 12" on an index axis, else 4 significant digits. */
    private static String readout(Axis axis, double x) {
        return axis == Axis.INDEX ? "at " + NumberText.format(x, 6) : "x = " + NumberText.format(x, 4);
    }

    private void hideTip() {
        tip.setHidden(true);
    }

    /**
     * Draws the plot at {@code ratio} device pixels per CSS pixel, lets {@code use} read the canvas,
     * then draws it for the screen again (all in one task, so the page never shows the export).
     */
    void renderForExport(double ratio, Runnable use) {
        exportRatio = ratio;
        try {
            render();
            use.run();
        } finally {
            exportRatio = 0;
            render();
        }
    }

    private void downloadPng() {
        try {
            Browser.download(canvas.toDataURL("image/png"), fileName + ".png");
        } catch (RuntimeException e) {
            setSummary("The image could not be saved: " + e.getMessage());
        }
    }

    /** A retained drawing instruction. */
    private static final class Mark {
        static final int LINE = 0;
        static final int POINTS = 1;
        static final int SEGMENTS = 2;
        static final int ARROW = 3;
        static final int POLYGON = 4;
        static final int TEXT = 5;
        static final int HOVER = 6;
        static final int IMAGE = 7;

        final int kind;
        final String colour;
        double[] xs;
        double[] ys;
        double width = 1.5;
        double alpha = 1;
        boolean dashed;
        double[] dash;
        Look.Shape shape;
        String legend;
        String label;
        String name;
        int rows;
        int cols;
        JSObject bitmap;

        Mark(int kind, String colour) {
            this.kind = kind;
            this.colour = colour;
        }
    }
}
