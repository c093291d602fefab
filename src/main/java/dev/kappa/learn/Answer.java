package dev.kappa.learn;

/**
 * An answer key: what a question or exercise expects and how closely. Kinds: a scalar or a vector
 * with a tolerance, a direction (an eigenvector, right up to sign or up to any nonzero scale), one
 * choice among n options, a set of choices, or true/false.
 *
 * <p>Every number, and every entry of a vector on its own, passes when |x − e| ≤ max(abs, rel·|e|),
 * as PrairieLearn and numpy's isclose judge: rel = 1e-2 and abs = 1e-8 by default. An exercise
 * whose answer can have entries near zero sets abs to the absolute floor {@link #floorFor} of its
 * problem's scale (a thousandth of it), so an entry a learner rounds to 0 is not failed for
 * rounding while a 5 % error on a small entry still is.
 */
public final class Answer {
    public static final double DEFAULT_REL_TOL = 1e-2;
    public static final double DEFAULT_ABS_TOL = 1e-8;
    /** The absolute floor of an exercise, as a fraction of its problem's scale. */
    public static final double FLOOR_FRACTION = 1e-3;

    /** What kind of value is expected. */
    public enum Kind { SCALAR, VECTOR, DIRECTION, CHOICE, CHOICES, BOOLEAN }

    private final Kind kind;
    private final double[] values;
    private final double relTol;
    private final double absTol;
    private final int choice;
    private final boolean[] choices;
    private final boolean truth;
    private final String[] labels;
    /** Vectors: how the order is described ("smallest first"), or null when the prompt does not say. */
    private final String order;
    /** Directions: true when any nonzero multiple is right, false for a unit vector of either sign. */
    private final boolean anyScale;

    private Answer(Kind kind, double[] values, double relTol, double absTol, int choice, boolean[] choices,
            boolean truth, String[] labels) {
        this(kind, values, relTol, absTol, choice, choices, truth, labels, null, false);
    }

    private Answer(Kind kind, double[] values, double relTol, double absTol, int choice, boolean[] choices,
            boolean truth, String[] labels, String order, boolean anyScale) {
        this.kind = kind;
        this.values = values;
        this.relTol = relTol;
        this.absTol = absTol;
        this.choice = choice;
        this.choices = choices;
        this.truth = truth;
        this.labels = labels;
        this.order = order;
        this.anyScale = anyScale;
    }

    /**
     * The absolute floor tied to a problem's scale: {@value #FLOOR_FRACTION}·scale rounded down to one
     * significant digit (so the learner reads ±0.005, not ±0.005472), at least the default 1e-8.
     * Powers of ten by repeated IEEE multiplication and division: the same bits on every engine.
     */
    public static double floorFor(double scale) {
        double x = FLOOR_FRACTION * Math.abs(scale);
        if (!(x > DEFAULT_ABS_TOL) || Double.isInfinite(x)) {
            return DEFAULT_ABS_TOL;
        }
        double unit = 1;
        while (unit > x) {
            unit /= 10;
        }
        while (unit * 10 <= x) {
            unit *= 10;
        }
        return Math.max(DEFAULT_ABS_TOL, Math.floor(x / unit) * unit);
    }

    public static Answer scalar(double value) {
        return scalar(value, DEFAULT_REL_TOL, DEFAULT_ABS_TOL);
    }

    public static Answer scalar(double value, double relTol, double absTol) {
        requireFinite(value, "expected scalar");
        checkTolerances(relTol, absTol);
        return new Answer(Kind.SCALAR, new double[] {value}, relTol, absTol, -1, null, false, null);
    }

    public static Answer vector(double[] value) {
        return vector(value, DEFAULT_REL_TOL, DEFAULT_ABS_TOL);
    }

    public static Answer vector(double[] value, double relTol, double absTol) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("an expected vector needs at least one entry");
        }
        for (int i = 0; i < value.length; i++) {
            requireFinite(value[i], "expected vector entry " + i);
        }
        checkTolerances(relTol, absTol);
        return new Answer(Kind.VECTOR, value.clone(), relTol, absTol, -1, null, false, null);
    }

    /** This vector key, with the order the prompt asks for named ("smallest first") for the wrong-order message. */
    public Answer inOrder(String description) {
        if (kind != Kind.VECTOR) {
            throw new IllegalStateException("only a vector has an order");
        }
        return new Answer(kind, values, relTol, absTol, -1, null, false, null, description, false);
    }

    /**
     * An eigenvector {@code v} (any nonzero vector along it is fine for the key): with {@code anyScale}
     * every nonzero multiple is right, otherwise the unit vector of either sign.
     */
    public static Answer direction(double[] v, boolean anyScale) {
        return direction(v, anyScale, DEFAULT_REL_TOL, DEFAULT_ABS_TOL);
    }

    public static Answer direction(double[] v, boolean anyScale, double relTol, double absTol) {
        Answer a = vector(v, relTol, absTol);
        double sumSquares = 0;
        for (double x : v) {
            sumSquares += x * x;
        }
        double norm = Math.sqrt(sumSquares); // exactly rounded on every engine, unlike a browser's hypot
        if (norm == 0) {
            throw new IllegalArgumentException("a direction cannot be the zero vector");
        }
        double[] unit = a.values.clone();
        for (int i = 0; i < unit.length; i++) {
            unit[i] /= norm;
        }
        return new Answer(Kind.DIRECTION, unit, relTol, absTol, -1, null, false, null, null, anyScale);
    }

    /** Option {@code index} (0-based) of {@code count} unnamed options, answered by letter or number. */
    public static Answer choice(int index, int count) {
        return choice(index, new String[count]);
    }

    /**
     * Option {@code index} (0-based) among {@code labels}. A label may list accepted spellings
     * separated by '|' ({@code "PD|positive definite"}); the first is the one shown.
     */
    public static Answer choice(int index, String[] labels) {
        if (labels.length < 2 || index < 0 || index >= labels.length) {
            throw new IllegalArgumentException("choice " + index + " out of " + labels.length + " options");
        }
        return new Answer(Kind.CHOICE, null, 0, 0, index, null, false, labels.clone());
    }

    /** The set of options flagged true, answered as letters ("a, c") or numbers. */
    public static Answer choices(boolean[] correct) {
        if (correct.length < 2) {
            throw new IllegalArgumentException("a multiple-choice answer needs at least 2 options");
        }
        return new Answer(Kind.CHOICES, null, 0, 0, -1, correct.clone(), false, new String[correct.length]);
    }

    public static Answer bool(boolean truth) {
        return new Answer(Kind.BOOLEAN, null, 0, 0, -1, null, truth, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The expected scalar (kind SCALAR). */
    public double scalar() {
        return values[0];
    }

    /** A copy of the expected numbers (one for SCALAR). */
    public double[] values() {
        return values == null ? null : values.clone();
    }

    public int length() {
        return values == null ? 0 : values.length;
    }

    /** How the order of a vector answer is described, or null. */
    public String order() {
        return order;
    }

    /** For a direction: true when any nonzero multiple counts (else a unit vector, either sign). */
    public boolean anyScale() {
        return anyScale;
    }

    public double relTol() {
        return relTol;
    }

    public double absTol() {
        return absTol;
    }

    /** The expected option, 0-based (kind CHOICE). */
    public int choice() {
        return choice;
    }

    /** Which options are right (kind CHOICES). */
    public boolean[] choices() {
        return choices == null ? null : choices.clone();
    }

    public boolean truth() {
        return truth;
    }

    /** Number of options (CHOICE, CHOICES), else 0. */
    public int optionCount() {
        return labels == null ? 0 : labels.length;
    }

    /** All accepted spellings of option {@code i} (may be empty for unnamed options). */
    String[] spellings(int i) {
        String l = labels[i];
        return l == null ? new String[0] : l.split("\\|");
    }

    /** The shown name of option {@code i}: its label, or its letter when unnamed. */
    public String optionName(int i) {
        String[] s = spellings(i);
        return s.length > 0 ? s[0] : String.valueOf(letter(i));
    }

    static char letter(int i) {
        return (char) ('a' + i);
    }

    /** The expected answer in plain text, for a worked solution ("0.5", "(1, 2)", "b) PSD", "true"). */
    public String describe() {
        switch (kind) {
            case SCALAR:
                return NumberText.format(values[0]);
            case VECTOR:
                return NumberText.formatVector(values);
            case DIRECTION:
                return NumberText.formatVector(values) + (anyScale ? " or any nonzero multiple" : " or its negative");
            case CHOICE:
                return labels[choice] == null ? String.valueOf(letter(choice))
                        : letter(choice) + ") " + optionName(choice);
            case CHOICES: {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < choices.length; i++) {
                    if (choices[i]) {
                        sb.append(sb.length() == 0 ? "" : ", ").append(letter(i));
                    }
                }
                return sb.toString();
            }
            default:
                return truth ? "true" : "false";
        }
    }

    /** The ways of typing a number the grader reads, for the line under an answer box. */
    public static final String NUMBER_FORMS = "0.25, -3, 1e-3, 3/4, √2, 2π or 9×10^10 all work";

    /**
     * How closely a numeric answer is graded, in a sentence shown before answering ("Accepted within
     * 1% of the answer or ±0.003."); empty for choices and true/false.
     */
    public String acceptance() {
        String floor = absTol >= 1e-6 ? " or ±" + NumberText.format(absTol) : "";
        String rel = NumberText.format(relTol * 100) + "%";
        switch (kind) {
            case SCALAR:
                return "Accepted within " + rel + " of the answer" + floor + ".";
            case VECTOR:
                return "Each entry is accepted within " + rel + " of its value" + floor + ".";
            case DIRECTION:
                return "Each entry is accepted within " + rel + " of its value" + floor + "; "
                        + (anyScale ? "any nonzero multiple of the eigenvector is right." : "either sign is right.");
            default:
                return "";
        }
    }

    /** How to type this kind of answer, for format-error messages. */
    public String formatHint() {
        switch (kind) {
            case SCALAR:
                return "a number such as 0.25, -3, 1e-3, 3/4, √2 or 9×10^10";
            case VECTOR:
            case DIRECTION:
                return values.length + " numbers separated by commas, spaces or semicolons, e.g. "
                        + exampleVector(values.length);
            case CHOICE:
                return "one option letter " + letterRange() + (labels[0] != null ? " or the option's name" : "");
            case CHOICES:
                return "the letters of every right option " + letterRange() + ", e.g. \"a, c\"";
            default:
                return "true or false (yes/no also work)";
        }
    }

    private String letterRange() {
        return "(a–" + letter(optionCount() - 1) + ")";
    }

    private static String exampleVector(int n) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(n, 4); i++) {
            sb.append(i == 0 ? "" : ", ").append(i + 1);
        }
        if (n > 4) {
            sb.append(", …");
        }
        return sb.append("\" or \"[1 2 …]\"").toString();
    }

    private static void requireFinite(double v, String what) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " is not finite: " + v);
        }
    }

    private static void checkTolerances(double rel, double abs) {
        if (!(rel >= 0) || !(abs >= 0) || Double.isInfinite(rel) || Double.isInfinite(abs)) {
            throw new IllegalArgumentException("tolerances must be finite and ≥ 0: rel=" + rel + " abs=" + abs);
        }
    }
}
