package dev.kappa.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV fixtures written by tools/fixtures/lab_fixtures.py (a '#' comment, a header, numeric rows). */
final class LabFixtures {
    private LabFixtures() {
    }

    static double[][] read(String name) {
        String path = "/fixtures/lab/" + name;
        try (InputStream in = LabFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path + "; run tools/fixtures/lab_fixtures.py");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            boolean header = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    header = true;
                    continue;
                }
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = cells[i].equals("nan") ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertRelative(double expected, double actual, double tol, String what) {
        double err = Math.abs(expected - actual) / Math.max(Math.abs(expected), 1e-300);
        if (!(err <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (relative error "
                    + err + " > " + tol + ")");
        }
    }
}
