package dev.kappa.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Everything a lab view draws for one parameter state: the plots shown with their series, markers,
 * contour fields and matrix pictures; tables; readouts (each with a stable key, a label and a
 * number or text, in display order); the rule behind the picture with the current numbers; the
 * iterations a player can step through; a one-sentence summary for screen readers; and notes
 * about inputs that were fixed (clamped URL values, rejected data rows). Plain data, no DOM: a
 * view only draws it.
 *
 * <p>Iterations: {@link #steps(int)} says how many there are; {@link Series#animated()} series
 * reveal one point per step, and readouts and rules given per step ({@link #stepReadout},
 * {@link #stepRule}) show the entry of the step on display (the last when the player is not used).
 */
public final class LabOutput {
    private final List<PlotSpec> plots = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<FieldGrid> grids = new ArrayList<>();
    private final List<Heatmap> heatmaps = new ArrayList<>();
    private final Map<String, PointData> editable = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Readout> readouts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String summary = "";
    private IntFunction<String> rule = k -> "";
    private int ruleSteps = 1;
    private int steps;

    /** A table: a header row and data rows of already-formatted cells. */
    public static final class Table {
        private final String[] header;
        private final List<String[]> rows = new ArrayList<>();

        Table(String[] header) {
            this.header = header.clone();
        }

        public String[] header() {
            return header.clone();
        }

        public List<String[]> rows() {
            return Collections.unmodifiableList(rows);
        }

        public Table row(String... cells) {
            if (cells.length != header.length) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                        + header.length + " columns");
            }
            rows.add(cells.clone());
            return this;
        }
    }

    /**
     * One readout: a stable key (tests and the page address it), the label people read, and a
     * number (shown to 4 significant digits, NaN as "—") or text, possibly one per iteration.
     */
    public static final class Readout {
        private final String key;
        private final String label;
        private final double value;
        private final IntFunction<String> texts;
        private final int count;

        Readout(String key, String label, double value, IntFunction<String> texts, int count) {
            this.key = key;
            this.label = label;
            this.value = value;
            this.texts = texts;
            this.count = count;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The number (NaN for a text readout). */
        public double value() {
            return value;
        }

        /** Whether it changes with the iteration on display. */
        public boolean perStep() {
            return texts != null && count > 1;
        }

        /** What the page shows at iteration {@code step} (any step for a fixed readout). */
        public String text(int step) {
            if (texts == null) {
                return Double.isNaN(value) ? "—" : NumberText.format(value, 4);
            }
            return texts.apply(Math.max(0, Math.min(step, count - 1)));
        }

        /** What the page shows with every iteration on display. */
        public String text() {
            return text(Integer.MAX_VALUE);
        }
    }

    public LabOutput plot(PlotSpec spec) {
        plots.add(spec);
        return this;
    }

    public LabOutput add(Series s) {
        series.add(s);
        return this;
    }

    public LabOutput line(String plot, String name, double[] x, double[] y) {
        return add(new Series(plot, name, Series.Style.LINE, x, y));
    }

    public LabOutput points(String plot, String name, double[] x, double[] y) {
        return add(new Series(plot, name, Series.Style.POINTS, x, y));
    }

    public LabOutput add(Marker m) {
        markers.add(m);
        return this;
    }

    public LabOutput add(FieldGrid g) {
        grids.add(g);
        return this;
    }

    public LabOutput add(Heatmap h) {
        heatmaps.add(h);
        return this;
    }

    /** The points the learner can edit on {@code plot} (which declares {@link PlotSpec#editablePoints}). */
    public LabOutput editablePoints(String plot, PointData points) {
        editable.put(plot, points);
        return this;
    }

    /** Function values on grids, for contour plots. */
    public List<FieldGrid> grids() {
        return Collections.unmodifiableList(grids);
    }

    public List<Heatmap> heatmaps() {
        return Collections.unmodifiableList(heatmaps);
    }

    /** The editable points of a plot, or null. */
    public PointData editablePoints(String plot) {
        return editable.get(plot);
    }

    public Table table(String name, String... header) {
        Table t = new Table(header);
        tables.put(name, t);
        return t;
    }

    /** A numeric readout. */
    public LabOutput readout(String key, String label, double value) {
        readouts.put(key, new Readout(key, label, value, null, 1));
        return this;
    }

    /** A readout in words (e.g. "0.5 — monotone"). */
    public LabOutput readoutText(String key, String label, String text) {
        readouts.put(key, new Readout(key, label, Double.NaN, k -> text, 1));
        return this;
    }

    /**
     * A readout that follows the iteration on display: {@code text.apply(k)} at step k of
     * {@code count} (written only for the step shown, so 5000 iterations cost nothing until shown).
     */
    public LabOutput stepReadout(String key, String label, int count, IntFunction<String> text) {
        if (count < 1) {
            throw new IllegalArgumentException("readout " + key + " needs at least one step");
        }
        readouts.put(key, new Readout(key, label, Double.NaN, text, count));
        return this;
    }

    /** The rule behind the picture with the current numbers substituted (plain text, lines by \n). */
    public LabOutput rule(String text) {
        rule = k -> text;
        ruleSteps = 1;
        return this;
    }

    /** The rule at each of {@code count} iterations: {@code text.apply(k)} while step k is on display. */
    public LabOutput stepRule(int count, IntFunction<String> text) {
        rule = text;
        ruleSteps = Math.max(1, count);
        return this;
    }

    /** The rule's text at iteration {@code step}; "" when the lab writes none. */
    public String rule(int step) {
        return rule.apply(Math.max(0, Math.min(step, ruleSteps - 1)));
    }

    /** The number of iterations a player can step through (0: none, no player). */
    public LabOutput steps(int count) {
        steps = Math.max(0, count);
        return this;
    }

    public int steps() {
        return steps;
    }

    public LabOutput note(String note) {
        notes.add(note);
        return this;
    }

    public LabOutput notes(List<String> more) {
        notes.addAll(more);
        return this;
    }

    public LabOutput summary(String text) {
        summary = text;
        return this;
    }

    public List<PlotSpec> plots() {
        return Collections.unmodifiableList(plots);
    }

    /** The shown plot with this id, or null. */
    public PlotSpec plotNamed(String id) {
        for (PlotSpec p : plots) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    public List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    /** The series with this name, or null. */
    public Series series(String name) {
        for (Series s : series) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    public List<Marker> markers() {
        return Collections.unmodifiableList(markers);
    }

    /** The marker on {@code plot} called {@code name}, or null. */
    public Marker marker(String plot, String name) {
        for (Marker m : markers) {
            if (m.plot().equals(plot) && m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Table tableNamed(String name) {
        return tables.get(name);
    }

    /** The readouts in display order. */
    public List<Readout> readouts() {
        return List.copyOf(readouts.values());
    }

    /** The value of the numeric readout {@code key}. */
    public double readout(String key) {
        return readoutNamed(key).value();
    }

    /** Whether there is a readout {@code key}. */
    public boolean hasReadout(String key) {
        return readouts.containsKey(key);
    }

    /** The readout {@code key}. */
    public Readout readoutNamed(String key) {
        Readout r = readouts.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no readout " + key + " (readouts: " + readouts.keySet() + ")");
        }
        return r;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public String summary() {
        return summary;
    }
}
