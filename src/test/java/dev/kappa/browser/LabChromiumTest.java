package dev.kappa.browser;

import static dev.kappa.browser.LabPages.assertMathsInWords;
import static dev.kappa.browser.LabPages.awaitFrame;
import static dev.kappa.browser.LabPages.count;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.overflow;
import static dev.kappa.browser.LabPages.readouts;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabDeclaration;
import dev.kappa.lab.LabModel;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Param;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.lab.Query;
import dev.kappa.linalg.Rng;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every lab of the catalogue in real headless Chromium, on both engines, one dynamic test per
 * engine, lab and check (a failure in one does not hide the others):
 * <ul>
 * <li>on a 1280×900 desktop, the defaults and every preset show exactly the JVM's readouts (the same
 * model code on every engine), one plot per plot of the output, the active preset marked, the words
 * with their MathML, and no console error;</li>
 * <li>on a 390×844 phone and at 320 px, no horizontal overflow; the controls drawer opens;</li>
 * <li>clicking every preset in random order, fast, produces no console error, and the page it
 * settles on shows what a fresh page at its address shows (no view cache returns a stale picture);</li>
 * <li>URL → page → URL → reloaded page is the identity: random states of every parameter load with
 * the JVM's readouts, the page writes back an address that reads as the same state, and reloading
 * that address shows the same readouts.</li>
 * </ul>
 * Screenshots of each lab (desktop and phone, drawer open) go to target/screenshots; the README's
 * lab picture, {@code docs/images/lab-quadratic-gd.png}, is the WasmGC desktop one of quadratic-gd.
 */
class LabChromiumTest {
    /** The lab whose 1280×900 page (WasmGC, defaults) README.md shows, and where the picture goes. */
    static final String README_LAB = "quadratic-gd";
    static final java.nio.file.Path README_SHOT = java.nio.file.Path.of("docs", "images", "lab-quadratic-gd.png");
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

    @TestFactory
    Stream<DynamicNode> everyLabOnBothEngines() {
        List<DynamicNode> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            List<DynamicNode> labs = new ArrayList<>();
            for (LabDeclaration d : BrowserScope.labs()) {
                String id = d.id();
                labs.add(DynamicContainer.dynamicContainer(id, Stream.of(
                        DynamicTest.dynamicTest("desktop: defaults and presets as on the JVM",
                                () -> presetsMatchTheJvm(engine, id)),
                        DynamicTest.dynamicTest("phone: no overflow, drawer", () -> phoneLayout(engine, id)),
                        DynamicTest.dynamicTest("presets clicked in random order, fast: no console error,"
                                + " then what a fresh page at that address shows", () -> randomPresetClicks(engine, id)),
                        DynamicTest.dynamicTest("random states: URL → page → URL → reload is the identity",
                                () -> urlRoundTrip(engine, id)))));
            }
            out.add(DynamicContainer.dynamicContainer(engine, labs.stream()));
        }
        return out.stream();
    }

    private static void load(WebDriver d, String engine, String hash) {
        String want = "index.html?engine=" + engine;
        String url = d.getCurrentUrl();
        if (url == null || !url.contains(want) || !engine.equals(Chromium.attribute(d, "data-kappa-engine"))) {
            open(d, Site.url() + want + "#/about");
            assertEquals(engine, Chromium.attribute(d, "data-kappa-engine"));
        }
        Chromium.consoleErrors(d);
        goFresh(d, hash);
    }

    static void presetsMatchTheJvm(String engine, String id) throws Exception {
        LabModel model = LabCatalog.create(id);
        List<Preset> presets = model.allPresets();
        for (int i = -1; i < presets.size(); i++) {
            ParamSet values = i < 0 ? model.spec() : presets.get(i).applyTo(model.spec());
            String where = id + (i < 0 ? " defaults" : " preset '" + presets.get(i).label() + "'") + " on " + engine;
            load(desktop, engine, "#/lab/" + id + "?" + values.toQuery());
            LabOutput out = LabCatalog.create(id).compute(values);
            Map<String, String> shown = readouts(desktop);
            List<String> keys = new ArrayList<>();
            StringBuilder diff = new StringBuilder();
            for (LabOutput.Readout r : out.readouts()) {
                keys.add(r.key());
                if (!r.text().equals(shown.get(r.key()))) {
                    diff.append(r.key()).append(": JVM ").append(r.text()).append(", browser ").append(shown.get(r.key()))
                            .append("; ");
                }
            }
            assertEquals(keys, List.copyOf(shown.keySet()), "readouts, " + where);
            assertEquals("", diff.toString(), "readouts as on the JVM, " + where);
            assertEquals((long) out.plots().size(), count(desktop, "[data-plot]:not([hidden])"), "plots, " + where);
            long pressed = count(desktop, "button.preset[aria-pressed=true]");
            if (i >= 0) {
                assertEquals("true", desktop.findElement(By.cssSelector("[data-preset='" + i + "']"))
                        .getAttribute("aria-pressed"), "the active preset is marked, " + where);
            }
            assertTrue(pressed <= 1 || i < 0, "one preset marked at most (unless presets coincide), " + where);
            assertMathsInWords(desktop, where);
            assertEquals(0L, overflow(desktop), "horizontal overflow, " + where);
            assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + where);
            if (i < 0) {
                shot(desktop, "lab-" + id + "-desktop-" + engine + ".png");
                if (id.equals(README_LAB) && engine.equals("wasm")) {
                    // the README's picture of a lab, taken here so it always shows the current page
                    java.nio.file.Files.createDirectories(README_SHOT.getParent());
                    java.nio.file.Files.copy(Site.screenshots().resolve("lab-" + id + "-desktop-" + engine + ".png"),
                            README_SHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void phoneLayout(String engine, String id) throws Exception {
        String where = id + " on a phone, " + engine;
        load(phone, engine, "#/lab/" + id + "?" + LabCatalog.create(id).spec().toQuery());
        assertEquals(0L, overflow(phone), "horizontal overflow at 390 px, " + where);
        shot(phone, "lab-" + id + "-phone-" + engine + ".png");
        WebElement toggle = phone.findElement(By.cssSelector("[data-drawer-toggle]"));
        assertTrue(toggle.isDisplayed(), "the drawer's bar, " + where);
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"), where);
        WebElement first = phone.findElement(By.cssSelector("[data-view=lab] .lab-controls .control"));
        assertTrue(first.isDisplayed(), "a control in the open drawer, " + where);
        // The picture is in view above the open drawer: a control and the plot it moves, together.
        Object gap = js(phone, "var c = document.querySelector('[data-view=lab] [data-plot] canvas').getBoundingClientRect();"
                + " var d = document.querySelector('[data-lab-drawer]').getBoundingClientRect();"
                + " return c.top >= -1 ? d.top - c.bottom : -9999;");
        assertTrue(((Number) gap).doubleValue() >= -2, "the first plot's canvas is above the open drawer (gap " + gap
                + " px), " + where);
        shot(phone, "lab-" + id + "-phone-drawer-" + engine + ".png");
        toggle.click();
        phone.manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        try {
            new WebDriverWait(phone, Duration.ofSeconds(5)).until(x -> overflow(x) == 0L);
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(0L, overflow(phone), "horizontal overflow at 320 px, " + where);
        } finally {
            phone.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        }
        assertEquals(List.of(), Chromium.consoleErrors(phone), "console errors, " + where);
    }

    static void randomPresetClicks(String engine, String id) {
        LabModel model = LabCatalog.create(id);
        int n = model.allPresets().size();
        load(desktop, engine, "#/lab/" + id + "?" + model.spec().toQuery());
        Rng rng = new Rng(id.hashCode());
        for (int k = 0; k < 2 * n; k++) {
            int i = (int) (rng.uniform() * n);
            js(desktop, "document.querySelector(\"[data-view=lab] [data-preset='\" + arguments[0] + \"']\").click();", i);
        }
        long before = frames(desktop);
        awaitFrame(desktop, before - 1);
        awaitDrawn(desktop);
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors after fast preset clicks, " + id + " on "
                + engine);
        assertEquals(List.of(), pageErrors(desktop), "error notes on the page, " + id + " on " + engine);
        // warm versus fresh: the page that went through all those presets against a new page at its address
        String address = hash(desktop);
        Map<String, String> warm = readouts(desktop);
        open(desktop, Site.url() + "index.html?engine=" + engine + address);
        awaitDrawn(desktop);
        assertEquals(warm, readouts(desktop), "after presets clicked in random order, " + id + " on " + engine
                + " shows what a fresh page at " + address + " shows");
        assertEquals(address, hash(desktop), "a fresh page keeps the address, " + id + " on " + engine);
    }

    /**
     * Property test in the browser: seeded random values for every parameter (as a slider, box,
     * choice or drag could set them) are loaded from an address; the page shows the JVM's readouts
     * for that state, writes an address that reads back as the same state, and a reload of the
     * written address shows the same readouts again.
     */
    static void urlRoundTrip(String engine, String id) {
        LabModel model = LabCatalog.create(id);
        Rng rng = new Rng(31L * id.hashCode() + engine.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            ParamSet state = randomState(model.spec(), rng);
            String query = state.toQuery();
            String where = id + " at " + query + " on " + engine;
            load(desktop, engine, "#/lab/" + id + "?" + query);
            Map<String, String> shown = readouts(desktop);
            LabOutput out = LabCatalog.create(id).compute(state);
            for (LabOutput.Readout r : out.readouts()) {
                assertEquals(r.text(), shown.get(r.key()), "readout " + r.key() + " as on the JVM, " + where);
            }
            String written = hash(desktop);
            ParamSet back = Query.read(model.spec(), written.substring(written.indexOf('?') + 1));
            assertEquals(List.of(), back.notes(), "the written address reads without notes, " + where);
            assertTrue(back.sameValues(state), "the page wrote " + written + " for " + where);
            open(desktop, Site.url() + "index.html?engine=" + engine + written);
            awaitDrawn(desktop);
            assertEquals(shown, readouts(desktop), "a reload of " + written + " shows the same, " + where);
            assertEquals(written, hash(desktop), "and writes the same address, " + where);
            assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + where);
        }
    }

    /** A random state of the kind controls and drags produce, with the heavy sizes capped (the freeze test covers the maxima). */
    private static ParamSet randomState(ParamSet spec, Rng rng) {
        ParamSet s = spec.copy();
        for (Param p : s.params()) {
            switch (p.kind()) {
                case CHOICE:
                    s.setChoice(p.name(), p.choices()[(int) (rng.uniform() * p.choices().length)]);
                    break;
                case FLAG:
                    s.set(p.name(), rng.uniform() < 0.5 ? 0 : 1);
                    break;
                case TEXT:
                    s.setText(p.name(), p.holdsPoints() && rng.uniform() < 0.5 ? "0.5,1;1.25,2.5;2,2;3.5,4.75" : "");
                    break;
                default:
                    double u = rng.uniform();
                    s.set(p.name(), p.logScale() ? Math.pow(10, Math.log10(p.min()) + u * Math.log10(p.max() / p.min()))
                            : p.min() + u * (p.max() - p.min()));
            }
        }
        for (String[] cap : new String[][] {{"seeds", "2"}, {"nmax", "120"}, {"steps", "600"}}) {
            if (s.params().stream().anyMatch(p -> p.name().equals(cap[0]) && p.kind() == Param.Kind.INTEGER)) {
                s.set(cap[0], Math.min(s.integer(cap[0]), Integer.parseInt(cap[1])));
            }
        }
        return s;
    }

    /** Waits for a freshly opened lab page to finish its (sliced) first picture. */
    private static void awaitDrawn(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> frames(x) > 0 && (Boolean) js(x,
                "return !document.querySelector('[data-view=lab] .plot[aria-busy=true]')"
                        + " && document.querySelector('[data-lab-progress]').hidden;"));
    }

    /** Visible error notes of the lab page ("This combination could not be drawn"). */
    @SuppressWarnings("unchecked")
    static List<String> pageErrors(WebDriver d) {
        return (List<String>) js(d, "return Array.from(document.querySelectorAll('[data-view=lab] .lab-error'))"
                + ".filter(function (e) { return !e.hidden; }).map(function (e) { return e.textContent; });");
    }
}
