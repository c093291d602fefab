package dev.kappa.lab;

import java.util.Map;

/**
 * A named state of a lab: its defaults with some parameters set, written as a query string
 * ({@code "l1=1&l2=0.1&theta=45"}) so a preset reads like the URL it produces. Applying it resets
 * every parameter it does not name to its default, so a preset shows the same picture whatever
 * was clicked before (a preset that kept earlier values drew no ridge curve after "Min-norm only").
 */
public final class Preset {
    private final String label;
    private final String query;

    public Preset(String label, String query) {
        if (label == null || label.isEmpty() || query == null) {
            throw new IllegalArgumentException("a preset needs a label and a query");
        }
        this.label = label;
        this.query = query;
    }

    public String label() {
        return label;
    }

    public String query() {
        return query;
    }

    /** The hash route, {@code #/lab/<id>?<query>}. */
    public String route(String labId) {
        return query.isEmpty() ? "#/lab/" + labId : "#/lab/" + labId + "?" + query;
    }

    /** The parameter values it sets, in order. */
    public Map<String, String> values() {
        return parseQuery(query);
    }

    /** The lab's defaults with this preset's values; a bad value becomes a note, as in a URL. */
    public ParamSet applyTo(ParamSet spec) {
        return spec.readFrom(values());
    }

    /** Whether {@code current} is exactly this preset's state (the preset shows as active). */
    public boolean matches(ParamSet current) {
        return applyTo(current).sameValues(current);
    }

    /**
     * Splits {@code a=1&b=2} into an ordered map, percent-decoded: the one query parser of the lab
     * package ({@link Query#parse}), so text values that {@link ParamSet#toQuery()} escapes read back
     * as they were.
     */
    public static Map<String, String> parseQuery(String q) {
        return Query.parse(q);
    }
}
