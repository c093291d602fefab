package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a quoted number comes from (one {@code ###} entry of {@code content/quoted-numbers.md}): a
 * lab, the state of its controls (a preset's label, or a query string as in a lab's address), and the
 * value: one of the lab's readouts by name, {@code digits <readout>} for −log₁₀ of a readout (correct
 * digits of a relative error), or for the quadratic-gd lab {@code w<k>[<i>]} (coordinate i of the
 * k-th iterate), and for definiteness {@code eigenvalue[<i>]}. The build evaluates it with the lab's
 * model ({@code dev.kappa.build.QuotedNumberCheck}).
 */
public final class QuoteSource {
    private final String key;
    private final String lab;
    private final String preset;
    private final String state;
    private final String value;
    private final String file;
    private final int line;

    QuoteSource(String key, String lab, String preset, String state, String value, String file, int line) {
        this.key = key;
        this.lab = lab;
        this.preset = preset;
        this.state = state;
        this.value = value;
        this.file = file;
        this.line = line;
    }

    public String key() {
        return key;
    }

    public String lab() {
        return lab;
    }

    /** The preset's label, or null when a {@link #state()} query is given. */
    public String preset() {
        return preset;
    }

    /** A query such as {@code matrix=collinear&gap=1e-8}, or null when a preset is named. */
    public String state() {
        return state;
    }

    public String value() {
        return value;
    }

    public String where() {
        return file + ":" + line;
    }

    /** Parses {@code content/quoted-numbers.md}: front matter with {@code title}, then entries. */
    public static List<QuoteSource> parse(String file, String text) {
        return new Reader(file, text).entries();
    }

    private static final class Reader extends SourceLines {
        Reader(String file, String text) {
            super(file, text);
        }

        List<QuoteSource> entries() {
            int close = frontMatter("keys: title", (i, key, v) -> {
                if (!key.equals("title")) {
                    throw error(i, "unknown front matter key '" + key + "' (keys: title)");
                }
            });
            List<QuoteSource> out = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            int i = close + 1;
            while (i < lines.length && isBlank(lines[i])) {
                i++;
            }
            while (i < lines.length) {
                if (!lines[i].startsWith("### ")) {
                    throw error(i, "each quoted number starts with '### <key>'");
                }
                String key = lines[i].substring(4).trim();
                if (!Catalog.isValidId(key) || seen.contains(key)) {
                    throw error(i, (seen.contains(key) ? "duplicate key '" : "invalid key '") + key + "'");
                }
                seen.add(key);
                int head = i;
                String[] v = new String[4];
                String[] names = {"Lab", "Preset", "State", "Value"};
                for (i = head + 1; i < lines.length && !lines[i].startsWith("###"); i++) {
                    if (isBlank(lines[i])) {
                        continue;
                    }
                    int k = -1;
                    for (int n = 0; n < names.length; n++) {
                        if (lines[i].startsWith(names[n] + ":")) {
                            k = n;
                        }
                    }
                    if (k < 0 || v[k] != null) {
                        throw error(i, k < 0 ? "expected Lab:, Preset:, State: or Value:" : names[k] + ": given twice");
                    }
                    v[k] = lines[i].substring(names[k].length() + 1).trim();
                }
                if (v[0] == null || v[3] == null || (v[1] == null) == (v[2] == null)) {
                    throw error(head, "'" + key + "' needs Lab:, Value: and exactly one of Preset: or State:");
                }
                out.add(new QuoteSource(key, v[0], v[1], v[2], v[3], file, head + 1));
            }
            return out;
        }
    }
}
