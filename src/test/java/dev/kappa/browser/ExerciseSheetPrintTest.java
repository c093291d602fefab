package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.exercise.Catalogue;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * Printable exercise sheets in Chromium: the sheet shows the JVM's exercises for the seed range,
 * and a PDF print (the browser's own, as a teacher's Print button makes) has the exercises first
 * and the answer key starting on a page of its own, with no site chrome or buttons on paper.
 */
class ExerciseSheetPrintTest {
    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = Chromium.start(1280, 900);
    }

    @AfterEach
    void stop() {
        Chromium.quit(driver);
    }

    /** The text of each page of a PDF. */
    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper strip = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                out.add(strip.getText(doc));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} seeds {1}–{2} on {3}")
    @CsvSource({"digits-lost, 1, 10, wasm", "min-norm-2x3, 40, 45, js", "definiteness, 7, 12, js"})
    void theAnswerKeyPrintsOnItsOwnPage(String id, long from, long to, String engine) throws Exception {
        ExerciseGenerator g = Catalogue.byId(id);
        driver.get(Site.url() + "index.html?engine=" + engine + "#/sheet/" + id + "?from=" + from + "&to=" + to);
        assertEquals("true", Chromium.awaitBoot(driver), Chromium.bootFailure(driver));
        LearnerActions.await(driver, "[data-view=sheet] [data-answer-key]");
        int count = (int) (to - from + 1);
        assertEquals(count, driver.findElements(By.cssSelector(".sheet-exercises > li")).size());
        assertEquals(count, driver.findElements(By.cssSelector(".sheet-answers > li")).size());
        assertEquals(1, driver.findElements(By.cssSelector("[data-action=print]")).size(), "one Print button");
        if (engine.equals("wasm")) {
            Files.write(Site.screenshots().resolve("sheet-desktop.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Files.write(Site.screenshots().resolve("sheet-phone.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }

        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        Files.write(Site.screenshots().resolve("sheet-" + id + ".pdf"), pdf);
        List<String> pages = pages(pdf);
        int keyPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Answer key: " + g.title())) {
                keyPage = i;
                break;
            }
        }
        assertTrue(keyPage > 0, "the answer key is after the first page: " + pages.size() + " pages");
        String key = pages.get(keyPage);
        assertTrue(key.trim().startsWith("Answer key: " + g.title()), "the key starts its page, which begins:\n"
                + key.substring(0, Math.min(300, key.length())));
        String questions = String.join("\n", pages.subList(0, keyPage));
        String answers = String.join("\n", pages.subList(keyPage, pages.size()));
        for (long seed = from; seed <= to; seed++) {
            Exercise x = g.generate(seed);
            assertTrue(questions.contains("Seed " + seed), "exercise with seed " + seed + " before the key");
            assertTrue(answers.contains("Seed " + seed + ": "), "answer for seed " + seed + " in the key");
            assertFalse(questions.contains("Seed " + seed + ": "), "no answer for seed " + seed + " among the exercises");
        }
        String all = String.join("\n", pages);
        for (String chrome : new String[] {"Print the sheet", "Topics", "Progress", "Try them on screen"}) {
            assertFalse(all.contains(chrome), "'" + chrome + "' is not on paper");
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
