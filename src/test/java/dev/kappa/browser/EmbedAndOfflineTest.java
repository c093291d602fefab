package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.server.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sample course page with live embeds, and the app working with its server gone. */
class EmbedAndOfflineTest {
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start(1100, 900);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void courseEmbedsBootAndFollowTheirContentHeight() throws Exception {
        driver.get(Site.url() + "examples/course.html");
        List<WebElement> frames = driver.findElements(By.cssSelector("iframe[data-kappa]"));
        assertEquals(4, frames.size(), "widgets on the course page");
        for (WebElement frame : frames) {
            String id = frame.getAttribute("id");
            js("arguments[0].scrollIntoView();", frame);
            driver.switchTo().frame(frame);
            assertEquals("true", Chromium.awaitBoot(driver), "embed " + id + " boots");
            assertEquals(0, driver.findElements(By.cssSelector(".site-header")).size(), "no site chrome");
            assertEquals(1, driver.findElements(By.cssSelector(".open-in-kappa a")).size(),
                    "an open-in-Kappa link in " + id);
            driver.switchTo().defaultContent();
        }
        for (WebElement frame : frames) {
            awaitHeightMatchesContent(frame);
        }
        // Content that changes height (a different route) must resize the iframe again.
        WebElement first = frames.get(0);
        long before = frameHeight(first);
        driver.switchTo().frame(first);
        js("var p = document.createElement('div'); p.style.height = '700px'; p.id = 'grow';"
                + "document.getElementById('app').appendChild(p);");
        driver.switchTo().defaultContent();
        awaitHeightMatchesContent(first);
        assertTrue(frameHeight(first) >= before + 650, "iframe grew with its content: " + before + " → " + frameHeight(first));
        Files.write(Site.screenshots().resolve("course-page.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), Chromium.consoleErrors(driver), "console errors on the course page");
    }

    private long frameHeight(WebElement frame) {
        return ((Number) js("return Math.round(arguments[0].getBoundingClientRect().height);", frame)).longValue();
    }

    private void awaitHeightMatchesContent(WebElement frame) {
        long[] last = new long[2];
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                long outer = frameHeight(frame);
                d.switchTo().frame(frame);
                long inner = ((Number) js("return Math.ceil(document.body.getBoundingClientRect().height);")).longValue();
                d.switchTo().defaultContent();
                last[0] = outer;
                last[1] = inner;
                // The iframe's border adds 2 px around the content.
                return Math.abs(outer - inner - 2) <= 2;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("iframe height " + last[0] + " px never matched its content, " + last[1] + " px", e);
        }
    }

    @Test
    void worksOfflineAfterOneVisitAndAnnouncesUpdates(@TempDir Path tmp) throws Exception {
        Path v1 = Deploys.copySite(tmp.resolve("v1"));
        int port = Deploys.freePort();
        StaticServer server = StaticServer.start(v1, "127.0.0.1", port);
        String url = server.baseUrl() + "index.html";
        try {
            driver.get(url);
            assertEquals("true", Chromium.awaitBoot(driver));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    "ready".equals(Chromium.attribute(d, "data-kappa-offline")));
            js("localStorage.setItem('kappa.offline-test', 'kept');");
        } finally {
            server.close();
        }
        // The server is gone: only the service worker's cache can answer.
        driver.get(url + "#/about");
        assertEquals("true", Chromium.awaitBoot(driver), "boot with the network off");
        assertNotNull(driver.findElement(By.cssSelector("[data-view=about]")));
        // A deck and a lab text the visit never opened: their own scripts came with the offline copy.
        driver.get(url + "#/cards/conditioning");
        assertEquals("true", Chromium.awaitBoot(driver), "a deck offline");
        assertNotNull(Chromium.await(driver, "[data-view=cards] [data-side=front] .face"), "the card's face");
        assertTrue(!driver.findElement(By.cssSelector("[data-view=cards] [data-side=front] .face")).getText().isBlank(),
                "the card's face has its words");
        driver.get(url + "?engine=js#/lab/poly-fit");
        assertEquals("true", Chromium.awaitBoot(driver), "a lab offline");
        assertNotNull(Chromium.await(driver, "[data-view=lab] .lede math"), "the lab's words offline");
        assertTrue(driver.findElements(By.cssSelector("[data-lab-text-missing]")).isEmpty(), "no 'words missing' note");
        driver.get(url.replace("index.html", "embed.html") + "?engine=js#/");
        assertEquals("true", Chromium.awaitBoot(driver), "the embed and the JS engine work offline too");

        // A new deployment at the same address: a changed site means a new worker and cache.
        Path v2 = Deploys.copySite(tmp.resolve("v2"));
        Files.writeString(v2.resolve("sw.js"), Files.readString(v2.resolve("sw.js")).replaceFirst(
                "var VERSION = '([0-9a-f]+)'", "var VERSION = '$1-next'"));
        StaticServer next = StaticServer.start(v2, "127.0.0.1", port);
        try {
            driver.get(url);
            assertEquals("true", Chromium.awaitBoot(driver));
            js("navigator.serviceWorker.getRegistration().then(function (r) { r.update(); });");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    !d.findElements(By.id("kappa-update")).isEmpty());
            assertTrue(driver.findElement(By.id("kappa-update")).getText().contains("progress is kept"));
            assertEquals("kept", js("return localStorage.getItem('kappa.offline-test');"), "learner data survives");
        } finally {
            next.close();
        }
    }
}
