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
        if ("wasm".equals(engine)) {
            screenshot("cards-summary-desktop.png");
        }
        String record = stored();
        assertNotNull(record, "progress stored after grading");
        assertTrue(record.contains("\"" + DECK + "/"), "card states keyed deck/card: " + record);
        noConsoleErrors("during review on " + engine);

        reload();
        driver.get(Site.url() + "index.html?engine=" + engine + "#/");
        Chromium.awaitBoot(driver);
        WebElement badge = await("[data-topic] a[href='#/cards/" + DECK + "'] + .badge");
        assertEquals(dev.kappa.learn.ProgressCodec.VERSION,
                ((Number) js("return JSON.parse(localStorage.getItem('kappa.progress')).version;")).intValue());
        assertTrue(badge.getText().equals("all done") || badge.getText().matches("1 due"),
                "after reviewing everything (one Again still relearning) the deck badge says so: " + badge.getText());
        if ("wasm".equals(engine)) {
            screenshot("home-with-progress-desktop.png");
        }
        noConsoleErrors("after reload on " + engine);
    }

    static final String QUIZ = "conditioning";

    /** Answers every question of {@link #QUIZ}: the first one wrongly, numeric ones after "abc" first. */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void finishAQuizWithGarbageInANumericAnswer(String engine) throws Exception {
        open(engine, "#/quiz/" + QUIZ, false);
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> questions = (List<java.util.Map<String, Object>>) js(
                "var id = arguments[0]; return KAPPA_CONTENT.quizzes.filter(function (q) { return q.id === id; })[0].questions;",
                QUIZ);
        int n = questions.size();
        boolean sawNumeric = false;
        for (int i = 0; i < n; i++) {
            java.util.Map<String, Object> q = questions.get(i);
            String kind = (String) q.get("kind");
            WebElement box = await("[data-question='" + q.get("id") + "']");
            boolean wrong = i == 0;
            if (kind.equals("numeric")) {
                WebElement input = box.findElement(By.cssSelector("[data-answer]"));
                input.sendKeys("abc");
                box.findElement(By.cssSelector("[data-action=check]")).click();
                WebElement fb = box.findElement(By.cssSelector(".feedback"));
                assertEquals("malformed", fb.getAttribute("data-verdict"), "garbage is not graded: " + fb.getText());
                assertTrue(fb.getText().contains("not a number"), "the grader's helpful message: " + fb.getText());
                if (!sawNumeric && "wasm".equals(engine)) {
                    screenshot("quiz-garbage-desktop.png");
                }
                sawNumeric = true;
                input.clear();
                double answer = ((Number) q.get("answer")).doubleValue();
                input.sendKeys(wrong ? String.valueOf(answer * 3 + 7) : String.valueOf(answer));
                input.sendKeys(org.openqa.selenium.Keys.ENTER);
            } else {
                @SuppressWarnings("unchecked")
                List<java.util.Map<String, Object>> options = (List<java.util.Map<String, Object>>) q.get("options");
                if (kind.equals("truefalse")) {
                    boolean truth = Boolean.TRUE.equals(q.get("answer"));
                    box.findElement(By.cssSelector("input[data-option='" + (truth != wrong ? 0 : 1) + "']")).click();
                } else {
                    // Options are shown in this attempt's own order: find each shown option's authored one by its HTML.
                    int clicked = 0;
                    for (int k = 0; k < options.size(); k++) {
                        String shown = (String) js("return arguments[0].parentNode.querySelector('.option-text').innerHTML;",
                                box.findElement(By.cssSelector("input[data-option='" + k + "']")));
                        boolean correct = false;
                        for (java.util.Map<String, Object> o : options) {
                            if (shown.equals(o.get("html"))) {
                                correct = Boolean.TRUE.equals(o.get("correct"));
                            }
                        }
                        if (correct != wrong && (kind.equals("multiple") || clicked == 0)) {
                            box.findElement(By.cssSelector("input[data-option='" + k + "']")).click();
                            clicked++;
                        }
                    }
                }
                box.findElement(By.cssSelector("[data-action=check]")).click();
            }
            WebElement fb = box.findElement(By.cssSelector(".feedback"));
            assertEquals(wrong ? "wrong" : "right", fb.getAttribute("data-verdict"),
                    "verdict for question " + q.get("id") + " (" + kind + "): " + fb.getText());
            assertTrue(fb.getText().startsWith(wrong ? "✗" : "✓"), "a text mark, not colour alone: " + fb.getText());
            assertTrue(!box.findElements(By.cssSelector(".explanation")).isEmpty(), "explanation shown");
            if (i == 0 && "wasm".equals(engine)) {
                screenshot("quiz-explanation-desktop.png");
            }
            box.findElement(By.cssSelector("[data-action=next]")).click();
        }
        assertTrue(sawNumeric, "quiz " + QUIZ + " has a numeric question");
        WebElement score = await("[data-score]");
        assertEquals((n - 1) + "/" + n, score.getAttribute("data-score"));
        assertEquals(1, driver.findElements(By.cssSelector("[data-missed]")).size(), "one missed question reviewed");
        if ("wasm".equals(engine)) {
            screenshot("quiz-score-desktop.png");
        }
        noConsoleErrors("during the quiz on " + engine);
        reload();
        WebElement best = await("[data-view=quiz] .card-count");
        assertTrue(best.getText().contains("best so far: " + (n - 1) + " of " + n), "best score kept: " + best.getText());
        noConsoleErrors("after reload on " + engine);
    }

    /** A progress record made by the JVM codec: two cards reviewed, a quiz score. */
    static dev.kappa.learn.Progress sampleProgress(long now) {
        dev.kappa.learn.Progress p = new dev.kappa.learn.Progress();
        dev.kappa.learn.Fsrs fsrs = new dev.kappa.learn.Fsrs();
        p.review(fsrs, DECK, "kappa-definition", dev.kappa.learn.Grade.EASY, now - 3 * 86_400_000L);
        p.review(fsrs, "curvature", "positive-definite", dev.kappa.learn.Grade.GOOD, now - 86_400_000L);
        p.recordQuiz(QUIZ, 7, 10, now - 1000);
        return p;
    }

    static dev.kappa.learn.Progress decode(String text) {
        dev.kappa.learn.ProgressLoad load = dev.kappa.learn.ProgressCodec.decode(text);
        assertEquals(dev.kappa.learn.ProgressLoad.Outcome.LOADED, load.outcome(), "record reads: " + text);
        return load.progress();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void exportResetAndImportBringEverythingBack(String engine) throws Exception {
        long now = System.currentTimeMillis();
        dev.kappa.learn.Progress original = sampleProgress(now);
        open(engine, "#/", false);
        js("localStorage.setItem('kappa.progress', arguments[0]);", dev.kappa.learn.ProgressCodec.encode(original, now));
        driver.get(Site.url() + "index.html?engine=" + engine + "#/progress");
        reload();
        WebElement summary = await("[data-progress-summary]");
        assertTrue(summary.getText().contains("2 of "), "two cards studied: " + summary.getText());
        assertEquals(original, decode(stored()), "the JVM's record read by the browser");

        js("window.__exports = []; var create = URL.createObjectURL;"
                + " URL.createObjectURL = function (b) { window.__exports.push(b); return create.call(URL, b); };");
        driver.findElement(By.cssSelector("[data-action=export]")).click();
        String exported = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var b = window.__exports[0];"
                        + " if (!b) { done(null); return; } b.text().then(done);");
        assertNotNull(exported, "export made a Blob download");
        assertEquals(original, decode(exported), "the exported file holds the progress");

        driver.findElement(By.cssSelector("[data-action=reset]")).click();
        await("[data-action=confirm-reset]").click();
        assertTrue(decode(stored()).isEmpty(), "reset leaves a record with no progress (so other tabs hear of it)");
        assertTrue(await("[data-progress-summary]").getText().contains("0 of "), "summary after reset");

        Path file = Files.createTempFile("kappa-progress", ".json");
        Files.writeString(file, exported);
        driver.findElement(By.cssSelector("#import-file")).sendKeys(file.toAbsolutePath().toString());
        WebElement preview = await("[data-import-preview]");
        assertEquals("3", preview.getAttribute("data-import-preview"), "preview lists 3 changes: " + preview.getText());
        if ("wasm".equals(engine)) {
            screenshot("progress-import-preview-desktop.png");
        }
        assertTrue(decode(stored()).isEmpty(), "nothing merged before confirming");
        driver.findElement(By.cssSelector("[data-action=confirm-import]")).click();
        await(".import-result p");
        assertEquals(original, decode(stored()), "import restores the exported progress");
        reload();
        assertTrue(await("[data-progress-summary]").getText().contains("2 of "), "after reload");
        noConsoleErrors("export/import on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aCorruptedRecordIsKeptAsideAndReported(String engine) throws Exception {
        String corrupt = "{\"version\":1,\"cards\":{\"conditioning/kappa-definition\":{\"state\":\"rev";
        open(engine, "#/", false);
        js("localStorage.setItem('kappa.progress', arguments[0]);", corrupt);
        driver.get(Site.url() + "index.html?engine=" + engine + "#/cards/" + DECK);
        reload();
        WebElement banner = await("[data-notice=aside]");
        assertTrue(banner.getText().contains("kept aside"), "banner says what happened: " + banner.getText());
        @SuppressWarnings("unchecked")
        List<String> aside = (List<String>) js("var out = []; for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('kappa.progress.aside.') === 0) out.push(localStorage.getItem(k)); }"
                + " return out;");
        assertEquals(List.of(corrupt), aside, "the damaged record is kept byte for byte");
        if ("wasm".equals(engine)) {
            screenshot("corrupt-kept-aside-desktop.png");
        }
        // The app still works and saves over the main key only now that the original is safe.
        press(" ");
        await(".flashcard[data-side=back]");
        press("3");
        decode(stored());
        driver.get(Site.url() + "index.html?engine=" + engine + "#/progress");
        assertEquals("1", await("[data-aside-list]").getAttribute("data-aside-list"), "listed on the progress page");
        noConsoleErrors("with a corrupted record on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aFullQuotaLosesNothingAlreadyStored(String engine) {
        long now = System.currentTimeMillis();
        String before = dev.kappa.learn.ProgressCodec.encode(sampleProgress(now), now);
        open(engine, "#/", false);
        js("localStorage.setItem('kappa.progress', arguments[0]);", before);
        driver.get(Site.url() + "index.html?engine=" + engine + "#/cards/" + DECK);
        reload();
        await(".flashcard[data-side=front]");
        js("Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        press(" ");
        await(".flashcard[data-side=back]");
        press("3");
        WebElement banner = await("[data-notice=save]");
        assertTrue(banner.getText().contains("Storage is full"), "quota message: " + banner.getText());
        assertEquals(before, stored(), "the stored record is untouched");
        noConsoleErrors("with a full quota on " + engine);
    }

    /**
     * Opening a lab records a visit (index.html and embed.html, which share the origin's storage);
     * after a reload the progress page lists it with its count and the home page marks it. With a
     * full quota a lab still opens, and the record stored before is untouched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void openingALabIsRecordedInProgress(String engine) throws Exception {
        open(engine, "#/lab/min-norm", false);
        await("[data-view=lab][data-lab=min-norm]");
        dev.kappa.learn.Progress p = decode(stored());
        assertEquals(1, p.labs().get("min-norm").visits(), "visit stored on opening the lab: " + stored());
        reload();
        await("[data-view=lab][data-lab=min-norm]");
        driver.get(Site.url() + "embed.html?engine=" + engine + "#/lab/ridge-path");
        assertEquals("true", Chromium.awaitBoot(driver), "embed boot");
        await("[data-view=lab][data-lab=ridge-path]");

        driver.get(Site.url() + "index.html?engine=" + engine + "#/progress");
        reload();
        WebElement visited = await("[data-labs-visited]");
        assertEquals("2", visited.getAttribute("data-labs-visited"), visited.getText());
        assertTrue(await("[data-lab-visit=min-norm]").getText().endsWith("(2 visits)"),
                driver.findElement(By.cssSelector("[data-lab-visit=min-norm]")).getText());
        assertTrue(await("[data-lab-visit=ridge-path]").getText().endsWith("(1 visit)"),
                driver.findElement(By.cssSelector("[data-lab-visit=ridge-path]")).getText());
        if ("wasm".equals(engine)) {
            screenshot("progress-labs-visited-desktop.png");
        }
        driver.get(Site.url() + "index.html?engine=" + engine + "#/");
        await("[data-lab-visited=min-norm]");
        assertEquals(2, driver.findElements(By.cssSelector("[data-lab-visited]")).size(), "home marks the two labs");

        String before = stored();
        js("Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        js("location.hash = '#/lab/quadratic-gd';");
        await("[data-view=lab][data-lab=quadratic-gd] [data-lab-rule]");
        assertTrue(await("[data-notice=save]").getText().contains("Storage is full"), "quota reported on the lab page");
        assertEquals(before, stored(), "nothing stored is lost");
        noConsoleErrors("lab visits on " + engine);
    }

    /** What a learner would type for the right answer, computed on the JVM from the same generator and seed. */
    static String rightInput(dev.kappa.learn.Answer a) {
        switch (a.kind()) {
            case SCALAR:
                return Double.toString(a.scalar());
            case VECTOR: {
                StringBuilder sb = new StringBuilder();
                for (double v : a.values()) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(v);
                }
                return sb.toString();
            }
            default:
                return String.valueOf((char) ('a' + a.choice()));
        }
    }

    static void solve(String id, String engine, boolean screenshots) throws Exception {
        WebElement view = await("[data-view=exercise][data-exercise='" + id + "']");
        long seed = Long.parseLong(view.getAttribute("data-seed"));
        String hash = (String) js("return location.hash;");
        assertEquals("#/exercise/" + id + "?seed=" + seed, hash, "the seed is in the address");
        dev.kappa.learn.Exercise jvm = dev.kappa.learn.exercise.Catalogue.byId(id).generate(seed);
        assertEquals(jvm.prompt().plain(), await("#exercise-prompt").getAttribute("data-plain"),
                "the same exercise as the JVM draws for seed " + seed + " on " + engine);
        dev.kappa.learn.Answer a = jvm.answer();
        if (a.kind() == dev.kappa.learn.Answer.Kind.CHOICE) {
            driver.findElement(By.cssSelector("input[data-option='" + a.choice() + "']")).click();
            driver.findElement(By.cssSelector("[data-action=check]")).click();
        } else {
            WebElement input = driver.findElement(By.cssSelector("[data-answer]"));
            input.sendKeys("abc");
            input.sendKeys(org.openqa.selenium.Keys.ENTER);
            WebElement fb = await("#exercise-feedback[data-verdict]");
            assertEquals("malformed", fb.getAttribute("data-verdict"), "garbage gets a message: " + fb.getText());
            assertTrue(fb.getText().length() > 20, "a helpful message: " + fb.getText());
            driver.findElement(By.cssSelector("[data-action=hint]")).click();
            await("[data-reveal=hint]");
            if (screenshots) {
                screenshot("exercise-garbage-hint-desktop.png");
            }
            input.clear();
            input.sendKeys(rightInput(a));
            input.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        WebElement fb = await("#exercise-feedback[data-verdict=right]");
        assertTrue(fb.getText().startsWith("✓"), "verdict: " + fb.getText());
        assertTrue(driver.findElement(By.cssSelector("[data-streak]")).getText().startsWith("Streak: 1"),
                "streak after one right answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void solveExercisesFromTheirSeeds(String engine) throws Exception {
        // No seed: a fresh one is drawn and put into the address.
        open(engine, "#/exercise/max-stable-step", false);
        solve("max-stable-step", engine, "wasm".equals(engine));
        driver.findElement(By.cssSelector("[data-action=solution]")).click();
        await("[data-reveal=solution]");
        if ("wasm".equals(engine)) {
            screenshot("exercise-solved-desktop.png");
        }
        // A vector answer and a choice answer, from fixed seeds.
        driver.get(Site.url() + "index.html?engine=" + engine + "#/exercise/min-norm-2x3?seed=12345");
        solve("min-norm-2x3", engine, false);
        driver.get(Site.url() + "index.html?engine=" + engine + "#/exercise/definiteness?seed=777");
        solve("definiteness", engine, false);
        // "New exercise" changes the seed in the address and keeps the streak.
        String before = await("[data-view=exercise]").getAttribute("data-seed");
        driver.findElement(By.cssSelector("[data-action=new]")).click();
        // The view is re-rendered for the new exercise: an element found just before that can go
        // stale between the find and the read, so the wait looks again instead of failing.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !before.equals(
                        d.findElement(By.cssSelector("[data-view=exercise]")).getAttribute("data-seed")));
        reload();
        assertTrue(await("[data-streak]").getText().startsWith("Streak: 1"), "streak kept after reload");
        String record = stored();
        assertTrue(record.contains("\"max-stable-step\"") && record.contains("\"definiteness\""), record);
        noConsoleErrors("exercises on " + engine);
    }

    @org.junit.jupiter.api.Test
    void twoTabsDoNotOverwriteEachOther() {
        open("wasm", "#/cards/" + DECK, false);
        String first = driver.getWindowHandle();
        await(".flashcard[data-side=front]");
        press(" ");
        press("4");
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(Site.url() + "index.html?engine=wasm#/cards/curvature");
        Chromium.awaitBoot(driver);
        await(".flashcard[data-side=front]");
        press(" ");
        press("4");
        String second = driver.getWindowHandle();
        driver.switchTo().window(first);
        await(".flashcard[data-side=front]");
        press(" ");
        press("4");
        dev.kappa.learn.Progress p = decode(stored());
        assertEquals(3, p.cards().size(), "both tabs' reviews are kept: " + p.cards().keySet());
        driver.switchTo().window(second);
        driver.close();
        driver.switchTo().window(first);
        noConsoleErrors("with two tabs");
    }

    @org.junit.jupiter.api.Test
    void anEmbeddedExerciseTellsItsHostPage() {
        open("js", "#/", false);
        long seed = 31;
        js("window.__events = []; window.addEventListener('message', function (e) { window.__events.push(e.data); });"
                + " var f = document.createElement('iframe'); f.id = 'widget'; f.title = 'Kappa exercise';"
                + " f.src = 'embed.html?engine=js#/exercise/max-stable-step?seed=' + arguments[0];"
                + " document.body.appendChild(f);", seed);
        driver.switchTo().frame(await("#widget"));
        Chromium.awaitBoot(driver);
        WebElement input = await("[data-answer]");
        input.sendKeys(rightInput(dev.kappa.learn.exercise.Catalogue.byId("max-stable-step").generate(seed).answer()));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        await("#exercise-feedback[data-verdict=right]");
        driver.switchTo().defaultContent();
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> events = (List<java.util.Map<String, Object>>) new WebDriverWait(driver,
                Duration.ofSeconds(5)).until(d -> {
                    Object e = js("return window.__events.filter(function (m) { return m && m.type === 'kappa:event'; });");
                    return ((List<?>) e).isEmpty() ? null : e;
                });
        java.util.Map<String, Object> e = events.get(0);
        assertEquals("answered", e.get("verb"));
        assertEquals("exercise/max-stable-step?seed=31", e.get("object"));
        assertEquals(Boolean.TRUE, e.get("success"));
        noConsoleErrors("embedded exercise");
    }
}
