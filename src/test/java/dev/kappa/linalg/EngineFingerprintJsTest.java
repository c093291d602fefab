package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript build computes the same bits as the JVM. Runs only when the probe was built
 * ({@code mvn -B -Pengine-probe test -Dtest='EngineFingerprint*'}) and node is installed; skipped
 * otherwise, with a message saying how to run it.
 */
class EngineFingerprintJsTest {
    /** Routines of this branch. */
    private static final String[] CORE = {"KMath.exp", "KMath.log", "KMath.log1p", "KMath.expm1", "KMath.sin",
        "KMath.cos", "KMath.log10", "KMath.pow", "Rng.gaussian", "QR", "LeastSquares.viaQR", "Cholesky",
        "LeastSquares.normalEquations", "RandomMatrices", "Matrix.frobeniusNorm"};
    /** Routines built on the SVD. */
    private static final String[] SVD_BASED = {"SVD", "LeastSquares.solve", "Ridge"};

    private static Map<String, String> parse(String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] kv = line.trim().split(" ");
            if (kv.length == 2) {
                m.put(kv[0], kv[1]);
            }
        }
        return m;
    }

    private static Map<String, String> fromNode() throws IOException, InterruptedException {
        assumeTrue(Boolean.getBoolean("kappa.engineProbe"),
                "the JS probe runs with the engine-probe profile: mvn -B -Pengine-probe test -Dtest='EngineFingerprint*'");
        File probe = new File("target/engine-probe/probe.js");
        assumeTrue(probe.isFile(), "JS probe not built: run mvn -B -Pengine-probe test -Dtest='EngineFingerprint*'");
        Process p;
        try {
            p = new ProcessBuilder("node", "-e", "require(process.argv[1]).main([])", probe.getAbsolutePath())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed, so the JS build cannot be run here");
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish within 2 minutes");
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    private static void compare(String[] names) throws IOException, InterruptedException {
        Map<String, String> js = fromNode();
        Map<String, String> jvm = parse(EngineFingerprint.compute());
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            if (!jvm.get(name).equals(js.get(name))) {
                differing.add(name + " (JVM " + jvm.get(name) + ", JS " + js.get(name) + ")");
            }
        }
        assertTrue(differing.isEmpty(), "the JS build computes different bits than the JVM for " + differing);
    }

    @Test
    void coreRoutinesAreBitIdenticalInJavaScript() throws IOException, InterruptedException {
        compare(CORE);
    }

    @Test
    void svdBasedRoutinesAreBitIdenticalInJavaScript() throws IOException, InterruptedException {
        compare(SVD_BASED);
    }
}
