package dev.kappa.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.WebDriver;

/**
 * Measures what a first visit costs: the bytes of every file each engine's first visit downloads
 * (raw and gzip), and the time from navigation start to {@code data-kappa-ready} in headless
 * Chromium, with a fresh profile (cold cache) per run. Not a test: run it with
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.BootBenchmark -Dexec.classpathScope=test \
 *   [-Dbench.runs=5 -Dbench.page=embed.html -Dbench.hash=#/lab/quadratic-gd]</pre>
 */
public final class BootBenchmark {
    private static final List<String> SHELL = List.of("index.html", "loader.js", "css/kappa.css", "icons/kappa.svg");

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // System properties, not exec.args: that property would also replace the arguments of the
        // build's own exec:java steps (the content compiler).
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        String hash = System.getProperty("bench.hash", "");
        String page = System.getProperty("bench.page", "index.html");
        Path site = Site.dir();
        System.out.println("| engine | file | raw bytes | gzip bytes |");
        System.out.println("|---|---|---:|---:|");
        for (String engine : List.of("wasm", "js")) {
            List<String> files = new ArrayList<>(SHELL);
            if (engine.equals("wasm")) {
                files.add("wasm/classes.wasm-runtime.js");
                files.add("wasm/classes.wasm");
            } else {
                files.add("js/classes.js");
            }
            if (Files.exists(site.resolve("content/content.js"))) {
                files.add("content/content.js");
            }
            long raw = 0;
            long gz = 0;
            for (String f : files) {
                byte[] bytes = Files.readAllBytes(site.resolve(f));
                long g = gzipSize(bytes);
                raw += bytes.length;
                gz += g;
                System.out.println("| " + engine + " | " + f + " | " + bytes.length + " | " + g + " |");
            }
            System.out.println("| " + engine + " | **total first visit** | " + raw + " | " + gz + " |");
        }
        System.out.println();
        System.out.println("| engine | median ms to ready | all runs (ms) |");
        System.out.println("|---|---:|---|");
        for (String engine : List.of("wasm", "js")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                WebDriver driver = Chromium.start(1280, 900);
                try {
                    driver.get(Site.url() + page + "?engine=" + engine + hash);
                    if (!"true".equals(Chromium.awaitBoot(driver))) {
                        throw new IllegalStateException("boot failed on " + engine);
                    }
                    times.add(Long.parseLong(Chromium.attribute(driver, "data-kappa-boot-ms")));
                } finally {
                    driver.quit();
                }
            }
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.println("| " + engine + " | " + sorted.get(sorted.size() / 2) + " | " + times + " |");
        }
        System.exit(0);
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
