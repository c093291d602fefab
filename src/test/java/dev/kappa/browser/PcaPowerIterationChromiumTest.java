package dev.kappa.browser;

import static dev.kappa.browser.LabPages.awaitFrame;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.readout;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pca and power-iteration labs in Chromium, both engines, desktop (1280×900) and phone (390×844):
 * pca takes pasted CSV with text in a number column (the row is named, the rest used) and refuses
 * CSV without two usable rows (the previous data stay); zero-variance data give a note, not a blank
 * page. Power iteration: the start moves from the keyboard on the circle plot (the address follows),
 * Play reveals the iterates, a zero start gives a note. Screenshots: lab-pca-*, lab-power-iteration-*.
 */
class PcaPowerIterationChromiumTest {
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void start() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(desktop);
        Chromium.quit(phone);
    }

    @TestFactory
    Stream<DynamicNode> bothLabsOnBothEngines() {
        List<DynamicNode> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            out.add(DynamicTest.dynamicTest("pca, " + engine, () -> pca(engine)));
            out.add(DynamicTest.dynamicTest("power-iteration, " + engine, () -> powerIteration(engine)));
            out.add(DynamicTest.dynamicTest("phone, " + engine, () -> phone(engine)));
        }
        return out.stream();
    }

    static void pca(String engine) throws Exception {
        open(desktop, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(desktop, "#/lab/pca");
        assertEquals("200 points in 2-D", readout(desktop, "size"));
        paste("x,y\n1,2\nabc,3\n2,5\n3,7\n");
        awaitCsvStatus("3 points used");
        assertTrue(csvStatus().contains("'abc' is not a number"), csvStatus());
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> "3 points in 2-D".equals(readout(x, "size")));
        assertTrue(hash(desktop).contains("pts="), hash(desktop));
        paste("a,b\nc,d\n");
        awaitCsvStatus("nothing changed");
        assertEquals("3 points in 2-D", readout(desktop, "size"), "the previous data stay, " + engine);

        goFresh(desktop, "#/lab/pca?pts=2,3;2,3;2,3");
        assertTrue(notes(desktop).contains("zero variance"), notes(desktop));
        assertTrue(desktop.findElements(By.cssSelector("[data-view=lab] [data-plot=data] canvas")).size() == 1,
                "the plot is still there");
        goFresh(desktop, "#/lab/pca?data=cloud3d&k=2");
        assertEquals("200 points in 3-D", readout(desktop, "size"));
        shot(desktop, "lab-pca-3d-desktop-" + engine + ".png");
        goFresh(desktop, "#/lab/pca?prep=raw&mx=6&my=2&corr=-0.8");
        shot(desktop, "lab-pca-uncentred-desktop-" + engine + ".png");
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + engine);
    }

    static void powerIteration(String engine) throws Exception {
        open(desktop, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(desktop, "#/lab/power-iteration");
        WebElement c = desktop.findElement(By.cssSelector("[data-view=lab] [data-plot=circle] canvas"));
        js(desktop, "arguments[0].scrollIntoView({block: 'center'});", c);
        long before = frames(desktop);
        c.sendKeys(Keys.ARROW_RIGHT);
        awaitFrame(desktop, before);
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> !hash(x).equals("#/lab/power-iteration"));
        assertTrue(hash(desktop).contains("x1="), "the keyboard moved the start: " + hash(desktop));
        assertEquals("0.5", readout(desktop, "rate"), "the rate does not depend on the start");

        WebElement play = desktop.findElement(By.cssSelector("[data-view=lab] [data-player=play]"));
        js(desktop, "arguments[0].scrollIntoView({block: 'center'});", play);
        play.click();
        new WebDriverWait(desktop, Duration.ofSeconds(40)).until(x -> {
            String s = x.findElement(By.cssSelector("[data-view=lab] [data-player-status]")).getText();
            return s.startsWith("showing ") && !s.startsWith("showing 30 ") && !s.startsWith("showing 0 ");
        });
        shot(desktop, "lab-power-iteration-playing-desktop-" + engine + ".png");

        goFresh(desktop, "#/lab/power-iteration?x1=0&x2=0");
        assertTrue(notes(desktop).contains("start vector is 0"), notes(desktop));
        goFresh(desktop, "#/lab/power-iteration?l2=-2");
        assertTrue(notes(desktop).contains("never converge"), notes(desktop));
        assertEquals("1", readout(desktop, "rate"));
        goFresh(desktop, "#/lab/power-iteration?matrix=nxn&n=10&l2=1.6&steps=60");
        shot(desktop, "lab-power-iteration-nxn-desktop-" + engine + ".png");
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + engine);
    }

    static void phone(String engine) throws Exception {
        open(phone, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(phone, "#/lab/pca?data=cloud3d&k=2");
        shot(phone, "lab-pca-3d-phone-" + engine + ".png");
        goFresh(phone, "#/lab/power-iteration?mode=inverse&mu=0.9&steps=10");
        js(phone, "arguments[0].scrollIntoView({block: 'start'});",
                phone.findElement(By.cssSelector("[data-view=lab] [data-plot=circle]")));
        shot(phone, "lab-power-iteration-inverse-phone-" + engine + ".png");
        assertEquals(0L, LabPages.overflow(phone), "no sideways scrolling on a phone, " + engine);
        assertEquals(List.of(), Chromium.consoleErrors(phone), "console errors, " + engine);
    }

    private static void paste(String csv) {
        LabPages.pasteCsv(desktop, "pts", csv);
    }

    private static String csvStatus() {
        return LabPages.csvStatus(desktop, "pts");
    }

    private static void awaitCsvStatus(String words) {
        LabPages.awaitCsvStatus(desktop, "pts", words);
    }

    private static String notes(WebDriver d) {
        return String.valueOf(js(d, "var e = document.querySelector('[data-view=lab] [data-lab-model-notes]');"
                + " return e ? e.textContent : '';"));
    }
}
