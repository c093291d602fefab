package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.server.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deploys that used to strand a classroom on an old or mixed copy, each at one address in real Chromium: a
 * deploy without sw.js, a half-done upload, the root URL after a new deploy and with a network that hangs, and
 * the retiring worker of docs/offline.md.
 */
class ServiceWorkerDeployTest {
    @TempDir
    Path tmp;
    private WebDriver driver;
    private int port;
    private StaticServer server;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Chromium.start(1280, 900);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        port = Deploys.freePort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        Chromium.quit(driver);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    private void serve(Path site) throws Exception {
        if (server != null) {
            server.close();
        }
        server = StaticServer.start(site, "127.0.0.1", port);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** Visits v1 and waits until its worker controls the page, with the whole site cached. */
    private Path visitFirstVersion(String engine) throws Exception {
        Path v1 = Deploys.copySite(tmp.resolve("v1"));
        serve(v1);
        driver.get(url("index.html?engine=" + engine));
        assertEquals("true", Chromium.awaitBoot(driver));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "ready".equals(Chromium.attribute(d, "data-kappa-offline")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller;")));
        return v1;
    }

    @SuppressWarnings("unchecked")
    private List<String> kappaCaches() {
        return (List<String>) jsAsync("var done = arguments[arguments.length - 1];"
                + " caches.keys().then(function (k) { done(k.filter(function (n) { return n.indexOf('kappa-') === 0; })); });");
    }

    private String deployMark() {
        return (String) js("var m = document.querySelector('meta[name=kappa-deploy]'); return m ? m.content : null;");
    }

    /** Asks the browser to look for a new worker now, and waits until that check has finished installing or failing. */
    private void checkForUpdate() {
        jsAsync("var done = arguments[arguments.length - 1];"
                + " navigator.serviceWorker.getRegistration().then(function (r) {"
                + "   return r.update().then(function () { return r; }, function () { return r; }); })"
                + " .then(function (r) { (function wait() { if (!r.installing) done(true); else setTimeout(wait, 100); })(); });");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aDeployWithoutSwJsRetiresTheOfflineCopy(String engine) throws Exception {
        visitFirstVersion(engine);
        Path v2 = Deploys.newVersion(tmp.resolve("v2"), "v2");
        Files.delete(v2.resolve("sw.js"));
        serve(v2);
        driver.get(url("index.html?engine=" + engine));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "v2".equals(deployMark()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page still comes from the old copy (deploy mark " + deployMark()
                    + ", offline " + Chromium.attribute(driver, "data-kappa-offline") + ")", e);
        }
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals(Boolean.FALSE, js("return !!navigator.serviceWorker.controller;"), "no worker controls the page");
        assertEquals(List.of(), kappaCaches(), "the old copy is deleted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aHalfDoneUploadIsNeverCachedAndTheFinishedOneIs(String engine) throws Exception {
        Path v1 = visitFirstVersion(engine);
        String oldCache = "kappa-" + Deploys.version(v1);
        Path v2 = Deploys.newVersion(tmp.resolve("v2"), "v2");
        // The upload so far: the new sw.js (and index.html), but the content index still the old one.
        Path partial = Deploys.copySite(tmp.resolve("partial"));
        Files.copy(v2.resolve("sw.js"), partial.resolve("sw.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(v2.resolve("index.html"), partial.resolve("index.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        serve(partial);
        driver.get(url("index.html?engine=" + engine));
        assertEquals("true", Chromium.awaitBoot(driver));
        checkForUpdate();
        assertEquals(List.of(oldCache), kappaCaches(), "nothing of the half-done upload is cached");
        assertEquals(null, deployMark(), "the page is still the complete old version");

        serve(v2);
        driver.get(url("index.html?engine=" + engine));
        assertEquals("true", Chromium.awaitBoot(driver));
        checkForUpdate();
        String newCache = "kappa-" + Deploys.version(v2);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> kappaCaches().equals(List.of(newCache)));
        Object cached = jsAsync("var done = arguments[arguments.length - 1], path = arguments[1];"
                + " caches.open(arguments[0]).then(function (c) { return c.match(path); })"
                + " .then(function (r) { return r.text(); }).then(done);", newCache, Deploys.CONTENT_INDEX);
        assertEquals(Files.readString(v2.resolve(Deploys.CONTENT_INDEX)), cached, "the cached content index is the new one");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(
                org.openqa.selenium.By.id("kappa-update")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theRootUrlIsOneVersionAndNeverWaitsOnAHungNetwork(String engine) throws Exception {
        visitFirstVersion(engine);
        serve(Deploys.newVersion(tmp.resolve("v2"), "v2"));
        driver.get(url("?engine=" + engine));
        assertEquals("true", Chromium.awaitBoot(driver));
        assertEquals(null, deployMark(), "the root URL comes from the same cached version as the files it loads");
        server.close();
        server = null;
        try (Deploys.BlackHole hung = new Deploys.BlackHole(port)) {
            long t0 = System.nanoTime();
            driver.get(url("?engine=" + engine + "#/about"));
            assertEquals("true", Chromium.awaitBoot(driver), "the root URL boots from the cache");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 15_000, "took " + ms + " ms");
            assertEquals(1, driver.findElements(org.openqa.selenium.By.cssSelector("[data-view=about]")).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js"})
    void theRetiringWorkerRemovesTheOfflineCopy(String engine) throws Exception {
        visitFirstVersion(engine);
        Path v2 = Deploys.newVersion(tmp.resolve("v2"), "v2");
        Files.copy(v2.resolve("sw-retire.js"), v2.resolve("sw.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        serve(v2);
        driver.get(url("index.html?engine=" + engine));
        checkForUpdate();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "v2".equals(deployMark()));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> kappaCaches().isEmpty());
        assertEquals(Boolean.FALSE, js("return !!navigator.serviceWorker.controller;"));
    }
}
