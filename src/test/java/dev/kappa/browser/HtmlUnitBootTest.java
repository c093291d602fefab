package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.web.SelfTestSuite;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Boots the built site in HtmlUnit, which has no WebAssembly GC: the loader must pick the JS
 * engine before touching the WasmGC runtime, and the app must route without script errors.
 */
class HtmlUnitBootTest {
    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        client = HtmlUnitClient.open(scriptErrors);
    }

    @AfterEach
    void closeBrowser() {
        client.close();
    }

    private HtmlPage boot(String path) throws Exception {
        HtmlPage page = client.getPage(Site.url() + path);
        for (int i = 0; i < 200 && "false".equals(ready(page)); i++) {
            client.waitForBackgroundJavaScript(50);
        }
        return page;
    }

    private static String ready(HtmlPage page) {
        return page.getDocumentElement().getAttribute("data-kappa-ready");
    }

    private void navigate(HtmlPage page, String hash) {
        page.executeJavaScript("location.hash = '" + hash + "';");
        client.waitForBackgroundJavaScript(200);
    }

    @Test
    void bootsOnTheJsEngineWhenWasmGcIsMissing() throws Exception {
        HtmlPage page = boot("index.html");
        assertEquals("true", ready(page), "data-kappa-ready after boot; page text: " + page.asNormalizedText());
        assertEquals("js", page.getDocumentElement().getAttribute("data-kappa-engine"));
        assertEquals(List.of(), scriptErrors, "script errors while booting");
    }

    @Test
    void homeShowsEveryTopic() throws Exception {
        HtmlPage page = boot("index.html");
        List<String> topics = new ArrayList<>();
        for (org.htmlunit.html.DomNode n : page.querySelectorAll("[data-topic]")) {
            DomElement e = (DomElement) n;
            topics.add(e.getAttribute("data-topic"));
        }
        // every topic has labs, decks or exercises now, so the home page lists them all, in the catalogue's order
        List<String> expected = new ArrayList<>();
        for (dev.kappa.lab.Topic t : dev.kappa.lab.Topic.values()) {
            expected.add(t.id());
        }
        assertEquals(expected, topics);
        assertNotNull(page.querySelector("[data-view=home] h1"), "home heading");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void unknownRoutesShowTheNotFoundView() throws Exception {
        HtmlPage page = boot("index.html");
        navigate(page, "#/no/such/place");
        assertNotNull(page.querySelector("[data-view=not-found]"), "not-found view; page: " + page.asNormalizedText());
        navigate(page, "#/lab/not-a-lab?x=1");
        assertNotNull(page.querySelector("[data-view=not-found]"), "unknown lab id");
        assertTrue(page.asNormalizedText().contains("not-a-lab"), "the message names the unknown id");
        navigate(page, "#/");
        assertNotNull(page.querySelector("[data-view=home]"), "back home");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void malformedHashesNeverBlankThePage() throws Exception {
        HtmlPage page = boot("index.html#/lab/%E0%A4%A?%%%=&&=3");
        assertEquals("true", ready(page));
        assertTrue(page.querySelector("#app").asNormalizedText().length() > 20, "the page has content");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void embedPageBootsWithoutChrome() throws Exception {
        HtmlPage page = boot("embed.html#/");
        assertEquals("true", ready(page));
        assertEquals("embed", page.getDocumentElement().getAttribute("data-kappa-mode"));
        assertEquals(null, page.querySelector(".site-header"), "no site header in embeds");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void forcingWasmWithoutWasmGcShowsAReadableError() throws Exception {
        HtmlPage page = boot("index.html?engine=wasm");
        assertEquals("error", ready(page));
        String text = page.querySelector("#app").asNormalizedText();
        assertTrue(text.contains("Kappa could not start"), "error heading; page: " + text);
        assertNotNull(page.querySelector(".boot-error a[href^='?engine=js']"), "a link to the JS engine");
    }

    @Test
    void selfCheckMatchesTheJvmBitForBit() throws Exception {
        HtmlPage page = boot("index.html");
        Object result = page.executeJavaScript("kappa.selfCheck()").getJavaScriptResult();
        assertEquals(SelfTestSuite.report(SelfTestSuite.run()), String.valueOf(result),
                "the JS engine's self-check report against the JVM's");
    }
}
