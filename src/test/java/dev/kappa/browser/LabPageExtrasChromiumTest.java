package dev.kappa.browser;

import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabModel;
import dev.kappa.lab.Preset;
import dev.kappa.learn.LabText;
import dev.kappa.learn.LabTextParser;
import dev.kappa.learn.Question;
import dev.kappa.learn.TeacherNotes;
import dev.kappa.learn.TeacherNotesParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lab page's additions, in real headless Chromium on both engines, at 1280×900 and 390×844:
 * <ul>
 * <li>"Predict first": unreadable input ("abc") gets a message and records nothing; a prediction is
 * graded, recorded in the stored progress, the question's Reveal state is applied (the address is the
 * JVM's address of that state) and the explanation shows; after a reload the first prediction is
 * still shown, locked, and the state can be shown again; no box in the compact embed;</li>
 * <li>"For teachers": present and collapsed, with the file's goals, script steps, preset links and
 * misconceptions; a preset link applies that preset in place; absent from embeds;</li>
 * <li>"PNG for slides", pressed from the keyboard in the dark colour scheme: the saved PNG is named
 * {@code <lab>-<plot>.png}, is twice the canvas's CSS size, and its corner pixel is light while the
 * page's own canvas stays dark.</li>
 * </ul>
 */
class LabPageExtrasChromiumTest {
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void startBrowsers() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
        for (WebDriver d : List.of(desktop, phone)) {
            ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        }
    }

    @AfterAll
    static void stopBrowsers() {
        Chromium.quit(desktop, phone);
    }

    @TestFactory
    Stream<DynamicNode> onBothEnginesAndSizes() {
        List<DynamicNode> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            out.add(DynamicContainer.dynamicContainer(engine, Stream.of(
                    DynamicTest.dynamicTest("desktop: a numeric prediction (conditioning)",
                            () -> predict(desktop, "desktop", engine, "conditioning")),
                    DynamicTest.dynamicTest("phone: a choice prediction from the keyboard (quadratic-gd)",
                            () -> predict(phone, "phone", engine, "quadratic-gd")),
                    DynamicTest.dynamicTest("desktop: teacher notes (ridge-path)",
                            () -> teacherNotes(desktop, "desktop", engine, "ridge-path")),
                    DynamicTest.dynamicTest("phone: teacher notes (conditioning)",
                            () -> teacherNotes(phone, "phone", engine, "conditioning")),
                    DynamicTest.dynamicTest("desktop: PNG for slides, dark scheme (optimizer-race)",
                            () -> slidePng(desktop, "desktop", engine, "optimizer-race")),
                    DynamicTest.dynamicTest("phone: PNG for slides, dark scheme (quadratic-gd)",
                            () -> slidePng(phone, "phone", engine, "quadratic-gd")),
                    DynamicTest.dynamicTest("embeds: predictions only in the full one, no teacher notes",
                            () -> embeds(engine)))));
        }
        return out.stream();
    }

    private static LabText labText(String id) throws Exception {
        return LabTextParser.parse("content/labs/" + id + ".md",
                Files.readString(Paths.get("content/labs/" + id + ".md"), StandardCharsets.UTF_8));
    }

    /** The address the JVM writes for a Reveal state (the lab's defaults with its values). */
    private static String revealHash(String id, Question q) {
        LabModel m = LabCatalog.create(id);
        return "#/lab/" + id + "?" + new Preset("state", q.reveal()).applyTo(m.spec()).toQuery();
    }

    private static void load(WebDriver d, String engine, String hash) {
        open(d, Site.url() + "index.html?engine=" + engine + "#/about");
        assertEquals(engine, Chromium.attribute(d, "data-kappa-engine"));
        goFresh(d, hash);
    }

    /** Clicks {@code e} once it is scrolled to the middle of the screen (the phone's drawer bar covers the bottom). */
    private static void press(WebDriver d, WebElement e) {
        js(d, "arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private static String storedProgress(WebDriver d) {
        return (String) js(d, "return localStorage.getItem('kappa.progress');");
    }

    private static void awaitHash(WebDriver d, String want, String where) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> want.equals(hash(x)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(want, hash(d), "the Reveal state in the address, " + where);
        }
    }

    static void predict(WebDriver d, String size, String engine, String id) throws Exception {
        String where = id + " on " + engine + ", " + size;
        Question q = labText(id).predictions().get(0);
        String home = "#/lab/" + id;
        open(d, Site.url() + "index.html?engine=" + engine + "#/about");
        js(d, "localStorage.clear();");
        load(d, engine, home);
        WebElement box = d.findElement(By.cssSelector("[data-lab-predict] [data-prediction='" + q.id() + "']"));
        // The box comes before the picture in the page (and so in keyboard order).
        assertTrue((Boolean) js(d, "var p = document.querySelector('[data-lab-predict]');"
                + " var f = document.querySelector('.lab-figures');"
                + " return !!(p.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);"), "box before the picture, " + where);
        WebElement button = box.findElement(By.cssSelector("[data-action=predict]"));
        if (q.kind() == dev.kappa.learn.QuestionKind.NUMERIC) {
            WebElement input = box.findElement(By.cssSelector("[data-predict-answer]"));
            input.sendKeys("abc", Keys.ENTER);
            WebElement feedback = box.findElement(By.cssSelector(".feedback"));
            assertEquals("malformed", feedback.getAttribute("data-verdict"), "abc is not a number, " + where);
            assertTrue(feedback.getText().startsWith("⚠"), "a message for abc, " + where + ": " + feedback.getText());
            String stored = storedProgress(d);
            assertTrue(stored == null || !stored.contains(id + "/" + q.id()), "abc records nothing, " + where);
            assertEquals(home, hash(d).replaceAll("\\?.*", ""), where);
            input.clear();
            input.sendKeys(String.valueOf((long) q.numericAnswer()), Keys.ENTER);
        } else {
            // From the keyboard: focus the first option, arrow to another (a radio group), Enter on the button.
            WebElement first = box.findElement(By.cssSelector("input[data-option='0']"));
            js(d, "arguments[0].focus();", first);
            button.sendKeys(Keys.ENTER); // nothing chosen yet
            assertEquals("malformed", box.findElement(By.cssSelector(".feedback")).getAttribute("data-verdict"),
                    "no option chosen, " + where);
            js(d, "arguments[0].focus();", first);
            new org.openqa.selenium.interactions.Actions(d).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_DOWN).perform();
            assertTrue(box.findElement(By.cssSelector("input[data-option='1']")).isSelected(), "arrow keys choose, " + where);
            js(d, "arguments[0].focus();", button);
            new org.openqa.selenium.interactions.Actions(d).sendKeys(Keys.ENTER).perform();
        }
        awaitHash(d, revealHash(id, q), where);
        WebElement feedback = box.findElement(By.cssSelector(".feedback"));
        String verdict = feedback.getAttribute("data-verdict");
        assertTrue(verdict.equals("right") || verdict.equals("wrong"), "graded, " + where + ": " + verdict);
        assertNotNull(feedback.findElement(By.cssSelector(".explanation")), "the explanation shows, " + where);
        String stored = storedProgress(d);
        assertTrue(stored != null && stored.contains("\"" + id + "/" + q.id() + "\""), "recorded in progress, " + where
                + ": " + stored);
        LabPages.awaitFrame(d, 0);
        shot(d, "lab-predict-" + id + "-" + size + "-" + engine + ".png");

        // Reload at another state: the first prediction is still there, locked; the button shows the state again.
        open(d, Site.url() + "index.html?engine=" + engine + home);
        LabPages.awaitFrame(d, 0);
        WebElement again = d.findElement(By.cssSelector("[data-prediction='" + q.id() + "']"));
        assertEquals(verdict, again.getAttribute("data-predicted"), "the first prediction after a reload, " + where);
        assertEquals(verdict, again.findElement(By.cssSelector(".feedback")).getAttribute("data-verdict"), where);
        if (q.kind() == dev.kappa.learn.QuestionKind.NUMERIC) {
            WebElement input = again.findElement(By.cssSelector("[data-predict-answer]"));
            assertEquals(String.valueOf((long) q.numericAnswer()), input.getAttribute("value"), "the answer given, " + where);
            assertFalse(input.isEnabled(), "locked, " + where);
        } else {
            assertTrue(again.findElement(By.cssSelector("input[data-option='1']")).isSelected(), "the option chosen, " + where);
        }
        assertFalse(hash(d).equals(revealHash(id, q)), "reloaded at the defaults, " + where);
        press(d, again.findElement(By.cssSelector("[data-action=reveal]")));
        awaitHash(d, revealHash(id, q), where + " (shown again)");
        assertTrue(storedProgress(d).contains("\"" + id + "/" + q.id() + "\""), where);
        assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
        shot(d, "lab-predicted-" + id + "-" + size + "-" + engine + ".png");
    }

    static void teacherNotes(WebDriver d, String size, String engine, String id) throws Exception {
        String where = id + " on " + engine + ", " + size;
        TeacherNotes notes = TeacherNotesParser.parse("content/teacher/" + id + ".md",
                Files.readString(Paths.get("content/teacher/" + id + ".md"), StandardCharsets.UTF_8));
        load(d, engine, "#/lab/" + id);
        WebElement details = d.findElement(By.cssSelector("details[data-lab-teacher]"));
        assertEquals(null, details.getAttribute("open"), "collapsed, " + where);
        assertFalse(details.findElement(By.cssSelector("[data-teacher=goals]")).isDisplayed(), "hidden while collapsed, " + where);
        WebElement summary = details.findElement(By.tagName("summary"));
        assertTrue(summary.getText().startsWith("For teachers"), where);
        js(d, "arguments[0].scrollIntoView({block: 'center'});", summary);
        summary.sendKeys(Keys.ENTER); // a summary opens from the keyboard
        assertEquals("true", details.getAttribute("open"), "opens, " + where);
        assertEquals(notes.goals().size(), details.findElements(By.cssSelector("[data-teacher=goals] li")).size(), where);
        assertEquals(notes.script().size(), details.findElements(By.cssSelector("[data-teacher=script] li")).size(), where);
        assertEquals(notes.misconceptions().size(),
                details.findElements(By.cssSelector("[data-teacher=misconceptions] li")).size(), where);
        List<WebElement> links = details.findElements(By.cssSelector("a[data-teacher-preset]"));
        assertEquals(notes.presets().size(), links.size(), where);
        shot(d, "lab-teacher-" + id + "-" + size + "-" + engine + ".png");
        LabModel model = LabCatalog.create(id);
        TeacherNotes.PresetLink last = notes.presets().get(notes.presets().size() - 1);
        String want = "#/lab/" + id + "?" + new Preset("link", last.route().replaceFirst("^[^?]*\\??", ""))
                .applyTo(model.spec()).toQuery();
        js(d, "document.querySelector('[data-view=lab]').setAttribute('data-mark', '1');");
        press(d, links.get(links.size() - 1));
        awaitHash(d, want, where + " (preset link)");
        assertEquals("1", js(d, "return document.querySelector('[data-view=lab]').getAttribute('data-mark');"),
                "applied in place, not a new page, " + where);
        assertEquals("true", d.findElement(By.cssSelector("details[data-lab-teacher]")).getAttribute("open"),
                "the notes stay open, " + where);
        int index = model.allPresets().stream().map(p -> p.route(id)).toList().indexOf(last.route());
        if (index >= 0) {
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "true".equals(x.findElement(
                    By.cssSelector("[data-preset='" + index + "']")).getAttribute("aria-pressed")));
        }
        assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
    }

    @SuppressWarnings("unchecked")
    static void slidePng(WebDriver d, String size, String engine, String id) throws Exception {
        String where = id + " on " + engine + ", " + size + ", dark scheme";
        load(d, engine, "#/lab/" + id);
        assertTrue((Boolean) js(d, "return matchMedia('(prefers-color-scheme: dark)').matches;"), "dark, " + where);
        js(d, "window.__saved = []; var click = HTMLAnchorElement.prototype.click;"
                + " HTMLAnchorElement.prototype.click = function () {"
                + " if (this.download) { window.__saved.push({href: this.href, name: this.download}); return; }"
                + " return click.call(this); };");
        WebElement figure = d.findElement(By.cssSelector("[data-view=lab] [data-plot]:not([hidden])"));
        String plotId = figure.getAttribute("data-plot");
        WebElement button = figure.findElement(By.cssSelector("[data-slide-png]"));
        js(d, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", button);
        new org.openqa.selenium.interactions.Actions(d).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> ((Number) js(x, "return window.__saved.length;"))
                .intValue() > 0);
        Map<String, Object> r = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var s = window.__saved[0];"
                        + " var c = document.querySelector('[data-plot=\"' + arguments[0] + '\"] canvas');"
                        + " var box = c.getBoundingClientRect();"
                        + " var img = new Image(); img.onload = function () {"
                        + "  var k = document.createElement('canvas'); k.width = img.naturalWidth; k.height = img.naturalHeight;"
                        + "  var g = k.getContext('2d'); g.drawImage(img, 0, 0);"
                        + "  var p = g.getImageData(1, 1, 1, 1).data;"
                        + "  var q = c.getContext('2d').getImageData(1, 1, 1, 1).data;"
                        + "  done({name: s.name, w: img.naturalWidth, h: img.naturalHeight, cssW: box.width, cssH: box.height,"
                        + "   corner: [p[0], p[1], p[2]], page: [q[0], q[1], q[2]],"
                        + "   ink: document.documentElement.hasAttribute('data-plot-ink'),"
                        + "   png: k.toDataURL('image/png').split(',')[1]}); };"
                        + " img.onerror = function () { done({error: 'the PNG did not load'}); }; img.src = s.href;",
                plotId);
        assertEquals(null, r.get("error"), where);
        assertEquals(id + "-" + plotId + ".png", r.get("name"), "file name, " + where);
        long cssW = Math.round(((Number) r.get("cssW")).doubleValue());
        long cssH = Math.round(((Number) r.get("cssH")).doubleValue());
        assertEquals(2 * cssW, ((Number) r.get("w")).longValue(), "PNG width = 2 × CSS width, " + where);
        assertEquals(2 * cssH, ((Number) r.get("h")).longValue(), "PNG height = 2 × CSS height, " + where);
        for (Object c : (List<Object>) r.get("corner")) {
            assertTrue(((Number) c).intValue() >= 230, "the PNG's corner is light, " + where + ": " + r.get("corner"));
        }
        for (Object c : (List<Object>) r.get("page")) {
            assertTrue(((Number) c).intValue() <= 60, "the page's canvas stays dark, " + where + ": " + r.get("page"));
        }
        assertEquals(Boolean.FALSE, r.get("ink"), "the light ink is not left on the page, " + where);
        assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
        // The saved image itself (as decoded), to look at.
        String b64 = (String) r.get("png");
        Files.write(Site.screenshots().resolve("slide-" + id + "-" + plotId + "-" + size + "-" + engine + ".png"),
                java.util.Base64.getDecoder().decode(b64));
        shot(d, "lab-slide-page-" + id + "-" + size + "-" + engine + ".png");
    }

    static void embeds(String engine) throws Exception {
        String where = "embeds on " + engine;
        open(desktop, Site.url() + "embed.html?engine=" + engine + "#/lab/conditioning");
        new WebDriverWait(desktop, Duration.ofSeconds(40)).until(x -> LabPages.frames(x) > 0);
        assertEquals(1L, LabPages.count(desktop, "[data-lab-predict]"), "the full embed asks for a prediction, " + where);
        assertEquals(0L, LabPages.count(desktop, "[data-lab-teacher]"), "no teacher notes in an embed, " + where);
        open(desktop, Site.url() + "embed.html?engine=" + engine + "#/lab/conditioning?view=compact&controls=m,n");
        new WebDriverWait(desktop, Duration.ofSeconds(40)).until(x -> LabPages.frames(x) > 0);
        assertEquals(0L, LabPages.count(desktop, "[data-lab-predict]"), "no prediction in the compact embed, " + where);
        assertEquals(0L, LabPages.count(desktop, "[data-lab-teacher]"), where);
    }
}
