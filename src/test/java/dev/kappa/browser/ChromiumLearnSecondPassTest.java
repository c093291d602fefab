package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.ProgressLoad;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizAttempt;
import dev.kappa.learn.ReviewEntry;
import dev.kappa.learn.exercise.Catalogue;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 in real Chromium on both engines: quiz options in the order of the attempt's seed (the
 * JVM's {@link QuizAttempt} predicts it), an attempt resumed after leaving and reviewed as seen;
 * exercise cards drawing fresh seeds and graded by the grader and the clock; notation the grader
 * reads (√, ×10^k, fractions) and its messages typed into the real page; a choice exercise that
 * allows two tries, shows the solution and stays finished after a reload. Screenshots at 1280×900
 * and, in one test, 390×844.
 */
class ChromiumLearnSecondPassTest {
    static final String QUIZ = "conditioning";
    static final long SEED = 424242;
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

    static void open(String engine, String hash) {
        driver.get(Site.url() + "index.html?engine=" + engine + "#/");
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine);
        js("localStorage.clear();");
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
        driver.get(Site.url() + "index.html?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine);
    }

    static void go(String engine, String hash) {
        driver.get(Site.url() + "index.html?engine=" + engine + hash);
        assertEquals("true", Chromium.awaitBoot(driver), "boot on " + engine);
    }

    static WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    static void shot(String name) throws Exception {
        Files.write(Site.screenshots().resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static void noConsoleErrors(String where) {
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors " + where);
    }

    static Progress stored() {
        ProgressLoad load = ProgressCodec.decode((String) js("return localStorage.getItem('kappa.progress');"));
        assertEquals(ProgressLoad.Outcome.LOADED, load.outcome(), String.valueOf(load.reason()));
        return load.progress();
    }

    static Quiz quiz() {
        return LearnerActions.quiz(QUIZ);
    }

    /** The compiled HTML of each authored option of question {@code id}, from the page's content. */
    @SuppressWarnings("unchecked")
    static List<String> authoredHtml(String id) {
        return (List<String>) js("var quiz = arguments[0], id = arguments[1];"
                + " var q = KAPPA_CONTENT.quizzes.filter(function (x) { return x.id === quiz; })[0]"
                + ".questions.filter(function (x) { return x.id === id; })[0];"
                + " return q.options.map(function (o) { return o.html; });", QUIZ, id);
    }

    /** The option HTML in the order the page shows it. */
    @SuppressWarnings("unchecked")
    static List<String> shownHtml(WebElement box) {
        return (List<String>) js("return Array.prototype.map.call(arguments[0].querySelectorAll('.option-text'),"
                + " function (e) { return e.innerHTML; });", box);
    }

    /** Answers question {@code q} rightly as shown by {@code a}'s order. */
    static void answerRight(Question q, QuizAttempt a) {
        WebElement box = await("[data-question='" + q.id() + "']");
        if (q.kind() == QuestionKind.NUMERIC) {
            WebElement input = box.findElement(By.cssSelector("[data-answer]"));
            input.sendKeys(Double.toString(q.numericAnswer()));
            input.sendKeys(Keys.ENTER);
        } else {
            Answer key = a.shownKey(q);
            for (int i = 0; i < (q.kind() == QuestionKind.TRUEFALSE ? 2 : q.options().size()); i++) {
                boolean right = q.kind() == QuestionKind.TRUEFALSE ? (i == 0) == q.truth()
                        : key.kind() == Answer.Kind.CHOICE ? i == key.choice() : key.choices()[i];
                if (right) {
                    box.findElement(By.cssSelector("input[data-option='" + i + "']")).click();
                }
            }
            box.findElement(By.cssSelector("[data-action=check]")).click();
        }
        WebElement fb = await("[data-question='" + q.id() + "'] .feedback[data-verdict]");
        assertEquals("right", fb.getAttribute("data-verdict"), q.id() + ": " + fb.getText());
        await("[data-question='" + q.id() + "'] [data-action=next]").click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void quizOptionsFollowTheSeedAndAnAttemptResumesAfterLeaving(String engine) throws Exception {
        Quiz quiz = quiz();
        QuizAttempt jvm = new QuizAttempt(QUIZ, SEED, 0);
        open(engine, "#/quiz/" + QUIZ + "?seed=" + SEED);
        assertEquals(String.valueOf(SEED), await(".quiz-stage").getAttribute("data-seed"));
        int answered = 0;
        for (Question q : quiz.questions()) {
            if (answered == 4) {
                break;
            }
            if (q.kind() == QuestionKind.SINGLE || q.kind() == QuestionKind.MULTIPLE) {
                WebElement box = await("[data-question='" + q.id() + "']");
                List<String> authored = authoredHtml(q.id());
                List<String> shown = shownHtml(box);
                int[] order = jvm.order(q);
                for (int i = 0; i < order.length; i++) {
                    assertEquals(authored.get(order[i]), shown.get(i), q.id() + ": shown option " + i + " on " + engine);
                }
            }
            answerRight(q, jvm);
            answered++;
        }
        Progress mid = stored();
        assertEquals(SEED, mid.quizAttempts().get(QUIZ).seed(), "the attempt and its seed are saved");
        assertEquals(4, mid.quizAttempts().get(QUIZ).answers().size());

        go(engine, "#/");
        go(engine, "#/quiz/" + QUIZ);
        WebElement resumed = await("[data-resumed]");
        assertTrue(resumed.getText().contains("question 5 of"), resumed.getText());
        assertEquals(String.valueOf(SEED), await(".quiz-stage").getAttribute("data-seed"), "the same seed, so the same order");
        await("[data-question='" + quiz.questions().get(4).id() + "']");
        if ("wasm".equals(engine)) {
            shot("quiz-resumed-desktop.png");
        }
        for (int i = 4; i < quiz.questions().size(); i++) {
            answerRight(quiz.questions().get(i), jvm);
        }
        WebElement score = await("[data-score]");
        assertEquals(quiz.questions().size() + "/" + quiz.questions().size(), score.getAttribute("data-score"));
        assertTrue(stored().quizAttempts().get(QUIZ).finished());

        // The finished attempt, reviewed later, shows every question's options in the order seen.
        go(engine, "#/");
        go(engine, "#/quiz/" + QUIZ);
        await("[data-action=review-last]").click();
        await("[data-review]");
        for (Question q : quiz.questions()) {
            if (q.kind() == QuestionKind.SINGLE) {
                WebElement item = await("[data-review] li[data-right='" + q.id() + "']");
                List<String> seen = shownHtml(item);
                int[] order = jvm.order(q);
                List<String> authored = authoredHtml(q.id());
                for (int i = 0; i < order.length; i++) {
                    assertEquals(authored.get(order[i]), seen.get(i), q.id() + " reviewed as seen");
                }
                assertTrue(item.getText().contains("✓ right, your choice"), item.getText());
            }
        }
        if ("wasm".equals(engine)) {
            shot("quiz-review-as-seen-desktop.png");
        }
        noConsoleErrors("quiz shuffle and resume on " + engine);
    }

    /** (trace ∓ √disc)/2 written with the matrix's integers: the grader reads √, fractions and brackets. */
    static String eigenvaluesAsTyped(Exercise e) {
        String plain = e.prompt().plain();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("A = \\[\\[(-?\\d+), (-?\\d+)\\], \\[(-?\\d+), (-?\\d+)\\]\\]")
                .matcher(plain);
        assertTrue(m.find(), plain);
        long p = Long.parseLong(m.group(1));
        long r = Long.parseLong(m.group(2));
        long q = Long.parseLong(m.group(4));
        long disc = (p - q) * (p - q) + 4 * r * r;
        return "(" + (p + q) + " − √" + disc + ")/2, (" + (p + q) + " + √(" + disc + "))/2";
    }

    /**
     * Answers the eigenvalues card on show rightly, typing (trace ∓ √disc)/2 for the exercise the JVM
     * draws from the card's seed (checked to be the one shown); returns {seed, what was typed}.
     */
    static String[] answerTheEigenvalueCard() {
        WebElement card = await(".exercise-card[data-card=eigenvalues-2x2]");
        String seed = card.getAttribute("data-seed");
        Exercise e = Catalogue.byId("eigenvalues-2x2").generate(Long.parseLong(seed));
        assertEquals(e.prompt().plain(), await("#exercise-prompt").getAttribute("data-plain"), "the JVM's exercise");
        WebElement input = card.findElement(By.cssSelector("[data-answer]"));
        String typed = eigenvaluesAsTyped(e);
        input.sendKeys(typed);
        input.sendKeys(Keys.ENTER);
        return new String[] {seed, typed};
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void exerciseCardsDrawAFreshSeedAndAreGradedByTheGrader(String engine) throws Exception {
        open(engine, "#/cards/practice-optimization");
        String[] seedAndTyped = answerTheEigenvalueCard();
        long seed = Long.parseLong(seedAndTyped[0]);
        String typed = seedAndTyped[1];
        WebElement grade = await(".exercise-grade[data-grade]");
        assertTrue(Integer.parseInt(grade.getAttribute("data-grade")) >= 2, "right at the first try: " + grade.getText());
        assertTrue(grade.getText().startsWith("Right at the first try"), grade.getText());
        if ("wasm".equals(engine)) {
            shot("exercise-card-graded-desktop.png");
        }
        List<ReviewEntry> log = stored().history("practice-optimization", "eigenvalues-2x2");
        assertEquals(1, log.size());
        assertEquals(seed, log.get(0).seed(), "the history keeps the seed");
        assertEquals(typed, log.get(0).answer(), "and the answer as typed");
        assertTrue(log.get(0).correct());

        await("[data-action=next-card]").click();
        WebElement second = await(".exercise-card[data-card=eigenvector-2x2]");
        long seed2 = Long.parseLong(second.getAttribute("data-seed"));
        WebElement in2 = second.findElement(By.cssSelector("[data-answer]"));
        in2.sendKeys("0, 0");
        in2.sendKeys(Keys.ENTER);
        WebElement again = await(".exercise-grade[data-grade]");
        assertEquals("1", again.getAttribute("data-grade"), "wrong is Again: " + again.getText());
        assertTrue(await("#exercise-feedback").getText().contains("zero vector"), "the grader's reason");
        ReviewEntry wrong = stored().history("practice-optimization", "eigenvector-2x2").get(0);
        assertEquals(seed2, wrong.seed());
        assertFalse(wrong.correct());
        noConsoleErrors("exercise cards on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theGraderReadsNotationAndExplainsInThePage(String engine) throws Exception {
        long seed = 5;
        Exercise eig = Catalogue.byId("eigenvalues-2x2").generate(seed);
        open(engine, "#/exercise/eigenvalues-2x2?seed=" + seed);
        WebElement input = await("#exercise-answer");
        double[] l = eig.answer().values();
        input.sendKeys(l[1] + ", " + l[0]);
        input.sendKeys(Keys.ENTER);
        WebElement fb = await("#exercise-feedback[data-verdict=wrong]");
        assertTrue(fb.getText().contains("Right values, wrong order: give them smallest first"), fb.getText());
        input.clear();
        input.sendKeys("1,,2");
        input.sendKeys(Keys.ENTER);
        assertEquals("malformed", await("#exercise-feedback").getAttribute("data-verdict"));
        if ("wasm".equals(engine)) {
            shot("grader-malformed-desktop.png");
        }
        input.clear();
        input.sendKeys(eigenvaluesAsTyped(eig));
        input.sendKeys(Keys.ENTER);
        await("#exercise-feedback[data-verdict=right]");

        // κ(AᵀA) typed as m×10^k, the way the worked solution writes it.
        Exercise k = Catalogue.byId("kappa-normal-equations").generate(seed);
        go(engine, "#/exercise/kappa-normal-equations?seed=" + seed);
        String text = dev.kappa.learn.NumberText.format(k.answer().scalar());
        String asTyped = text.contains("e") ? text.replace("e", "×10^") : text;
        WebElement in2 = await("#exercise-answer");
        in2.sendKeys(asTyped);
        in2.sendKeys(Keys.ENTER);
        WebElement ok = await("#exercise-feedback[data-verdict]");
        assertEquals("right", ok.getAttribute("data-verdict"), asTyped + ": " + ok.getText());
        if ("wasm".equals(engine)) {
            shot("grader-power-of-ten-desktop.png");
        }
        noConsoleErrors("grader notation on " + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aChoiceExerciseAllowsTwoTriesThenShowsTheSolutionAndStaysDone(String engine) throws Exception {
        long seed = 11;
        Exercise e = Catalogue.byId("direction-case").generate(seed);
        int right = e.answer().choice();
        open(engine, "#/exercise/direction-case?seed=" + seed);
        for (int t = 1; t <= 2; t++) {
            await("input[data-option='" + (right + t) % 5 + "']").click();
            driver.findElement(By.cssSelector("[data-action=check]")).click();
            WebElement fb = await("#exercise-feedback[data-verdict=wrong]");
            assertTrue(fb.getText().contains(t == 1 ? "1 try left" : "No tries left"), fb.getText());
        }
        await("[data-reveal=solution]");
        assertFalse(driver.findElement(By.cssSelector("[data-action=check]")).isEnabled(), "nothing more is graded");
        assertFalse(driver.findElement(By.cssSelector("input[data-option='" + right + "']")).isEnabled());
        if ("wasm".equals(engine)) {
            shot("exercise-choice-out-of-tries-desktop.png");
        }
        driver.navigate().refresh();
        assertEquals("true", Chromium.awaitBoot(driver));
        WebElement fb = await("#exercise-feedback");
        assertTrue(fb.getText().contains("finished this exercise earlier"), "reloading gives no fresh tries: " + fb.getText());
        await("[data-reveal=solution]");
        assertTrue(driver.findElement(By.cssSelector("[data-streak]")).getText().contains("0 of 1 exercises right"),
                driver.findElement(By.cssSelector("[data-streak]")).getText());
        noConsoleErrors("limited tries on " + engine);
    }

    /** The same pages at 390×844: nothing scrolls sideways; screenshots to look at. */
    @Test
    void theNewViewsFitAPhone() throws Exception {
        WebDriver phone = Chromium.start(390, 844);
        WebDriver desktop = driver;
        driver = phone;
        try {
            open("wasm", "#/quiz/" + QUIZ + "?seed=" + SEED);
            Quiz quiz = quiz();
            QuizAttempt jvm = new QuizAttempt(QUIZ, SEED, 0);
            for (int i = 0; i < 3; i++) {
                answerRight(quiz.questions().get(i), jvm);
            }
            await("[data-question='" + quiz.questions().get(3).id() + "']");
            shot("quiz-shuffled-phone.png");
            assertEquals(0L, overflow(), "quiz fits");
            go("wasm", "#/cards/practice-optimization");
            answerTheEigenvalueCard();
            await(".exercise-grade[data-grade]");
            shot("exercise-card-graded-phone.png");
            assertEquals(0L, overflow(), "exercise card fits");
            go("wasm", "#/cards/conditioning");
            await(".flashcard[data-kind]");
            go("wasm", "#/");
            WebElement badge = await("[data-topic] a[href='#/cards/practice-optimization'] + .badge");
            assertTrue(badge.getText().matches("\\d+ new"), "new cards are new, not due: " + badge.getText());
            shot("home-new-badges-phone.png");
            noConsoleErrors("phone views");
        } finally {
            driver = desktop;
            phone.quit();
        }
    }

    static long overflow() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    /** The cloze card shows gaps, then fills them. */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aClozeCardHidesItsGapsUntilFlipped(String engine) throws Exception {
        open(engine, "#/cards/conditioning");
        Map<String, Object> card = null;
        for (int i = 0; i < 30; i++) {
            WebElement face = await(".flashcard[data-side=front]");
            if ("cloze".equals(face.getAttribute("data-kind"))) {
                card = Map.of("id", face.getAttribute("data-card"));
                break;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(" ").perform();
            await(".flashcard[data-side=back]");
            new org.openqa.selenium.interactions.Actions(driver).sendKeys("3").perform();
        }
        assertTrue(card != null, "a cloze card in the deck");
        WebElement front = await(".flashcard .face.front");
        assertTrue(front.getText().contains("[…]") || front.getText().contains("□"), "gaps on the front: " + front.getText());
        if ("wasm".equals(engine)) {
            shot("cards-cloze-front-desktop.png");
        }
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(" ").perform();
        WebElement back = await(".flashcard .face.back");
        assertFalse(back.getText().contains("[…]") || back.getText().contains("□"), "filled in on the back: "
                + back.getText());
        noConsoleErrors("cloze on " + engine);
    }
}
