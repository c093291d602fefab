package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.DefinitenessModel;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.lab.QuadraticGdModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The labs in real headless Chromium, on both engines and on a desktop and a phone viewport:
 * every preset loads without console errors, its readouts show the numbers worked out here
 * independently, and a screenshot of each is saved under target/screenshots for people to look at.
 */
class LabChromiumTest {
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void startBrowsers() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
    }

    @AfterAll
    static void stopBrowsers() {
        Chromium.quit(desktop, phone);
    }

    static void open(WebDriver d, String url) {
        d.get("about:blank");
        Chromium.consoleErrors(d);
        d.get(url);
        String ready = Chromium.awaitBoot(d);
        assertEquals("true", ready, () -> "boot of " + url + " (" + Chromium.bootFailure(d) + ")");
    }

    /** Navigates by hash (no reload) and waits until the lab has drawn at least once. */
    static void go(WebDriver d, String hash) {
        ((JavascriptExecutor) d).executeScript("location.hash = arguments[0];", hash);
        awaitFrame(d, 0);
    }

    static long frames(WebDriver d) {
        Object v = ((JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('[data-view=lab]'); return e ? e.getAttribute('data-lab-frames') : null;");
        return v == null ? 0 : Long.parseLong(v.toString());
    }

    static void awaitFrame(WebDriver d, long after) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> frames(x) > after);
    }

    static String readout(WebDriver d, String key) {
        return d.findElement(By.cssSelector("[data-readout=" + key + "]")).getText();
    }

    static String hash(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript("return location.hash;");
    }

    static void shot(WebDriver d, String name) throws Exception {
        Path p = Site.screenshots().resolve(name);
        Files.write(p, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(p) > 1000, "screenshot " + p);
    }

    static void elementShot(WebDriver d, String css, String name) throws Exception {
        WebElement e = d.findElement(By.cssSelector(css));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        Path p = Site.screenshots().resolve(name);
        Files.write(p, e.getScreenshotAs(OutputType.BYTES));
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0);");
    }

    /** Elements matching {@code css} inside the lab view. */
    static long count(WebDriver d, String css) {
        return ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-view=lab] ' + arguments[0]).length;", css)).longValue();
    }

    /** The lab's words came from content.js with their maths as MathML. */
    static void assertMathsInWords(WebDriver d, String where) {
        assertTrue(count(d, ".lab-explanation p math") > 0, "MathML in the explanation, " + where);
        assertTrue(count(d, "[data-lab-rule-maths] math") > 0, "MathML in the rule, " + where);
        assertEquals(0L, count(d, "[data-lab-text-missing]"), "no 'words missing' note, " + where);
    }

    @Test
    void quadraticGdPresetsOnBothEnginesAndViewports() throws Exception {
        List<Preset> presets = QuadraticGdModel.presets();
        for (String engine : List.of("wasm", "js")) {
            for (WebDriver d : List.of(desktop, phone)) {
                String size = d == desktop ? "desktop" : "phone";
                open(d, Site.url() + "index.html?engine=" + engine + "#/lab/quadratic-gd");
                assertEquals(engine, Chromium.attribute(d, "data-kappa-engine"));
                awaitFrame(d, 0);
                for (int i = 0; i < presets.size(); i++) {
                    ParamSet values = presets.get(i).applyTo(QuadraticGdModel.params());
                    go(d, "#/lab/quadratic-gd?" + values.toQuery());
                    String where = "preset " + presets.get(i).label() + " on " + engine + "/" + size;
                    double eta = values.number("eta");
                    for (int dir = 1; dir <= 2; dir++) {
                        double lambda = values.number("l" + dir);
                        // Independent of the model: the factor and its case straight from ηλ.
                        double x = eta * lambda;
                        String expected = NumberText.format(Math.abs(1 - x), 4) + " — " + caseOf(lambda, x);
                        assertEquals(expected, readout(d, "dir" + dir), "direction " + dir + ", " + where);
                    }
                    double max = Math.max(values.number("l1"), values.number("l2"));
                    assertTrue(readout(d, "maxStep").startsWith(NumberText.format(2 / max, 4)),
                            "2/λmax, " + where + ": " + readout(d, "maxStep"));
                    assertEquals("true", d.findElement(By.cssSelector("[data-lab-notes]")).getAttribute("hidden"),
                            "no notes for a preset, " + where);
                    assertMathsInWords(d, where);
                    assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
                    shot(d, "lab-quadratic-gd-" + i + "-" + engine + "-" + size + ".png");
                    elementShot(d, ".lab-figures .plot:nth-child(2)", "lab-quadratic-gd-" + i + "-" + engine + "-" + size
                            + "-loss.png");
                }
            }
        }
    }

    @Test
    void definitenessPresetsOnBothEnginesAndViewports() throws Exception {
        List<Preset> presets = DefinitenessModel.presets();
        for (String engine : List.of("wasm", "js")) {
            for (WebDriver d : List.of(desktop, phone)) {
                String size = d == desktop ? "desktop" : "phone";
                open(d, Site.url() + "index.html?engine=" + engine + "#/lab/definiteness");
                awaitFrame(d, 0);
                for (int i = 0; i < presets.size(); i++) {
                    ParamSet v = presets.get(i).applyTo(DefinitenessModel.params());
                    go(d, "#/lab/definiteness?" + v.toQuery());
                    String where = "preset " + presets.get(i).label() + " on " + engine + "/" + size;
                    // Independent: eigenvalues of [[a, b], [b, c]] from the characteristic polynomial.
                    double a = v.number("a11") + v.number("shift");
                    double b = v.number("a12");
                    double c = v.number("a22") + v.number("shift");
                    double disc = Math.sqrt((a - c) * (a - c) / 4 + b * b);
                    double lo = clean((a + c) / 2 - disc);
                    double hi = clean((a + c) / 2 + disc);
                    assertEquals(NumberText.format(lo, 4) + ", " + NumberText.format(hi, 4), readout(d, "eigenvalues"),
                            where);
                    String kind = lo > 0 ? "positive definite (PD)" : lo == 0 && hi > 0
                            ? "positive semidefinite (PSD), singular" : hi < 0 ? "negative definite"
                            : "indefinite (a saddle)";
                    assertEquals(kind, readout(d, "kind"), where);
                    assertMathsInWords(d, where);
                    assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
                    shot(d, "lab-definiteness-" + i + "-" + engine + "-" + size + ".png");
                }
            }
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

    @Test
    void presetButtonsAndKeyboardRewriteTheAddress() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            open(desktop, Site.url() + "index.html?engine=" + engine + "#/lab/quadratic-gd");
            awaitFrame(desktop, 0);
            long before = frames(desktop);
            desktop.findElement(By.cssSelector("[data-preset='4']")).click();
            awaitFrame(desktop, before);
            Map<String, String> q = Preset.parseQuery(hash(desktop).substring(hash(desktop).indexOf('?') + 1));
            assertEquals("0", q.get("l2"), "λ₂ in the address after the Λ = (1, 0) preset on " + engine);
            assertEquals("frozen (λ = 0)", readout(desktop, "dir2").replaceAll("^.* — ", ""));
            WebElement canvas = desktop.findElement(By.cssSelector("canvas[tabindex='0']"));
            before = frames(desktop);
            new Actions(desktop).moveToElement(canvas).click().perform();
            awaitFrame(desktop, before);
            before = frames(desktop);
            String x0 = Preset.parseQuery(hash(desktop).substring(hash(desktop).indexOf('?') + 1)).get("x0");
            canvas.sendKeys(Keys.ARROW_RIGHT);
            awaitFrame(desktop, before);
            String x1 = Preset.parseQuery(hash(desktop).substring(hash(desktop).indexOf('?') + 1)).get("x0");
            assertEquals(Math.min(QuadraticGdModel.VIEW, Double.parseDouble(x0) + 0.05), Double.parseDouble(x1), 1e-9,
                    "ArrowRight nudges x0 by 2% of the view on " + engine);
            desktop.findElement(By.cssSelector("[data-embed-toggle]")).click();
            String code = desktop.findElement(By.cssSelector("[data-embed-code]")).getAttribute("value");
            assertTrue(code.startsWith("<iframe src=\"" + Site.url() + "embed.html#/lab/quadratic-gd?l1=1&amp;l2=0&amp;")
                    && code.contains("loading=\"lazy\"") && code.contains("title=\"Kappa: "), "embed snippet: " + code);
            assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors on " + engine);
            shot(desktop, "lab-quadratic-gd-interaction-" + engine + ".png");
        }
    }

    @Test
    void darkModeAndReducedMotionTurnPlayIntoStepping() throws Exception {
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
            long before = frames(desktop);
            play.click();
            awaitFrame(desktop, before);
            assertEquals("showing 1 of 5 steps", desktop.findElement(By.cssSelector("[data-player-status]")).getText());
            assertEquals(List.of(), Chromium.consoleErrors(desktop));
            shot(desktop, "lab-quadratic-gd-dark.png");
        } finally {
            cd.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void embedPageShowsTheLabCompactly() throws Exception {
        open(phone, Site.url() + "embed.html#/lab/quadratic-gd?l1=1&l2=0.5");
        awaitFrame(phone, 0);
        Object overflow = ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow of the embed on a phone, px");
        assertEquals(List.of(), Chromium.consoleErrors(phone));
        shot(phone, "lab-quadratic-gd-embed-phone.png");
    }

    /** Navigates by hash to another state and waits for the view that replaces the current one to draw. */
    static void goFresh(WebDriver d, String hash) {
        if (hash.equals(hash(d)) && frames(d) > 0) {
            return; // a preset equal to the current state: no hashchange, the page already shows it
        }
        ((JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('[data-view=lab]'); if (e) { e.setAttribute('data-old', '1'); }"
                        + "location.hash = arguments[0];", hash);
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> {
            Object v = ((JavascriptExecutor) x).executeScript(
                    "var e = document.querySelector('[data-view=lab]:not([data-old])');"
                            + "return e ? e.getAttribute('data-lab-frames') : null;");
            return v != null && Long.parseLong(v.toString()) > 0;
        });
    }

    /** readout name → shown text, in page order. */
    @SuppressWarnings("unchecked")
    static Map<String, String> readouts(WebDriver d) {
        List<List<String>> pairs = (List<List<String>>) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('[data-view=lab] [data-readout]'))"
                        + ".map(function (e) { return [e.getAttribute('data-readout'), e.textContent]; });");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (List<String> p : pairs) {
            out.put(p.get(0), p.get(1));
        }
        return out;
    }

    /**
     * All seven model labs, default and every preset, on both engines: no console errors, the
     * readouts are the JVM's, every one identical as text (the same model code computes the same
     * bits on every engine; the self-test's lab fingerprints check the whole outputs), one plot per
     * plot spec, and a screenshot of each lab's default on a desktop (wasm) and a phone (js).
     */
    @Test
    void modelLabsMatchTheJvmOnBothEngines() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            open(desktop, Site.url() + "index.html?engine=" + engine + "#/lab/quadratic-gd");
            assertEquals(engine, Chromium.attribute(desktop, "data-kappa-engine"));
            if (engine.equals("js")) {
                open(phone, Site.url() + "index.html?engine=js#/lab/quadratic-gd");
            }
            for (dev.kappa.lab.LabModel model : dev.kappa.lab.Labs.models()) {
                List<Preset> presets = model.allPresets();
                for (int i = -1; i < presets.size(); i++) {
                    ParamSet values = i < 0 ? model.spec() : presets.get(i).applyTo(model.spec());
                    String where = model.id() + (i < 0 ? " defaults" : " preset " + presets.get(i).label()) + " on "
                            + engine;
                    goFresh(desktop, "#/lab/" + model.id() + "?" + values.toQuery());
                    dev.kappa.lab.LabOutput out = dev.kappa.lab.Labs.byId(model.id()).compute(values);
                    Map<String, String> shown = readouts(desktop);
                    assertEquals(List.copyOf(out.readouts().keySet()), List.copyOf(shown.keySet()), "readouts, " + where);
                    int same = 0;
                    StringBuilder diff = new StringBuilder();
                    for (Map.Entry<String, Double> e : out.readouts().entrySet()) {
                        String want = Double.isNaN(e.getValue()) ? "—" : NumberText.format(e.getValue(), 4);
                        if (want.equals(shown.get(e.getKey()))) {
                            same++;
                        } else {
                            diff.append(e.getKey()).append(": JVM ").append(want).append(", browser ")
                                    .append(shown.get(e.getKey())).append("; ");
                        }
                    }
                    assertEquals(out.readouts().size(), same, "readouts as on the JVM, " + where + "; differ: " + diff);
                    Object visiblePlots = ((JavascriptExecutor) desktop).executeScript(
                            "return document.querySelectorAll('[data-view=lab] [data-plot]:not([hidden])').length;");
                    assertEquals((long) out.plots().size(), ((Number) visiblePlots).longValue(), "plots, " + where);
                    assertMathsInWords(desktop, where);
                    assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + where);
                    if (i < 0 && engine.equals("wasm")) {
                        shot(desktop, "lab-" + model.id() + "-desktop-wasm.png");
                    }
                    if (i < 0 && engine.equals("js")) {
                        goFresh(phone, "#/lab/" + model.id() + "?" + values.toQuery());
                        assertEquals(List.of(), Chromium.consoleErrors(phone), "console errors on the phone, " + where);
                        shot(phone, "lab-" + model.id() + "-phone-js.png");
                    }
                }
            }
        }
    }

    /**
     * The words with their MathML as people see them: a readable size, no horizontal overflow of
     * the page on a phone (wide formulas scroll in their own box), light and dark. Saves element
     * screenshots of the rule and the words of two labs for people to look at.
     */
    @Test
    void labMathsIsReadableOnPhoneDesktopAndDark() throws Exception {
        ChromeDriver cd = (ChromeDriver) desktop;
        for (String id : dev.kappa.web.lab.LabRegistry.ids()) {
            for (WebDriver d : List.of(desktop, phone)) {
                String size = d == desktop ? "desktop" : "phone";
                open(d, Site.url() + "index.html?engine=js#/lab/" + id);
                awaitFrame(d, 0);
                String where = id + " on " + size;
                assertMathsInWords(d, where);
                Object overflow = ((JavascriptExecutor) d).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow of the page, px, " + where);
                Object smallest = ((JavascriptExecutor) d).executeScript(
                        "return Math.min.apply(null, Array.from(document.querySelectorAll("
                                + "'[data-view=lab] .lab-texts math, [data-view=lab] [data-lab-rule-maths] math'))"
                                + ".map(function (m) { return parseFloat(getComputedStyle(m).fontSize); }));");
                assertTrue(((Number) smallest).doubleValue() >= 15, "maths font size " + smallest + "px, " + where);
                assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
                if (id.equals("conditioning") || id.equals("quadratic-gd")) {
                    elementShot(d, ".lab-rule-box", "lab-words-" + id + "-rule-" + size + ".png");
                    elementShot(d, ".lab-texts", "lab-words-" + id + "-" + size + ".png");
                }
            }
        }
        cd.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String id : List.of("conditioning", "quadratic-gd")) {
                open(desktop, Site.url() + "index.html#/lab/" + id);
                awaitFrame(desktop, 0);
                assertMathsInWords(desktop, id + " in dark mode");
                assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, dark, " + id);
                elementShot(desktop, ".lab-rule-box", "lab-words-" + id + "-rule-dark.png");
                elementShot(desktop, ".lab-texts", "lab-words-" + id + "-dark.png");
            }
        } finally {
            cd.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
