package dev.kappa.browser;

import dev.kappa.lab.LabCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.WebDriver;

/**
 * Measures what a first visit costs, as a static host would serve it: every file the page requested
 * until it was ready (the document and Chromium's resource timing entries, read half a second after
 * {@code data-kappa-ready}, so content loaded for the route counts), each at its gzip size (level 6), for
 * the home page and a direct link to every lab, on both engines; and the median time from navigation start
 * to {@code data-kappa-ready} over cold loads (a fresh profile each) of the home page and one lab link.
 * The service worker's precache runs in its own context and is not counted: it is what the offline copy
 * costs, not what the page waits for. Not a test: run it with
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.BootBenchmark -Dexec.classpathScope=test \
 *   [-Dbench.runs=5 -Dbench.labs=poly-fit,min-norm -Dbench.timedLab=poly-fit -Dkappa.site=target/site]</pre>
 */
public final class BootBenchmark {
    private static final List<String> ENGINES = List.of("wasm", "js");

    private final Path site;
    private final Map<String, Long> gzipSizes = new HashMap<>();

    private BootBenchmark(Path site) {
        this.site = site;
    }

    public static void main(String[] args) throws Exception {
        // System properties, not exec.args: that property would also replace the arguments of the
        // build's own exec:java steps (the content compiler).
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        String labList = System.getProperty("bench.labs", "");
        List<String> labs = labList.isEmpty() ? Arrays.asList(LabCatalog.ids()) : Arrays.asList(labList.split(","));
        String timedLab = System.getProperty("bench.timedLab", "poly-fit");
        BootBenchmark bench = new BootBenchmark(Site.dir());

        Map<String, Map<String, Long>> home = new LinkedHashMap<>();
        for (String engine : ENGINES) {
            home.put(engine, bench.requested(engine, ""));
        }
        System.out.println("Home page, first visit, file by file:");
        System.out.println();
        System.out.println("| engine | file | raw bytes | gzip bytes |");
        System.out.println("|---|---|---:|---:|");
        for (String engine : ENGINES) {
            long raw = 0;
            long gz = 0;
            for (Map.Entry<String, Long> f : home.get(engine).entrySet()) {
                long r = Files.size(bench.site.resolve(f.getKey()));
                raw += r;
                gz += f.getValue();
                System.out.println("| " + engine + " | " + f.getKey() + " | " + r + " | " + f.getValue() + " |");
            }
            System.out.println("| " + engine + " | **total** | " + raw + " | " + gz + " |");
        }
        System.out.println();
        System.out.println("| page | wasm: files | wasm: gzip bytes | js: files | js: gzip bytes |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.println(row("home", home));
        long worst = Math.max(total(home.get("wasm")), 0);
        String worstPage = "home";
        for (String lab : labs) {
            Map<String, Map<String, Long>> byEngine = new LinkedHashMap<>();
            for (String engine : ENGINES) {
                byEngine.put(engine, bench.requested(engine, "#/lab/" + lab));
            }
            System.out.println(row("#/lab/" + lab, byEngine));
            if (total(byEngine.get("wasm")) > worst) {
                worst = total(byEngine.get("wasm"));
                worstPage = lab;
            }
        }
        System.out.println();
        System.out.println("Largest WasmGC first visit: " + worstPage + ", " + worst + " bytes gzip.");
        System.out.println();
        System.out.println("| page | engine | median ms to ready | all runs (ms) |");
        System.out.println("|---|---|---:|---|");
        for (String hash : List.of("", "#/lab/" + timedLab)) {
            for (String engine : ENGINES) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    times.add(bench.coldReadyMs(engine, hash));
                }
                List<Long> sorted = new ArrayList<>(times);
                Collections.sort(sorted);
                System.out.println("| " + (hash.isEmpty() ? "home" : hash) + " | " + engine + " | "
                        + sorted.get(sorted.size() / 2) + " | " + times + " |");
            }
        }
        System.exit(0);
    }

    private static String row(String page, Map<String, Map<String, Long>> byEngine) {
        return "| " + page + " | " + byEngine.get("wasm").size() + " | " + total(byEngine.get("wasm")) + " | "
                + byEngine.get("js").size() + " | " + total(byEngine.get("js")) + " |";
    }

    private static long total(Map<String, Long> files) {
        long sum = 0;
        for (long v : files.values()) {
            sum += v;
        }
        return sum;
    }

    /** The files one cold visit of {@code index.html?engine=…hash} requested, each with its gzip size. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> requested(String engine, String hash) throws IOException {
        WebDriver driver = Chromium.start(1280, 900);
        try {
            driver.get(Site.url() + "index.html?engine=" + engine + hash);
            if (!"true".equals(Chromium.awaitBoot(driver))) {
                throw new IllegalStateException("boot failed on " + engine + " at " + hash);
            }
            Thread.sleep(500);
            List<Object> urls = (List<Object>) Chromium.js(driver, "return [location.href].concat("
                    + "performance.getEntriesByType('resource').map(function (e) { return e.name; }));");
            Map<String, Long> out = new LinkedHashMap<>();
            String base = Site.url();
            for (Object u : urls) {
                String url = (String) u;
                if (!url.startsWith(base)) {
                    throw new IllegalStateException("a request off the site: " + url);
                }
                String path = URI.create(url).getPath().substring(URI.create(base).getPath().length());
                out.put(path.isEmpty() ? "index.html" : path, gzipSize(path.isEmpty() ? "index.html" : path));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.quit();
        }
    }

    private long coldReadyMs(String engine, String hash) {
        WebDriver driver = Chromium.start(1280, 900);
        try {
            driver.get(Site.url() + "index.html?engine=" + engine + hash);
            if (!"true".equals(Chromium.awaitBoot(driver))) {
                throw new IllegalStateException("boot failed on " + engine + " at " + hash);
            }
            return Long.parseLong(Chromium.attribute(driver, "data-kappa-boot-ms"));
        } finally {
            driver.quit();
        }
    }

    private long gzipSize(String path) throws IOException {
        Long known = gzipSizes.get(path);
        if (known != null) {
            return known;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(site.resolve(path)));
        }
        gzipSizes.put(path, (long) out.size());
        return out.size();
    }
}
