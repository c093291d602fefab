package dev.kappa.web.lab;

import dev.kappa.lab.FieldGrid;
import dev.kappa.lab.Heatmap;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Look;
import dev.kappa.lab.Marker;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.OrbitCamera;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.PlotRange;
import dev.kappa.lab.PlotSpec;
import dev.kappa.lab.PointData;
import dev.kappa.lab.Series;
import dev.kappa.lab.plot.Axis;
import dev.kappa.web.Dom;
import dev.kappa.web.plot.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Draws a {@link LabOutput} on the page: one {@link Plot} per {@link PlotSpec} shown, created the
 * first time its id appears and hidden while a state does not show it (the page stays stable),
 * with every series and point marker in the {@link Look} its plot declares for it (so a series
 * keeps its look across presets), reference lines, arrows, contours of fields, matrix pictures,
 * the declared floor and clipping notes; then the model's notes and its tables. What the pointer and
 * the keyboard do on a plot comes from its declaration: a handle whose drag sets parameters, or
 * editable data points kept in a text parameter ({@link PointEditor}).
 */
final class ModelLab {
    /** What a drawing asks of its page. */
    interface Host {
        /** Applies the parameters a handle drag set (a changed copy of the current values). */
        void apply(ParamSet changed);

        void setText(String name, String value);

        /** Redraws soon (a selection changed) without recomputing. */
        void requestRedraw();

        ParamSet values();
    }

    /** Series of one family a legend names separately at most; more share one entry. */
    private static final int FAMILY_LEGEND = 1;

    private final String labId;
    private final HTMLElement figures;
    private final Host host;
    private final Map<String, Plot> plots = new LinkedHashMap<>();
    private final Map<String, PointEditor> editors = new LinkedHashMap<>();
    private final HTMLElement notes;
    private final HTMLElement tables;

    ModelLab(String labId, HTMLElement figures, Host host) {
        this.labId = labId;
        this.figures = figures;
        this.host = host;
        notes = Dom.el("div", "notice info lab-model-notes");
        notes.setAttribute("data-lab-model-notes", "true");
        notes.setAttribute("role", "status");
        notes.setHidden(true);
        tables = Dom.el("div", "lab-tables");
        figures.appendChild(notes);
        figures.appendChild(tables);
    }

    Iterable<Plot> plots() {
        return plots.values();
    }

    /** Only the first plot stays visible (the compact embed shows one picture). */
    private boolean firstOnly;

    void showFirstPlotOnly(boolean on) {
        firstOnly = on;
    }

    /**
     * Draws {@code out} with iterations 0…{@code step} of animated series on display. Returns false
     * when it created plots and left their canvases for the next frame: the new elements are laid
     * out by the browser in between, so laying out the page and painting the plots are not one task.
     */
    boolean draw(LabOutput out, ParamSet values, int step) {
        int before = plots.size();
        showNotes(out.notes());
        for (Plot p : plots.values()) {
            p.element().setHidden(true);
        }
        boolean first = true;
        for (PlotSpec spec : out.plots()) {
            Plot plot = plotFor(spec);
            plot.element().setHidden(firstOnly && !first);
            draw(plot, spec, out, step, out.steps());
            String extra = editors.containsKey(spec.id()) ? editors.get(spec.id()).update(out, values, spec) : "";
            plot.setSummary((first ? out.summary() : spec.title()) + extra);
            first = false;
        }
        showTables(out.tables());
        if (plots.size() > before) {
            return false;
        }
        for (Plot p : plots.values()) {
            p.render();
        }
        return true;
    }

    private Plot plotFor(PlotSpec spec) {
        Plot plot = plots.get(spec.id());
        if (plot == null) {
            plot = new Plot(spec.title(), "kappa-" + labId + "-" + spec.id());
            figures.insertBefore(plot.element(), notes);
            plot.element().setAttribute("data-plot", spec.id());
            String[] orbit = spec.orbitParams();
            if (orbit != null) {
                plot.orbit("Drag on the picture or use the arrow keys to turn it", (da, de) -> {
                    ParamSet copy = host.values().copy();
                    OrbitCamera.turn(copy, orbit[0], orbit[1], da, de);
                    host.apply(copy);
                });
            }
            dev.kappa.web.plot.SlideImage.addTo(plot, labId + "-" + spec.id());
            if (spec.handle() != null) {
                PlotSpec.Handle h = spec.handle();
                // in a 3-D scene a press off the handle turns the view instead of placing the handle
                plot.handle(h.help(), orbit == null, (x, y) -> {
                    ParamSet copy = host.values().copy();
                    h.move().move(copy, x, y);
                    host.apply(copy);
                });
                plot.help(h.help());
            } else if (spec.pointsParam() != null) {
                editors.put(spec.id(), new PointEditor(plot, spec.pointsParam(), spec.help(), host));
            } else {
                plot.help(spec.help().isEmpty() ? "Point at (or tap) a line or a point to read its values; the "
                        + "controls change the picture." : spec.help());
            }
            plot.attach();
            plots.put(spec.id(), plot);
        }
        return plot;
    }

    private void draw(Plot plot, PlotSpec spec, LabOutput out, int step, int steps) {
        plot.clear();
        plot.title(spec.title()).axes(spec.xLabel(), spec.yLabel()).axisKinds(spec.xAxis(), spec.yAxis())
                .yDown(spec.yDownOn()).equalAspect(spec.equalAspectOn()).zeroAxes(spec.zeroAxesOn());
        boolean square = spec.shape() == PlotSpec.Shape.SQUARE;
        plot.shape(square ? 0.8 : 0.6, square ? 560 : 440).legendLeft(spec.logY());
        PlotRange pr = PlotRange.of(spec, out, step);
        double[] range = pr.range();
        plot.range(range[0], range[1], range[2], range[3]);
        String id = spec.id();
        for (Heatmap h : out.heatmaps()) {
            if (h.plot().equals(id)) {
                double[] grey = new double[h.rows() * h.cols()];
                double[] values = new double[grey.length];
                for (int i = 0; i < h.rows(); i++) {
                    for (int j = 0; j < h.cols(); j++) {
                        values[i * h.cols() + j] = h.value(i, j);
                        grey[i * h.cols() + j] = h.grey(h.value(i, j));
                    }
                }
                plot.image(h.rows(), h.cols(), grey, values);
            }
        }
        for (FieldGrid g : out.grids()) {
            if (g.plot().equals(id)) {
                contours(plot, g);
            }
        }
        double floor = spec.logY() ? spec.floor() : 0;
        if (floor > 0 && pr.floored()) {
            plot.series(new double[] {range[0], range[1]}, new double[] {floor, floor}, Look.REFERENCE.dotted(),
                    false, spec.floorLabel(), null);
        }
        Map<Look, Integer> family = new LinkedHashMap<>();
        for (Series s : out.series()) {
            if (s.plot().equals(id) && s.visibleAt(step, steps)) {
                Look look = lookOf(spec, s.name());
                family.put(look, family.getOrDefault(look, 0) + 1);
            }
        }
        List<Look> named = new ArrayList<>();
        for (Series s : out.series()) {
            if (!s.plot().equals(id) || !s.visibleAt(step, steps)) {
                continue;
            }
            Look look = lookOf(spec, s.name());
            double[] xs = s.xs();
            double[] ys = s.ys();
            if (s.isAnimated() && step < steps) {
                int n = Math.min(xs.length, step + 1);
                xs = java.util.Arrays.copyOf(xs, n);
                ys = java.util.Arrays.copyOf(ys, n);
            }
            if (floor > 0) {
                for (int i = 0; i < ys.length; i++) {
                    if (Double.isFinite(ys[i]) && ys[i] < floor) {
                        ys[i] = floor;
                    }
                }
            }
            // a family of many series (twenty coefficient paths) has one legend entry, named for the family
            String legend = s.name();
            if (family.get(look) > FAMILY_LEGEND) {
                legend = named.contains(look) ? null : familyName(spec, s.name());
                named.add(look);
            }
            plot.series(xs, ys, look, s.style() == Series.Style.POINTS, legend, s.name());
            if (s.isAnimated() && step < steps && xs.length > 0) {
                // the iterate on display, ringed
                int last = xs.length - 1;
                plot.series(new double[] {xs[last]}, new double[] {ys[last]}, look.shape(Look.Shape.CIRCLE).width(6),
                        true, null, s.name() + " at step " + last);
            }
        }
        for (Marker m : out.markers()) {
            if (!m.plot().equals(id)) {
                continue;
            }
            switch (m.kind()) {
                case VERTICAL:
                    plot.series(new double[] {m.x(), m.x()}, new double[] {range[2], range[3]}, Look.REFERENCE, false,
                            m.name() + " (" + NumberText.format(m.x(), 4) + ")", null);
                    break;
                case HORIZONTAL:
                    plot.series(new double[] {range[0], range[1]}, new double[] {m.y(), m.y()}, Look.REFERENCE, false,
                            m.name() + " (" + NumberText.format(m.y(), 4) + ")", null);
                    break;
                case ARROW:
                    plot.arrow(m.x(), m.y(), m.x2(), m.y2(), lookOf(spec, m.name()), m.name());
                    break;
                default: {
                    Look look = lookOf(spec, m.name());
                    plot.series(new double[] {m.x()}, new double[] {m.y()}, look.width(6), true, m.name(), m.name());
                }
            }
        }
        if (spec.handle() != null) {
            Marker h = out.marker(id, spec.handle().marker());
            if (h != null) {
                plot.setHandle(h.x(), h.y(), Plot.colourOf(lookOf(spec, h.name())));
            }
        }
        double clipped = pr.clippedAbove();
        plot.note(Double.isNaN(clipped) ? "" : "Values above " + NumberText.format(spec.clipAboveStart(), 2)
                + " times the starting value are off the top of this plot (they reach "
                + (Double.isInfinite(clipped) ? "overflow, ∞" : NumberText.format(clipped, 3)) + ").");
    }

    /** The look a plot declares for a name; an undeclared one (a contract test forbids it) draws grey. */
    private static Look lookOf(PlotSpec spec, String name) {
        Look l = spec.lookOf(name);
        return l != null ? l : Look.of(Look.MUTED);
    }

    /** The legend entry of a family: its declared prefix, trimmed of a dangling letter ("true zero w" → "true zero weights"). */
    private static String familyName(PlotSpec spec, String name) {
        for (PlotSpec.Styled s : spec.looks()) {
            if (s.prefix() && name.startsWith(s.name())) {
                String p = s.name().trim();
                return p.endsWith(" w") ? p.substring(0, p.length() - 2) + " weights" : p;
            }
        }
        return name;
    }

    /**
     * Each level's contour by marching squares: above the field's reference value from light to
     * dark blue by distance, below it (a saddle) dashed, purple to red.
     */
    private static void contours(Plot plot, FieldGrid g) {
        double[] levels = g.levels();
        double ref = g.reference();
        boolean hasRef = Double.isFinite(ref);
        double top = 0;
        for (double l : levels) {
            top = Math.max(top, hasRef ? Math.abs(l - ref) : 0);
        }
        for (int k = 0; k < levels.length; k++) {
            double frac;
            boolean below = hasRef && levels[k] < ref;
            if (hasRef) {
                frac = top > 0 ? Math.sqrt(Math.abs(levels[k] - ref) / top) : 0;
            } else {
                frac = levels.length > 1 ? (double) k / (levels.length - 1) : 0;
            }
            double t = Math.round(frac * 100) / 100.0;
            String colour = below ? "mix(--plot-4,--plot-2," + t + ")" : "mix(--plot-6,--plot-1," + t + ")";
            plot.segments(g.contour(k), colour, 1.1, below);
        }
    }

    private void showNotes(List<String> list) {
        notes.clear();
        if (list.isEmpty()) {
            notes.setHidden(true);
            return;
        }
        notes.setHidden(false);
        HTMLElement ul = Dom.el("ul");
        for (String n : list) {
            ul.appendChild(Dom.text("li", null, n));
        }
        notes.appendChild(ul);
    }

    /** Tables as HTML tables built from text nodes only (cells may hold user-typed text). */
    private void showTables(Map<String, LabOutput.Table> all) {
        tables.clear();
        for (Map.Entry<String, LabOutput.Table> e : all.entrySet()) {
            HTMLElement box = Dom.el("section", "lab-table");
            box.setAttribute("data-table", e.getKey());
            HTMLElement table = Dom.el("table");
            table.appendChild(Dom.text("caption", null, e.getKey()));
            HTMLElement head = Dom.el("thead");
            HTMLElement hr = Dom.el("tr");
            for (String h : e.getValue().header()) {
                HTMLElement th = Dom.text("th", null, h);
                th.setAttribute("scope", "col");
                hr.appendChild(th);
            }
            head.appendChild(hr);
            table.appendChild(head);
            HTMLElement body = Dom.el("tbody");
            for (String[] row : e.getValue().rows()) {
                HTMLElement tr = Dom.el("tr");
                for (String cell : row) {
                    tr.appendChild(Dom.text("td", null, cell));
                }
                body.appendChild(tr);
            }
            table.appendChild(body);
            box.appendChild(table);
            tables.appendChild(box);
        }
    }

    /** Editable data points of one plot: add, move and delete them; they live in a text parameter. */
    private static final class PointEditor implements Plot.PointsListener {
        private final Plot plot;
        /** The text parameter edited: the declared one, or the one this frame's output names (a class to edit). */
        private String param;
        private final Host host;
        private final HTMLElement status;
        private final HTMLElement reset;
        private PointData data = PointData.of(new double[0], new double[0]);
        private int selected = -1;
        private String message = "";

        PointEditor(Plot plot, String param, String help, Host host) {
            this.plot = plot;
            this.param = param;
            this.host = host;
            plot.editablePoints(help, this);
            reset = Dom.text("button", "plot-reset", "Reset to the lab's data");
            reset.setAttribute("type", "button");
            reset.setAttribute("data-reset-points", "true");
            reset.addEventListener("click", e -> {
                selected = -1;
                message = "";
                host.setText(param, "");
            });
            plot.addToCaption(reset);
            status = Dom.el("p", "plot-status");
            status.setAttribute("role", "status");
            status.setAttribute("data-points-status", "true");
            plot.addToCaption(status);
        }

        /** After drawing: the points, the reset button's state and the status line; returns words for the summary. */
        String update(LabOutput out, ParamSet values, PlotSpec spec) {
            if (spec.pointsParam() != null && !spec.pointsParam().equals(param)) {
                param = spec.pointsParam();
                selected = -1;
                message = "";
            }
            PointData d = out.editablePoints(plot.element().getAttribute("data-plot"));
            data = d == null ? PointData.of(new double[0], new double[0]) : d;
            if (selected >= data.size()) {
                selected = -1;
            }
            plot.setEditablePoints(data.xs(), data.ys(), selected);
            boolean own = !values.text(param).trim().isEmpty();
            reset.setAttribute("aria-disabled", String.valueOf(!own));
            if (own) {
                reset.removeAttribute("disabled");
            } else {
                reset.setAttribute("disabled", "disabled");
            }
            String where = selected < 0 ? "no point selected"
                    : "point " + (selected + 1) + " of " + data.size() + " selected at ("
                            + NumberText.format(data.x(selected), 4) + ", " + NumberText.format(data.y(selected), 4) + ")";
            String text = message.isEmpty() ? capital(where) + "." : capital(message) + ".";
            if (!text.equals(status.getTextContent())) {
                status.setTextContent(text);
            }
            status.setClassName(message.isEmpty() ? "plot-status" : "plot-status plot-status-refused");
            return " " + data.size() + " points on the plot, " + where + ".";
        }

        @Override
        public void pick(int index) {
            selected = index;
            message = "";
            plot.selectPoint(index);
            host.requestRedraw();
        }

        @Override
        public void step(int direction) {
            pick(dev.kappa.lab.PointEdit.neighbour(data, selected, direction));
        }

        @Override
        public void add(double x, double y) {
            apply(dev.kappa.lab.PointEdit.add(data, x, y, plot.view()));
        }

        @Override
        public void move(int index, double x, double y) {
            apply(dev.kappa.lab.PointEdit.move(data, index, x, y, plot.view()));
        }

        @Override
        public void delete(int index) {
            apply(dev.kappa.lab.PointEdit.delete(data, index));
        }

        private void apply(dev.kappa.lab.PointEdit e) {
            message = e.message();
            selected = e.selected();
            plot.selectPoint(selected);
            if (message.isEmpty() && !e.query().equals(host.values().text(param))) {
                host.setText(param, e.query());
            } else {
                host.requestRedraw();
            }
        }

        private static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
