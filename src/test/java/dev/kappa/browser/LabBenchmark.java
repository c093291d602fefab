package dev.kappa.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Per-frame cost of interaction in each lab: drives {@code input} events on one slider at a time,
 * or pointer events dragging a plot's handle or data point, one per animation frame, and reads the
 * time the lab records for its recompute + redraw ({@code data-lab-frame-ms}, measured with
 * performance.now() around the model and all plot renders). Headless Chromium at 1280×900, both
 * engines. Not a test: run it (after {@code mvn -B -q package -DskipTests}) with
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.kappa.browser.LabBenchmark -Dexec.classpathScope=test \
 *   [-Dbench.moves=60] [-Dbench.labs=poly-fit,min-norm]</pre>
 *
 * (options are system properties: {@code -Dexec.args} would replace the build's own exec steps).
 */
public final class LabBenchmark {
    /**
     * lab id, the state it starts from, what moves ("slider:&lt;param&gt;" or "drag"), low and high
     * slider positions (log10 units for log-scale parameters) or, for a drag, the data point grabbed
     * (x, y), and what the row says.
     */
    private static final String[][] CASES = {
        {"quadratic-gd", "", "slider:l2", "0.01", "2", "l2 (contours recomputed)"},
        {"quadratic-gd", "", "slider:eta", "0.05", "2.5", "eta (contours cached)"},
        {"quadratic-gd", "", "slider:x0", "-1", "1", "x0 (start point)"},
        {"definiteness", "", "slider:shift", "-1", "2", "shift (λ in A + λI)"},
        {"conditioning", "matrix=designed", "slider:kappa", "0", "12", "designed κ (new A; κ sweep cached)"},
        {"min-norm", "", "slider:eta", "0.1", "1.9", "eta (GD, 200 steps)"},
        {"min-norm", "", "drag", "2", "3", "drag w₀"},
        {"poly-fit", "", "slider:noise", "0", "3", "noise (new data, 21 degrees × 7 fits)"},
        {"poly-fit", "pts=0,1;1,3;2,2;3,5;4,4;5,6&test=0", "drag", "2", "2", "drag a data point"},
        {"ridge-path", "", "slider:lambda", "-3", "4", "λ (paths and CV cached)"},
        {"ridge-path", "", "slider:noise", "0", "5", "noise (new data, paths and CV)"},
        {"normalization", "", "slider:mu", "-50", "50", "μ (new features, 4 GD runs)"},
        {"double-descent", "", "slider:lambda", "-4", "3", "λ (sweep cached)"},
        {"double-descent", "", "slider:noise", "0", "5", "noise (full sweep, N = 1…200, in ≤ 5 ms slices)"},
        {"double-descent", "", "settle:noise", "0", "5", "noise: input to the full new picture (wall)"},
        {"optimizer-race", "", "slider:adam_eta", "-3", "-0.5", "Adam η (5 optimizers rerun)"},
        {"optimizer-race", "", "drag", "-1.2", "1", "drag the start"},
        {"momentum", "tuned=0", "slider:beta", "0", "0.99", "β (two runs of 120 steps; rate plane cached)"},
        {"momentum", "", "slider:lmin", "-4", "0", "λₙ (new spectrum; rate plane in staged rows)"},
        {"sgd", "", "slider:eta", "-3", "-0.5", "η₀ (4000 SGD steps; noise ball cached)"},
        {"sgd", "", "slider:noise", "0", "3", "noise (new data; noise ball in staged sweeps)"},
        {"ls-classification", "", "slider:n", "2", "100", "n per class (new data; QR, 20 Newton steps)"},
        {"ls-classification", "pos=1,0.2;1.5,-0.3;2,0.1;6,0;8,0.3&neg=-1,0.1;-1.5,-0.2;-2,0.3", "drag", "2", "0.1",
            "drag a point of class +1"},
        {"krylov", "", "slider:a12", "-0.6", "0.6", "A₁₂ (2-D: 4 runs of 100 steps)"},
        {"krylov", "problem=spread&dim=50&steps=300", "slider:kappa", "0", "6",
            "κ (new 50×50 A, 4 runs of 300 steps, staged per method)"},
        {"pca", "", "slider:corr", "-0.9", "0.9", "ρ (new cloud of 200, SVD and eigen)"},
        {"pca", "data=cloud3d&n=300", "slider:az", "-180", "180", "turn the 3-D view (300 points)"},
        {"power-iteration", "", "drag", "-0.2", "1", "drag the start x₀ (30 steps)"},
        {"power-iteration", "matrix=nxn&n=40&steps=200", "slider:l2", "-4", "4", "λ₂ (40×40, 200 steps)"},
        {"projection", "", "slider:bz", "-3", "3", "b's x₃ (new projection, 3-D view)"},
        {"projection", "", "slider:az", "-180", "180", "view azimuth (turn the 3-D view)"},
        {"bias-variance", "", "slider:degree", "0", "15", "degree (S = 50 fits; curves over degree cached)"},
        {"bias-variance", "", "slider:noise", "0", "1", "σ (new training sets; sweeps over degree and λ)"},
        {"multi-objective", "", "slider:rho", "-4", "4", "estimation ρ (smoothing, trade-off curve)"},
        {"multi-objective", "task=control", "slider:rho", "-4", "4", "control ρ (stacked LS, T = 30)"},
        {"multi-objective", "task=control", "play", "0", "0", "control: a Play frame (trajectory step)"},
        {"kalman", "", "slider:q", "0", "1", "q (filter, batch LS per t, 100 ellipses; T = 50)"},
        {"kalman", "", "slider:r", "0.05", "5", "r (same work)"},
        {"kalman", "", "play", "0", "0", "a Play frame (one half-step: predict or update)"},
        {"constrained-ls", "", "drag", "0", "0", "drag the line's point (KKT by QR, 57-point penalty sweep)"},
        {"constrained-ls", "", "slider:mu", "-2", "12", "μ (penalty solve; sweep cached)"},
        {"nonlinear-ls", "", "slider:noise", "0", "1", "σ (new data; GD, GN and LM runs, 41×41 profile contours)"},
        {"nonlinear-ls", "model=gauss&n=200&iters=300", "slider:m0", "-5", "15",
            "bump start m (200 points, cap 300: three runs and contours)"},
        {"nonlinear-ls", "pts=0,4.1;0.5,3;1,2.4;1.5,2;2,1.6;3,1.3;4,1.1", "drag", "1", "2.4", "drag a data point"},
    };

    private LabBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int moves = Integer.getInteger("bench.moves", 60);
        String only = System.getProperty("bench.labs", "");
        WebDriver d = Chromium.start(1280, 900);
        try {
            System.out.println("| lab | input | engine | moves | lab frame median ms | p90 ms | max ms"
                    + " | main thread median ms | main thread max ms | input → painted (wall) median ms |");
            System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
            for (String[] c : CASES) {
                if (!only.isEmpty() && !List.of(only.split(",")).contains(c[0])) {
                    continue;
                }
                for (String engine : List.of("wasm", "js")) {
                    d.get("about:blank");
                    d.get(Site.url() + "index.html?engine=" + engine + "#/lab/" + c[0] + (c[1].isEmpty() ? "" : "?" + c[1]));
                    Chromium.awaitBoot(d);
                    double a = Double.parseDouble(c[3]);
                    double b = Double.parseDouble(c[4]);
                    List<double[]> samples = c[2].equals("drag") ? drag(d, a, b, moves)
                            : c[2].equals("play") ? play(d, moves)
                            : c[2].startsWith("settle:") ? settle(d, c[2].substring(7), a, b, Math.max(5, moves / 4))
                            : slide(d, c[2].substring(7), a, b, moves);
                    String row = "| " + c[0] + " | " + c[5] + " | " + engine + " | ";
                    if (samples.isEmpty()) {
                        System.out.println(row + "0 | – | – | – | – | – | – |");
                        continue;
                    }
                    List<Double> ms = column(samples, 0);
                    List<Double> main = column(samples, 1);
                    List<Double> wall = column(samples, 2);
                    System.out.println(row + ms.size() + " | " + fmt(ms.get(ms.size() / 2)) + " | "
                            + fmt(ms.get((int) (ms.size() * 0.9))) + " | " + fmt(ms.get(ms.size() - 1)) + " | "
                            + fmt(main.get(main.size() / 2)) + " | " + fmt(main.get(main.size() - 1)) + " | "
                            + fmt(wall.get(wall.size() / 2)) + " |");
                }
            }
        } finally {
            d.quit();
        }
    }

    /**
     * Calls {@code cb(frameStart, now)} once the next frame has been painted: from a rAF callback
     * (whose argument is the frame's start) a message is posted, which runs after the frame's
     * style, layout and paint on the main thread.
     */
    private static final String AFTER_PAINT = "function afterPaint(cb) { requestAnimationFrame(function (ts) {"
            + "  var ch = new MessageChannel(); ch.port1.onmessage = function () { cb(ts, performance.now()); };"
            + "  ch.port2.postMessage(0); }); }";

    /**
     * The shared part of the slider and drag drivers: {@code step(i)} makes the i-th change (an
     * input event, dispatched as a task of its own); per change it records [the lab's frame time,
     * main-thread time = the event's handler + the frame from its start to painted, wall time from
     * the event to painted], then makes the next change.
     */
    private static final String LOOP = "var done = arguments[arguments.length - 1];"
            + "var lab = document.querySelector('[data-view=lab]');"
            + "var out = [], i = 0;"
            + "function frames() { return +lab.getAttribute('data-lab-frames'); }"
            + AFTER_PAINT
            + "function move() {"
            + "  if (i >= n) { finish(); done(out); return; }"
            + "  var before = frames(), t0 = performance.now();"
            + "  step(i); i++;"
            + "  var t1 = performance.now();"
            + "  var wait = function(ts, t2) { if (frames() > before) {"
            + "    out.push([+lab.getAttribute('data-lab-frame-ms'), t1 - t0 + (t2 - ts), t2 - t0]);"
            + "    setTimeout(move, 0); } else afterPaint(wait); };"
            + "  afterPaint(wait);"
            + "}"
            + "setTimeout(move, 300);";

    /**
     * Presses Play (from the start) and records, for each painted frame in which the lab drew, [the
     * lab's frame time, the frame's main-thread time from its start to painted, the same]; at most
     * {@code moves} frames, until the player stops.
     */
    @SuppressWarnings("unchecked")
    private static List<double[]> play(WebDriver d, int moves) {
        String script = "var n = arguments[0], done = arguments[arguments.length - 1];"
                + "var lab = document.querySelector('[data-view=lab]');"
                + "var b = lab && lab.querySelector('[data-player=play]');"
                + "if (!b || b.closest('[hidden]')) { done([]); return; }"
                + "function frames() { return +lab.getAttribute('data-lab-frames'); }"
                + AFTER_PAINT
                + "var out = [], seen;"
                + "function frame(ts, t2) {"
                + "  var now = frames();"
                + "  if (now > seen) { var f = t2 - ts; out.push([+lab.getAttribute('data-lab-frame-ms'), f, f]); }"
                + "  seen = now;"
                + "  if (out.length >= n || (out.length > 0 && b.textContent !== 'Pause')) { done(out); return; }"
                + "  afterPaint(frame);"
                + "}"
                + "setTimeout(function () { b.click(); seen = frames(); afterPaint(frame); }, 300);";
        return samples((List<Object>) execute(d, script, moves));
    }

    @SuppressWarnings("unchecked")
    private static List<double[]> slide(WebDriver d, String param, double lo, double hi, int moves) {
        String script = "var name = arguments[0], lo = arguments[1], hi = arguments[2], n = arguments[3];"
                + "var lab0 = document.querySelector('[data-view=lab]');"
                + "var s = lab0 && lab0.querySelector('[data-param=' + name + '] input[type=range]');"
                + "if (!s) { arguments[arguments.length - 1]([]); return; }"
                + "function step(i) { s.value = String(lo + (hi - lo) * ((i * 7) % n) / n);"
                + "  s.dispatchEvent(new Event('input', {bubbles: true})); }"
                + "function finish() {}"
                + LOOP;
        return samples((List<Object>) execute(d, script, param, lo, hi, moves));
    }

    /**
     * For a lab that computes in slices over several frames: the wall time from one slider input to
     * the frame that shows the complete new picture (no plot {@code aria-busy}), waiting for it
     * before the next input. Includes the frames' idle time, so it is what a learner waits.
     */
    @SuppressWarnings("unchecked")
    private static List<double[]> settle(WebDriver d, String param, double lo, double hi, int moves) {
        String script = "var name = arguments[0], lo = arguments[1], hi = arguments[2], n = arguments[3];"
                + "var done = arguments[arguments.length - 1];"
                + "var lab = document.querySelector('[data-view=lab]');"
                + "var s = lab && lab.querySelector('[data-param=' + name + '] input[type=range]');"
                + "if (!s) { done([]); return; }"
                + "var out = [], i = 0;"
                + "function frames() { return +lab.getAttribute('data-lab-frames'); }"
                + "function busy() { return !!lab.querySelector('.plot[aria-busy=true]'); }"
                + "function move() {"
                + "  if (i >= n) { done(out); return; }"
                + "  var before = frames(), t0 = performance.now();"
                + "  s.value = String(lo + (hi - lo) * ((i * 7) % n) / n); i++;"
                + "  s.dispatchEvent(new Event('input', {bubbles: true}));"
                + "  var wait = function() { if (frames() > before && !busy()) { var w = performance.now() - t0;"
                + "    out.push([w, w, w]);"
                + "    setTimeout(move, 50); } else requestAnimationFrame(wait); };"
                + "  requestAnimationFrame(wait);"
                + "}"
                + "setTimeout(move, 300);";
        return samples((List<Object>) execute(d, script, param, lo, hi, moves));
    }

    /**
     * Grabs the handle or data point at data (x, y) of the lab's interactive plot and moves it
     * round a circle of radius 40 px (three turns over the moves), one pointermove per frame.
     */
    @SuppressWarnings("unchecked")
    private static List<double[]> drag(WebDriver d, double x, double y, int moves) {
        String script = "var x = arguments[0], y = arguments[1], n = arguments[2];"
                + "var c = document.querySelector('[data-view=lab] canvas[data-frame]');"
                + "if (!c) { arguments[arguments.length - 1]([]); return; }"
                + "c.scrollIntoView({block: 'center'});"
                + "var f = c.getAttribute('data-frame').split(',').map(Number), r = c.getBoundingClientRect();"
                + "var px = r.left + f[0] + (x - f[4]) / (f[5] - f[4]) * (f[1] - f[0]);"
                + "var py = r.top + f[3] - (y - f[6]) / (f[7] - f[6]) * (f[3] - f[2]);"
                + "function ev(type, ax, ay) { c.dispatchEvent(new PointerEvent(type, {clientX: ax, clientY: ay,"
                + "  pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1, bubbles: true, cancelable: true})); }"
                + "ev('pointerdown', px, py);"
                + "function step(i) { var t = 6 * Math.PI * (i + 1) / n;"
                + "  ev('pointermove', px + 40 * Math.sin(t), py + 40 * (1 - Math.cos(t))); }"
                + "function finish() { ev('pointerup', px, py); }"
                + LOOP;
        return samples((List<Object>) execute(d, script, x, y, moves));
    }

    private static Object execute(WebDriver d, String script, Object... args) {
        d.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(300));
        return ((JavascriptExecutor) d).executeAsyncScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static List<double[]> samples(List<Object> raw) {
        List<double[]> out = new ArrayList<>();
        for (Object o : raw) {
            List<Object> row = (List<Object>) o;
            double[] v = new double[row.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = ((Number) row.get(k)).doubleValue();
            }
            out.add(v);
        }
        return out;
    }

    /** Column k of the samples, sorted. */
    private static List<Double> column(List<double[]> samples, int k) {
        List<Double> out = new ArrayList<>();
        for (double[] v : samples) {
            out.add(v[k]);
        }
        Collections.sort(out);
        return out;
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}
