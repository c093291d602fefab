package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built content index {@code content/en/index.js} loads as a plain script from {@code file://} in
 * HtmlUnit (the engine that cannot parse KaTeX itself) and defines {@code KAPPA_CONTENT} with stubs; a
 * deck's own script, added as a script element the way the app adds it, replaces its stub with the whole
 * deck, maths as MathML.
 */
class ContentScriptInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void builtContentScriptsDefineTheGlobalAndFillItIn() throws Exception {
        Path built = Paths.get(System.getProperty("kappa.site", "target/site"), "content", "en");
        assertTrue(Files.isRegularFile(built.resolve("index.js")),
                built + "/index.js is missing: it is written by the build's process-classes step");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = tmp.resolve("content/en").resolve(built.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(tmp.resolve("index.html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script src=\"content/en/index.js\"></script></head><body></body></html>", StandardCharsets.UTF_8);
        try (WebClient client = new WebClient()) {
            client.getOptions().setThrowExceptionOnScriptError(true);
            HtmlPage page = client.getPage(tmp.resolve("index.html").toUri().toURL());
            Object decks = page.executeJavaScript("self.KAPPA_CONTENT.decks.length").getJavaScriptResult();
            Object quizzes = page.executeJavaScript("self.KAPPA_CONTENT.quizzes.length").getJavaScriptResult();
            Object stub = page.executeJavaScript("self.KAPPA_CONTENT.decks[0].part === true"
                    + " && self.KAPPA_CONTENT.decks[0].cards[0].front === undefined").getJavaScriptResult();
            assertTrue(((Number) decks).intValue() >= 8, "decks: " + decks);
            assertTrue(((Number) quizzes).intValue() >= 8, "quizzes: " + quizzes);
            assertEquals(Boolean.TRUE, stub, "the index holds a stub of each deck, without the cards' faces");
            page.executeJavaScript("var s = document.createElement('script');"
                    + " s.src = self.KAPPA_CONTENT.base + 'decks/' + self.KAPPA_CONTENT.decks[0].id + '.js';"
                    + " document.head.appendChild(s);");
            client.waitForBackgroundJavaScript(2000);
            Object math = page.executeJavaScript("self.KAPPA_CONTENT.generation === 1"
                    + " && self.KAPPA_CONTENT.decks[0].part === undefined"
                    + " && self.KAPPA_CONTENT.decks[0].cards[0].front.indexOf('<math') >= 0").getJavaScriptResult();
            assertEquals(Boolean.TRUE, math, "the deck's script replaced its stub with the whole deck");
        }
    }
}
