package dev.kappa.web;

import dev.kappa.lab.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed location hash: {@code #/<kind>/<id>?<name>=<value>&…}.
 *
 * <p>Pure Java, so it is tested on the JVM. Parsing never throws: anything it cannot read becomes
 * a {@link Kind#NOT_FOUND} route (unknown path) or a note in {@link #problems()} (a malformed
 * parameter), and the view decides what to fall back to.
 */
public final class Route {
    /** What a route shows. */
    public enum Kind {
        HOME, LAB, CARDS, QUIZ, EXERCISE, ABOUT, SELFTEST, BENCH, NOT_FOUND,
        /** The learner's progress: export, import, reset. */
        PROGRESS,
        /** A hash that is an in-page anchor (e.g. the skip link), not a route. */
        ANCHOR,
        /** A printable exercise sheet with its answer key: {@code #/sheet/<generator>?from=1&to=10}. */
        SHEET
    }

    private final Kind kind;
    private final String id;
    private final String path;
    private final Map<String, String> params;
    private final String problems;

    private Route(Kind kind, String id, String path, Map<String, String> params, String problems) {
        this.kind = kind;
        this.id = id;
        this.path = path;
        this.params = params;
        this.problems = problems;
    }

    public Kind kind() {
        return kind;
    }

    /** The id after the kind ({@code quadratic-gd} in {@code #/lab/quadratic-gd}), or "". */
    public String id() {
        return id;
    }

    /** The path part as typed, for messages. */
    public String path() {
        return path;
    }

    /** Decoded query parameters in the order given; a repeated name keeps its last value. */
    public Map<String, String> params() {
        return Collections.unmodifiableMap(params);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** Human-readable notes about parts of the hash that could not be read, or "". */
    public String problems() {
        return problems;
    }

    public static Route parse(String hash) {
        String h = hash == null ? "" : hash;
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.isEmpty() || h.equals("/")) {
            return new Route(Kind.HOME, "", "/", new LinkedHashMap<>(), "");
        }
        if (!h.startsWith("/")) {
            return new Route(Kind.ANCHOR, h, h, new LinkedHashMap<>(), "");
        }
        int q = h.indexOf('?');
        String path = q < 0 ? h : h.substring(0, q);
        StringBuilder problems = new StringBuilder();
        Map<String, String> params = q < 0 ? new LinkedHashMap<>() : Query.parse(h.substring(q + 1), problems);
        String[] parts = trimSlashes(path).split("/", -1);
        String head = Query.decode(parts[0], problems);
        String id = parts.length > 1 ? Query.decode(parts[1], problems) : "";
        Kind kind = kindOf(head, id, parts.length);
        return new Route(kind, kind == Kind.NOT_FOUND ? "" : id, path, params, problems.toString());
    }

    private static Kind kindOf(String head, String id, int parts) {
        if (parts == 1) {
            switch (head) {
                case "": return Kind.HOME;
                case "about": return Kind.ABOUT;
                case "selftest": return Kind.SELFTEST;
                case "bench": return Kind.BENCH;
                case "progress": return Kind.PROGRESS;
                default: return Kind.NOT_FOUND;
            }
        }
        if (parts != 2 || !isId(id)) {
            return Kind.NOT_FOUND;
        }
        switch (head) {
            case "lab": return Kind.LAB;
            case "cards": return Kind.CARDS;
            case "quiz": return Kind.QUIZ;
            case "exercise": return Kind.EXERCISE;
            case "sheet": return Kind.SHEET;
            default: return Kind.NOT_FOUND;
        }
    }

    /** Ids are lowercase letters, digits and hyphens: nothing that could smuggle markup or paths. */
    public static boolean isId(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
