package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Addresses that used to leave a page stuck or say too much, on both engines: anchors on first load, the skip
 * link inside a lab, a 10 MB hash, and embed.html asked for pages that are not widgets.
 */
class StuckPagesTest {
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(driver);
    }

    private static Object js(String script, Object... args) {
        return Chromium.js(driver, script, args);
    }

    private static void open(String page, String engine, String hash) {
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
        driver.get(Site.url() + page + "?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot at " + page + hash + ": " + Chromium.bootFailure(driver));
    }

    private static WebElement await(String css) {
        return Chromium.await(driver, css);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void anAnchorOrAMistypedRouteOnFirstLoadShowsTheHomePage(String engine) {
        for (String hash : new String[] {"#main-content", "#lab/poly-fit", "#nothing"}) {
            open("index.html", engine, hash);
            try {
                await("[data-view=home]");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("at " + hash + " the page shows: " + driver.findElement(By.id("app")).getText(), e);
            }
        }
        open("index.html", engine, "#main-content");
        await("[data-view=home]");
        assertEquals("main-content", js("return document.activeElement.id;"), "#main-content lands on the main content");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theSkipLinkKeepsALabsAddress(String engine) {
        String hash = "#/lab/poly-fit?degree=5";
        open("index.html", engine, hash);
        await("[data-view=lab]");
        String before = (String) js("return location.hash;");
        WebElement skip = driver.findElement(By.cssSelector("a[data-skip]"));
        skip.sendKeys(Keys.ENTER);
        assertEquals("main-content", js("return document.activeElement.id;"), "focus moved to the main content");
        assertEquals(before, js("return location.hash;"), "the lab's address is unchanged");
        assertEquals(1, driver.findElements(By.cssSelector("[data-view=lab]")).size(), "the lab is still there");
        driver.navigate().refresh();
        assertEquals("true", Chromium.awaitBoot(driver));
        await("[data-view=lab]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aHugeHashIsSummarizedOnTheNotFoundPage(String engine) throws Exception {
        open("index.html", engine, "#/");
        js("location.hash = '#/' + 'x'.repeat(10 * 1024 * 1024);");
        WebElement box = await("[data-view=not-found]");
        String text = box.getText();
        assertTrue(text.length() < 1000, "the not-found page is " + text.length() + " characters long");
        assertTrue(text.contains((10 * 1024 * 1024 + 1) + " characters long"), text);
        if (engine.equals("wasm")) {
            Files.write(Site.screenshots().resolve("not-found-huge-hash.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void embedsShowOnlyLabsDecksQuizzesAndExercises(String engine) throws Exception {
        for (String hash : new String[] {"#/progress", "#/bench?run=1", "#/selftest", "#/", "#/about", "#main-content"}) {
            open("embed.html", engine, hash);
            try {
                await("[data-view=not-embeddable]");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("embed.html" + hash + " shows: " + driver.findElement(By.id("app")).getText(), e);
            }
            assertEquals(0, driver.findElements(By.cssSelector("[data-action=reset], #import-file, [data-view=bench]"))
                    .size(), "no progress controls or benchmarks in embed.html" + hash);
        }
        Files.write(Site.screenshots().resolve("embed-not-embeddable-" + engine + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String[][] widgets = {{"#/lab/min-norm", "[data-view=lab]"}, {"#/cards/conditioning", "[data-view=cards]"},
            {"#/quiz/conditioning", "[data-view=quiz]"}, {"#/exercise/max-stable-step?seed=3", "[data-view=exercise]"}};
        for (String[] w : widgets) {
            open("embed.html", engine, w[0]);
            await(w[1]);
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
