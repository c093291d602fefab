package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kappa.learn.ContentParser;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizAttempt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a learner does in a page, for the course-integration tests: quizzes, exercises, a deck. */
final class LearnerActions {
    private LearnerActions() {
    }

    static WebElement await(WebDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /**
     * Answers every question of the quiz on screen from its source file's answers: right for the first
     * {@code right} questions, wrong for the rest. The options are found where the attempt's seed (on the page)
     * shows them, as the JVM's {@link QuizAttempt} orders them. Returns the number of questions.
     */
    static int answerQuiz(WebDriver driver, String quizId, int right) {
        Quiz quiz = quiz(quizId);
        long seed = Long.parseLong(await(driver, ".quiz-stage[data-seed]").getAttribute("data-seed"));
        QuizAttempt shown = new QuizAttempt(quizId, seed, 0);
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question q = quiz.questions().get(i);
            boolean correct = i < right;
            WebElement box = await(driver, "[data-question='" + q.id() + "']");
            if (q.kind() == QuestionKind.NUMERIC) {
                double answer = q.numericAnswer();
                box.findElement(By.cssSelector("[data-answer]")).sendKeys(String.valueOf(correct ? answer : answer * 3 + 7));
            } else if (q.kind() == QuestionKind.TRUEFALSE) {
                box.findElement(By.cssSelector("input[data-option='" + (q.truth() == correct ? 0 : 1) + "']")).click();
            } else {
                int[] order = shown.order(q);
                for (int k = 0, clicked = 0; k < order.length; k++) {
                    if (q.options().get(order[k]).correct() == correct
                            && (q.kind() == QuestionKind.MULTIPLE || clicked++ == 0)) {
                        box.findElement(By.cssSelector("input[data-option='" + k + "']")).click();
                    }
                }
            }
            box.findElement(By.cssSelector("[data-action=check]")).click();
            assertEquals(correct ? "right" : "wrong", box.findElement(By.cssSelector(".feedback"))
                    .getAttribute("data-verdict"), "question " + q.id());
            box.findElement(By.cssSelector("[data-action=next]")).click();
        }
        return quiz.questions().size();
    }

    /** The quiz as its source file declares it. */
    static Quiz quiz(String id) {
        Path file = Paths.get("content/quizzes/" + id + ".md");
        try {
            return ContentParser.parseQuiz(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the exercise on screen right or wrong (the answer from the JVM's generator); returns its seed. */
    static long answerExercise(WebDriver driver, String id, boolean right) {
        WebElement view = await(driver, "[data-view=exercise][data-exercise='" + id + "']");
        long seed = Long.parseLong(view.getAttribute("data-seed"));
        dev.kappa.learn.Answer a = dev.kappa.learn.exercise.Catalogue.byId(id).generate(seed).answer();
        if (a.kind() == dev.kappa.learn.Answer.Kind.CHOICE) {
            int option = right ? a.choice() : (a.choice() + 1) % 2;
            driver.findElement(By.cssSelector("input[data-option='" + option + "']")).click();
            driver.findElement(By.cssSelector("[data-action=check]")).click();
        } else {
            WebElement box = driver.findElement(By.cssSelector("[data-answer]"));
            box.sendKeys(right ? ChromiumLearnTest.rightInput(a) : "-12345");
            box.sendKeys(Keys.ENTER);
        }
        await(driver, "#exercise-feedback[data-verdict=" + (right ? "right" : "wrong") + "]");
        return seed;
    }

    /** Asks for a new exercise and waits until it is on screen. */
    static void nextExercise(WebDriver driver, long seed) {
        driver.findElement(By.cssSelector("[data-action=new]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                return !String.valueOf(seed).equals(d.findElement(By.cssSelector("[data-view=exercise]"))
                        .getAttribute("data-seed"));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Reviews the deck on screen to its end, every card "Good"; returns how many reviews it took. */
    static int reviewDeck(WebDriver driver) {
        int reviews = 0;
        while (driver.findElements(By.cssSelector("[data-summary]")).isEmpty() && reviews < 200) {
            await(driver, ".flashcard[data-side=front]");
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(" ").perform();
            await(driver, ".flashcard[data-side=back]");
            new org.openqa.selenium.interactions.Actions(driver).sendKeys("3").perform();
            reviews++;
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(
                    "[data-summary], .flashcard[data-side=front]")).isEmpty());
        }
        return reviews;
    }
}
