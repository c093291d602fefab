package dev.kappa.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Per-frame cost of a slider move in each lab: drives {@code input} events on one slider at a
 * time, one per animation frame, and reads the time the lab records for its recompute + redraw
 * ({@code data-lab-frame-ms}, measured with performance.now() around the model and all plot
 * renders). Headless Chromium at 1280×900, both engines. Not a test: run it with
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.LabBenchmark -Dexec.classpathScope=test [-Dexec.args="60"]</pre>
 */
public final class LabBenchmark {
    /** lab id, slider param, low and high value swept. */
    private static final String[][] CASES = {
        {"quadratic-gd", "l2", "0.01", "2"},
        {"quadratic-gd", "eta", "0.05", "2.5"},
        {"quadratic-gd", "x0", "-1", "1"},
        {"definiteness", "shift", "-1", "2"},
    };

    private LabBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int moves = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        WebDriver d = Chromium.start(1280, 900);
        try {
            System.out.println("| lab | slider | engine | moves | median ms | p90 ms | max ms |");
            System.out.println("|---|---|---|---:|---:|---:|---:|");
            for (String[] c : CASES) {
                for (String engine : List.of("wasm", "js")) {
                    d.get("about:blank");
                    d.get(Site.url() + "index.html?engine=" + engine + "#/lab/" + c[0]);
                    Chromium.awaitBoot(d);
                    List<Double> ms = run(d, c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), moves);
                    if (ms.isEmpty()) {
                        System.out.println("| " + c[0] + " | " + c[1] + " | " + engine + " | 0 | – | – | – |");
                        continue;
                    }
                    Collections.sort(ms);
                    System.out.println("| " + c[0] + " | " + c[1] + " | " + engine + " | " + ms.size() + " | "
                            + fmt(ms.get(ms.size() / 2)) + " | " + fmt(ms.get((int) (ms.size() * 0.9))) + " | "
                            + fmt(ms.get(ms.size() - 1)) + " |");
                }
            }
        } finally {
            d.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Double> run(WebDriver d, String param, double lo, double hi, int moves) {
        String script = "var done = arguments[arguments.length - 1];"
                + "var name = arguments[0], lo = arguments[1], hi = arguments[2], n = arguments[3];"
                + "var lab = document.querySelector('[data-view=lab]');"
                + "var s = lab && lab.querySelector('[data-param=' + name + '] input[type=range]');"
                + "if (!s) { done([]); return; }"
                + "var out = [], i = 0;"
                + "function frames() { return +lab.getAttribute('data-lab-frames'); }"
                + "function move() {"
                + "  if (i >= n) { done(out); return; }"
                + "  var before = frames();"
                + "  s.value = String(lo + (hi - lo) * ((i * 7) % n) / n); i++;"
                + "  s.dispatchEvent(new Event('input', {bubbles: true}));"
                + "  var wait = function() { if (frames() > before) { out.push(+lab.getAttribute('data-lab-frame-ms'));"
                + "    requestAnimationFrame(move); } else requestAnimationFrame(wait); };"
                + "  requestAnimationFrame(wait);"
                + "}"
                + "setTimeout(move, 300);";
        d.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        List<Object> raw = (List<Object>) ((JavascriptExecutor) d).executeAsyncScript(script, param, lo, hi, moves);
        List<Double> out = new ArrayList<>();
        for (Object o : raw) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}
