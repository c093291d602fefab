package dev.kappa.browser;

import static dev.kappa.browser.LabPages.awaitFrame;
import static dev.kappa.browser.LabPages.elementShot;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.overflow;
import static dev.kappa.browser.LabPages.readout;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.DefinitenessLab;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.lab.QuadraticGdLab;
import dev.kappa.lab.QuadraticGdModel;
import dev.kappa.lab.Series;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks of particular labs and pages in Chromium, on both engines, each a test of its own:
 * quadratic-gd's readouts against ηλ worked out here, definiteness' eigenvalues from the
 * characteristic polynomial, the lecture's w₅ = (0.4529, +0.4248), a diverging run that once threw,
 * 20 000 unknown URL parameters, keyboard and presets, dark mode with reduced motion, Play that
 * animates, hover and tap read-outs on a curve, exact links after a log slider moves, and no horizontal overflow at 320 and 390 px on
 * the pages that overflowed before.
 */
class LabChecksChromiumTest {
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void start() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(desktop, phone);
    }

    @TestFactory
    Stream<DynamicNode> checks() {
        List<DynamicNode> out = new ArrayList<>();
        for (String e : BrowserScope.engines()) {
            out.add(DynamicTest.dynamicTest(e + ": quadratic-gd readouts from ηλ", () -> quadraticGd(e)));
            out.add(DynamicTest.dynamicTest(e + ": definiteness eigenvalues", () -> definiteness(e)));
            out.add(DynamicTest.dynamicTest(e + ": the lecture's w₅ is (0.4529, +0.4248)", () -> lectureW5(e)));
            out.add(DynamicTest.dynamicTest(e + ": a run that overflows draws its loss", () -> overflowingRun(e)));
            out.add(DynamicTest.dynamicTest(e + ": 20 000 unknown parameters, one short note", () -> unknownFlood(e)));
            out.add(DynamicTest.dynamicTest(e + ": presets, drag and keys rewrite the address", () -> keyboard(e)));
            out.add(DynamicTest.dynamicTest(e + ": a log slider's value is the URL's, exactly", () -> exactLogSlider(e)));
            out.add(DynamicTest.dynamicTest(e + ": Play reveals the iterations", () -> play(e)));
            out.add(DynamicTest.dynamicTest(e + ": hover and tap read out the points of a curve", () -> readOut(e)));
            out.add(DynamicTest.dynamicTest(e + ": no horizontal overflow at 320 and 390 px", () -> noOverflow(e)));
        }
        out.add(DynamicTest.dynamicTest("dark mode and reduced motion", LabChecksChromiumTest::darkAndReducedMotion));
        return out.stream();
    }

    private static void load(WebDriver d, String engine, String hash) {
        open(d, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(d, hash);
    }

    static void quadraticGd(String engine) throws Exception {
        List<Preset> presets = QuadraticGdLab.presets();
        for (int i = 0; i < presets.size(); i++) {
            ParamSet values = presets.get(i).applyTo(QuadraticGdLab.params());
            load(desktop, engine, "#/lab/quadratic-gd?" + values.toQuery());
            String where = "preset " + presets.get(i).label() + " on " + engine;
            double eta = values.number("eta");
            for (int dir = 1; dir <= 2; dir++) {
                double lambda = values.number("l" + dir);
                double x = eta * lambda; // independent of the model: the factor and its case straight from ηλ
                assertEquals(NumberText.format(Math.abs(1 - x), 4) + " — " + caseOf(lambda, x), readout(desktop, "dir" + dir),
                        "direction " + dir + ", " + where);
            }
            double max = Math.max(values.number("l1"), values.number("l2"));
            assertTrue(readout(desktop, "maxStep").startsWith(NumberText.format(2 / max, 4)), where);
            assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + where);
            if (i == 3 || i == 5 || i == 8) {
                elementShot(desktop, "[data-view=lab] [data-plot=loss]", "lab-quadratic-gd-" + i + "-loss-" + engine + ".png");
            }
        }
    }

    static void definiteness(String engine) throws Exception {
        List<Preset> presets = DefinitenessLab.presets();
        for (int i = 0; i < presets.size(); i++) {
            ParamSet v = presets.get(i).applyTo(DefinitenessLab.params());
            load(desktop, engine, "#/lab/definiteness?" + v.toQuery());
            String where = "preset " + presets.get(i).label() + " on " + engine;
            double a = v.number("a11") + v.number("shift");
            double b = v.number("a12");
            double c = v.number("a22") + v.number("shift");
            double disc = Math.sqrt((a - c) * (a - c) / 4 + b * b); // the characteristic polynomial's roots
            double lo = clean((a + c) / 2 - disc);
            double hi = clean((a + c) / 2 + disc);
            assertEquals(NumberText.format(lo, 4) + ", " + NumberText.format(hi, 4), readout(desktop, "eigenvalues"), where);
            String kind = lo > 0 ? "positive definite (PD)" : lo == 0 && hi > 0 ? "positive semidefinite (PSD), singular"
                    : hi < 0 ? "negative definite" : "indefinite (a saddle)";
            assertEquals(kind, readout(desktop, "kind"), where);
            assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + where);
            if (i == 3) {
                shot(desktop, "lab-definiteness-saddle-" + engine + ".png");
            }
        }
    }

    static void lectureW5(String engine) {
        ParamSet v = QuadraticGdLab.presets().get(3).applyTo(QuadraticGdLab.params());
        load(desktop, engine, "#/lab/quadratic-gd?" + v.toQuery());
        assertEquals("(0.4529, 0.4248), f = " + NumberText.format(QuadraticGdModel.of(v).trajectory().value(5), 4),
                readout(desktop, "current"), "the lecture's w₅ on " + engine);
    }

    static void overflowingRun(String engine) throws Exception {
        load(desktop, engine, "#/lab/quadratic-gd?l1=10&l2=10&eta=3&steps=200&b1=1&b2=1&x0=9&y0=9");
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "no uncaught 'a log scale needs lo > 0' on " + engine);
        String note = (String) js(desktop, "return document.querySelector('[data-plot=loss] [data-plot-note]').textContent;");
        assertTrue(note.contains("off the top of this plot"), "the clipping is said: " + note);
        Object painted = js(desktop, "var c = document.querySelector('[data-plot=loss] canvas');"
                + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; var n = 0;"
                + " for (var i = 0; i < d.length; i += 4) { if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++; }"
                + " return n;");
        assertTrue(((Number) painted).longValue() > 1000, "the loss plot is drawn, " + engine);
        elementShot(desktop, "[data-view=lab] [data-plot=loss]", "lab-quadratic-gd-overflow-loss-" + engine + ".png");
    }

    static void unknownFlood(String engine) {
        StringBuilder sb = new StringBuilder("#/lab/poly-fit?degree=2");
        for (int i = 0; i < 20_000; i++) {
            sb.append("&u").append(i).append("=1");
        }
        load(desktop, engine, sb.toString());
        long nodes = ((Number) js(desktop, "return document.querySelectorAll('[data-lab-notes] *').length;")).longValue();
        assertTrue(nodes < 10, nodes + " elements in the notes");
        String text = desktop.findElement(By.cssSelector("[data-lab-notes]")).getText();
        assertTrue(text.contains("20000 unknown parameters ignored: 'u0', 'u1', 'u2', 'u3', 'u4' and 19995 more"), text);
        assertTrue(!hash(desktop).contains("u19999"), "the address is rewritten without them");
        assertEquals(List.of(), Chromium.consoleErrors(desktop));
    }

    static void keyboard(String engine) throws Exception {
        load(desktop, engine, "#/lab/quadratic-gd");
        desktop.findElement(By.cssSelector("[data-view=lab] [data-preset='4']")).click();
        new WebDriverWait(desktop, Duration.ofSeconds(10)).until(x -> hash(x).contains("l2=0&"));
        assertEquals("frozen (λ = 0)", readout(desktop, "dir2").replaceAll("^.* — ", ""));
        assertEquals("true", desktop.findElement(By.cssSelector("[data-preset='4']")).getAttribute("aria-pressed"));
        WebElement canvas = desktop.findElement(By.cssSelector("[data-plot=contours] canvas"));
        long before = frames(desktop);
        new Actions(desktop).moveToElement(canvas).click().perform();
        awaitFrame(desktop, before);
        assertEquals("false", desktop.findElement(By.cssSelector("[data-preset='4']")).getAttribute("aria-pressed"),
                "a drag departs from the preset, which is no longer marked");
        String x0 = Preset.parseQuery(hash(desktop).substring(hash(desktop).indexOf('?') + 1)).get("x0");
        before = frames(desktop);
        canvas.sendKeys(Keys.ARROW_RIGHT);
        awaitFrame(desktop, before);
        String x1 = Preset.parseQuery(hash(desktop).substring(hash(desktop).indexOf('?') + 1)).get("x0");
        assertEquals(Math.min(QuadraticGdModel.VIEW, Double.parseDouble(x0) + 0.05), Double.parseDouble(x1), 0.0011,
                "ArrowRight nudges x0 by 2% of the view on " + engine);
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors on " + engine);
    }

    static void exactLogSlider(String engine) {
        load(desktop, engine, "#/lab/ridge-path");
        js(desktop, "var s = document.querySelector('[data-param=lambda] input[type=range]'); s.value = '0.37';"
                + " s.dispatchEvent(new Event('input', {bubbles: true}));");
        new WebDriverWait(desktop, Duration.ofSeconds(10)).until(x -> hash(x).contains("lambda=2.34&"));
        String shown = readout(desktop, "testMse");
        String url = hash(desktop);
        open(desktop, Site.url() + "index.html?engine=" + engine + url);
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> frames(x) > 0);
        assertEquals(shown, readout(desktop, "testMse"), "the reloaded address shows the same test error, " + engine);
        assertEquals("2.34", desktop.findElement(By.cssSelector("[data-param=lambda] input[type=number]"))
                .getDomProperty("value"));
    }

    static void play(String engine) {
        load(desktop, engine, "#/lab/optimizer-race?steps=300");
        desktop.findElement(By.cssSelector("[data-view=lab] [data-player=reset]")).click();
        new WebDriverWait(desktop, Duration.ofSeconds(5)).until(x -> x.findElement(By.cssSelector("[data-player-status]"))
                .getText().startsWith("showing 0 of 300"));
        desktop.findElement(By.cssSelector("[data-view=lab] [data-player=play]")).click();
        new WebDriverWait(desktop, Duration.ofSeconds(5)).until(x -> {
            String t = x.findElement(By.cssSelector("[data-player-status]")).getText();
            return !t.startsWith("showing 0 ") && !t.startsWith("showing 300 ");
        });
        new WebDriverWait(desktop, Duration.ofSeconds(15)).until(x -> x.findElement(By.cssSelector("[data-player-status]"))
                .getText().equals("showing 300 of 300 steps"));
        assertEquals(List.of(), Chromium.consoleErrors(desktop));
    }

    /**
     * Pointing at a curve reads out its point: the mouse swept over quadratic-gd's loss plot (desktop)
     * and a tap (touch through CDP, phone) show "series: at k, value" with the JVM's value of that
     * series at that iteration, k a whole number.
     */
    static void readOut(String engine) throws Exception {
        ParamSet v = QuadraticGdLab.presets().get(3).applyTo(QuadraticGdLab.params());
        LabOutput out = new QuadraticGdLab().compute(v);
        for (WebDriver d : new WebDriver[] {desktop, phone}) {
            load(d, engine, "#/lab/quadratic-gd?" + v.toQuery());
            js(d, "document.querySelector('[data-view=lab] [data-plot=loss] canvas').scrollIntoView({block: 'center'});");
            @SuppressWarnings("unchecked")
            List<Number> r = (List<Number>) js(d, "var b = document.querySelector('[data-view=lab] [data-plot=loss] canvas')"
                    + ".getBoundingClientRect(); return [b.left, b.top, b.width, b.height];");
            int matched = 0;
            for (double fx = 0.12; fx < 0.9 && matched < 3; fx += 0.03) {
                for (double fy = 0.1; fy < 0.9 && matched < 3; fy += 0.05) {
                    int x = (int) (r.get(0).doubleValue() + fx * r.get(2).doubleValue());
                    int y = (int) (r.get(1).doubleValue() + fy * r.get(3).doubleValue());
                    if (d == desktop) {
                        new Actions(d).moveToLocation(x, y).perform();
                    } else {
                        ChromeDriver cd = (ChromeDriver) d;
                        cd.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                                "touchPoints", List.of(Map.of("x", x, "y", y))));
                        cd.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
                    }
                    String tip = (String) js(d, "var t = document.querySelector('[data-view=lab] [data-plot=loss] .plot-tip');"
                            + " return t.hidden ? null : t.textContent;");
                    if (tip == null) {
                        continue;
                    }
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+): at (\\d+), (.+)$").matcher(tip);
                    assertTrue(m.matches(), "read-out '" + tip + "' on " + engine);
                    Series s = out.series(m.group(1));
                    assertTrue(s != null, "a series of the output: '" + tip + "'");
                    int k = Integer.parseInt(m.group(2));
                    int at = -1;
                    for (int i = 0; i < s.size(); i++) {
                        at = s.x(i) == k ? i : at;
                    }
                    assertTrue(at >= 0, "iteration " + k + " of " + s.name());
                    assertEquals(NumberText.format(s.y(at), 4), m.group(3), "the value read out, " + tip + ", " + engine);
                    matched++;
                }
            }
            assertTrue(matched >= 1, (d == desktop ? "hovering" : "tapping") + " the loss plot read out no point, " + engine);
            if (d == desktop) {
                elementShot(d, "[data-view=lab] [data-plot=loss]", "lab-quadratic-gd-hover-" + engine + ".png");
            }
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + engine);
        }
    }

    static void noOverflow(String engine) throws Exception {
        List<String> routes = List.of("#/", "#/progress", "#/selftest", "#/about", "#/lab/optimizer-race",
                "#/lab/quadratic-gd", "#/cards/conditioning", "#/quiz/gd-dynamics");
        for (int width : new int[] {320, 390}) {
            phone.manage().window().setSize(new Dimension(width, 844));
            try {
                for (String r : routes) {
                    open(phone, Site.url() + "index.html?engine=" + engine + r);
                    if (r.startsWith("#/lab/")) {
                        new WebDriverWait(phone, Duration.ofSeconds(30)).until(x -> frames(x) > 0);
                    } else if (r.equals("#/selftest")) {
                        // the lab-preset lines arrive last and are the widest: wait for the whole report
                        new WebDriverWait(phone, Duration.ofSeconds(90)).until(x -> !x.findElements(
                                By.cssSelector("[data-selftest-summary]")).isEmpty());
                    }
                    assertEquals(0L, overflow(phone), "horizontal overflow of " + r + " at " + width + " px, " + engine);
                }
                open(phone, Site.url() + "embed.html?engine=" + engine + "#/lab/optimizer-race");
                new WebDriverWait(phone, Duration.ofSeconds(30)).until(x -> frames(x) > 0);
                assertEquals(0L, overflow(phone), "horizontal overflow of the embedded lab at " + width + " px, " + engine);
                if (width == 320) {
                    shot(phone, "embed-optimizer-race-320-" + engine + ".png");
                }
            } finally {
                phone.manage().window().setSize(new Dimension(390, 844));
            }
        }
    }

    static void darkAndReducedMotion() throws Exception {
        ChromeDriver cd = (ChromeDriver) desktop;
        cd.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", "dark"),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            open(desktop, Site.url() + "index.html#/lab/quadratic-gd?l1=1&l2=0.1&steps=5");
            awaitFrame(desktop, 0);
            WebElement play = desktop.findElement(By.cssSelector("[data-player=play]"));
            assertEquals("Play (step)", play.getText(), "reduced motion: play steps");
            desktop.findElement(By.cssSelector("[data-player=reset]")).click();
            play.click();
            new WebDriverWait(desktop, Duration.ofSeconds(5)).until(x -> x.findElement(By.cssSelector(
                    "[data-player-status]")).getText().equals("showing 1 of 5 steps"));
            assertEquals(List.of(), Chromium.consoleErrors(desktop));
            shot(desktop, "lab-quadratic-gd-dark.png");
        } finally {
            cd.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private static double clean(double v) {
        return Math.abs(v) < 1e-12 ? 0 : v;
    }

    private static String caseOf(double lambda, double x) {
        if (lambda < 0) {
            return "drifting (unbounded below)";
        }
        if (lambda == 0) {
            return "frozen (λ = 0)";
        }
        if (x == 1) {
            return "one step (ηλ = 1)";
        }
        if (x < 1) {
            return "monotone";
        }
        if (x == 2) {
            return "bouncing (ηλ = 2)";
        }
        return x < 2 ? "oscillating" : "diverging";
    }
}
