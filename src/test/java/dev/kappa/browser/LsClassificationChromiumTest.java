package dev.kappa.browser;

import static dev.kappa.browser.LabPages.awaitFrame;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.readouts;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.PointData;
import dev.kappa.lab.Preset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ls-classification lab in Chromium on both engines: labelled CSV with one class only, or garbage, is
 * refused with its reason and the picture and address stay; a good CSV sets both classes; with "edit
 * points of class" at −1 a click on the data plot adds a point to class −1 only. Screenshots
 * lab-ls-classification-{far,csv}-{desktop,phone}-{wasm,js}.png.
 */
class LsClassificationChromiumTest {
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
    Stream<DynamicTest> onBothEngines() {
        List<DynamicTest> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            out.add(DynamicTest.dynamicTest("csv and editing, " + engine, () -> csvAndEditing(engine)));
            out.add(DynamicTest.dynamicTest("phone, " + engine, () -> phone(engine)));
        }
        return out.stream();
    }

    static void csvAndEditing(String engine) throws Exception {
        open(desktop, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(desktop, "#/lab/ls-classification?data=far");
        shot(desktop, "lab-ls-classification-far-desktop-" + engine + ".png");
        Map<String, String> before = readouts(desktop);
        String address = hash(desktop);

        paste("x1,x2,label\n1,2,1\n3,4,1\n5,6,1\n");
        awaitCsvStatus("nothing changed");
        assertTrue(csvStatus().startsWith("Only one class (3 of +1 and none of the other)"), csvStatus());
        paste("this is not\na,b,c\n");
        awaitCsvStatus("nothing changed");
        assertTrue(csvStatus().contains("row 2: x1 and x2 must be numbers"), csvStatus());
        assertEquals(address, hash(desktop), "refused CSV leaves the address, " + engine);
        assertEquals(before, readouts(desktop), "refused CSV leaves the readouts, " + engine);

        paste("x1,x2,label\n0,1,1\n1,2,1\n2,1.5,1\n0,-1,-1\n1,-2,-1\n-1,-1,0\n");
        awaitCsvStatus("3 points of class +1 and 3 of class −1 used.");
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> hash(x).contains("neg="));
        Map<String, String> q = query(desktop);
        assertEquals("0,1;1,2;2,1.5", q.get("pos"), hash(desktop));
        assertEquals("0,-1;1,-2;-1,-1", q.get("neg"), hash(desktop));
        shot(desktop, "lab-ls-classification-csv-desktop-" + engine + ".png");

        // class −1 gets the new point; class +1 keeps its three
        new Select(desktop.findElement(By.cssSelector("[data-view=lab] [data-param=edit] select"))).selectByValue("neg");
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> hash(x).contains("edit=neg"));
        WebElement canvas = desktop.findElement(By.cssSelector("[data-view=lab] [data-plot=data] canvas"));
        js(desktop, "arguments[0].scrollIntoView({block: 'center'});", canvas);
        int[] at = LabPages.dataOffset(canvas, -1.5, 1.8);
        long frame = frames(desktop);
        new Actions(desktop).moveToElement(canvas, at[0], at[1]).click().perform();
        awaitFrame(desktop, frame);
        new WebDriverWait(desktop, Duration.ofSeconds(30))
                .until(x -> PointData.fromQuery(query(x).getOrDefault("neg", "")).size() == 4);
        assertEquals("0,1;1,2;2,1.5", query(desktop).get("pos"), "class +1 untouched, " + engine);
        PointData neg = PointData.fromQuery(query(desktop).get("neg"));
        assertEquals(-1.5, neg.x(3), 0.05, "the new point of class −1, " + engine);
        assertEquals(1.8, neg.y(3), 0.05, "the new point of class −1, " + engine);
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + engine);
    }

    static void phone(String engine) throws Exception {
        open(phone, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(phone, "#/lab/ls-classification?data=far");
        js(phone, "arguments[0].scrollIntoView({block: 'start'});",
                phone.findElement(By.cssSelector("[data-view=lab] [data-plot=data]")));
        shot(phone, "lab-ls-classification-far-phone-" + engine + ".png");
        js(phone, "arguments[0].scrollIntoView({block: 'start'});",
                phone.findElement(By.cssSelector("[data-view=lab] [data-plot=margin]")));
        shot(phone, "lab-ls-classification-margin-phone-" + engine + ".png");
        assertEquals(0L, LabPages.overflow(phone), "no sideways scrolling on a phone, " + engine);
        assertFalse(readouts(phone).isEmpty());
        assertEquals(List.of(), Chromium.consoleErrors(phone), "console errors, " + engine);
    }

    private static Map<String, String> query(WebDriver d) {
        String h = hash(d);
        return Preset.parseQuery(h.substring(h.indexOf('?') + 1));
    }

    private static void paste(String csv) {
        LabPages.pasteCsv(desktop, "pos", csv);
    }

    private static String csvStatus() {
        return LabPages.csvStatus(desktop, "pos");
    }

    private static void awaitCsvStatus(String words) {
        LabPages.awaitCsvStatus(desktop, "pos", words);
    }
}
