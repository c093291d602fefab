package dev.kappa.lab;

import java.util.Map;

/**
 * A named setting of some of a lab's parameters, written as a query string
 * ({@code "l1=1&l2=0.1&theta=45"}) so a preset reads like the URL it produces. Applying it keeps
 * every parameter it does not name.
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

    /** {@code current} with this preset's values laid over it; a bad value becomes a note, as in a URL. */
    public ParamSet applyTo(ParamSet current) {
        Map<String, String> merged = parseQuery(current.toQuery());
        merged.putAll(values());
        return current.readFrom(merged);
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
