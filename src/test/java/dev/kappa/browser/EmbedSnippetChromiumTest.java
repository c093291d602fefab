package dev.kappa.browser;

import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Embed snippets as a teacher uses them: copied from the app (a lab, its compact variant, a
 * deck, a quiz and an exercise) and pasted into a plain page on another origin, with nothing else
 * on it. Every frame boots, follows its content's height within a few pixels (also when the
 * content changes later), the compact one shows one picture and the chosen controls only, and
 * "Open in Kappa" carries the state the learner made in the frame.
 */
class EmbedSnippetChromiumTest {
    private static WebDriver driver;
    private static HttpServer host;
    private static String page = "";

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(1000, 900);
        host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        host.start();
    }

    @AfterAll
    static void stop() {
        Chromium.quit(driver);
        if (host != null) {
            host.stop(0);
        }
    }

    /** The snippet the page's Embed button offers, optionally with the compact view ticked. */
    private static String snippet(String route, boolean compact) {
        open(driver, Site.url() + "index.html" + route);
        if (route.startsWith("#/lab/")) {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> LabPages.frames(d) > 0);
        }
        WebElement code = driver.findElement(By.cssSelector("[data-embed-code]"));
        String before = code.getDomProperty("value");
        assertTrue(before.startsWith("<iframe data-kappa src=\"" + Site.url() + "embed.html#/"),
                "the snippet is there before the panel is opened: " + before);
        driver.findElement(By.cssSelector("[data-embed-toggle]")).click();
        if (compact) {
            driver.findElement(By.cssSelector("[data-embed-compact]")).click();
        }
        String s = driver.findElement(By.cssSelector("[data-embed-code]")).getDomProperty("value");
        assertTrue(s.contains("<script src=\"" + Site.url() + "embed-host.js\" async></script>"), s);
        return s;
    }

    @Test
    void pastedSnippetsBootAndKeepTheirHeight() throws Exception {
        String lab = snippet("#/lab/quadratic-gd?l2=0.5&eta=0.9", false);
        String compact = snippet("#/lab/quadratic-gd?l2=0.5&eta=0.9", true);
        assertTrue(compact.contains("view=compact&amp;controls=l1,l2"), compact);
        String deck = snippet("#/cards/conditioning", false);
        String quiz = snippet("#/quiz/gd-dynamics", false);
        String exercise = snippet("#/exercise/" + firstExercise() + "?seed=3", false);
        page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>A course page</title></head><body>"
                + "<h1>Week 3</h1><p>Some words.</p>" + lab + "<p>Between.</p>" + compact + deck + quiz + exercise
                + "</body></html>";
        driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/course.html");
        List<WebElement> frames = driver.findElements(By.cssSelector("iframe[data-kappa]"));
        assertEquals(5, frames.size());
        for (WebElement f : frames) {
            js(driver, "arguments[0].scrollIntoView();", f);
            String src = f.getAttribute("src");
            driver.switchTo().frame(f);
            assertEquals("true", Chromium.awaitBoot(driver), "embed boots: " + src);
            driver.switchTo().defaultContent();
        }
        for (WebElement f : frames) {
            awaitHeightMatchesContent(f);
        }
        // the compact frame: one picture, exactly the named controls, no presets or words
        WebElement c = frames.get(1);
        driver.switchTo().frame(c);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> LabPages.frames(d) > 0);
        assertEquals(1L, ((Number) js(driver, "return Array.from(document.querySelectorAll('[data-plot]'))"
                + ".filter(function (p) { return !p.hidden; }).length;")).longValue(), "one picture");
        assertEquals(List.of("l1", "l2"), js(driver, "return Array.from(document.querySelectorAll('.control'))"
                + ".filter(function (e) { return e.offsetParent !== null; }).map(function (e) {"
                + " return e.getAttribute('data-param'); });"), "the chosen controls");
        assertEquals(Boolean.FALSE, js(driver, "var p = document.querySelector('.lab-presets');"
                + " return !!p && p.offsetParent !== null;"), "no presets");
        // change λ₂ inside the frame: "Open in Kappa" then opens that state, in the full view
        js(driver, "var s = document.querySelector('[data-param=l2] input[type=range]'); s.value = '2';"
                + " s.dispatchEvent(new Event('input', {bubbles: true}));");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((String) js(d, "return location.hash;"))
                .contains("l2=2&"));
        WebElement link = driver.findElement(By.cssSelector("[data-open-in-kappa]"));
        js(driver, "arguments[0].dispatchEvent(new Event('focus'));", link);
        String href = link.getAttribute("href");
        assertTrue(href.contains("#/lab/quadratic-gd?l1=1&l2=2&") && !href.contains("view=compact"),
                "Open in Kappa carries the frame's state, in the full view: " + href);
        driver.switchTo().defaultContent();
        awaitHeightMatchesContent(c);
        Files.write(Site.screenshots().resolve("embed-pasted-snippets.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        js(driver, "arguments[0].scrollIntoView();", c);
        Files.write(Site.screenshots().resolve("embed-compact.png"), c.getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors on the course page");
    }

    private static String firstExercise() {
        return dev.kappa.learn.exercise.Catalogue.all()[0].id();
    }

    private static long frameHeight(WebElement frame) {
        return ((Number) js(driver, "return Math.round(arguments[0].getBoundingClientRect().height);", frame)).longValue();
    }

    private static void awaitHeightMatchesContent(WebElement frame) {
        long[] last = new long[2];
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                long outer = frameHeight(frame);
                d.switchTo().frame(frame);
                long inner = ((Number) js(d, "return Math.ceil(document.body.getBoundingClientRect().height);"))
                        .longValue();
                d.switchTo().defaultContent();
                last[0] = outer;
                last[1] = inner;
                return Math.abs(outer - inner) <= 3; // the snippet's frames have no border
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("iframe height " + last[0] + " px never matched its content, " + last[1] + " px", e);
        }
    }
}
