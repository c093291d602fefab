package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the lab browser tests do to a page: open, navigate, wait for frames, read readouts, take screenshots. */
final class LabPages {
    private LabPages() {
    }

    static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
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
        js(d, "location.hash = arguments[0];", hash);
        awaitFrame(d, 0);
    }

    static long frames(WebDriver d) {
        Object v = js(d, "var e = document.querySelector('[data-view=lab]'); return e && e.querySelector('[data-plot]')"
                + " ? e.getAttribute('data-lab-frames') : null;");
        return v == null ? 0 : Long.parseLong(v.toString());
    }

    static void awaitFrame(WebDriver d, long after) {
        new WebDriverWait(d, Duration.ofSeconds(40)).until(x -> frames(x) > after);
    }

    /** Navigates by hash to another state and waits for the view that replaces the current one to draw. */
    static void goFresh(WebDriver d, String hash) {
        if (hash.equals(hash(d)) && frames(d) > 0) {
            return; // the page already shows it
        }
        js(d, "var e = document.querySelector('[data-view=lab]'); if (e) { e.setAttribute('data-old', '1'); }"
                + "location.hash = arguments[0];", hash);
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> {
            Object v = js(x, "var e = document.querySelector('[data-view=lab]:not([data-old])');"
                    + "return e && e.querySelector('[data-plot]') && !e.querySelector('.plot[aria-busy=true]')"
                    + " ? e.getAttribute('data-lab-frames') : null;");
            return v != null && Long.parseLong(v.toString()) > 0;
        });
    }

    static String readout(WebDriver d, String key) {
        return d.findElement(By.cssSelector("[data-readout='" + key + "']")).getText();
    }

    /** readout key → shown text, in page order. */
    @SuppressWarnings("unchecked")
    static Map<String, String> readouts(WebDriver d) {
        List<List<String>> pairs = (List<List<String>>) js(d,
                "return Array.from(document.querySelectorAll('[data-view=lab] [data-readout]'))"
                        + ".map(function (e) { return [e.getAttribute('data-readout'), e.textContent]; });");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (List<String> p : pairs) {
            out.put(p.get(0), p.get(1));
        }
        return out;
    }

    static String hash(WebDriver d) {
        return (String) js(d, "return location.hash;");
    }

    /** Data (x, y) on an interactive canvas → offset from its centre in CSS pixels (what Actions moves to), by its data-frame. */
    static int[] dataOffset(WebElement canvas, double x, double y) {
        String[] parts = canvas.getAttribute("data-frame").split(",");
        double[] f = new double[8];
        for (int i = 0; i < 8; i++) {
            f[i] = Double.parseDouble(parts[i]);
        }
        double px = f[0] + (x - f[4]) / (f[5] - f[4]) * (f[1] - f[0]);
        double py = f[3] - (y - f[6]) / (f[7] - f[6]) * (f[3] - f[2]);
        return new int[] {(int) Math.round(px - canvas.getRect().getWidth() / 2.0),
            (int) Math.round(py - canvas.getRect().getHeight() / 2.0)};
    }

    /** Pastes {@code csv} into the CSV box of the points parameter {@code param} and presses its button. */
    static void pasteCsv(WebDriver d, String param, String csv) {
        WebElement box = d.findElement(By.cssSelector("[data-view=lab] [data-csv=" + param + "]"));
        js(d, "var e = arguments[0].closest('details'); e.open = true; arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].value = arguments[1];", box, csv);
        js(d, "arguments[0].textContent = '';", d.findElement(By.cssSelector("[data-view=lab] [data-csv-status=" + param + "]")));
        d.findElement(By.cssSelector("[data-view=lab] [data-csv-apply=" + param + "]")).click();
    }

    /** The status line under the CSV box of {@code param}. */
    static String csvStatus(WebDriver d, String param) {
        return d.findElement(By.cssSelector("[data-view=lab] [data-csv-status=" + param + "]")).getText();
    }

    static void awaitCsvStatus(WebDriver d, String param, String words) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> csvStatus(x, param).contains(words));
    }

    static void shot(WebDriver d, String name) throws Exception {
        Path p = Site.screenshots().resolve(name);
        Files.write(p, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(p) > 1000, "screenshot " + p);
    }

    static void elementShot(WebDriver d, String css, String name) throws Exception {
        WebElement e = d.findElement(By.cssSelector(css));
        js(d, "arguments[0].scrollIntoView({block: 'center'});", e);
        Path p = Site.screenshots().resolve(name);
        Files.write(p, e.getScreenshotAs(OutputType.BYTES));
        js(d, "window.scrollTo(0, 0);");
    }

    /** Elements matching {@code css} inside the lab view. */
    static long count(WebDriver d, String css) {
        return ((Number) js(d, "return document.querySelectorAll('[data-view=lab] ' + arguments[0]).length;", css))
                .longValue();
    }

    /** Horizontal overflow of the page in CSS pixels (0 when nothing sticks out). */
    static long overflow(WebDriver d) {
        return ((Number) js(d, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    /** The lab's words came from content.js with their maths as MathML. */
    static void assertMathsInWords(WebDriver d, String where) {
        assertTrue(count(d, ".lab-explanation p math") > 0, "MathML in the explanation, " + where);
        assertTrue(count(d, "[data-lab-rule-maths] math") > 0, "MathML in the rule, " + where);
        assertEquals(0L, count(d, "[data-lab-text-missing]"), "no 'words missing' note, " + where);
    }
}
