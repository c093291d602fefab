package dev.kappa.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the kernel benchmark page ({@code #/bench?run=1}) in headless Chromium on WasmGC and on JS,
 * runs numpy on the same kernels in the same round, and prints a table of medians and ratios per
 * round, then the median over rounds of each ratio. Not a test:
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.KernelBenchmark -Dexec.classpathScope=test \
 *   [-Dbench.rounds=5] [-Dbench.only=500x500] [-Dbench.engines=wasm]</pre>
 *
 * <p>numpy runs twice per round with one BLAS thread: with the machine's environment as it is
 * ("as set") and with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed ("fair"), since those can
 * force an older OpenBLAS kernel than the CPU's; each run prints the kernel it got. Ratios are
 * against the fair run.
 */
public final class KernelBenchmark {
    private static final String FAIR = "fair";
    private static final String AS_SET = "as set";

    private KernelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 1);
        String only = System.getProperty("bench.only", "");
        List<String> engines = List.of(System.getProperty("bench.engines", "wasm,js").split(","));
        List<Map<String, Map<String, Double>>> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("%n## Round %d of %d, %s UTC, load average %s%n", round, rounds, Instant.now(), load());
            Map<String, Map<String, Double>> columns = new LinkedHashMap<>();
            for (String engine : engines) {
                columns.put(engine, browser(engine, only));
            }
            columns.put(FAIR, numpy(true, only));
            columns.put(AS_SET, numpy(false, only));
            System.out.println("load average after the round: " + load());
            print(columns, engines);
            all.add(columns);
        }
        if (rounds > 1) {
            printMedians(all, engines);
        }
        System.exit(0);
    }

    private static Map<String, Double> browser(String engine, String only) {
        WebDriver driver = Chromium.start(1280, 900);
        try {
            String filter = only.isEmpty() ? "" : "&only=" + URLEncoder.encode(only, StandardCharsets.UTF_8)
                    .replace("+", "%20");
            driver.get(Site.url() + "index.html?engine=" + engine + "#/bench?run=1" + filter);
            Chromium.awaitBoot(driver);
            new WebDriverWait(driver, Duration.ofMinutes(10)).until(d ->
                    !d.findElements(By.cssSelector("[data-bench-done]")).isEmpty());
            Map<String, Double> rows = new LinkedHashMap<>();
            for (WebElement row : driver.findElements(By.cssSelector("tr[data-kernel]"))) {
                rows.put(row.getAttribute("data-kernel"), Double.parseDouble(row.getAttribute("data-median-ms")));
            }
            return rows;
        } finally {
            driver.quit();
        }
    }

    /** The numpy time to compare a kernel with: both sweep kernels compute what numpy's per-N pinv loop does. */
    private static double numpyFor(Map<String, Double> numpy, String kernel) {
        String name = kernel.startsWith("double-descent sweep") ? "double-descent sweep (pinv, N=1..200)" : kernel;
        return numpy.getOrDefault(name, Double.NaN);
    }

    private static void print(Map<String, Map<String, Double>> columns, List<String> engines) {
        printHeader(engines, " / numpy |", "---:|", " " + label(engines.get(0)) + " / numpy (as set) |", "---:|");
        for (String kernel : columns.get(engines.get(0)).keySet()) {
            double fair = numpyFor(columns.get(FAIR), kernel);
            double asSet = numpyFor(columns.get(AS_SET), kernel);
            StringBuilder line = new StringBuilder("| " + kernel + " |");
            for (String engine : engines) {
                line.append(String.format(" %.2f |", columns.get(engine).getOrDefault(kernel, Double.NaN)));
            }
            line.append(String.format(" %.2f | %.2f |", fair, asSet));
            for (String engine : engines) {
                line.append(String.format(" %.2f |", columns.get(engine).getOrDefault(kernel, Double.NaN) / fair));
            }
            line.append(String.format(" %.2f |", columns.get(engines.get(0)).get(kernel) / asSet));
            System.out.println(line);
        }
    }

    /** Times per engine, then numpy's, then a ratio column (or columns) per engine, then {@code extra}. */
    private static void printHeader(List<String> engines, String ratio, String ratioRule, String extra,
            String extraRule) {
        StringBuilder head = new StringBuilder("| kernel |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String engine : engines) {
            head.append(' ').append(label(engine)).append(" ms |");
            rule.append("---:|");
        }
        head.append(" numpy ms | numpy (as set) ms |");
        rule.append("---:|---:|");
        for (String engine : engines) {
            head.append(' ').append(label(engine)).append(ratio);
            rule.append(ratioRule);
        }
        System.out.println(head.append(extra));
        System.out.println(rule.append(extraRule));
    }

    /** Medians over rounds: of each time, and of each round's ratio (a ratio measured in one round). */
    private static void printMedians(List<Map<String, Map<String, Double>>> all, List<String> engines) {
        System.out.printf("%n## Medians over %d rounds (ratios: median of the per-round ratios, then their range)%n",
                all.size());
        printHeader(engines, " / numpy | range |", "---:|---|", "", "");
        for (String kernel : all.get(0).get(engines.get(0)).keySet()) {
            StringBuilder line = new StringBuilder("| " + kernel + " |");
            for (String engine : engines) {
                line.append(String.format(" %.2f |", median(all, r -> r.get(engine).getOrDefault(kernel, Double.NaN))));
            }
            line.append(String.format(" %.2f | %.2f |", median(all, r -> numpyFor(r.get(FAIR), kernel)),
                    median(all, r -> numpyFor(r.get(AS_SET), kernel))));
            for (String engine : engines) {
                double[] ratios = values(all, r -> r.get(engine).getOrDefault(kernel, Double.NaN)
                        / numpyFor(r.get(FAIR), kernel));
                line.append(String.format(" %.2f | %.2f–%.2f |", median(ratios), ratios[0], ratios[ratios.length - 1]));
            }
            System.out.println(line);
        }
    }

    private interface Pick {
        double of(Map<String, Map<String, Double>> round);
    }

    private static double[] values(List<Map<String, Map<String, Double>>> all, Pick pick) {
        double[] v = new double[all.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = pick.of(all.get(i));
        }
        Arrays.sort(v);
        return v;
    }

    private static double median(List<Map<String, Map<String, Double>>> all, Pick pick) {
        return median(values(all, pick));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static String label(String engine) {
        return engine.equals("wasm") ? "WasmGC" : engine.toUpperCase(java.util.Locale.ROOT);
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    /** numpy's medians by kernel name; {@code fair} removes the variables that can pin an older OpenBLAS kernel. */
    private static Map<String, Double> numpy(boolean fair, String only) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("python3", "tools/bench/numpy_bench.py", "--only", only);
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        if (fair) {
            pb.environment().remove("OPENBLAS_CORETYPE");
            pb.environment().remove("OPENBLAS_L2_SIZE");
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Map<String, Double> out = new LinkedHashMap<>();
        String tag = fair ? "numpy (" + FAIR + "): " : "numpy (" + AS_SET + "): ";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println(tag + line);
                String[] parts = line.split("\\|");
                if (parts.length >= 4 && !line.startsWith("#")) {
                    out.put(parts[0].trim(), Double.parseDouble(parts[1].trim()));
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("numpy_bench.py failed");
        }
        return out;
    }
}
