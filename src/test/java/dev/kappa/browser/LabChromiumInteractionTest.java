package dev.kappa.browser;

import static dev.kappa.browser.LabPages.awaitFrame;
import static dev.kappa.browser.LabPages.frames;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.readouts;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.NumberText;
import dev.kappa.lab.PointData;
import dev.kappa.lab.Preset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dragging, clicking and typing on the interactive plots of min-norm, poly-fit and optimizer-race
 * in headless Chromium, on both engines: a mouse drag (Selenium Actions) and touch (CDP touch
 * events on a phone-sized window) move the start point or a data point, the keyboard adds, moves
 * and deletes, and the address and the readouts change to what is worked out here independently
 * (the projection formula, a least-squares line, gradient descent on the quadratic in closed form).
 * Screenshots after the interaction go to target/screenshots.
 */
class LabChromiumInteractionTest {
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void startBrowsers() {
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(390, 844);
    }

    @AfterAll
    static void stopBrowsers() {
        Chromium.quit(desktop, phone);
    }

    // ---- helpers -----------------------------------------------------------------------

    private static Map<String, String> query(WebDriver d) {
        String h = hash(d);
        return Preset.parseQuery(h.substring(h.indexOf('?') + 1));
    }

    private static double param(WebDriver d, String name) {
        return Double.parseDouble(query(d).get(name));
    }

    private static WebElement canvas(WebDriver d, String plot) {
        WebElement c = d.findElement(By.cssSelector("[data-view=lab] [data-plot=" + plot + "] canvas"));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", c);
        return c;
    }

    /** left, right, top, bottom (CSS px), xLo, xHi, yLo, yHi of the drawn plot. */
    private static double[] frame(WebElement canvas) {
        String[] parts = canvas.getAttribute("data-frame").split(",");
        double[] f = new double[8];
        for (int i = 0; i < 8; i++) {
            f[i] = Double.parseDouble(parts[i]);
        }
        return f;
    }

    /** Data (x, y) → offset from the canvas centre, in CSS pixels (what Actions moves to). */
    private static int[] offset(WebElement canvas, double x, double y) {
        return LabPages.dataOffset(canvas, x, y);
    }

    /** Data units per CSS pixel along x and y (how precisely a pointer can place a value). */
    private static double[] perPixel(WebElement canvas) {
        double[] f = frame(canvas);
        return new double[] {(f[5] - f[4]) / (f[1] - f[0]), (f[7] - f[6]) / (f[3] - f[2])};
    }

    private static void mouseDrag(WebDriver d, WebElement canvas, double[] from, double[] to) {
        int[] a = offset(canvas, from[0], from[1]);
        int[] b = offset(canvas, to[0], to[1]);
        long before = frames(d);
        Actions act = new Actions(d).moveToElement(canvas, a[0], a[1]).clickAndHold();
        for (int k = 1; k <= 4; k++) {
            act = act.moveToElement(canvas, a[0] + (b[0] - a[0]) * k / 4, a[1] + (b[1] - a[1]) * k / 4);
        }
        act.release().perform();
        awaitFrame(d, before);
        settle(d);
    }

    private static void click(WebDriver d, WebElement canvas, double x, double y) {
        int[] a = offset(canvas, x, y);
        long before = frames(d);
        new Actions(d).moveToElement(canvas, a[0], a[1]).click().perform();
        awaitFrame(d, before);
        settle(d);
    }

    /** A touch drag through the browser's input pipeline (touch events become pointer events). */
    private static void touchDrag(WebDriver d, WebElement canvas, double[] from, double[] to) {
        org.openqa.selenium.Rectangle r = canvas.getRect();
        Object scroll = ((JavascriptExecutor) d).executeScript(
                "var b = arguments[0].getBoundingClientRect(); return [b.left, b.top];", canvas);
        @SuppressWarnings("unchecked")
        List<Number> origin = (List<Number>) scroll;
        int[] a = offset(canvas, from[0], from[1]);
        int[] b = offset(canvas, to[0], to[1]);
        double cx = origin.get(0).doubleValue() + r.getWidth() / 2.0;
        double cy = origin.get(1).doubleValue() + r.getHeight() / 2.0;
        long before = frames(d);
        ChromeDriver cd = (ChromeDriver) d;
        cd.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                "touchPoints", List.of(Map.of("x", cx + a[0], "y", cy + a[1]))));
        for (int k = 1; k <= 4; k++) {
            cd.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchMove", "touchPoints",
                    List.of(Map.of("x", cx + a[0] + (b[0] - a[0]) * k / 4.0, "y", cy + a[1] + (b[1] - a[1]) * k / 4.0))));
            nextFrame(d); // touch moves are delivered once per frame: let each one arrive
        }
        cd.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        awaitFrame(d, before);
        settle(d);
    }

    private static void keys(WebDriver d, WebElement canvas, CharSequence... keys) {
        for (CharSequence k : keys) {
            long before = frames(d);
            canvas.sendKeys(k);
            awaitFrame(d, before);
        }
        settle(d);
    }

    private static void nextFrame(WebDriver d) {
        ((JavascriptExecutor) d).executeAsyncScript(
                "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
    }

    /** Waits until no frame is pending (the URL is written after each frame). */
    private static void settle(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> {
            long f = frames(x);
            ((JavascriptExecutor) x).executeAsyncScript(
                    "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
            return frames(x) == f;
        });
    }

    private static String readout(WebDriver d, String key) {
        return readouts(d).get(key);
    }

    private static String summary(WebDriver d, String plot) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('[data-view=lab] [data-plot=' + arguments[0] + '] .plot-summary')"
                        + ".textContent;", plot);
    }

    private static String fmt(double v) {
        return NumberText.format(v, 4);
    }

    // ---- min-norm ----------------------------------------------------------------------

    /** P(w₀) = w₀ − a(aᵀw₀ − b)/‖a‖² for the one equation aᵀw = b. */
    private static double[] projection(double a1, double a2, double b, double w1, double w2) {
        double t = (a1 * w1 + a2 * w2 - b) / (a1 * a1 + a2 * a2);
        return new double[] {w1 - t * a1, w2 - t * a2};
    }

    private static void checkProjection(WebDriver d, String where) {
        double w1 = param(d, "w1");
        double w2 = param(d, "w2");
        double[] p = projection(1, 2, 2, w1, w2);
        assertEquals(fmt(Math.hypot(p[0], p[1])), readout(d, "normEnd"), "‖P(w₀)‖ " + where);
        double dist = Math.hypot(p[0] - 0.4, p[1] - 0.8); // w⁺ = b·a/‖a‖² = (0.4, 0.8)
        assertEquals(fmt(dist), readout(d, "endToWPlus"), "‖P(w₀) − w⁺‖ " + where);
        assertTrue(summary(d, "space").contains("GD from w₀ = (" + NumberText.format(w1, 5) + ", "
                + NumberText.format(w2, 5) + ")"), "summary names w₀, " + where + ": " + summary(d, "space"));
    }

    @Test
    void minNormStartPointFollowsMouseTouchAndKeys() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            WebDriver d = desktop;
            open(d, Site.url() + "index.html?engine=" + engine + "#/lab/min-norm?system=line&a1=1&a2=2&b=2&w1=2&w2=3");
            awaitFrame(d, 0);
            WebElement c = canvas(d, "space");
            double[] unit = perPixel(c);
            mouseDrag(d, c, new double[] {2, 3}, new double[] {-1, 1.5});
            String where = "after a mouse drag on " + engine;
            assertEquals(-1, param(d, "w1"), 2 * unit[0] + 0.01, "w1 " + where);
            assertEquals(1.5, param(d, "w2"), 2 * unit[1] + 0.01, "w2 " + where);
            checkProjection(d, where);
            click(d, c, 3, -2);
            assertEquals(3, param(d, "w1"), 2 * unit[0] + 0.01, "w1 after a click on " + engine);
            assertEquals(-2, param(d, "w2"), 2 * unit[1] + 0.01, "w2 after a click on " + engine);
            checkProjection(d, "after a click on " + engine);
            double w1 = param(d, "w1");
            double w2 = param(d, "w2");
            keys(d, c, Keys.ARROW_LEFT);
            assertTrue(param(d, "w1") < w1 - 0.05 && param(d, "w2") == w2, "ArrowLeft moves w₀ left on " + engine
                    + ": " + hash(d));
            checkProjection(d, "after ArrowLeft on " + engine);
            assertEquals("Drag the start point w₀", c.findElement(By.xpath("../..")).findElement(
                    By.cssSelector(".plot-help")).getText().substring(0, 23), "help line under the plot");
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors on " + engine);
            shot(d, "lab-min-norm-dragged-desktop-" + engine + ".png");

            // the 2×3 system: the drag stays in the plotted plane, the off-plane component of w₀ is kept
            open(d, Site.url() + "index.html?engine=" + engine + "#/lab/min-norm?system=lecture&w1=1&w2=-1&w3=2&steps=5000");
            awaitFrame(d, 0);
            c = canvas(d, "space");
            double[] e3 = lectureOffPlaneDirection();
            double before = 1 * e3[0] - 1 * e3[1] + 2 * e3[2];
            double[] start = lecturePlotPosition(1, -1, 2);
            mouseDrag(d, c, start, new double[] {start[0] + 1, start[1] - 1.5});
            double[] w = {param(d, "w1"), param(d, "w2"), param(d, "w3")};
            assertNotEquals(List.of(1.0, -1.0, 2.0), List.of(w[0], w[1], w[2]), "w₀ moved on " + engine);
            assertEquals(before, w[0] * e3[0] + w[1] * e3[1] + w[2] * e3[2], 0.02,
                    "off-plane component of w₀ kept on " + engine + ": " + hash(d));
            double[] moved = lecturePlotPosition(w[0], w[1], w[2]);
            double[] unitL = perPixel(c);
            assertEquals(start[0] + 1, moved[0], 3 * unitL[0] + 0.02, "along ŵ⁺ on " + engine);
            assertEquals(start[1] - 1.5, moved[1], 3 * unitL[1] + 0.02, "along n on " + engine);
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors (2×3) on " + engine);
            shot(d, "lab-min-norm-lecture-dragged-desktop-" + engine + ".png");

            // touch on a phone
            WebDriver p = phone;
            open(p, Site.url() + "index.html?engine=" + engine + "#/lab/min-norm?system=line&a1=1&a2=2&b=2&w1=2&w2=3");
            awaitFrame(p, 0);
            WebElement pc = canvas(p, "space");
            double[] pu = perPixel(pc);
            touchDrag(p, pc, new double[] {2, 3}, new double[] {0, -1});
            assertEquals(0, param(p, "w1"), 3 * pu[0] + 0.01, "w1 after a touch drag on " + engine);
            assertEquals(-1, param(p, "w2"), 3 * pu[1] + 0.01, "w2 after a touch drag on " + engine);
            checkProjection(p, "after a touch drag on " + engine);
            assertEquals(List.of(), Chromium.consoleErrors(p), "console errors on the phone, " + engine);
            shot(p, "lab-min-norm-dragged-phone-" + engine + ".png");
        }
    }

    /** w⁺ = Aᵀ(AAᵀ)⁻¹b for A = [[1,2,3],[4,5,6]], b = (7, 8); AAᵀ = [[14, 32], [32, 77]]. */
    private static double[] lectureWPlus() {
        double det = 14 * 77 - 32 * 32;
        double y1 = (77 * 7 - 32 * 8) / det;
        double y2 = (14 * 8 - 32 * 7) / det;
        return new double[] {y1 + 4 * y2, 2 * y1 + 5 * y2, 3 * y1 + 6 * y2};
    }

    private static double[] lectureNull() {
        double s = Math.sqrt(54);
        return new double[] {-3 / s, 6 / s, -3 / s}; // (1,2,3) × (4,5,6), normalized
    }

    private static double[] lectureOffPlaneDirection() {
        double[] p = lectureWPlus();
        double np = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        double[] e1 = {p[0] / np, p[1] / np, p[2] / np};
        double[] n = lectureNull();
        return new double[] {e1[1] * n[2] - e1[2] * n[1], e1[2] * n[0] - e1[0] * n[2], e1[0] * n[1] - e1[1] * n[0]};
    }

    private static double[] lecturePlotPosition(double w1, double w2, double w3) {
        double[] p = lectureWPlus();
        double np = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        double[] n = lectureNull();
        return new double[] {(w1 * p[0] + w2 * p[1] + w3 * p[2]) / np, w1 * n[0] + w2 * n[1] + w3 * n[2]};
    }

    // ---- optimizer-race ----------------------------------------------------------------

    /**
     * f(w_K) for GD with step η on ½wᵀAw, A = Q·diag(100, 100/κ)·Qᵀ, Q the 30° rotation: each
     * eigen-coordinate zᵢ = qᵢᵀw shrinks by (1 − ηλᵢ) per step, f = ½Σλᵢzᵢ².
     */
    private static double gdFinalLoss(double x0, double y0, double kappa, double eta, int steps) {
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double z1 = c * x0 + s * y0;
        double z2 = -s * x0 + c * y0;
        double l1 = 100;
        double l2 = 100 / kappa;
        double f1 = Math.pow(1 - eta * l1, steps);
        double f2 = Math.pow(1 - eta * l2, steps);
        return 0.5 * (l1 * (f1 * z1) * (f1 * z1) + l2 * (f2 * z2) * (f2 * z2));
    }

    @Test
    void optimizerRaceStartIsSharedAndDraggable() throws Exception {
        String state = "#/lab/optimizer-race?landscape=quadratic&kappa=50&steps=300&gd=1&gd_eta=0.005&momentum=0"
                + "&adam=1&newton=1&lbfgs=0&x0=-2&y0=1.5";
        for (String engine : List.of("wasm", "js")) {
            for (WebDriver d : List.of(desktop, phone)) {
                String size = d == desktop ? "desktop" : "phone";
                String where = engine + "/" + size;
                open(d, Site.url() + "index.html?engine=" + engine + state);
                awaitFrame(d, 0);
                WebElement c = canvas(d, "landscape");
                double[] unit = perPixel(c);
                String adamBefore = readout(d, "adam-final");
                double[] to = {1.5, -2};
                if (d == desktop) {
                    mouseDrag(d, c, new double[] {-2, 1.5}, to);
                } else {
                    touchDrag(d, c, new double[] {-2, 1.5}, to);
                }
                double x0 = param(d, "x0");
                double y0 = param(d, "y0");
                // headless Chromium lays a 390 px window out 500 px wide, and its touch positions land a few
                // pixels short on long drags: touch is checked to within 5% of the view, the mouse to 3 px
                double tol = d == desktop ? 3 : 0.05 / unit[0] * 6;
                assertEquals(to[0], x0, tol * unit[0] + 0.01, "x0 after the drag, " + where);
                assertEquals(to[1], y0, tol * unit[1] + 0.01, "y0 after the drag, " + where);
                assertEquals(fmt(gdFinalLoss(x0, y0, 50, 0.005, 300)), readout(d, "gd-final"),
                        "GD restarted from the dragged start, " + where);
                assertEquals("1", readout(d, "newton-iterations"), "Newton: one step on a quadratic, "
                        + where);
                assertNotEquals(adamBefore, readout(d, "adam-final"), "Adam restarted too, " + where);
                assertTrue(summary(d, "landscape").contains("from (" + NumberText.format(x0, 3) + ", "
                        + NumberText.format(y0, 3) + ")"), "summary: " + summary(d, "landscape"));
                keys(d, c, Keys.ARROW_UP);
                assertTrue(param(d, "y0") > y0 && param(d, "x0") == x0, "ArrowUp moves the start up, " + where);
                assertEquals(fmt(gdFinalLoss(x0, param(d, "y0"), 50, 0.005, 300)), readout(d, "gd-final"),
                        "GD after ArrowUp, " + where);
                assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
                shot(d, "lab-optimizer-race-dragged-" + size + "-" + engine + ".png");
            }
        }
    }

    // ---- poly-fit ----------------------------------------------------------------------

    /** {c0, c1, train MSE} of the least-squares line through the points. */
    private static double[] line(PointData p) {
        int n = p.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += p.x(i) / n;
            my += p.y(i) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (p.x(i) - mx) * (p.y(i) - my);
            sxx += (p.x(i) - mx) * (p.x(i) - mx);
        }
        double c1 = sxy / sxx;
        double c0 = my - c1 * mx;
        double mse = 0;
        for (int i = 0; i < n; i++) {
            double r = p.y(i) - (c0 + c1 * p.x(i));
            mse += r * r / n;
        }
        return new double[] {c0, c1, mse};
    }

    private static PointData points(WebDriver d) {
        return PointData.fromQuery(query(d).getOrDefault("pts", ""));
    }

    private static void checkLine(WebDriver d, String where) {
        double[] l = line(points(d));
        assertEquals(fmt(l[0]), readout(d, "c0"), "c0 " + where);
        assertEquals(fmt(l[1]), readout(d, "c1"), "c1 " + where);
        String mse = readout(d, "trainMse");
        assertEquals(l[2], Double.parseDouble(mse), Math.abs(l[2]) * 1e-3, "train MSE " + where);
    }

    private static String status(WebDriver d) {
        return d.findElement(By.cssSelector("[data-view=lab] [data-points-status]")).getText();
    }

    @Test
    void polyFitPointsAreAddedMovedAndDeletedByPointerAndKeys() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            WebDriver d = desktop;
            String where = "on " + engine;
            open(d, Site.url() + "index.html?engine=" + engine
                    + "#/lab/poly-fit?degree=1&test=0&pts=0,1;1,3;2,2;3,5;4,4;5,6");
            awaitFrame(d, 0);
            WebElement c = canvas(d, "fit");
            double[] unit = perPixel(c);
            // drag (2, 2) up to (2, 4.5)
            mouseDrag(d, c, new double[] {2, 2}, new double[] {2, 4.5});
            PointData p = points(d);
            assertEquals(6, p.size(), "a drag keeps the count " + where);
            assertEquals(2, p.x(2), 2 * unit[0] + 0.002, "x of the dragged point " + where);
            assertEquals(4.5, p.y(2), 2 * unit[1] + 0.002, "y of the dragged point " + where);
            checkLine(d, "after the drag " + where);
            assertTrue(status(d).startsWith("Point 3 of 6 selected at (" + fmt(p.x(2))), status(d));
            // click on empty space adds a point there and selects it
            click(d, c, 2.5, 1.5);
            p = points(d);
            assertEquals(7, p.size(), "a click on empty space adds " + where + ": " + hash(d));
            assertEquals(2.5, p.x(6), 2 * unit[0] + 0.002, "x of the added point " + where);
            assertEquals(1.5, p.y(6), 2 * unit[1] + 0.002, "y of the added point " + where);
            checkLine(d, "after the click " + where);
            assertTrue(summary(d, "fit").startsWith("7 points of yours (7 training, 0 test)."), summary(d, "fit"));
            assertTrue(summary(d, "fit").endsWith("7 points on the plot, point 7 of 7 selected at (" + fmt(p.x(6)) + ", "
                    + fmt(p.y(6)) + ")."), summary(d, "fit"));
            // keys: ] selects the next point in x order (x = 3, index 3), ArrowUp moves it, Delete removes it, + adds
            keys(d, c, "]");
            assertEquals("Point 4 of 7 selected at (3, 5).", status(d), where);
            keys(d, c, Keys.ARROW_UP);
            p = points(d);
            assertTrue(p.y(3) > 5 && p.x(3) == 3, "ArrowUp moved the selected point up " + where + ": " + hash(d));
            checkLine(d, "after ArrowUp " + where);
            keys(d, c, Keys.DELETE);
            p = points(d);
            assertEquals(6, p.size(), "Delete removed a point " + where);
            for (int i = 0; i < p.size(); i++) {
                assertTrue(p.x(i) != 3, "the point at x = 3 is gone " + where + ": " + hash(d));
            }
            assertTrue(status(d).startsWith("Point 4 of 6 selected at (4, 4)"), "the next point is selected: " + status(d));
            keys(d, c, "+");
            assertEquals(7, points(d).size(), "+ added a point " + where);
            checkLine(d, "after + " + where);
            // double-click deletes the point under the pointer; shift-click too
            int[] at = offset(c, 5, 6);
            long before = frames(d);
            new Actions(d).moveToElement(c, at[0], at[1]).doubleClick().perform();
            awaitFrame(d, before);
            settle(d);
            p = points(d);
            assertEquals(6, p.size(), "double-click deleted " + where + ": " + hash(d));
            for (int i = 0; i < p.size(); i++) {
                assertTrue(p.x(i) != 5, "the point at x = 5 is gone " + where + ": " + hash(d));
            }
            at = offset(c, 0, 1);
            before = frames(d);
            new Actions(d).moveToElement(c, at[0], at[1]).keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT).perform();
            awaitFrame(d, before);
            settle(d);
            assertEquals(5, points(d).size(), "shift-click deleted " + where + ": " + hash(d));
            checkLine(d, "after the deletions " + where);
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors " + where);
            shot(d, "lab-poly-fit-edited-desktop-" + engine + ".png");
            // down to two points, a further delete is refused with a visible message
            keys(d, c, "]", Keys.DELETE, Keys.DELETE, Keys.DELETE, Keys.DELETE);
            assertEquals(2, points(d).size(), where + ": " + hash(d));
            assertTrue(status(d).startsWith("At least 2 points are needed"), "refusal shown: " + status(d));
            // reset to the generated data
            before = frames(d);
            d.findElement(By.cssSelector("[data-view=lab] [data-reset-points]")).click();
            awaitFrame(d, before);
            settle(d);
            String pts = query(d).get("pts");
            assertTrue(pts == null || pts.isEmpty(), "reset empties pts " + where + ": " + hash(d));
            assertTrue(summary(d, "fit").startsWith("30 generated points"), summary(d, "fit"));
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors after the reset " + where);

            // touch on a phone: the first edit of generated data turns it into your points
            WebDriver ph = phone;
            open(ph, Site.url() + "index.html?engine=" + engine + "#/lab/poly-fit?degree=3&n=30&noise=0.5");
            awaitFrame(ph, 0);
            WebElement pc = canvas(ph, "fit");
            double[] f = frame(pc);
            double[] corner = {f[4] + 0.1 * (f[5] - f[4]), f[7] - 0.1 * (f[7] - f[6])}; // top left: no data there
            touchDrag(ph, pc, corner, corner);
            PointData mine = points(ph);
            assertEquals(31, mine.size(), "a tap on empty space adds to the 30 generated points on " + engine + ": "
                    + hash(ph));
            assertTrue(summary(ph, "fit").startsWith("31 points of yours"), summary(ph, "fit"));
            assertEquals(List.of(), Chromium.consoleErrors(ph), "console errors on the phone, " + engine);
            shot(ph, "lab-poly-fit-edited-phone-" + engine + ".png");
        }
    }

    // ---- double-descent ----------------------------------------------------------------

    /**
     * A new noise level redoes the 200-SVD sweep in slices of a few ms per frame: the old picture
     * stays (plots aria-busy) for several frames, then the readouts are exactly the JVM's for the
     * new state.
     */
    @Test
    void doubleDescentSweepIsSlicedAcrossFramesAndEndsAsOnTheJvm() {
        for (String engine : List.of("wasm", "js")) {
            WebDriver d = desktop;
            open(d, Site.url() + "index.html?engine=" + engine + "#/lab/double-descent");
            awaitFrame(d, 0);
            long before = frames(d);
            ((JavascriptExecutor) d).executeScript("var s = document.querySelector('[data-view=lab] [data-param=noise] "
                    + "input[type=range]'); s.value = '2.5'; s.dispatchEvent(new Event('input', {bubbles: true}));");
            new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> frames(x) > before && (Boolean) ((JavascriptExecutor) x)
                    .executeScript("return !document.querySelector('[data-view=lab] .plot[aria-busy=true]');"));
            assertTrue(frames(d) - before >= 2, "the sweep took " + (frames(d) - before) + " frame(s) on " + engine);
            assertEquals("2.5", query(d).get("noise"));
            dev.kappa.lab.ParamSet values = dev.kappa.lab.DoubleDescentLab.params().readFrom(query(d));
            Map<String, String> shown = readouts(d);
            for (dev.kappa.lab.LabOutput.Readout e : new dev.kappa.lab.DoubleDescentLab().compute(values).readouts()) {
                assertEquals(e.text(), shown.get(e.key()), e.key() + " on " + engine);
            }
            assertEquals(List.of(), Chromium.consoleErrors(d), "console errors on " + engine);
        }
    }

    // ---- projection (3-D scene) ----------------------------------------------------------

    /** p = A x̂ by the 2×2 normal equations, written out here (independent of the lab's QR and SVD). */
    private static double[] projectOntoPlane(double[] a1, double[] a2, double[] b) {
        double g11 = dot(a1, a1);
        double g12 = dot(a1, a2);
        double g22 = dot(a2, a2);
        double c1 = dot(a1, b);
        double c2 = dot(a2, b);
        double det = g11 * g22 - g12 * g12;
        double x1 = (g22 * c1 - g12 * c2) / det;
        double x2 = (g11 * c2 - g12 * c1) / det;
        return new double[] {x1 * a1[0] + x2 * a2[0], x1 * a1[1] + x2 * a2[1], x1 * a1[2] + x2 * a2[2]};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double[] vectorParam(WebDriver d, String name) {
        return new double[] {param(d, name + "x"), param(d, name + "y"), param(d, name + "z")};
    }

    /**
     * The 3-D view turns by the arrow keys and by a drag on empty space (mouse on the desktop, touch on
     * the phone), keeping the URL; the ringed tip of b follows a mouse drag parallel to the screen, and p
     * is then the projection of the new b worked out here.
     */
    @Test
    void projectionSceneTurnsByKeysAndDragAndBFollowsThePointer() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            for (WebDriver d : List.of(desktop, phone)) {
                String size = d == desktop ? "desktop" : "phone";
                String where = engine + "/" + size;
                open(d, Site.url() + "index.html?engine=" + engine + "#/lab/projection?az=35&el=25");
                awaitFrame(d, 0);
                WebElement c = canvas(d, "scene");
                keys(d, c, Keys.ARROW_LEFT, Keys.ARROW_UP);
                assertEquals(40, param(d, "az"), 0, "ArrowLeft turns the azimuth by 5°, " + where);
                assertEquals(30, param(d, "el"), 0, "ArrowUp raises the elevation by 5°, " + where);
                assertTrue(summary(d, "scene").contains("azimuth 40°, elevation 30°"), "summary: " + summary(d, "scene"));
                // a horizontal drag from near the top-left corner of the view, where nothing is drawn
                double[] f = frame(c);
                double[] unit = perPixel(c);
                double[] from = {f[4] + 20 * unit[0], f[7] - 15 * unit[1]};
                double[] to = {from[0] + 60 * unit[0], from[1]};
                if (d == desktop) {
                    mouseDrag(d, c, from, to);
                } else {
                    touchDrag(d, c, from, to);
                }
                // 0.5° per pixel: 60 px to the right turn the azimuth back by 30° (touch may land a few px short)
                double tol = d == desktop ? 1 : 4;
                assertEquals(10, param(d, "az"), tol, "a drag to the right turns the view, " + where);
                assertEquals(30, param(d, "el"), tol, "a horizontal drag keeps the elevation, " + where);
                assertEquals("1.596", readout(d, "rNorm"), "turning the view changes no number, " + where);
                if (d == desktop) {
                    double az = param(d, "az");
                    double el = param(d, "el");
                    dev.kappa.lab.OrbitCamera cam = new dev.kappa.lab.OrbitCamera(az, el);
                    double[] b = vectorParam(d, "b");
                    double[] tip = cam.project(b);
                    double[] target = {tip[0] + 0.5, tip[1] - 0.6};
                    mouseDrag(d, c, tip, target);
                    double[] moved = vectorParam(d, "b");
                    double[] landed = cam.project(moved);
                    assertEquals(target[0], landed[0], 3 * unit[0] + 0.02, "b's tip under the pointer (x), " + where);
                    assertEquals(target[1], landed[1], 3 * unit[1] + 0.02, "b's tip under the pointer (y), " + where);
                    assertEquals(cam.depth(b), cam.depth(moved), 0.02, "b keeps its depth, " + where);
                    double[] p = projectOntoPlane(vectorParam(d, "a1"), vectorParam(d, "a2"), moved);
                    assertEquals("(" + fmt(p[0]) + ", " + fmt(p[1]) + ", " + fmt(p[2]) + ")", readout(d, "p"),
                            "p is the projection of the dragged b, " + where);
                }
                assertEquals(List.of(), Chromium.consoleErrors(d), "console errors, " + where);
                shot(d, "lab-projection-turned-" + size + "-" + engine + ".png");
            }
        }
    }
}
