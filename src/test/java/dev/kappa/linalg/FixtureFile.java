package dev.kappa.linalg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader for the plain-text fixtures written by tools/fixtures/linalg_core_fixtures.py (the format
 * is described in that script's header). Numbers are parsed with Double.parseDouble, which reads
 * Python's repr() exactly.
 */
final class FixtureFile {
    /** One "case … end" block. */
    static final class Case {
        final String name;
        final Map<String, String> text = new HashMap<>();
        final Map<String, Double> scalars = new HashMap<>();
        final Map<String, double[]> vectors = new HashMap<>();
        final Map<String, double[][]> matrices = new HashMap<>();
        final Map<String, long[]> longs = new HashMap<>();

        Case(String name) {
            this.name = name;
        }

        double scalar(String key) {
            Double v = scalars.get(key);
            if (v == null) {
                throw new IllegalStateException("case '" + name + "' has no scalar " + key);
            }
            return v;
        }

        double[] vector(String key) {
            double[] v = vectors.get(key);
            if (v == null) {
                throw new IllegalStateException("case '" + name + "' has no vector " + key);
            }
            return v;
        }

        double[][] matrixRows(String key) {
            double[][] v = matrices.get(key);
            if (v == null) {
                throw new IllegalStateException("case '" + name + "' has no matrix " + key);
            }
            return v;
        }

        /** The matrix, keeping its shape even when it has no columns. */
        Matrix matrix(String key) {
            double[][] rows = matrixRows(key);
            int n = rows.length == 0 ? shapes.get(key)[1] : rows[0].length;
            double[] flat = new double[rows.length * n];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(rows[i], 0, flat, i * n, n);
            }
            return Matrix.ofRowMajor(rows.length, n, flat);
        }

        final Map<String, int[]> shapes = new HashMap<>();

        boolean has(String key) {
            return scalars.containsKey(key) || vectors.containsKey(key) || matrices.containsKey(key)
                    || longs.containsKey(key) || text.containsKey(key);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private FixtureFile() {
    }

    private static final Map<String, List<Case>> CACHE = new HashMap<>();

    /** The cases of a fixture resource, parsed once per test JVM (the files are megabytes). */
    static synchronized List<Case> read(String resource) {
        List<Case> cached = CACHE.get(resource);
        if (cached == null) {
            cached = java.util.Collections.unmodifiableList(parse(resource));
            CACHE.put(resource, cached);
        }
        return cached;
    }

    private static List<Case> parse(String resource) {
        InputStream in = FixtureFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("fixture " + resource
                    + " is missing: run python3 tools/fixtures/linalg_core_fixtures.py");
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Case current = null;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] head = line.split(" ", 2);
                switch (head[0]) {
                    case "case":
                        current = new Case(head[1]);
                        break;
                    case "end":
                        cases.add(current);
                        current = null;
                        break;
                    case "text": {
                        String[] kv = head[1].split(" ", 2);
                        current.text.put(kv[0], kv[1]);
                        break;
                    }
                    case "scalar": {
                        String[] kv = head[1].split(" ");
                        current.scalars.put(kv[0], Double.parseDouble(kv[1]));
                        break;
                    }
                    case "vector": {
                        String[] kv = head[1].split(" ");
                        current.vectors.put(kv[0], numbers(r.readLine(), Integer.parseInt(kv[1]), resource, ++lineNo));
                        break;
                    }
                    case "longs": {
                        String[] kv = head[1].split(" ");
                        String[] parts = splitLine(r.readLine());
                        lineNo++;
                        long[] v = new long[Integer.parseInt(kv[1])];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = Long.parseLong(parts[i]);
                        }
                        current.longs.put(kv[0], v);
                        break;
                    }
                    case "matrix": {
                        String[] kv = head[1].split(" ");
                        int m = Integer.parseInt(kv[1]);
                        int n = Integer.parseInt(kv[2]);
                        double[][] rows = new double[m][];
                        for (int i = 0; i < m; i++) {
                            rows[i] = numbers(r.readLine(), n, resource, ++lineNo);
                        }
                        current.matrices.put(kv[0], rows);
                        current.shapes.put(kv[0], new int[] {m, n});
                        break;
                    }
                    default:
                        throw new IllegalStateException(resource + " line " + lineNo + ": unknown entry '" + head[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return cases;
    }

    private static String[] splitLine(String line) {
        String t = line.trim();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }

    private static double[] numbers(String line, int expected, String resource, int lineNo) {
        String[] parts = splitLine(line);
        if (parts.length != expected) {
            throw new IllegalStateException(resource + " line " + lineNo + ": expected " + expected
                    + " numbers but found " + parts.length);
        }
        double[] v = new double[expected];
        for (int i = 0; i < expected; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }
}
