package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content compiler with the real KaTeX under GraalJS (one context for the whole class). */
class ContentCompilerTest {
    private static KatexRenderer katex;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startKatex() throws IOException {
        katex = new KatexRenderer();
    }

    @AfterAll
    static void stopKatex() {
        katex.close();
    }

    /** These tests are about decks and quizzes: no lab text is required (labs: LabTextCompileTest). */
    private static final String[] NO_LABS = {};

    private static final String HEAD = "---\ntitle: Title with $x^2$\ntopic: least-squares\nsummary: Sum <b>.\n---\n";

    private Path content(String deck, String quiz) throws IOException {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir.resolve("decks"));
        Files.createDirectories(dir.resolve("quizzes"));
        if (deck != null) {
            Files.writeString(dir.resolve("decks/d1.md"), deck, StandardCharsets.UTF_8);
        }
        if (quiz != null) {
            Files.writeString(dir.resolve("quizzes/q1.md"), quiz, StandardCharsets.UTF_8);
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(String script) throws Exception {
        String prefix = "self.KAPPA_CONTENT = ";
        int at = script.indexOf(prefix);
        assertTrue(at >= 0, "script assigns the global");
        String json = script.substring(at + prefix.length(), script.lastIndexOf(';'));
        return (Map<String, Object>) Json.parse(json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void compilesCardsAndQuestionsToHtmlWithMathml() throws Exception {
        Path dir = content(HEAD + "### c1\nQ: Is **bold** and *it* and `code` <script>alert(1)</script> \\$5?\n"
                + "A: Yes: $$\\kappa(A^\\top A)=\\kappa(A)^2$$\nLab: poly-fit\n",
                HEAD + "### n numeric tol=0.1\nWhat is $\\frac12$?\n= 0.5\n> Half.\n"
                + "### s single\nPick\n- [x] $a$\n- [ ] b\n> Because.\n");
        ContentCompiler.Result r = new ContentCompiler(katex::render, NO_LABS).compile(dir);
        assertEquals(List.of(), r.errors);
        assertEquals(1, r.decks);
        assertEquals(2, r.questions);
        Map<String, Object> root = payload(r.script);
        Map<String, Object> deck = (Map<String, Object>) ((List<Object>) root.get("decks")).get(0);
        assertTrue(((String) deck.get("title")).contains("<math"), "title maths rendered");
        assertEquals("Sum &lt;b&gt;.", deck.get("summary"));
        Map<String, Object> card = (Map<String, Object>) ((List<Object>) deck.get("cards")).get(0);
        String front = (String) card.get("front");
        assertTrue(front.startsWith("Is <strong>bold</strong> and <em>it</em> and <code>code</code> "
                + "&lt;script&gt;alert(1)&lt;/script&gt; $5?"), front);
        String back = (String) card.get("back");
        assertTrue(back.contains("display=\"block\""), back);
        assertFalse(back.contains("$$"), back);
        assertEquals("poly-fit", card.get("lab"));
        Map<String, Object> quiz = (Map<String, Object>) ((List<Object>) root.get("quizzes")).get(0);
        Map<String, Object> q = (Map<String, Object>) ((List<Object>) quiz.get("questions")).get(0);
        assertEquals("numeric", q.get("kind"));
        assertEquals(0.5, q.get("answer"));
        assertEquals(0.1, q.get("tol"));
        assertTrue(((String) q.get("prompt")).contains("<mfrac>"), (String) q.get("prompt"));
        Map<String, Object> s = (Map<String, Object>) ((List<Object>) quiz.get("questions")).get(1);
        Map<String, Object> opt = (Map<String, Object>) ((List<Object>) s.get("options")).get(0);
        assertEquals(Boolean.TRUE, opt.get("correct"));
    }

    @Test
    void texErrorsNameFileAndLine() throws Exception {
        Path dir = content(HEAD + "### c1\nQ: fine $x$\nA: first line\nthen $\\frac{1}{$ broken\n", null);
        ContentCompiler.Result r = new ContentCompiler(katex::render, NO_LABS).compile(dir);
        assertEquals(1, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith("content/decks/d1.md:9: TeX error"), r.errors.get(0));
    }

    @Test
    void unknownCommandIsATexError() throws Exception {
        Path dir = content(HEAD + "### c1\nQ: $\\notacommand{x}$\nA: a\n", null);
        ContentCompiler.Result r = new ContentCompiler(katex::render, NO_LABS).compile(dir);
        assertEquals(1, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith("content/decks/d1.md:7: TeX error"), r.errors.get(0));
    }

    @Test
    void everyMalformedFileIsReported() throws Exception {
        Path dir = content(HEAD + "### c1\nQ: q\n", HEAD + "### q single\nP\n- [x] a\n- [x] b\n> E\n");
        ContentCompiler.Result r = new ContentCompiler(katex::render, NO_LABS).compile(dir);
        assertEquals(2, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith("content/decks/d1.md:6: "), r.errors.get(0));
        assertTrue(r.errors.get(1).startsWith("content/quizzes/q1.md:6: "), r.errors.get(1));
    }

    @Test
    void mainFailsTheBuildOnBadContent() throws Exception {
        Path dir = content(HEAD + "### c1\nQ: q\n", null);
        Path out = tmp.resolve("out/content.js");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ContentCompiler.main(new String[] {dir.toString(), out.toString()}));
        assertTrue(e.getMessage().contains("content/decks/d1.md:6: "), e.getMessage());
        assertFalse(Files.exists(out));
    }
    // The real content/ is compiled (and any error fails the build) by the process-classes step
    // itself, before tests run; repeating it here would double the suite's time.
}
