package dev.kappa.browser;

import static dev.kappa.browser.LabPages.elementShot;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.js;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.overflow;
import static dev.kappa.browser.LabPages.readout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.KalmanLab;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.Query;
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
 * The Kalman lab's player by keyboard on both engines, 1280×900 and 390×844: Reset shows the prior
 * (half-step 0), each Step press (Enter on the focused button) moves one half-step, predict then
 * update, and the ellipse read-out says what the JVM says at that half-step; the state plot is
 * photographed after a prediction and after an update (target/screenshots/kalman-state-*.png).
 */
class KalmanChromiumTest {
    private static final String STATE = "q=0.01&r=1&steps=50&seed=3";
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void start() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(desktop, phone);
    }

    @TestFactory
    Stream<DynamicNode> halfStepsByKeyboard() {
        List<DynamicNode> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            out.add(DynamicTest.dynamicTest(engine + " desktop", () -> walk(desktop, engine, "desktop")));
            out.add(DynamicTest.dynamicTest(engine + " phone", () -> walk(phone, engine, "phone")));
        }
        return out.stream();
    }

    static void walk(WebDriver d, String engine, String size) throws Exception {
        String where = engine + " " + size;
        open(d, Site.url() + "index.html?engine=" + engine + "#/about");
        goFresh(d, "#/lab/kalman?" + STATE);
        assertEquals(0L, overflow(d), "horizontal overflow, " + where + ": " + widest(d));
        LabOutput jvm = new KalmanLab().compute(Query.read(KalmanLab.params(), STATE));
        assertEquals(jvm.readoutNamed("axes").text(99), readout(d, "axes"), "all shown: the last update, " + where);

        press(d, "reset");
        check(d, jvm, 0, where);
        for (int k = 1; k <= 5; k++) {
            press(d, "step");
            check(d, jvm, k, where);
            if (k == 4 || k == 5) {
                drawer(d, false);
                elementShot(d, "[data-view=lab] [data-plot=state]", "kalman-state-" + (k == 4 ? "predict" : "update")
                        + "-" + size + "-" + engine + ".png");
            }
        }
        assertTrue(readout(d, "t").startsWith("2, after update"), readout(d, "t"));
        assertEquals(0L, overflow(d), "horizontal overflow while stepping, " + where + ": " + widest(d));
        assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
    }

    /** On a phone the player is in the drawer: opens ({@code open}) or closes it; nothing on a desktop. */
    private static void drawer(WebDriver d, boolean open) {
        WebElement toggle = d.findElement(By.cssSelector("[data-drawer-toggle]"));
        if (toggle.isDisplayed() && open != "true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
    }

    /** Focuses the player's button and presses Enter, then waits for the lab's next frame. */
    private static void press(WebDriver d, String button) {
        drawer(d, true);
        long before = frames(d);
        WebElement b = d.findElement(By.cssSelector("[data-view=lab] [data-player=" + button + "]"));
        js(d, "arguments[0].focus();", b);
        b.sendKeys(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> frames(x) > before);
    }

    private static void check(WebDriver d, LabOutput jvm, int k, String where) {
        for (String key : List.of("ellipse", "axes", "direction", "det", "t")) {
            assertEquals(jvm.readoutNamed(key).text(k), readout(d, key), key + " at half-step " + k + ", " + where);
        }
        String status = d.findElement(By.cssSelector("[data-view=lab] [data-player-status]")).getText();
        assertEquals("showing " + k + " of 100 steps", status, where);
    }

    /** The element sticking out furthest to the right, for the overflow message. */
    private static Object widest(WebDriver d) {
        return js(d, "var w = null, r = 0; document.querySelectorAll('body *').forEach(function (e) {"
                + " var b = e.getBoundingClientRect().right; if (b > r) { r = b; w = e; } });"
                + " return w ? w.tagName + '.' + w.className + ' ' + r + ' ' + (w.getAttribute('data-readout') || '')"
                + " + ' ' + w.textContent.slice(0, 80) : '';");
    }
}
