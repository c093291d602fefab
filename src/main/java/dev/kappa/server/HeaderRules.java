package dev.kappa.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [[headers]]} rules of {@code netlify.toml}, read with Netlify's path semantics so that
 * the local server sends what a deployment sends.
 *
 * <p>Only the subset of TOML that file uses is understood: {@code [[headers]]} tables with a
 * {@code for = "…"} path and a {@code [headers.values]} table of {@code Name = "value"} pairs.
 * Anything else inside a headers block is an error, so a typo cannot silently drop a header.
 */
public final class HeaderRules {
    /** One {@code [[headers]]} block: a path pattern and the headers it adds. */
    public record Rule(String pattern, Map<String, String> values, int line) {
        /** Netlify's matching: exact path, or a trailing {@code *} that matches any remainder. */
        public boolean matches(String path) {
            if (pattern.endsWith("*")) {
                return path.startsWith(pattern.substring(0, pattern.length() - 1));
            }
            return path.equals(pattern);
        }
    }

    private final List<Rule> rules;

    private HeaderRules(List<Rule> rules) {
        this.rules = rules;
    }

    public List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** All headers for a request path, in rule order. */
    public Map<String, String> headersFor(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.matches(path)) {
                out.putAll(rule.values());
            }
        }
        return out;
    }

    public static HeaderRules parse(String toml) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = toml.split("\r?\n", -1);
        String section = "";
        String pattern = null;
        int ruleLine = 0;
        Map<String, String> values = null;
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (line.equals("[[headers]]")) {
                    addRule(rules, pattern, values, ruleLine);
                    pattern = null;
                    values = new LinkedHashMap<>();
                    ruleLine = n + 1;
                    section = "headers";
                } else if (line.equals("[headers.values]")) {
                    if (values == null) {
                        throw error(n, "[headers.values] outside a [[headers]] block");
                    }
                    section = "values";
                } else {
                    addRule(rules, pattern, values, ruleLine);
                    pattern = null;
                    values = null;
                    section = "other";
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(n, "expected key = \"value\"");
            }
            String key = line.substring(0, eq).trim();
            String rawValue = line.substring(eq + 1).trim();
            if (section.equals("headers")) {
                if (!key.equals("for")) {
                    throw error(n, "unknown key '" + key + "' in a [[headers]] block");
                }
                pattern = unquote(rawValue, n);
            } else if (section.equals("values")) {
                values.put(key, unquote(rawValue, n));
            }
        }
        addRule(rules, pattern, values, ruleLine);
        return new HeaderRules(rules);
    }

    private static void addRule(List<Rule> rules, String pattern, Map<String, String> values, int line) {
        if (values == null) {
            return;
        }
        if (pattern == null) {
            throw new IllegalArgumentException("netlify.toml:" + line + ": [[headers]] block without 'for'");
        }
        rules.add(new Rule(pattern, Collections.unmodifiableMap(values), line));
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String raw, int n) {
        if (raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') {
            throw error(n, "expected a double-quoted string but found " + raw);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() - 1) {
                char next = raw.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static IllegalArgumentException error(int n, String reason) {
        return new IllegalArgumentException("netlify.toml:" + (n + 1) + ": " + reason);
    }
}
