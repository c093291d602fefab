package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.ProgressLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two real tabs of one Chromium profile (so one localStorage, and {@code storage} events between them) reviewing,
 * importing and resetting at the same time, and a tab of a newer Kappa: nothing the learner did may be lost.
 *
 * <p>To make two tabs act "at the same time", each runs a script that holds its main thread until an agreed
 * instant and then acts: while a tab's main thread is held, Chromium cannot tell it about the other tab's writes,
 * so both act on what they read before, as two tabs grading in the same tick do.
 */
class ChromiumTwoTabsTest {
    private static WebDriver driver;
    private String first;
    private String second;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(driver);
    }

    @AfterEach
    void closeSecondTab() {
        if (second != null) {
            driver.switchTo().window(second);
            driver.close();
            driver.switchTo().window(first);
            second = null;
        }
    }

    private static Object js(String script, Object... args) {
        return Chromium.js(driver, script, args);
    }

    private static WebElement await(String css) {
        return Chromium.await(driver, css);
    }

    private static void go(String engine, String hash) {
        driver.get(Site.url() + "index.html?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine + " at " + hash);
        assertEquals(engine, Chromium.attribute(driver, "data-kappa-engine"));
    }

    /** Tab one at {@code hashOne} and tab two at {@code hashTwo}, with {@code record} (or nothing) stored. */
    private void openTwoTabs(String engine, String record, String hashOne, String hashTwo) {
        driver.get(Site.url() + "index.html?engine=" + engine + "#/about");
        Chromium.awaitBoot(driver);
        js("localStorage.clear(); if (arguments[0] !== null) localStorage.setItem('kappa.progress', arguments[0]);",
                record);
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
        go(engine, hashOne);
        first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        second = driver.getWindowHandle();
        go(engine, hashTwo);
    }

    /**
     * In the current tab: at {@code start} hold the main thread until {@code release} (epoch ms), then run
     * {@code action} (a script body). Returns at once; {@code window.__act} becomes "done" afterwards.
     */
    private static void actAt(long start, long release, String action) {
        js("window.__act = 'waiting'; var release = arguments[0];"
                + " setTimeout(function () { while (Date.now() < release) {} " + action + " window.__act = 'done'; },"
                + " Math.max(0, arguments[1] - Date.now()));", release, start);
    }

    private static final String GRADE = "document.dispatchEvent(new KeyboardEvent('keydown', {key: ' ', bubbles: true}));"
            + " document.dispatchEvent(new KeyboardEvent('keydown', {key: '3', bubbles: true}));";

    private void awaitActed(String tab) {
        driver.switchTo().window(tab);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "done".equals(js("return window.__act;")));
    }

    private static Progress storedHere() {
        String raw = (String) js("return localStorage.getItem('kappa.progress');");
        ProgressLoad load = ProgressCodec.decode(raw);
        assertEquals(ProgressLoad.Outcome.LOADED, load.outcome(), "the record reads: " + raw);
        return load.progress();
    }

    /** Waits until both tabs read a record whose card keys are {@code expected}; fails saying what they read. */
    private void awaitBothTabsStore(Set<String> expected) {
        for (String tab : new String[] {first, second}) {
            driver.switchTo().window(tab);
            Set<String>[] seen = new Set[1];
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                    seen[0] = new TreeSet<>(storedHere().cards().keySet());
                    return seen[0].equals(expected);
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("tab " + (tab.equals(first) ? "one" : "two") + " stores " + seen[0].size()
                        + " cards " + seen[0] + ", expected " + expected.size() + " " + expected, e);
            }
        }
    }

    private static List<String> deckCards(String deck, int n) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js("var id = arguments[0]; return KAPPA_CONTENT.decks.filter(function (d) {"
                + " return d.id === id; })[0].cards.map(function (c) { return c.id; });", deck);
        List<String> keys = new ArrayList<>();
        for (String id : ids.subList(0, n)) {
            keys.add(deck + "/" + id);
        }
        return keys;
    }

    private void noConsoleErrors(String where) {
        for (String tab : new String[] {first, second}) {
            driver.switchTo().window(tab);
            assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors " + where);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void twoTabsGradingInTheSameInstantKeepAllSixteenReviews(String engine) {
        openTwoTabs(engine, null, "#/cards/conditioning", "#/cards/curvature");
        await(".flashcard[data-side=front]");
        Set<String> expected = new TreeSet<>(deckCards("curvature", 8));
        expected.addAll(deckCards("conditioning", 8));
        long start = System.currentTimeMillis() + 400;
        long release = start + 2000;
        String eight = GRADE.repeat(8);
        actAt(start, release, eight);
        driver.switchTo().window(first);
        await(".flashcard[data-side=front]");
        actAt(start, release, eight);
        awaitActed(first);
        awaitActed(second);
        awaitBothTabsStore(expected);
        // Each tab's own copy (what its pages show) holds all sixteen too.
        for (String tab : new String[] {first, second}) {
            driver.switchTo().window(tab);
            js("location.hash = '#/progress';");
            WebElement summary = await("[data-progress-summary]");
            assertTrue(summary.getText().contains("16 of "), "tab summary: " + summary.getText());
        }
        noConsoleErrors("grading in two tabs on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void anImportPreviewedBeforeAnotherTabReviewsKeepsThoseReviews(String engine) throws Exception {
        long now = System.currentTimeMillis();
        Progress file = new Progress();
        file.review(new Fsrs(), "ridge-lasso", "from-file", Grade.GOOD, now - 86_400_000L);
        file.recordQuiz("conditioning", 8, 10, now - 1000);
        Path path = Files.createTempFile("kappa-import", ".json");
        Files.writeString(path, ProgressCodec.encode(file, now));
        openTwoTabs(engine, null, "#/progress", "#/cards/curvature");
        driver.switchTo().window(first);
        driver.findElement(By.cssSelector("#import-file")).sendKeys(path.toAbsolutePath().toString());
        assertEquals("2", await("[data-import-preview]").getAttribute("data-import-preview"));

        driver.switchTo().window(second);
        List<String> reviewed = deckCards("curvature", 2);
        js(GRADE + GRADE);
        driver.switchTo().window(first);
        // Tab one has heard of tab two's reviews by now; the learner merges the preview made before them.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> storedHere().cards().size() == 2);
        driver.findElement(By.cssSelector("[data-action=confirm-import]")).click();
        String done = await(".import-result p").getText();
        assertTrue(done.contains("Imported and saved"), done);
        Set<String> expected = new TreeSet<>(reviewed);
        expected.add("ridge-lasso/from-file");
        awaitBothTabsStore(expected);
        assertEquals(8, storedHere().quizzes().get("conditioning").best());
        noConsoleErrors("importing beside another tab on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aResetRacingAReviewInAnotherTabErasesOnlyWhatCameBeforeIt(String engine) {
        long now = System.currentTimeMillis();
        Progress before = new Progress();
        Fsrs fsrs = new Fsrs();
        before.review(fsrs, "conditioning", "old-1", Grade.GOOD, now - 3 * 86_400_000L);
        before.review(fsrs, "least-squares-geometry", "old-2", Grade.EASY, now - 2 * 86_400_000L);
        before.review(fsrs, "ridge-lasso", "old-3", Grade.GOOD, now - 86_400_000L);
        before.recordQuiz("conditioning", 7, 10, now - 1000);
        openTwoTabs(engine, ProgressCodec.encode(before, now), "#/progress", "#/cards/curvature");
        driver.switchTo().window(first);
        driver.findElement(By.cssSelector("[data-action=reset]")).click();
        await("[data-action=confirm-reset]");
        long start = System.currentTimeMillis() + 400;
        long release = start + 2000;
        actAt(start, release, "document.querySelector('[data-action=confirm-reset]').click();");
        driver.switchTo().window(second);
        await(".flashcard[data-side=front]");
        List<String> reviewed = deckCards("curvature", 1);
        // Forty milliseconds after the reset, before this tab can have heard of it.
        actAt(start, release + 40, GRADE);
        awaitActed(first);
        awaitActed(second);
        awaitBothTabsStore(new TreeSet<>(reviewed));
        assertTrue(storedHere().quizzes().isEmpty(), "the quiz score from before the reset stays erased");
        noConsoleErrors("resetting beside another tab on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aRecordStoredByANewerKappaInAnotherTabIsNeverWrittenOver(String engine) {
        openTwoTabs(engine, null, "#/cards/curvature", "#/about");
        // Tab two plays a newer deployment: it stores a record of the next format version.
        String newer = "{\"version\":" + (ProgressCodec.VERSION + 1) + ",\"savedAt\":" + System.currentTimeMillis()
                + ",\"cards\":{\"curvature/positive-definite\":{\"state\":\"review\",\"fsrs6\":[0.2,1.3]}}}";
        js("localStorage.setItem('kappa.progress', arguments[0]);", newer);
        driver.switchTo().window(first);
        await(".flashcard[data-side=front]");
        // Give the storage event time to arrive, then review two cards in this (older) tab.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                newer.equals(js("return localStorage.getItem('kappa.progress');")));
        List<String> reviewed = deckCards("curvature", 2);
        js(GRADE + GRADE);
        assertEquals(newer, js("return localStorage.getItem('kappa.progress');"), "the newer record, byte for byte");
        WebElement notice = await("[data-notice=outdated]");
        assertTrue(notice.getText().contains("newer version"), notice.getText());
        @SuppressWarnings("unchecked")
        List<String> aside = (List<String>) js("var out = []; for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('kappa.progress.aside.') === 0) out.push(localStorage.getItem(k)); }"
                + " return out;");
        assertEquals(1, aside.size(), "this tab's reviews are kept in one record aside: " + aside);
        Progress kept = ProgressCodec.decode(aside.get(0)).progress();
        assertEquals(new TreeSet<>(reviewed), new TreeSet<>(kept.cards().keySet()));
        assertTrue(await("[data-notice=outdated]").getText().contains("kept aside"), "the notice says where");
        driver.switchTo().window(second);
        assertEquals(newer, js("return localStorage.getItem('kappa.progress');"));
        noConsoleErrors("beside a newer Kappa on " + engine);
        assertNotNull(first);
    }
}
