package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.server.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Broken deployments of the engines, in Chromium: a WasmGC module or runtime that fails falls back to the
 * JavaScript engine by itself (unless WasmGC was asked for), and a missing loader.js is said in the page.
 */
class BootFallbackTest {
    @TempDir
    static Path tmp;
    private static WebDriver driver;
    private static StaticServer brokenWasm;
    private static StaticServer noRuntime;
    private static StaticServer noLoader;

    @BeforeAll
    static void start() throws Exception {
        Path a = Deploys.copySite(tmp.resolve("broken-wasm"));
        // Not a WebAssembly module: compiling it fails, as it would on a browser with an older WasmGC.
        Files.write(a.resolve("wasm/classes.wasm"), "this is not WebAssembly".getBytes());
        brokenWasm = StaticServer.start(a, "127.0.0.1", 0);
        Path b = Deploys.copySite(tmp.resolve("no-runtime"));
        Files.delete(b.resolve("wasm/classes.wasm-runtime.js"));
        noRuntime = StaticServer.start(b, "127.0.0.1", 0);
        Path c = Deploys.copySite(tmp.resolve("no-loader"));
        Files.delete(c.resolve("loader.js"));
        noLoader = StaticServer.start(c, "127.0.0.1", 0);
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(driver);
        for (StaticServer s : new StaticServer[] {brokenWasm, noRuntime, noLoader}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void assertFellBack(String url, String why, String view) throws Exception {
        driver.get("about:blank");
        driver.get(url);
        assertEquals("true", Chromium.awaitBoot(driver), why + ": " + Chromium.bootFailure(driver));
        assertEquals("js", Chromium.attribute(driver, "data-kappa-engine"), why);
        String note = driver.findElement(By.cssSelector("[data-notice=engine]")).getText();
        assertTrue(note.contains("JavaScript engine"), "the note says what happened: " + note);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(view)).isEmpty());
        assertTrue(driver.findElement(By.id("engine-note")).getText().contains("JavaScript"));
    }

    @Test
    void aWasmModuleThatFailsFallsBackToTheJsEngine() throws Exception {
        assertFellBack(brokenWasm.baseUrl() + "index.html", "a module that does not compile", "[data-topic]");
        Files.write(Site.screenshots().resolve("engine-fallback.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aMissingWasmRuntimeFallsBackToTheJsEngine() throws Exception {
        assertFellBack(noRuntime.baseUrl() + "index.html#/lab/min-norm", "no runtime script", "[data-view=lab]");
    }

    @Test
    void askingForWasmStillShowsTheError() {
        driver.get("about:blank");
        driver.get(brokenWasm.baseUrl() + "index.html?engine=wasm");
        assertEquals("error", Chromium.awaitBoot(driver));
        String text = driver.findElement(By.id("app")).getText();
        assertTrue(text.contains("WebAssembly engine failed") && text.contains("JavaScript engine"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html?engine=wasm", "index.html?engine=js", "embed.html?engine=js#/lab/min-norm"})
    void aMissingLoaderIsSaidInThePage(String page) throws Exception {
        driver.get("about:blank");
        driver.get(noLoader.baseUrl() + page);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js(
                    "var e = document.querySelector('.boot-stalled');"
                            + " return !!e && e.offsetParent !== null && getComputedStyle(e).visibility === 'visible';")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after 15 s the page says only: " + driver.findElement(By.id("app")).getText(), e);
        }
        assertTrue(driver.findElement(By.cssSelector(".boot-stalled")).getText().contains("loader.js"));
        if (page.startsWith("index.html?engine=js")) {
            Files.write(Site.screenshots().resolve("boot-no-loader.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void theStalledMessageNeverShowsWhenTheLoaderRuns() {
        driver.get("about:blank");
        driver.get(brokenWasm.baseUrl() + "index.html?engine=js#/lab/min-norm");
        driver.findElement(By.id("app")); // boot is not awaited: the message must be hidden from the start
        assertEquals(Boolean.TRUE, js("var e = document.querySelector('.boot-stalled');"
                + " return !e || e.offsetParent === null;"));
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals(0, driver.findElements(By.cssSelector(".boot-stalled")).size(), "gone once the app runs");
    }
}
