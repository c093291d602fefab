package dev.kappa.optim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV fixtures written by tools/fixtures/optim_fixtures.py. */
final class Fixtures {
    private Fixtures() {
    }

    /** The data rows (header skipped) of fixtures/optim/&lt;name&gt;, split on commas. */
    static List<String[]> rows(String name) {
        String path = "/fixtures/optim/" + name;
        InputStream in = Fixtures.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + path + "; run python3 tools/fixtures/optim_fixtures.py");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
