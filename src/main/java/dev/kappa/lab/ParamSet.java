package dev.kappa.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lab's declared parameters and their current values. Reading URL params never throws: a value
 * that is missing, malformed or out of range falls back or is clamped, and each such fix is
 * recorded as a note the view shows ("eta = 9 is above the maximum 2.5; using 2.5").
 */
public final class ParamSet {
    /**
     * Names in a lab's address that belong to the page, not to the lab: the engine, the embed's
     * compact view and its controls, the language. They are never reported as unknown.
     */
    public static final List<String> PAGE_PARAMS = List.of("engine", "view", "controls", "lang");
    /** Unknown names a note lists at most; the rest are counted (20 000 of them must not make 20 000 notes). */
    static final int LISTED_UNKNOWN = 5;
    /** Characters of a name or value a note repeats at most. */
    static final int QUOTED = 40;

    private final List<Param> params;
    private final Map<String, Double> numbers = new LinkedHashMap<>();
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public ParamSet(List<Param> params) {
        this.params = List.copyOf(params);
        for (Param p : this.params) {
            if (p.kind() == Param.Kind.CHOICE || p.kind() == Param.Kind.TEXT) {
                choices.put(p.name(), p.defaultChoice());
            } else {
                numbers.put(p.name(), p.defaultNumber());
            }
        }
    }

    public List<Param> params() {
        return params;
    }

    public Param param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no parameter named " + name);
    }

    /** A fresh set with default values. */
    public ParamSet defaults() {
        return new ParamSet(params);
    }

    /** An independent copy with the same values (and no notes). */
    public ParamSet copy() {
        ParamSet c = new ParamSet(params);
        c.numbers.putAll(numbers);
        c.choices.putAll(choices);
        return c;
    }

    /** Whether both hold the same value for every parameter (notes aside). */
    public boolean sameValues(ParamSet o) {
        return numbers.equals(o.numbers) && choices.equals(o.choices);
    }

    /**
     * Reads values from URL parameters. Unknown names are noted and ignored; every declared
     * parameter ends up with a valid value.
     */
    public ParamSet readFrom(Map<String, String> url) {
        ParamSet out = new ParamSet(params);
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> e : url.entrySet()) {
            Param p = find(e.getKey());
            if (p == null) {
                if (!PAGE_PARAMS.contains(e.getKey())) {
                    unknown.add(e.getKey());
                }
                continue;
            }
            out.setFromText(p, e.getValue());
        }
        if (!unknown.isEmpty()) {
            out.notes.add(0, unknownNote(unknown));
        }
        return out;
    }

    /** "unknown parameter 'a' ignored", or for many "2000 unknown parameters ignored: 'a', 'b', … and 1995 more". */
    static String unknownNote(List<String> names) {
        if (names.size() == 1) {
            return "unknown parameter '" + quoted(names.get(0)) + "' ignored";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(names.size()).append(" unknown parameters ignored: ");
        int listed = Math.min(LISTED_UNKNOWN, names.size());
        for (int i = 0; i < listed; i++) {
            sb.append(i == 0 ? "" : ", ").append('\'').append(quoted(names.get(i))).append('\'');
        }
        if (names.size() > listed) {
            sb.append(" and ").append(names.size() - listed).append(" more");
        }
        return sb.toString();
    }

    /** At most {@link #QUOTED} characters of what the address said, so a note stays one line. */
    static String quoted(String s) {
        return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…";
    }

    private void setFromText(Param p, String text) {
        String t = text == null ? "" : text.trim();
        switch (p.kind()) {
            case TEXT:
                String raw = text == null ? "" : text;
                if (raw.length() > p.max()) {
                    notes.add(p.name() + " is longer than " + (int) p.max() + " characters; using the first "
                            + (int) p.max());
                    raw = raw.substring(0, (int) p.max());
                }
                choices.put(p.name(), raw);
                break;
            case CHOICE:
                if (p.allows(t)) {
                    choices.put(p.name(), t);
                } else {
                    notes.add(p.name() + " = '" + quoted(t) + "' is not one of " + String.join(", ", p.choices())
                            + "; using " + p.defaultChoice());
                }
                break;
            case FLAG:
                if (t.equals("1") || t.equals("true") || t.equals("on") || t.equals("yes")) {
                    numbers.put(p.name(), 1.0);
                } else if (t.equals("0") || t.equals("false") || t.equals("off") || t.equals("no")) {
                    numbers.put(p.name(), 0.0);
                } else {
                    notes.add(p.name() + " = '" + quoted(t) + "' is not on/off; using " + (p.defaultNumber() != 0 ? "on" : "off"));
                }
                break;
            default:
                double v = parseNumber(t);
                if (Double.isNaN(v)) {
                    notes.add(p.name() + " = '" + quoted(t) + "' is not a number; using " + NumberText.format(p.defaultNumber()));
                    return;
                }
                double c = p.clamp(v);
                if (v < p.min()) {
                    notes.add(p.name() + " = " + t + " is below the minimum " + NumberText.format(p.min())
                            + "; using " + NumberText.format(c));
                } else if (v > p.max()) {
                    notes.add(p.name() + " = " + t + " is above the maximum " + NumberText.format(p.max())
                            + "; using " + NumberText.format(c));
                }
                numbers.put(p.name(), c);
        }
    }

    /** Sets one value (from a control), clamped; returns this for chaining. */
    public ParamSet set(String name, double value) {
        Param p = param(name);
        numbers.put(name, p.clamp(value));
        return this;
    }

    public ParamSet setChoice(String name, String value) {
        Param p = param(name);
        if (!p.allows(value)) {
            throw new IllegalArgumentException(name + " cannot be '" + value + "'");
        }
        choices.put(name, value);
        return this;
    }

    /** Sets a TEXT parameter (truncated to its maximum length); returns this. */
    public ParamSet setText(String name, String value) {
        Param p = param(name);
        if (p.kind() != Param.Kind.TEXT) {
            throw new IllegalArgumentException(name + " is not a text parameter");
        }
        String v = value == null ? "" : value;
        choices.put(name, v.length() > p.max() ? v.substring(0, (int) p.max()) : v);
        return this;
    }

    /** The value of a TEXT parameter. */
    public String text(String name) {
        return choice(name);
    }

    public double number(String name) {
        Double v = numbers.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no numeric parameter named " + name);
        }
        return v;
    }

    public int integer(String name) {
        return (int) number(name);
    }

    public boolean flag(String name) {
        return number(name) != 0;
    }

    public String choice(String name) {
        String v = choices.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no choice parameter named " + name);
        }
        return v;
    }

    /** What was fixed while reading the URL, for the view to show. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /**
     * The query string for the current values, in declaration order (e.g. {@code l1=1&l2=0.5}),
     * each number in the shortest form that reads back as the same double
     * ({@link NumberText#exact}), so that a link reproduces the picture exactly.
     */
    public String toQuery() {
        StringBuilder sb = new StringBuilder();
        for (Param p : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p.name()).append('=');
            switch (p.kind()) {
                case CHOICE:
                    sb.append(choices.get(p.name()));
                    break;
                case TEXT:
                    sb.append(Query.encode(choices.get(p.name())));
                    break;
                case FLAG:
                    sb.append(numbers.get(p.name()) != 0 ? "1" : "0");
                    break;
                default:
                    sb.append(NumberText.exact(numbers.get(p.name())));
            }
        }
        return sb.toString();
    }

    private Param find(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Reads decimal or scientific notation; anything else (including "NaN", "Infinity") is NaN. */
    static double parseNumber(String t) {
        if (t.isEmpty() || t.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
