package dev.kappa.lab;

/**
 * One lab control, declared once: its URL name, label, kind, default and range, and for a choice
 * the label of each value. URL parsing, clamping, serializing, the controls and the embed snippet
 * all derive from this declaration.
 *
 * <p>Every number a state can hold is a short decimal, so a URL reproduces it exactly: linear
 * numbers are clamped to [min, max] and snapped to multiples of {@code step} above min (min itself
 * is always reachable) and rounded to the step's decimals; log-scale numbers are snapped to
 * {@value #LOG_DIGITS} significant digits (the slider's positions, 100 per decade, land on them).
 * Choices must be one of {@code choices}.
 */
public final class Param {
    /** What kind of value a control holds. */
    public enum Kind { NUMBER, INTEGER, CHOICE, FLAG, TEXT }

    /** Significant digits a log-scale number keeps: 2.34, 0.0105, 1e-8. */
    public static final int LOG_DIGITS = 3;

    /** A choice value and the words the control shows for it. */
    public static final class Option {
        private final String value;
        private final String label;

        Option(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String value() {
            return value;
        }

        public String label() {
            return label;
        }
    }

    /** A choice value with its display label, for {@link #choice(String, String, String, Option...)}. */
    public static Option option(String value, String label) {
        return new Option(value, label);
    }

    private final String name;
    private final String label;
    private final Kind kind;
    private final double min;
    private final double max;
    private final double step;
    private final double defaultNumber;
    private final String[] choices;
    private final String[] choiceLabels;
    private final String defaultChoice;
    private final boolean logScale;
    private boolean points;
    private CsvImport csv;

    private Param(String name, String label, Kind kind, double min, double max, double step, double defaultNumber,
            String[] choices, String[] choiceLabels, String defaultChoice, boolean logScale) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        if ((kind == Kind.NUMBER || kind == Kind.INTEGER) && !(min <= defaultNumber && defaultNumber <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultNumber
                    + " is outside [" + min + ", " + max + "]");
        }
        if (logScale && min <= 0) {
            throw new IllegalArgumentException("parameter " + name + ": a log-scale range must be positive");
        }
        if (kind == Kind.NUMBER && !logScale && !(step > 0)) {
            throw new IllegalArgumentException("parameter " + name + ": a linear number needs a step > 0, so every "
                    + "value it can hold is a short decimal that a URL reproduces");
        }
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.step = step;
        this.defaultNumber = defaultNumber;
        this.choices = choices;
        this.choiceLabels = choiceLabels;
        this.defaultChoice = defaultChoice;
        this.logScale = logScale;
    }

    /** A real number in [min, max], snapped to multiples of step above min when step &gt; 0. */
    public static Param number(String name, String label, double min, double max, double step, double def) {
        return new Param(name, label, Kind.NUMBER, min, max, step, def, null, null, null, false);
    }

    /** A positive real number whose slider moves in log10 (e.g. λ from 1e-6 to 1e3). */
    public static Param logNumber(String name, String label, double min, double max, double def) {
        return new Param(name, label, Kind.NUMBER, min, max, 0, def, null, null, null, true);
    }

    public static Param integer(String name, String label, int min, int max, int def) {
        return new Param(name, label, Kind.INTEGER, min, max, 1, def, null, null, null, false);
    }

    /** A choice whose values are shown as they are written (e.g. "qr", "svd"). */
    public static Param choice(String name, String label, String def, String... choices) {
        Option[] options = new Option[choices.length];
        for (int i = 0; i < choices.length; i++) {
            options[i] = option(choices[i], choices[i]);
        }
        return choice(name, label, def, options);
    }

    /** A choice with a display label for each value, declared beside the value it names. */
    public static Param choice(String name, String label, String def, Option... options) {
        String[] values = new String[options.length];
        String[] labels = new String[options.length];
        boolean found = false;
        for (int i = 0; i < options.length; i++) {
            values[i] = options[i].value();
            labels[i] = options[i].label();
            found |= values[i].equals(def);
        }
        if (!found) {
            throw new IllegalArgumentException("parameter " + name + ": default '" + def + "' is not a choice");
        }
        return new Param(name, label, Kind.CHOICE, 0, 0, 0, 0, values, labels, def, false);
    }

    /**
     * Free text (e.g. a lab's data points, {@code pts=1,2;3,4}) of at most {@code maxLength}
     * characters; the lab model validates its content and reports bad parts as notes.
     */
    public static Param text(String name, String label, String def, int maxLength) {
        return new Param(name, label, Kind.TEXT, 0, maxLength, 0, 0, null, null, def, false);
    }

    /**
     * Data points {@code x,y;x,y;…} of at most {@code maxLength} characters, empty by default (the
     * lab's own data); the control also takes pasted or dropped CSV ({@link PointData#fromCsv}).
     */
    public static Param points(String name, String label, int maxLength) {
        Param p = text(name, label, "", maxLength);
        p.points = true;
        p.csv = CsvImport.points(name);
        return p;
    }

    /**
     * This points parameter's control takes pasted CSV through {@code importer} instead of two columns
     * into itself, or (null) takes none. Returns this.
     */
    public Param csv(CsvImport importer) {
        if (!points) {
            throw new IllegalArgumentException("parameter " + name + ": only a points parameter takes CSV");
        }
        csv = importer;
        return this;
    }

    /** What pasted CSV does through this parameter's control, or null for no CSV input. */
    public CsvImport csvImport() {
        return csv;
    }

    /** Whether this text parameter holds data points (see {@link #points}). */
    public boolean holdsPoints() {
        return points;
    }

    public static Param flag(String name, String label, boolean def) {
        return new Param(name, label, Kind.FLAG, 0, 1, 1, def ? 1 : 0, null, null, null, false);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double step() {
        return step;
    }

    public boolean logScale() {
        return logScale;
    }

    public double defaultNumber() {
        return defaultNumber;
    }

    /** The default of a CHOICE or TEXT parameter. */
    public String defaultChoice() {
        return defaultChoice;
    }

    public String[] choices() {
        return choices == null ? new String[0] : choices.clone();
    }

    /** The words shown for a choice value (the value itself when it has no label). */
    public String choiceLabel(String value) {
        if (choices != null) {
            for (int i = 0; i < choices.length; i++) {
                if (choices[i].equals(value)) {
                    return choiceLabels[i];
                }
            }
        }
        return value;
    }

    /** Clamps to the range and snaps to the step; NaN becomes the default. */
    public double clamp(double v) {
        if (Double.isNaN(v)) {
            return defaultNumber;
        }
        double c = Math.max(min, Math.min(max, v));
        if (kind == Kind.INTEGER) {
            return Math.floor(c + 0.5);
        }
        if (logScale) {
            // The decimal the URL will show, read back: the state holds exactly what a link reproduces.
            return Math.max(min, Math.min(max, Double.parseDouble(NumberText.format(c, LOG_DIGITS))));
        }
        if (step > 0) {
            c = min + Math.floor((c - min) / step + 0.5) * step;
            c = Math.max(min, Math.min(max, roundToStepDecimals(c)));
        }
        return c;
    }

    /**
     * min + k·step carries rounding (−1 + 1010·0.001 = 0.010000000000000009); a value typed as 0.01
     * must stay exactly 0.01 so a preset or URL reproduces the lecture's numbers. Rounds to the
     * decimals of the step (0.001 → 3), by one multiplication, one rounding and one division.
     */
    private double roundToStepDecimals(double c) {
        double scale = 1;
        int decimals = 0;
        while (decimals < 12 && Math.abs(step * scale - Math.floor(step * scale + 0.5)) > 1e-9 * step * scale) {
            scale *= 10;
            decimals++;
        }
        if (decimals == 0 || Math.abs(c) * scale > 1e15) {
            return c;
        }
        double r = Math.floor(c * scale + 0.5) / scale;
        return r == 0 ? 0.0 : r;
    }

    /** Whether a choice is allowed. */
    public boolean allows(String choice) {
        if (choices == null) {
            return false;
        }
        for (String c : choices) {
            if (c.equals(choice)) {
                return true;
            }
        }
        return false;
    }
}
