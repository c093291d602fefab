package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code content/content.js} loads as a plain script from {@code file://} in HtmlUnit
 * (the engine that cannot parse KaTeX itself) and defines {@code KAPPA_CONTENT}.
 */
class ContentScriptInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void builtContentScriptDefinesTheGlobal() throws Exception {
        Path built = Paths.get(System.getProperty("kappa.site", "target/site"), "content", "content.js");
        assertTrue(Files.isRegularFile(built), built + " is missing: it is written by the build's process-classes step");
        Files.createDirectories(tmp.resolve("content"));
        Files.copy(built, tmp.resolve("content/content.js"));
        Files.writeString(tmp.resolve("index.html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script src=\"content/content.js\"></script></head><body></body></html>", StandardCharsets.UTF_8);
        try (WebClient client = new WebClient()) {
            client.getOptions().setThrowExceptionOnScriptError(true);
            HtmlPage page = client.getPage(tmp.resolve("index.html").toUri().toURL());
            Object decks = page.executeJavaScript("self.KAPPA_CONTENT.decks.length").getJavaScriptResult();
            Object quizzes = page.executeJavaScript("self.KAPPA_CONTENT.quizzes.length").getJavaScriptResult();
            Object math = page.executeJavaScript("self.KAPPA_CONTENT.decks[0].cards[0].front.indexOf('<math') >= 0")
                    .getJavaScriptResult();
            assertTrue(((Number) decks).intValue() >= 8, "decks: " + decks);
            assertTrue(((Number) quizzes).intValue() >= 8, "quizzes: " + quizzes);
            assertEquals(Boolean.TRUE, math);
        }
    }
}
