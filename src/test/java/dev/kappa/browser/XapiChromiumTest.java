package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kappa.learn.Json;
import dev.kappa.server.StaticServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * xAPI in Chromium: every event of an embedded widget becomes a statement posted to the host page,
 * valid for an independent validator (xapi-validation, from npm); nothing reaches a learning record
 * store before the host's handshake, whatever the address says; after it, statements arrive with
 * the host's credentials, actor and activity ids. The LRS is a recording server on another port, so
 * the request crosses origins as it would in a course.
 */
class XapiChromiumTest {
    private static final String AUTH = "Basic a2FwcGE6dGVzdA==";
    private static Path root;
    private static StaticServer server;
    private static HttpServer lrs;
    private static final List<Map<String, String>> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    private WebDriver driver;

    /**
     * The site under /site/ (only the catch-all headers of netlify.toml apply there, so the CSP of
     * embed.html, which allows https: LRSs but not this test's http://127.0.0.1 one, stays out of
     * the way; HeaderRulesTest checks that CSP itself), the test course page under /host/.
     */
    @BeforeAll
    static void serve() throws Exception {
        root = Files.createTempDirectory("kappa-xapi");
        Path site = Site.dir();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = root.resolve("site").resolve(site.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path host = Files.createDirectories(root.resolve("host"));
        for (String f : new String[] {"host.html", "host.js"}) {
            try (InputStream in = XapiChromiumTest.class.getResourceAsStream("/xapi/" + f)) {
                Files.write(host.resolve(f), in.readAllBytes());
            }
        }
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>test course root</title>");
        server = StaticServer.start(root, "127.0.0.1", 0);
        lrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        lrs.createContext("/xapi/", XapiChromiumTest::record);
        lrs.start();
    }

    /** The recording LRS: answers CORS preflights, keeps each POST's headers and body. */
    private static void record(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        if (ex.getRequestMethod().equals("OPTIONS")) {
            ex.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
            ex.getResponseHeaders().add("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, X-Experience-API-Version");
            ex.sendResponseHeaders(204, -1);
            ex.close();
            return;
        }
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(Map.of("method", ex.getRequestMethod(), "path", ex.getRequestURI().getPath(),
                "authorization", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")),
                "version", String.valueOf(ex.getRequestHeaders().getFirst("X-Experience-API-Version")),
                "body", body));
        byte[] ok = "[]".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, ok.length);
        ex.getResponseBody().write(ok);
        ex.close();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (lrs != null) {
            lrs.stop(0);
        }
    }

    @BeforeEach
    void startBrowser() {
        RECEIVED.clear();
        driver = Chromium.start(1280, 900);
    }

    @AfterEach
    void stopBrowser() {
        Chromium.quit(driver);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String lrsUrl() {
        return "http://127.0.0.1:" + lrs.getAddress().getPort() + "/xapi/";
    }

    /** Opens the course page framing {@code widget} (relative to the site) and switches into the booted widget. */
    private void open(String widget) {
        driver.get(server.baseUrl() + "host/host.html?src=" + URLEncoder.encode("../site/" + widget, StandardCharsets.UTF_8));
        driver.switchTo().frame(LearnerActions.await(driver, "#widget"));
        assertEquals("true", Chromium.awaitBoot(driver), Chromium.bootFailure(driver));
    }

    private void go(String hash) {
        js("location.hash = arguments[0];", hash);
    }

    /** The messages of one type the host page received so far (read from inside or outside the frame). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> hostMessages(String type) {
        driver.switchTo().defaultContent();
        List<Map<String, Object>> all = (List<Map<String, Object>>) js("var type = arguments[0];"
                + " return window.hostMessages.filter(function (m) { return m && m.type === type; });", type);
        driver.switchTo().frame(driver.findElement(org.openqa.selenium.By.id("widget")));
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statements() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : hostMessages("kappa:xapi")) {
            out.add((Map<String, Object>) m.get("statement"));
        }
        return out;
    }

    /** Runs xapi-validation on the statements; the problems it reports, [] when all are valid. */
    private static String validate(List<?> statements) throws Exception {
        Path dir = NpmTools.dir();
        Path file = Files.createTempFile("statements", ".json");
        Files.writeString(file, Json.write(statements), StandardCharsets.UTF_8);
        try {
            return NpmTools.run(dir, "node", "validate-statements.js", file.toString()).trim();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static String verb(Map<String, Object> s) {
        return (String) map(s, "verb").get("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void everyEventBecomesAValidStatementPostedToTheHost(String engine) throws Exception {
        open("embed.html?engine=" + engine + "#/exercise/digits-lost?seed=5");
        LearnerActions.answerExercise(driver, "digits-lost", true);
        go("#/lab/conditioning");
        LearnerActions.await(driver, "[data-view=lab]");
        go("#/quiz/conditioning");
        int n = LearnerActions.answerQuiz(driver, "conditioning", 7);
        LearnerActions.await(driver, "[data-score]");
        go("#/cards/conditioning");
        LearnerActions.reviewDeck(driver);

        List<Map<String, Object>> events = hostMessages("kappa:event");
        List<Map<String, Object>> statements = statements();
        assertEquals(3, events.size(), "kappa:event for the exercise, the quiz and the deck: " + events);
        assertEquals(4, statements.size(), "one statement per event, and one for opening the lab: " + statements);
        assertEquals("[]", validate(statements), "xapi-validation on " + statements);

        String base = server.baseUrl() + "site/xapi/";
        String adl = "http://adlnet.gov/expapi/verbs/";
        Map<String, Object> exercise = statements.get(0);
        assertEquals(adl + "answered", verb(exercise));
        assertEquals(base + "exercise/digits-lost", map(exercise, "object").get("id"));
        assertEquals(Map.of("scaled", 1L, "raw", 1L, "min", 0L, "max", 1L), map(map(exercise, "result"), "score"));
        assertEquals(Boolean.TRUE, map(exercise, "result").get("success"));
        assertEquals(5L, map(map(exercise, "context"), "extensions").get(base + "extensions/seed"));
        assertEquals(engine, map(map(exercise, "context"), "extensions").get(base + "extensions/engine"));

        Map<String, Object> lab = statements.get(1);
        assertEquals(adl + "experienced", verb(lab));
        assertEquals(base + "lab/conditioning", map(lab, "object").get("id"));
        assertNull(lab.get("result"), "opening a lab has no result");

        Map<String, Object> quiz = statements.get(2);
        assertEquals(adl + "failed", verb(quiz), "7 of " + n + " is below the 80 % pass mark");
        Map<String, Object> score = map(map(quiz, "result"), "score");
        assertEquals(7L, ((Number) score.get("raw")).longValue());
        assertEquals((long) n, ((Number) score.get("max")).longValue());
        assertEquals(0.7, ((Number) score.get("scaled")).doubleValue(), 1e-12);
        assertEquals(Boolean.FALSE, map(quiz, "result").get("success"));
        assertTrue(((String) map(quiz, "result").get("duration")).matches("PT(\\d+H)?(\\d+M)?\\d+(\\.\\d+)?S"),
                "an ISO 8601 duration: " + map(quiz, "result").get("duration"));

        Map<String, Object> deck = statements.get(3);
        assertEquals(adl + "completed", verb(deck));
        assertEquals(Boolean.TRUE, map(deck, "result").get("completion"));

        for (Map<String, Object> s : statements) {
            assertEquals(Map.of("objectType", "Agent", "account", Map.of("homePage", base, "name", "anonymous")),
                    s.get("actor"), "no host actor, no LMS: anonymous");
            assertTrue(Duration.between(Instant.parse((String) s.get("timestamp")), Instant.now()).toMinutes() < 5);
        }
        assertEquals(List.of(), RECEIVED, "no handshake, so nothing was sent anywhere");
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors in the widget");
    }

    @Test
    void credentialsInTheAddressAreNeverUsed() throws Exception {
        String lrsEnc = URLEncoder.encode(lrsUrl(), StandardCharsets.UTF_8);
        String authEnc = URLEncoder.encode(AUTH, StandardCharsets.UTF_8);
        String creds = "endpoint=" + lrsEnc + "&auth=" + authEnc + "&lrs=" + lrsEnc + "&xapi-endpoint=" + lrsEnc;
        open("embed.html?engine=js&" + creds + "#/exercise/digits-lost?seed=7&" + creds);
        LearnerActions.answerExercise(driver, "digits-lost", true);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> statements().size() == 1);
        Thread.sleep(1500);
        assertEquals(List.of(), RECEIVED, "an address cannot make Kappa send statements");
        assertNull(Chromium.attribute(driver, "data-kappa-xapi"), "not configured");
    }

    @SuppressWarnings("unchecked")
    @Test
    void afterTheHandshakeStatementsReachTheLrsWithTheHostsLearner() throws Exception {
        open("embed.html?engine=wasm#/exercise/digits-lost?seed=11");
        long seed = LearnerActions.answerExercise(driver, "digits-lost", false);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> statements().size() == 1);

        // A message the widget posts to itself is not its host's: ignored.
        js("window.postMessage({type: 'kappa:xapi-config', endpoint: arguments[0], auth: arguments[1]}, '*');",
                lrsUrl(), AUTH);
        Thread.sleep(500);
        assertNull(Chromium.attribute(driver, "data-kappa-xapi"), "only the framing page may configure");

        driver.switchTo().defaultContent();
        js("window.configure({endpoint: 'http://lrs.example.org/xapi/', auth: arguments[0]});", AUTH);
        driver.switchTo().frame(driver.findElement(org.openqa.selenium.By.id("widget")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> hostMessages("kappa:xapi-config-result").size() == 1);
        assertEquals(Boolean.FALSE, hostMessages("kappa:xapi-config-result").get(0).get("ok"),
                "plain http to another machine is refused");

        String registration = "6f1c2a9e-3b7d-4c58-9a0e-2d4b8c6e1f3a";
        Map<String, Object> jane = Map.of("objectType", "Agent", "name", "Jane Doe", "mbox", "mailto:jane@example.org");
        driver.switchTo().defaultContent();
        js("window.configure({endpoint: arguments[0], auth: arguments[1], actor: arguments[2],"
                + " activityBase: 'https://course.example.org/kappa/', registration: arguments[3]});",
                lrsUrl().replaceAll("/$", ""), AUTH, jane, registration);
        driver.switchTo().frame(driver.findElement(org.openqa.selenium.By.id("widget")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> hostMessages("kappa:xapi-config-result").size() == 2);
        assertEquals(Boolean.TRUE, hostMessages("kappa:xapi-config-result").get(1).get("ok"));
        assertEquals(List.of(), RECEIVED, "the statement made before the handshake is not sent");

        LearnerActions.nextExercise(driver, seed);
        LearnerActions.answerExercise(driver, "digits-lost", true);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> RECEIVED.size() == 1);
        Map<String, String> request = RECEIVED.get(0);
        assertEquals("POST", request.get("method"));
        assertEquals("/xapi/statements", request.get("path"));
        assertEquals(AUTH, request.get("authorization"));
        assertEquals("1.0.3", request.get("version"));
        List<Object> sent = (List<Object>) Json.parse(request.get("body"));
        assertEquals(1, sent.size());
        Map<String, Object> s = (Map<String, Object>) sent.get(0);
        assertEquals(jane, s.get("actor"));
        assertEquals("https://course.example.org/kappa/exercise/digits-lost", map(s, "object").get("id"));
        assertEquals(registration, map(s, "context").get("registration"));
        assertEquals("[]", validate(sent), "xapi-validation on what the LRS received");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> hostMessages("kappa:xapi-sent").size() == 1);
        assertEquals(Boolean.TRUE, hostMessages("kappa:xapi-sent").get(0).get("ok"), "the host hears it was sent");
    }
}
