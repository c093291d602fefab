package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's data at the edges, in Chromium on both engines: records kept aside are copied once, listed and
 * deletable; a record Kappa protects can be downloaded; imports refuse out-of-range entries, files that are not
 * Kappa records and files too large for the storage.
 */
class ChromiumProgressGuardsTest {
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

    private static WebElement await(String css) {
        return Chromium.await(driver, css);
    }

    /** Stores {@code record} (after clearing storage) and boots {@code hash}. */
    private static void openWith(String engine, String record, String hash) {
        driver.get(Site.url() + "index.html?engine=" + engine + "#/about");
        Chromium.awaitBoot(driver);
        js("localStorage.clear(); if (arguments[0] !== null) localStorage.setItem('kappa.progress', arguments[0]);", record);
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
        boot(engine, hash);
    }

    /** Loads the page afresh (a hash change alone would not restart the app). */
    private static void boot(String engine, String hash) {
        driver.get("about:blank");
        driver.get(Site.url() + "index.html?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine + " at " + hash);
    }

    @SuppressWarnings("unchecked")
    private static List<String> asideKeys() {
        return (List<String>) js("var out = []; for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('kappa.progress.aside.') === 0) out.push(k); } return out.sort();");
    }

    private static String stored() {
        return (String) js("return localStorage.getItem('kappa.progress');");
    }

    /** Makes the next Blob download observable: returns its text after {@code click} ran. */
    private static String downloadedBy(Runnable click) {
        js("window.__downloads = []; var create = URL.createObjectURL;"
                + " URL.createObjectURL = function (b) { window.__downloads.push(b); return create.call(URL, b); };");
        click.run();
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var b = window.__downloads[0];"
                        + " if (!b) { done(null); return; } b.text().then(done);");
    }

    private static void screenshot(String name) throws Exception {
        Files.write(Site.screenshots().resolve(name),
                ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void noConsoleErrors(String where) {
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors " + where);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aRecordKeptAsideIsCopiedOnceListedAndDeletable(String engine) throws Exception {
        String corrupt = "{\"version\":1,\"cards\":{\"conditioning/kappa-definition\":{\"state\":";
        openWith(engine, corrupt, "#/");
        for (int visit = 0; visit < 3; visit++) {
            boot(engine, "#/about");
        }
        assertEquals(1, asideKeys().size(), "four boots with the same unreadable record: " + asideKeys());
        boot(engine, "#/progress");
        WebElement list = await("[data-aside-list]");
        assertEquals("1", list.getAttribute("data-aside-list"));
        assertTrue(list.getText().contains("unreadable"), "the list says what the record is: " + list.getText());
        js("arguments[0].scrollIntoView();", list);
        screenshot("progress-aside-list-desktop-" + engine + ".png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        js("arguments[0].scrollIntoView();", list);
        screenshot("progress-aside-list-phone-" + engine + ".png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertEquals(corrupt, downloadedBy(() -> driver.findElement(By.cssSelector("[data-action=download-aside]")).click()),
                "the copy downloads byte for byte");
        driver.findElement(By.cssSelector("[data-action=delete-aside]")).click();
        await("[data-action=cancel-delete-aside]").click();
        assertEquals(1, asideKeys().size(), "keeping it keeps it");
        driver.findElement(By.cssSelector("[data-action=delete-aside]")).click();
        screenshot("progress-aside-delete-confirm-" + engine + ".png");
        await("[data-action=confirm-delete-aside]").click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("[data-aside-list]")).isEmpty());
        assertEquals(List.of(), asideKeys());
        assertEquals(corrupt, stored(), "deleting a copy leaves the stored record alone");
        noConsoleErrors("deleting a kept-aside record on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aProtectedRecordCanBeDownloadedFromTheProgressPage(String engine) {
        String corrupt = "{\"version\":1,\"cards\":[[[";
        WebDriver own = driver;
        ChromeDriver d = (ChromeDriver) Chromium.start(1280, 900);
        driver = d;
        try {
            boot(engine, "#/about");
            js("localStorage.clear(); localStorage.setItem('kappa.progress', arguments[0]);", corrupt);
            // From now on every write fails for quota, so not even the keep-aside copy can be made.
            d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Storage.prototype.setItem = function () {"
                            + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"));
            boot(engine, "#/progress");
            WebElement banner = await("[data-notice=aside]");
            assertTrue(banner.getText().contains("Download the stored record"), banner.getText());
            assertEquals("protecting", await("[data-storage-mode]").getAttribute("data-storage-mode"));
            assertEquals(corrupt, downloadedBy(() -> d.findElement(By.cssSelector("[data-action=download-stored]")).click()),
                    "the record Kappa will not write over downloads byte for byte");
            assertEquals(corrupt, stored());
            noConsoleErrors("protecting on " + engine);
        } finally {
            driver = own;
            d.quit();
        }
    }

    private static void choose(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory("kappa-import");
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        WebElement input = driver.findElement(By.cssSelector("#import-file"));
        js("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void importsRefuseOutOfRangeEntriesForeignFilesAndFilesTooLarge(String engine) throws Exception {
        openWith(engine, null, "#/progress");
        String overflow = "{\"version\":1,\"cards\":{\"conditioning/kappa-definition\":{\"state\":\"review\",\"due\":1,"
                + "\"stability\":1,\"difficulty\":5,\"reps\":2147483647,\"lapses\":0,\"last\":1}},"
                + "\"quizzes\":{\"conditioning\":{\"best\":3,\"total\":10,\"attempts\":1,\"at\":1}}}";
        choose("overflow.json", overflow);
        WebElement preview = await("[data-import-preview]");
        assertEquals("1", preview.getAttribute("data-import-preview"), "only the quiz can be imported: " + preview.getText());
        assertTrue(await("[data-import-skipped]").getText().contains("reps"), preview.getText());
        driver.findElement(By.cssSelector("[data-action=cancel-import]")).click();

        choose("hello.json", "{\"hello\":\"world\"}");
        WebElement error = await("[data-import-error]");
        assertTrue(error.getText().contains("not a Kappa progress record"), error.getText());

        StringBuilder junk = new StringBuilder("{\"version\":1,\"cards\":{");
        for (int i = 0; junk.length() < 4_900_000; i++) {
            junk.append(i == 0 ? "" : ",").append("\"junk/c").append(i).append("\":{\"state\":\"review\",\"due\":1,")
                    .append("\"stability\":1,\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1}");
        }
        choose("junk.json", junk.append("}}").toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector(".import-result")).getText().contains("junk.json")
                        || d.findElement(By.cssSelector(".import-result")).getText().contains("too large"));
        error = await("[data-import-error]");
        assertTrue(error.getText().contains("too large"), error.getText());
        assertTrue(driver.findElements(By.cssSelector("[data-action=confirm-import]")).isEmpty(), "nothing to confirm");
        assertNull(stored(), "nothing was stored");
        noConsoleErrors("refused imports on " + engine);
    }
}
