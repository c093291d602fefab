package dev.kappa.web.lab;

import dev.kappa.lab.FieldGrid;
import dev.kappa.lab.LabModel;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Marker;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.PlotSpec;
import dev.kappa.lab.Preset;
import dev.kappa.lab.Series;
import dev.kappa.lab.plot.MarchingSquares;
import dev.kappa.web.Clock;
import dev.kappa.web.Dom;
import dev.kappa.web.plot.Plot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lab page for any {@link LabModel}: one {@link Plot} per {@link PlotSpec} the model returns,
 * drawing its series (colours by index from the Okabe–Ito palette, legend by series name),
 * markers and contour grids, then the readouts, tables and the model's notes. Choice labels and
 * log-axis floors come from {@link ModelLabTexts}; the words around the lab from its text file.
 * Plots are created the first time their id appears and hidden while a state does not produce
 * them, so a parameter that changes the set of plots keeps the page stable. What the pointer and
 * keyboard do on a plot (drag a start point, edit data points) and the help line under it come
 * from {@link PlotInteraction}.
 */
final class ModelLab implements Lab {
    /** Series colours: the first six Okabe–Ito variables (the yellow is too light on white). */
    private static final int COLOURS = 6;
    /** Points with a hover read-out per series; more would make hovering slow and useless. */
    private static final int MAX_HOVERS = 300;
    /** Milliseconds of a slow model's preparation per animation frame (the rest is drawing). */
    private static final double SLICE_MS = 5;
    /** Series a legend lists at most; a plot with more names its lines on hover. */
    private static final int MAX_LEGEND = 10;

    private final LabModel model;
    private final ModelLabTexts.Texts texts;
    private final Map<String, Plot> plots = new LinkedHashMap<>();
    private LabPage page;
    private HTMLElement notes;
    private HTMLElement tables;
    private PlotInteraction interaction;

    ModelLab(LabModel model) {
        this.model = model;
        this.texts = ModelLabTexts.of(model.id());
    }

    @Override
    public String id() {
        return model.id();
    }

    @Override
    public ParamSet params() {
        return model.spec();
    }

    @Override
    public List<Preset> presets() {
        return model.allPresets();
    }

    @Override
    public String choiceLabel(String param, String value) {
        return texts.choiceLabel(param, value);
    }

    @Override
    public int embedHeight() {
        return 1100;
    }

    @Override
    public void build(LabPage page) {
        this.page = page;
        interaction = PlotInteraction.forLab(model.id(), page);
        notes = Dom.el("div", "notice info lab-model-notes");
        notes.setAttribute("data-lab-model-notes", "true");
        notes.setAttribute("role", "status");
        notes.setHidden(true);
        page.addBlock(notes);
        tables = Dom.el("div", "lab-tables");
        page.addBlock(tables);
    }

    @Override
    public void update(ParamSet values) {
        if (!prepared(values)) {
            return;
        }
        LabOutput out = model.compute(values);
        showNotes(out.notes());
        for (Plot p : plots.values()) {
            p.element().setHidden(true);
        }
        boolean first = true;
        for (PlotSpec spec : out.plots()) {
            Plot plot = plotFor(spec);
            plot.element().setHidden(false);
            draw(plot, spec, out);
            interaction.update(spec.id(), plot, values, out);
            plot.setSummary((first ? out.summary() : spec.title()) + interaction.summary(spec.id()));
            first = false;
        }
        page.beginReadouts();
        for (Map.Entry<String, Double> e : out.readouts().entrySet()) {
            page.readout(e.getKey(), e.getKey(), text(e.getValue()));
        }
        page.endReadouts();
        showTables(out.tables());
    }

    /**
     * Lets a slow model (double-descent's sweep of 200 SVDs) work for at most {@link #SLICE_MS} per
     * frame, so sliders stay smooth: until it is done the previous picture stays, dimmed and marked
     * {@code aria-busy}, and another frame is requested. The first picture is computed in one go.
     */
    private boolean prepared(ParamSet values) {
        boolean done = model.prepare(values, 0);
        if (plots.isEmpty()) {
            return true;
        }
        double t0 = Clock.now();
        while (!done && Clock.now() - t0 < SLICE_MS) {
            done = model.prepare(values, 1);
        }
        for (Plot p : plots.values()) {
            if (done) {
                p.element().removeAttribute("aria-busy");
            } else {
                p.element().setAttribute("aria-busy", "true");
                p.element().setAttribute("data-progress", String.valueOf(Math.round(model.progress() * 100)));
            }
        }
        if (!done) {
            page.requestUpdate();
        }
        return done;
    }

    /** A readout's text: 4 significant digits; NaN (e.g. a tolerance never reached) as a dash. */
    static String text(double v) {
        return Double.isNaN(v) ? "—" : NumberText.format(v, 4);
    }

    private Plot plotFor(PlotSpec spec) {
        Plot plot = plots.get(spec.id());
        if (plot == null) {
            plot = page.addPlot(spec.title(), "kappa-" + model.id() + "-" + spec.id());
            plot.element().setAttribute("data-plot", spec.id());
            interaction.configure(spec.id(), plot);
            plot.attach();
            plots.put(spec.id(), plot);
            page.addBlock(tables); // tables stay under every plot
        }
        return plot;
    }

    private void draw(Plot plot, PlotSpec spec, LabOutput out) {
        plot.clear();
        plot.title(spec.title()).axes(spec.xLabel(), spec.yLabel()).logX(spec.logX()).logY(spec.logY());
        FieldGrid grid = null;
        for (FieldGrid g : out.grids()) {
            if (g.plot().equals(spec.id())) {
                grid = g;
            }
        }
        double[] range = grid != null
                ? new double[] {grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax()}
                : PlotRange.of(spec, out, texts.logFloor(spec.id()));
        plot.shape(grid != null ? 0.8 : 0.6, grid != null ? 560 : 440).legendLeft(grid == null && spec.logY());
        plot.range(range[0], range[1], range[2], range[3]);
        for (FieldGrid g : out.grids()) {
            if (g.plot().equals(spec.id())) {
                contours(plot, g);
            }
        }
        int count = 0;
        for (Series s : out.series()) {
            count += s.plot().equals(spec.id()) ? 1 : 0;
        }
        // Twenty coefficient paths would bury the plot under their legend: name them on hover instead.
        boolean legend = count <= MAX_LEGEND;
        int colour = 0;
        for (Series s : out.series()) {
            if (!s.plot().equals(spec.id())) {
                continue;
            }
            if (s.paired() && colour > 0) {
                colour--; // same colour as the series it pairs with
            }
            String c = "--plot-" + (colour % COLOURS + 1);
            colour++;
            double[] xs = s.xs();
            double[] ys = s.ys();
            if (s.style() == Series.Style.POINTS) {
                plot.points(xs, ys, c, 3.5, legend ? s.name() : null);
                for (int i = 0; i < xs.length && i < MAX_HOVERS; i++) {
                    if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                        plot.hoverPoint(xs[i], ys[i], s.name() + ": (" + NumberText.format(xs[i], 4) + ", "
                                + NumberText.format(ys[i], 4) + ")");
                    }
                }
            } else {
                plot.line(xs, ys, c, 2, s.style() == Series.Style.DASHED, legend ? s.name() : null);
                if (!legend) {
                    hoverEnds(plot, s.name(), xs, ys);
                }
            }
        }
        for (Marker m : out.markers()) {
            if (!m.plot().equals(spec.id())) {
                continue;
            }
            switch (m.kind()) {
                case VERTICAL:
                    plot.line(new double[] {m.x(), m.x()}, new double[] {range[2], range[3]}, "--muted", 1.5, true,
                            m.name() + " (" + NumberText.format(m.x(), 4) + ")");
                    break;
                case HORIZONTAL:
                    plot.line(new double[] {range[0], range[1]}, new double[] {m.y(), m.y()}, "--muted", 1.5, true,
                            m.name() + " (" + NumberText.format(m.y(), 4) + ")");
                    break;
                default: {
                    String c = "--plot-" + (colour % COLOURS + 1);
                    colour++;
                    plot.points(new double[] {m.x()}, new double[] {m.y()}, c, 6, m.name());
                    plot.hoverPoint(m.x(), m.y(), m.name() + ": (" + NumberText.format(m.x(), 4) + ", "
                            + NumberText.format(m.y(), 4) + ")");
                }
            }
        }
    }

    /** Hover read-outs naming an unlabelled line at its first and last finite points. */
    private static void hoverEnds(Plot plot, String name, double[] xs, double[] ys) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first >= 0) {
            plot.hoverPoint(xs[first], ys[first], name + ": " + NumberText.format(ys[first], 4));
            plot.hoverPoint(xs[last], ys[last], name + ": " + NumberText.format(ys[last], 4));
        }
    }

    /** Each level's contour by marching squares, coloured from light (low) to dark (high). */
    private static void contours(Plot plot, FieldGrid g) {
        int nx = g.nx();
        int ny = g.ny();
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = g.value(i, j);
            }
        }
        double[] levels = g.levels();
        for (int k = 0; k < levels.length; k++) {
            double t = levels.length > 1 ? (double) k / (levels.length - 1) : 0;
            double[] segs = MarchingSquares.contour(v, nx, ny, g.xMin(), g.xMax(), g.yMin(), g.yMax(), levels[k]);
            plot.segments(segs, "mix(--plot-6,--plot-1," + (Math.round(t * 100) / 100.0) + ")", 1, false);
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
}
