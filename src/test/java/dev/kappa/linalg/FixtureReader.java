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
 * Reads the reference fixtures written by {@code tools/fixtures/linalg_decomp_fixtures.py}
 * (format described in that script's header): a list of cases, each a name and a map from tag
 * to either a number list ({@code sv}, {@code eig}, {@code rank}, {@code cond}) or a matrix
 * ({@code matrix}, {@code pinv}, {@code vectors}).
 */
final class FixtureReader {
    private FixtureReader() {
    }

    static final class Fixture {
        final String name;
        final Map<String, double[]> lists = new HashMap<>();
        final Map<String, double[][]> matrices = new HashMap<>();

        Fixture(String name) {
            this.name = name;
        }

        double[] list(String tag) {
            return lists.get(tag);
        }

        double[][] matrix(String tag) {
            return matrices.get(tag);
        }

        double scalar(String tag) {
            return lists.get(tag)[0];
        }
    }

    static List<Fixture> read(String resource) {
        InputStream in = FixtureReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("fixture " + resource
                    + " is missing: run python3 tools/fixtures/linalg_decomp_fixtures.py");
        }
        List<Fixture> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Fixture current = null;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.trim().split(" ");
                switch (t[0]) {
                    case "case":
                        current = new Fixture(t[1]);
                        break;
                    case "end":
                        out.add(current);
                        current = null;
                        break;
                    case "matrix":
                    case "pinv":
                    case "solutions":
                    case "vectors": {
                        int m = Integer.parseInt(t[1]);
                        int n = Integer.parseInt(t[2]);
                        double[][] a = new double[m][];
                        for (int i = 0; i < m; i++) {
                            String row = r.readLine();
                            lineNo++;
                            a[i] = numbers(row.isEmpty() ? new String[0] : row.split(" "), 0);
                            if (a[i].length != n) {
                                throw new IllegalStateException(resource + ":" + lineNo + ": expected " + n
                                        + " numbers, found " + a[i].length);
                            }
                        }
                        current.matrices.put(t[0], a);
                        break;
                    }
                    case "sv":
                    case "eig":
                        current.lists.put(t[0], numbers(t, 2));
                        break;
                    default:
                        current.lists.put(t[0], numbers(t, 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + resource, e);
        }
        return out;
    }

    private static double[] numbers(String[] t, int from) {
        double[] v = new double[Math.max(0, t.length - from)];
        for (int i = from; i < t.length; i++) {
            v[i - from] = parse(t[i]);
        }
        return v;
    }

    private static double parse(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }
}
