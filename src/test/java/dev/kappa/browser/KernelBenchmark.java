package dev.kappa.browser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the kernel benchmark page ({@code #/bench?run=1}) in headless Chromium on WasmGC and on JS,
 * runs numpy on the same kernels in the same invocation, and prints a table of medians and
 * ratios. Not a test:
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.KernelBenchmark -Dexec.classpathScope=test</pre>
 */
public final class KernelBenchmark {
    private KernelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, Double>> byEngine = new LinkedHashMap<>();
        for (String engine : List.of("wasm", "js")) {
            WebDriver driver = Chromium.start(1280, 900);
            try {
                driver.get(Site.url() + "index.html?engine=" + engine + "#/bench?run=1");
                Chromium.awaitBoot(driver);
                new WebDriverWait(driver, Duration.ofMinutes(10)).until(d ->
                        !d.findElements(By.cssSelector("[data-bench-done]")).isEmpty());
                Map<String, Double> rows = new LinkedHashMap<>();
                for (WebElement row : driver.findElements(By.cssSelector("tr[data-kernel]"))) {
                    rows.put(row.getAttribute("data-kernel"), Double.parseDouble(row.getAttribute("data-median-ms")));
                }
                byEngine.put(engine, rows);
            } finally {
                driver.quit();
            }
        }
        Map<String, Double> numpy = numpy();
        System.out.println("| kernel | WasmGC ms | JS ms | numpy ms | WasmGC / numpy | JS / numpy |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String name : byEngine.get("wasm").keySet()) {
            double w = byEngine.get("wasm").get(name);
            double j = byEngine.get("js").getOrDefault(name, Double.NaN);
            // Both sweep kernels produce what numpy's per-N pinv loop produces: compare with it.
            String numpyName = name.startsWith("double-descent sweep") ? "double-descent sweep (pinv, N=1..200)" : name;
            double n = numpy.getOrDefault(numpyName, Double.NaN);
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, w, j, n, w / n, j / n);
        }
        System.exit(0);
    }

    private static Map<String, Double> numpy() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("python3", "tools/bench/numpy_bench.py");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Map<String, Double> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("numpy: " + line);
                String[] parts = line.split("\\|");
                if (parts.length >= 4 && !line.startsWith("#")) {
                    out.put(parts[0].trim(), Double.parseDouble(parts[1].trim()));
                }
            }
        }
        p.waitFor();
        return out;
    }
}
