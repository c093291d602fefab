package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learning views on a phone-sized viewport (390×844): no sideways scrolling, screenshots to
 * look at; and a browser whose storage is blocked (as in a third-party iframe), where the app
 * still works and says progress will not be kept.
 */
class ChromiumLearnPhoneTest {

    private static long overflow(WebDriver d) {
        return ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    private static WebElement await(WebDriver d, String css) {
        return new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> {
            List<WebElement> found = x.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private static void shot(WebDriver d, String name) throws Exception {
        Files.write(Site.screenshots().resolve(name), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void learningViewsFitAPhoneAndWorkWithStorageBlocked() throws Exception {
        WebDriver phone = Chromium.start(390, 844);
        try {
            // Every page load in this browser sees a localStorage that throws, as a blocked third-party frame does.
            ((ChromeDriver) phone).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Object.defineProperty(window, 'localStorage', {configurable: true, get: function () {"
                            + " throw new DOMException('The operation is insecure.', 'SecurityError'); }});"));
            String base = Site.url() + "index.html?engine=wasm";
            phone.get(base + "#/cards/conditioning");
            assertEquals("true", Chromium.awaitBoot(phone));
            WebElement banner = await(phone, "[data-notice=storage]");
            assertTrue(banner.getText().contains("will not be kept"), banner.getText());
            await(phone, ".flashcard[data-side=front]");
            shot(phone, "cards-front-phone.png");
            new Actions(phone).sendKeys(" ").perform();
            await(phone, ".flashcard[data-side=back]");
            assertEquals(0, overflow(phone), "horizontal overflow of a flashcard, px");
            shot(phone, "cards-back-phone.png");
            new Actions(phone).sendKeys("3").perform();
            await(phone, ".flashcard[data-side=front]");
            assertTrue(phone.findElement(By.cssSelector(".learn-status")).getText().contains("not saved"),
                    "the grade is taken but not saved");

            phone.get(base + "#/quiz/conditioning");
            phone.navigate().refresh();
            Chromium.awaitBoot(phone);
            WebElement input = await(phone, "[data-answer]");
            input.sendKeys("100\n");
            await(phone, ".feedback[data-verdict=right]");
            assertEquals(0, overflow(phone), "horizontal overflow of a quiz question, px");
            shot(phone, "quiz-phone.png");

            phone.get(base + "#/exercise/min-norm-2x3?seed=99");
            phone.navigate().refresh();
            Chromium.awaitBoot(phone);
            await(phone, "[data-view=exercise]");
            assertEquals(0, overflow(phone), "horizontal overflow of an exercise, px");
            shot(phone, "exercise-phone.png");

            phone.get(base + "#/progress");
            phone.navigate().refresh();
            Chromium.awaitBoot(phone);
            WebElement mode = await(phone, "[data-storage-mode]");
            assertEquals("memory_only", mode.getAttribute("data-storage-mode"));
            assertEquals(0, overflow(phone), "horizontal overflow of the progress page, px");
            shot(phone, "progress-phone.png");
            assertEquals(List.of(), Chromium.consoleErrors(phone), "console errors with storage blocked");
        } finally {
            phone.quit();
        }
    }

    @Test
    void darkThemeQuizFeedbackIsReadable() throws Exception {
        WebDriver d = Chromium.start(1280, 900);
        try {
            ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            d.get(Site.url() + "index.html?engine=js#/quiz/curvature");
            assertEquals("true", Chromium.awaitBoot(d));
            WebElement box = await(d, ".question-box");
            List<WebElement> options = box.findElements(By.cssSelector("input[data-option]"));
            if (options.isEmpty()) {
                box.findElement(By.cssSelector("[data-answer]")).sendKeys("12345");
            } else {
                options.get(0).click();
            }
            box.findElement(By.cssSelector("[data-action=check]")).click();
            await(d, ".feedback[data-verdict]");
            shot(d, "quiz-dark-desktop.png");
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors in dark mode");
        } finally {
            d.quit();
        }
    }

    @Test
    void aCorruptRecordThatCannotBeKeptAsideIsNeverOverwritten() throws Exception {
        WebDriver d = Chromium.start(1280, 900);
        try {
            String corrupt = "{\"version\":1,\"cards\":[[[";
            d.get(Site.url() + "index.html?engine=wasm#/");
            Chromium.awaitBoot(d);
            ((JavascriptExecutor) d).executeScript("localStorage.clear(); localStorage.setItem('kappa.progress', arguments[0]);",
                    corrupt);
            // From now on every write fails for quota, so not even the keep-aside copy can be made.
            ((ChromeDriver) d).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Storage.prototype.setItem = function () {"
                            + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"));
            d.get(Site.url() + "index.html?engine=wasm#/cards/conditioning");
            d.navigate().refresh();
            assertEquals("true", Chromium.awaitBoot(d));
            WebElement banner = await(d, "[data-notice=aside]");
            assertTrue(banner.getText().contains("will not write over it"), banner.getText());
            await(d, ".flashcard[data-side=front]");
            new Actions(d).sendKeys(" ").perform();
            await(d, ".flashcard[data-side=back]");
            new Actions(d).sendKeys("3").perform();
            assertEquals(corrupt, ((JavascriptExecutor) d).executeScript("return localStorage.getItem('kappa.progress');"),
                    "the unreadable record is left exactly as it was");
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors");
        } finally {
            d.quit();
        }
    }
}
