package dev.kappa.lab;

/** A named lab state: the query string that reproduces it, e.g. {@code #/lab/double-descent?lambda=1}. */
public final class Preset {
    private final String name;
    private final String query;

    public Preset(String name, String query) {
        this.name = name;
        this.query = query;
    }

    public String name() {
        return name;
    }

    /** The URL query (without '?'); parameters not listed take their defaults. */
    public String query() {
        return query;
    }

    /** The hash route, {@code #/lab/<id>?<query>}. */
    public String route(String labId) {
        return query.isEmpty() ? "#/lab/" + labId : "#/lab/" + labId + "?" + query;
    }
}
