package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
     * Answers every question of the quiz on screen from the compiled content's answers: right for
     * the first {@code right} questions, wrong for the rest. Returns the number of questions.
     */
    @SuppressWarnings("unchecked")
    static int answerQuiz(WebDriver driver, String quiz, int right) {
        List<Map<String, Object>> questions = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                "var id = arguments[0]; return KAPPA_CONTENT.quizzes.filter(function (q) { return q.id === id; })[0]"
                        + ".questions;", quiz);
        for (int i = 0; i < questions.size(); i++) {
            Map<String, Object> q = questions.get(i);
            boolean correct = i < right;
            WebElement box = await(driver, "[data-question='" + q.get("id") + "']");
            String kind = (String) q.get("kind");
            if (kind.equals("numeric")) {
                double answer = ((Number) q.get("answer")).doubleValue();
                box.findElement(By.cssSelector("[data-answer]")).sendKeys(String.valueOf(correct ? answer : answer * 3 + 7));
            } else if (kind.equals("truefalse")) {
                boolean truth = Boolean.TRUE.equals(q.get("answer"));
                box.findElement(By.cssSelector("input[data-option='" + (truth == correct ? 0 : 1) + "']")).click();
            } else {
                List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
                for (int k = 0, clicked = 0; k < options.size(); k++) {
                    if (Boolean.TRUE.equals(options.get(k).get("correct")) == correct
                            && (kind.equals("multiple") || clicked++ == 0)) {
                        box.findElement(By.cssSelector("input[data-option='" + k + "']")).click();
                    }
                }
            }
            box.findElement(By.cssSelector("[data-action=check]")).click();
            assertEquals(correct ? "right" : "wrong", box.findElement(By.cssSelector(".feedback"))
                    .getAttribute("data-verdict"), "question " + q.get("id"));
            box.findElement(By.cssSelector("[data-action=next]")).click();
        }
        return questions.size();
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
