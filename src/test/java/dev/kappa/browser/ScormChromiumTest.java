package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.server.StaticServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SCORM packages under a real LMS-side runtime written by others (scorm-again, from npm), in a
 * test page that plays the LMS: launch a SCO from the package's own manifest, do the activity,
 * leave, launch again and find the learner's progress restored from suspend data; every value the
 * package sets is checked against the SCORM data model. Both versions, both engines.
 */
class ScormChromiumTest {
    private static Path root;
    private static StaticServer server;
    private static final Map<String, Map<String, String>> LAUNCH = new HashMap<>();
    private static int runs;
    private WebDriver driver;

    /** Unzips both whole-site packages beside the test LMS and scorm-again, and serves them. */
    @BeforeAll
    static void serve() throws Exception {
        root = Files.createTempDirectory("kappa-lms");
        Path target = Site.dir().getParent();
        for (String v : new String[] {"12", "2004"}) {
            Path pkg = root.resolve("pkg" + v);
            unzip(target.resolve("kappa-scorm" + v + ".zip"), pkg);
            LAUNCH.put(v, launchAddresses(pkg.resolve("imsmanifest.xml")));
        }
        Path lms = Files.createDirectories(root.resolve("lms"));
        for (String f : new String[] {"host.html", "host.js"}) {
            try (InputStream in = ScormChromiumTest.class.getResourceAsStream("/lms/" + f)) {
                Files.write(lms.resolve(f), in.readAllBytes());
            }
        }
        for (String f : new String[] {"scorm12.min.js", "scorm2004.min.js"}) {
            Files.copy(NpmTools.module("scorm-again/dist/" + f), lms.resolve(f));
        }
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>test LMS root</title>");
        server = StaticServer.start(root, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start(1280, 900);
    }

    @AfterEach
    void stopBrowser() {
        Chromium.quit(driver);
    }

    private static void unzip(Path zip, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path out = to.resolve(e.getName()).normalize();
                assertTrue(out.startsWith(to), "zip entry inside the package: " + e.getName());
                Files.createDirectories(out.getParent());
                Files.write(out, in.readAllBytes());
            }
        }
    }

    /** Each SCO's launch address as the manifest gives it, by its sco key ("quiz/conditioning"). */
    private static Map<String, String> launchAddresses(Path manifest) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList resources = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(manifest)))
                .getElementsByTagNameNS("*", "resource");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < resources.getLength(); i++) {
            String href = ((Element) resources.item(i)).getAttribute("href");
            java.util.regex.Matcher m = Pattern.compile("sco=([a-z]+/[a-z0-9-]+)").matcher(href);
            if (m.find()) {
                out.put(m.group(1), href);
            }
        }
        return out;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement await(String css) {
        return LearnerActions.await(driver, css);
    }

    /** Opens the test LMS and the SCO in it; returns inside the SCO's frame, booted. */
    private void launch(String version, String engine, String sco, String db) {
        String href = LAUNCH.get(version).get(sco);
        assertNotNull(href, "the " + version + " manifest has a SCO for " + sco);
        int mastery = href.contains("mastery=") ? Integer.parseInt(href.replaceAll(".*mastery=(\\d+).*", "$1")) : -1;
        driver.get(server.baseUrl() + "lms/host.html?v=" + version + "&engine=" + engine + "&db=" + db
                + "&mastery=" + mastery + "&launch=" + URLEncoder.encode("../pkg" + version + "/" + href,
                        StandardCharsets.UTF_8));
        driver.switchTo().frame(await("#sco"));
        assertEquals("true", Chromium.awaitBoot(driver), "the SCO boots: " + Chromium.bootFailure(driver));
        assertEquals(engine, Chromium.attribute(driver, "data-kappa-engine"));
        assertEquals(version.equals("12") ? "scorm12" : "scorm2004", Chromium.attribute(driver, "data-kappa-lms"),
                "Kappa found the LMS's API");
        assertEquals(sco, Chromium.attribute(driver, "data-kappa-sco"));
    }

    /** Closes the SCO as an LMS does (its frame goes away) and waits for Finish/Terminate. */
    private void leave() {
        driver.switchTo().defaultContent();
        js("window.lmsExit();");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js("return window.lmsFinished;")));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> log() {
        return (List<Map<String, Object>>) js("return window.lmsLog;");
    }

    /** The last value the SCO set for each element. */
    private Map<String, String> lastSet() {
        Map<String, String> out = new HashMap<>();
        for (Map<String, Object> call : log()) {
            if ("set".equals(call.get("fn"))) {
                out.put((String) call.get("element"), (String) call.get("value"));
            }
        }
        return out;
    }

    private static String db() {
        return "run" + (++runs);
    }

    @ParameterizedTest(name = "SCORM {0} on {1}: {2} right")
    @CsvSource({"12, wasm, 9", "12, js, 5", "2004, wasm, 5", "2004, js, 9"})
    void aQuizScoreAndTheProgressRoundTripThroughTheLms(String version, String engine, int right) throws Exception {
        String db = db();
        launch(version, engine, "quiz/conditioning", db);
        assertNull(js("return localStorage.getItem('kappa.progress');"), "inside an LMS nothing goes to localStorage");
        int n = LearnerActions.answerQuiz(driver, "conditioning", right);
        assertEquals(right + "/" + n, await("[data-score]").getAttribute("data-score"));
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors in the SCO");
        if (engine.equals("wasm")) {
            Files.write(Site.screenshots().resolve("scorm" + version + "-quiz-score.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        assertNull(js("return localStorage.getItem('kappa.progress');"), "still nothing in localStorage");
        leave();

        Map<String, String> set = lastSet();
        String percent = right * 100 % n == 0 ? String.valueOf(right * 100 / n)
                : String.valueOf(Math.round(right * 10000.0 / n) / 100.0);
        boolean passed = right * 100 >= 80 * n;
        if (version.equals("12")) {
            assertEquals(percent, set.get("cmi.core.score.raw"));
            assertEquals("0", set.get("cmi.core.score.min"));
            assertEquals("100", set.get("cmi.core.score.max"));
            assertEquals(passed ? "passed" : "failed", set.get("cmi.core.lesson_status"));
            assertEquals("suspend", set.get("cmi.core.exit"));
        } else {
            assertEquals(percent, set.get("cmi.score.raw"));
            assertEquals(Double.parseDouble(percent) / 100, Double.parseDouble(set.get("cmi.score.scaled")), 1e-9);
            assertEquals(passed ? "passed" : "failed", set.get("cmi.success_status"));
            assertEquals("completed", set.get("cmi.completion_status"));
            assertEquals("1", set.get("cmi.progress_measure"));
            assertEquals("suspend", set.get("cmi.exit"));
        }
        assertConformsToTheDataModel(version, log());

        // A new launch, as on another machine: only the LMS's copy can bring the score back.
        js("localStorage.removeItem('kappa.progress');");
        launch(version, engine, "quiz/conditioning", db);
        WebElement best = await("[data-view=quiz] .card-count");
        assertTrue(best.getText().contains("best so far: " + right + " of " + n),
                "progress restored from suspend data: " + best.getText());
        assertNull(js("return localStorage.getItem('kappa.progress');"), "restored from the LMS, not from localStorage");
        leave();
        assertConformsToTheDataModel(version, log());
    }

    @ParameterizedTest(name = "SCORM {0} on {1}")
    @CsvSource({"12, js", "2004, wasm"})
    void anExerciseSetCountsItsAnswersAcrossLaunches(String version, String engine) throws Exception {
        String db = db();
        String id = "digits-lost";
        launch(version, engine, "exercise/" + id, db);
        answerExercise(id, true);
        answerExercise(id, false);
        leave();
        Map<String, String> set = lastSet();
        String status = version.equals("12") ? set.get("cmi.core.lesson_status") : set.get("cmi.completion_status");
        assertEquals("incomplete", status, "2 of 5 exercises done");
        assertEquals("20", set.get(version.equals("12") ? "cmi.core.score.raw" : "cmi.score.raw"), "1 right of 5");
        assertConformsToTheDataModel(version, log());

        launch(version, engine, "exercise/" + id, db);
        for (int i = 0; i < 3; i++) {
            answerExercise(id, true);
        }
        WebElement streak = await("[data-streak]");
        assertTrue(streak.getText().contains("4 of 5 exercises right"), "the streak record came back: " + streak.getText());
        leave();
        set = lastSet();
        assertEquals("80", set.get(version.equals("12") ? "cmi.core.score.raw" : "cmi.score.raw"), "4 right of 5");
        if (version.equals("12")) {
            assertEquals("passed", set.get("cmi.core.lesson_status"));
        } else {
            assertEquals("passed", set.get("cmi.success_status"));
            assertEquals("completed", set.get("cmi.completion_status"));
        }
        assertConformsToTheDataModel(version, log());
    }

    /** Checks the exercise on screen (right or wrong), then asks for a new one. */
    private void answerExercise(String id, boolean right) {
        LearnerActions.nextExercise(driver, LearnerActions.answerExercise(driver, id, right));
    }

    @Test
    void aLabIsCompletedWhenOpenedAndOutsideAnLmsNothingChanges() {
        String db = db();
        launch("2004", "js", "lab/conditioning", db);
        await("[data-view=lab]");
        leave();
        assertEquals("completed", lastSet().get("cmi.completion_status"));
        assertEquals("unknown", lastSet().get("cmi.success_status"));
        assertConformsToTheDataModel("2004", log());

        // The same page without ?sco= is the ordinary site, even with an LMS API around it.
        driver.get(server.baseUrl() + "lms/host.html?v=12&engine=js&db=" + db() + "&mastery=-1&launch="
                + URLEncoder.encode("../pkg12/embed.html?x=1", StandardCharsets.UTF_8) + "#/quiz/conditioning");
        driver.switchTo().frame(await("#sco"));
        assertEquals("true", Chromium.awaitBoot(driver));
        assertNull(Chromium.attribute(driver, "data-kappa-lms"), "no SCORM without ?sco=");
        driver.switchTo().defaultContent();
        assertEquals(List.of(), log(), "the LMS API was never called");

        // A SCO's own address opened outside any LMS: the plain site, on the activity it names.
        driver.get(server.baseUrl() + "pkg2004/" + LAUNCH.get("2004").get("quiz/conditioning") + "&engine=js");
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals("none", Chromium.attribute(driver, "data-kappa-lms"));
        await("[data-view=quiz][data-quiz=conditioning]");
    }

    // ---------------------------------------------------------------- the SCORM data model

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static Predicate<String> decimalIn(double lo, double hi) {
        return v -> DECIMAL.matcher(v).matches() && Double.parseDouble(v) >= lo && Double.parseDouble(v) <= hi;
    }

    private static Predicate<String> oneOf(String... words) {
        Set<String> s = Set.of(words);
        return s::contains;
    }

    private static Predicate<String> atMost(int chars) {
        return v -> v.length() <= chars;
    }

    /** SCORM 1.2 RTE 3.4: the elements a SCO may set, each with its type, vocabulary or limit. */
    private static final Map<String, Predicate<String>> MODEL_12 = Map.of(
            "cmi.core.lesson_status", oneOf("passed", "completed", "failed", "incomplete", "browsed"),
            "cmi.core.score.raw", decimalIn(0, 100),
            "cmi.core.score.min", decimalIn(0, 100),
            "cmi.core.score.max", decimalIn(0, 100),
            "cmi.core.exit", oneOf("time-out", "suspend", "logout", ""),
            // CMITimespan HHHH:MM:SS.SS: hours of 2–4 digits, optional hundredths.
            "cmi.core.session_time", Pattern.compile("\\d{2,4}:[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?").asMatchPredicate(),
            "cmi.core.lesson_location", atMost(255),
            "cmi.suspend_data", atMost(4096));

    /** SCORM 2004 4th Edition RTE 4.2: the same for 2004's elements (real(10,7) has at most 7 decimals). */
    private static final Map<String, Predicate<String>> MODEL_2004 = Map.of(
            "cmi.completion_status", oneOf("completed", "incomplete", "not attempted", "unknown"),
            "cmi.success_status", oneOf("passed", "failed", "unknown"),
            "cmi.score.scaled", decimalIn(-1, 1).and(v -> !v.matches(".*\\.\\d{8,}")),
            "cmi.score.raw", decimalIn(-1e10, 1e10),
            "cmi.score.min", decimalIn(-1e10, 1e10),
            "cmi.score.max", decimalIn(-1e10, 1e10),
            "cmi.progress_measure", decimalIn(0, 1).and(v -> !v.matches(".*\\.\\d{8,}")),
            "cmi.exit", oneOf("time-out", "suspend", "logout", "normal", ""),
            "cmi.session_time", Pattern.compile("PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)").asMatchPredicate(),
            "cmi.location", atMost(1000));

    private static void assertConformsToTheDataModel(String version, List<Map<String, Object>> log) {
        Map<String, Predicate<String>> model = new HashMap<>(version.equals("12") ? MODEL_12 : MODEL_2004);
        if (!version.equals("12")) {
            model.put("cmi.suspend_data", atMost(64000));
        }
        List<String> problems = new ArrayList<>();
        assertTrue(!log.isEmpty() && "init".equals(log.get(0).get("fn")), "the first call initializes: " + log);
        assertEquals("finish", log.get(log.size() - 1).get("fn"), "the last call terminates");
        Map<String, String> last = new HashMap<>();
        for (Map<String, Object> call : log) {
            if (!"true".equals(call.get("result")) && !"get".equals(call.get("fn"))) {
                problems.add(call + " was refused (error " + call.get("error") + ")");
            }
            if (!"set".equals(call.get("fn"))) {
                continue;
            }
            String element = (String) call.get("element");
            String value = (String) call.get("value");
            Predicate<String> rule = model.get(element);
            if (rule == null) {
                problems.add(element + " is not an element Kappa should set");
            } else if (!rule.test(value)) {
                problems.add(element + " = '" + value + "' breaks the data model");
            }
            last.put(element, value);
        }
        String raw = version.equals("12") ? "cmi.core.score.raw" : "cmi.score.raw";
        if (last.containsKey(raw)) {
            double r = Double.parseDouble(last.get(raw));
            String prefix = version.equals("12") ? "cmi.core.score." : "cmi.score.";
            assertTrue(Double.parseDouble(last.get(prefix + "min")) <= r && r <= Double.parseDouble(last.get(prefix + "max")),
                    "min ≤ raw ≤ max: " + last);
        }
        assertEquals(List.of(), problems, "SCORM " + version + " calls");
    }
}
