package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.web.SelfTestSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Boots the built site in real headless Chromium on both engines, and from disk. */
class ChromiumBootTest {
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String url) {
        driver.get("about:blank");
        Chromium.consoleErrors(driver); // drain messages from earlier pages
        driver.get(url);
    }

    @Test
    void bootsOnWasmGcByDefault() throws Exception {
        open(Site.url() + "index.html");
        assertEquals("true", Chromium.awaitBoot(driver), "boot; page: " + driver.findElement(By.id("app")).getText());
        assertEquals("wasm", Chromium.attribute(driver, "data-kappa-engine"));
        assertEquals(dev.kappa.lab.Topic.values().length, driver.findElements(By.cssSelector("[data-topic]")).size(), "topics on the home page");
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors");
        screenshot("home-wasm.png");
    }

    @Test
    void bootsOnJsWhenAsked() throws Exception {
        open(Site.url() + "index.html?engine=js");
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals("js", Chromium.attribute(driver, "data-kappa-engine"));
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors");
        screenshot("home-js.png");
    }

    @Test
    void bothEnginesMatchTheJvmSelfCheck() {
        String expected = SelfTestSuite.report(SelfTestSuite.run());
        for (String engine : List.of("wasm", "js")) {
            open(Site.url() + "index.html?engine=" + engine + "#/selftest");
            assertEquals("true", Chromium.awaitBoot(driver));
            Object report = ((JavascriptExecutor) driver).executeScript("return kappa.selfCheck();");
            assertEquals(expected, report, "self-check report on engine " + engine);
            // The WebAssembly build must really run its SIMD kernels, or the line above compared
            // the scalar code with itself.
            Object kernels = ((JavascriptExecutor) driver).executeScript("return kappa.vectorKernels();");
            assertEquals(engine.equals("wasm") ? "wasm-simd" : "scalar", kernels, "vector kernels on " + engine);
            Object labs = ((JavascriptExecutor) driver).executeScript("return kappa.labCheck();");
            assertEquals(SelfTestSuite.report(SelfTestSuite.runLabs()), labs, "every lab preset on engine " + engine);
            java.util.List<SelfTestSuite.Result> all = new java.util.ArrayList<>(SelfTestSuite.run());
            all.addAll(SelfTestSuite.runLabs());
            String summary = driver.findElement(By.cssSelector("[data-selftest-summary]"))
                    .getAttribute("data-selftest-summary");
            assertEquals(SelfTestSuite.summary(all), summary, "self-test page on " + engine);
        }
    }

    @Test
    void opensFromDiskOnTheJsEngine() {
        Path index = Site.dir().resolve("index.html").toAbsolutePath();
        open(index.toUri().toString());
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals("js", Chromium.attribute(driver, "data-kappa-engine"));
        assertEquals(dev.kappa.lab.Topic.values().length, driver.findElements(By.cssSelector("[data-topic]")).size());
    }

    @Test
    void phoneSizedHomeIsReadable() throws Exception {
        WebDriver phone = Chromium.start(390, 844);
        try {
            phone.get(Site.url() + "index.html");
            assertEquals("true", Chromium.awaitBoot(phone));
            Object overflow = ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow on a phone, in px");
            Path shot = Site.screenshots().resolve("home-phone.png");
            Files.write(shot, ((TakesScreenshot) phone).getScreenshotAs(OutputType.BYTES));
        } finally {
            phone.quit();
        }
    }

    @Test
    void aFailedBootSaysWhatHappened() {
        // WasmGC cannot be fetched from file://, so forcing it there is a real boot failure.
        Path index = Site.dir().resolve("index.html").toAbsolutePath();
        open(index.toUri() + "?engine=wasm");
        assertEquals("error", Chromium.awaitBoot(driver));
        String text = driver.findElement(By.id("app")).getText();
        assertTrue(text.contains("Kappa could not start") && text.contains("JavaScript engine"),
                "the error message and the way out; page: " + text);
    }

    private static void screenshot(String name) throws Exception {
        Path shot = Site.screenshots().resolve(name);
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 1000, "screenshot " + shot + " is not empty");
    }
}
