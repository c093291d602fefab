package dev.kappa.web.lab;

import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Marker;
import dev.kappa.lab.MinNormLab;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.OptimizerRaceLab;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.PointData;
import dev.kappa.lab.PointEdit;
import dev.kappa.lab.PolyFitLab;
import dev.kappa.web.Dom;
import dev.kappa.web.plot.Plot;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the learner can do with the pointer and the keyboard on a model lab's plots, and the help
 * line that says so. {@link ModelLab} calls {@link #configure} when it creates a plot and
 * {@link #update} after drawing it; everything the learner changes goes through
 * {@link LabPage#setParam}/{@link LabPage#setText}, so the URL always reproduces the picture.
 *
 * <ul>
 * <li>min-norm: the start w₀ is a handle on the solution-space plot (params w1, w2, and w3 for the
 * 2×3 system, where the drag moves w₀ in the plotted plane and keeps its off-plane part).</li>
 * <li>optimizer-race: the shared start (x0, y0) is a handle on the landscape.</li>
 * <li>poly-fit: the data points are editable (add, move, delete), stored in {@code pts}.</li>
 * </ul>
 * Other plots only get a line about the hover read-out.
 */
abstract class PlotInteraction {
    static final String HOVER_HELP = "Point at a marker or a line's end to read its values; the controls change the "
            + "picture.";

    /** The interaction of a lab's plots, by lab id. */
    static PlotInteraction forLab(String labId, LabPage page) {
        switch (labId) {
            case MinNormLab.ID:
                return new MinNormStart(page);
            case OptimizerRaceLab.ID:
                return new RaceStart(page);
            case PolyFitLab.ID:
                return new PointEditor(page);
            default:
                return new PlotInteraction() {
                };
        }
    }

    /** Sets up a plot the first time it appears. */
    void configure(String plotId, Plot plot) {
        plot.help(HOVER_HELP);
    }

    /** After the plot was drawn for {@code values}: place handles and points, refresh help and status. */
    void update(String plotId, Plot plot, ParamSet values, LabOutput out) {
    }

    /** Words the plot's text summary adds about the interaction state (e.g. the selected point). */
    String summary(String plotId) {
        return "";
    }

    static Marker marker(LabOutput out, String plotId, String name) {
        for (Marker m : out.markers()) {
            if (m.plot().equals(plotId) && m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** A start point as a handle: drag it, click to place it, arrow keys to nudge it. */
    private abstract static class StartHandle extends PlotInteraction {
        final LabPage page;
        ParamSet current;

        StartHandle(LabPage page) {
            this.page = page;
        }

        abstract String plotId();

        abstract String markerName();

        abstract String help(ParamSet values);

        abstract void moved(double x, double y);

        @Override
        void configure(String plotId, Plot plot) {
            if (!plotId.equals(plotId())) {
                super.configure(plotId, plot);
                return;
            }
            plot.handle(help(current), true, this::moved);
        }

        @Override
        void update(String plotId, Plot plot, ParamSet values, LabOutput out) {
            current = values;
            if (!plotId.equals(plotId())) {
                return;
            }
            Marker m = marker(out, plotId, markerName());
            if (m != null) {
                plot.setHandle(m.x(), m.y(), "--text");
            }
            plot.help(help(values));
        }
    }

    private static final class MinNormStart extends StartHandle {
        private static final String KEYS = " With the plot focused (Tab), the arrow keys move w₀ (shift: five times "
                + "further).";

        MinNormStart(LabPage page) {
            super(page);
        }

        @Override
        String plotId() {
            return "space";
        }

        @Override
        void configure(String plotId, Plot plot) {
            super.configure(plotId, plot);
            if (plotId.equals(plotId())) {
                plot.equalAspect(true); // an orthonormal frame: the perpendicular from 0 looks perpendicular
            }
        }

        @Override
        String markerName() {
            return "start w₀";
        }

        @Override
        String help(ParamSet values) {
            if (values != null && values.choice("system").equals("lecture")) {
                return "Drag the start point w₀, or click to put it there: the plot is the plane through w⁺ and the "
                        + "null space, so w₀ moves within it and keeps its component off that plane (the w₀ sliders "
                        + "set all three coordinates, each within ±5)." + KEYS;
            }
            return "Drag the start point w₀, or click anywhere to put it there: the GD path follows and lands on the "
                    + "projection of w₀ onto the solution line." + KEYS;
        }

        @Override
        void moved(double x, double y) {
            if (current == null) {
                return;
            }
            double[] w = MinNormLab.startFromPlot(current, x, y);
            page.setParam("w1", w[0]);
            page.setParam("w2", w[1]);
            if (w.length > 2) {
                page.setParam("w3", w[2]);
            }
        }
    }

    private static final class RaceStart extends StartHandle {
        RaceStart(LabPage page) {
            super(page);
        }

        @Override
        String plotId() {
            return "landscape";
        }

        @Override
        String markerName() {
            return "start";
        }

        @Override
        String help(ParamSet values) {
            return "Drag the shared start point, or click anywhere on the contours to start there: every optimizer "
                    + "restarts from it. With the plot focused (Tab), the arrow keys move it (shift: five times "
                    + "further).";
        }

        @Override
        void moved(double x, double y) {
            page.setParam("x0", x);
            page.setParam("y0", y);
        }
    }

    /** poly-fit's data points: add, move and delete them on the fit plot; they live in {@code pts}. */
    private static final class PointEditor extends PlotInteraction implements Plot.PointsListener {
        private static final String PLOT = "fit";
        private static final String HELP = "Click on empty space to add a point, drag a point to move it, "
                + "double-click (double-tap) or shift-click it to delete it. Keys, with the plot focused (Tab): ] and "
                + "[ select the next and previous point, the arrows move it (shift: further), Delete removes it, + "
                + "adds one, Escape deselects. Your points are kept in the address (pts); adding or deleting a "
                + "point redraws the train/test split.";
        private final LabPage page;
        private Plot plot;
        private ParamSet current;
        private int selected = -1;
        private String message = "";
        private HTMLElement status;
        private HTMLElement reset;
        private String summary = "";

        PointEditor(LabPage page) {
            this.page = page;
        }

        @Override
        void configure(String plotId, Plot p) {
            if (!plotId.equals(PLOT)) {
                super.configure(plotId, p);
                return;
            }
            plot = p;
            p.editablePoints(HELP, this);
            reset = Dom.text("button", "plot-reset", "Reset to generated data");
            reset.setAttribute("type", "button");
            reset.setAttribute("data-reset-points", "true");
            reset.addEventListener("click", e -> {
                selected = -1;
                message = "";
                page.setText("pts", "");
            });
            p.addToCaption(reset);
            status = Dom.el("p", "plot-status");
            status.setAttribute("role", "status");
            status.setAttribute("data-points-status", "true");
            p.addToCaption(status);
        }

        @Override
        void update(String plotId, Plot p, ParamSet values, LabOutput out) {
            current = values;
            if (!plotId.equals(PLOT)) {
                return;
            }
            PointData data = PolyFitLab.points(values);
            if (selected >= data.size()) {
                selected = -1;
            }
            p.setEditablePoints(data.xs(), data.ys(), selected);
            boolean own = !values.text("pts").trim().isEmpty();
            reset.setAttribute("aria-disabled", String.valueOf(!own));
            if (own) {
                reset.removeAttribute("disabled");
            } else {
                reset.setAttribute("disabled", "disabled");
            }
            int number = selected + 1;
            String where = selected < 0 ? "no point selected"
                    : "point " + number + " of " + data.size() + " selected at (" + NumberText.format(data.x(selected), 4)
                            + ", " + NumberText.format(data.y(selected), 4) + ")";
            summary = " " + data.size() + " points on the plot, " + where + ".";
            String text = message.isEmpty() ? capital(where) + "." : capital(message) + ".";
            if (!text.equals(status.getTextContent())) {
                status.setTextContent(text);
            }
            status.setClassName(message.isEmpty() ? "plot-status" : "plot-status plot-status-refused");
        }

        @Override
        String summary(String plotId) {
            return plotId.equals(PLOT) ? summary : "";
        }

        private PointData data() {
            return PolyFitLab.points(current);
        }

        @Override
        public void pick(int index) {
            selected = index;
            message = "";
            plot.selectPoint(index);
            page.requestUpdate();
        }

        @Override
        public void step(int direction) {
            if (current == null) {
                return;
            }
            pick(PointEdit.neighbour(data(), selected, direction));
        }

        @Override
        public void add(double x, double y) {
            if (current != null) {
                apply(PointEdit.add(data(), x, y, plot.view()));
            }
        }

        @Override
        public void move(int index, double x, double y) {
            if (current != null) {
                apply(PointEdit.move(data(), index, x, y, plot.view()));
            }
        }

        @Override
        public void delete(int index) {
            if (current != null) {
                apply(PointEdit.delete(data(), index));
            }
        }

        private void apply(PointEdit e) {
            message = e.message();
            selected = e.selected();
            plot.selectPoint(selected);
            if (message.isEmpty() && !e.query().equals(current.text("pts"))) {
                page.setText("pts", e.query());
            } else {
                page.requestUpdate();
            }
        }

        private static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
