package dev.kappa.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a lab view draws for one parameter state: plots with their series and markers,
 * tables, numeric readouts (name → value, in display order), a one-sentence summary for screen
 * readers, and notes about inputs that were fixed (clamped URL values, rejected data rows).
 * Plain data, no DOM: a view only draws it.
 */
public final class LabOutput {
    private final List<PlotSpec> plots = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<FieldGrid> grids = new ArrayList<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Double> readouts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String summary = "";

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

    /** Function values on grids, for contour plots. */
    public List<FieldGrid> grids() {
        return Collections.unmodifiableList(grids);
    }

    public Table table(String name, String... header) {
        Table t = new Table(header);
        tables.put(name, t);
        return t;
    }

    public LabOutput readout(String name, double value) {
        readouts.put(name, value);
        return this;
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

    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Table tableNamed(String name) {
        return tables.get(name);
    }

    public Map<String, Double> readouts() {
        return Collections.unmodifiableMap(readouts);
    }

    /** The readout with this name. */
    public double readout(String name) {
        Double v = readouts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no readout named " + name);
        }
        return v;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public String summary() {
        return summary;
    }
}
