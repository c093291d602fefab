package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.LabCatalog;
import dev.kappa.learn.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labs' words, content/labs/*.md, through the content compiler with the real KaTeX: every
 * lab of the catalogue has a file, every file a lab of the catalogue, and the maths comes out as MathML.
 */
class LabTextCompileTest {
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

    /** A content folder holding only these lab files (decks and quizzes are other tests' business). */
    private Path labsOnly(Map<String, String> files) throws IOException {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir.resolve("labs"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve("labs/" + f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labs(String script) throws Exception {
        String prefix = "self.KAPPA_CONTENT = ";
        String json = script.substring(script.indexOf(prefix) + prefix.length(), script.lastIndexOf(';'));
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        return (List<Map<String, Object>>) root.get("labs");
    }

    private static final String LAB = "% words\n\n\n### lede\nL $a$.\n### rule\n$$b$$\n### try\n- t\n"
            + "### explanation\nE $c$.\n";

    @Test
    @SuppressWarnings("unchecked")
    void everyRegisteredLabHasItsWordsWithMathml() throws Exception {
        // The whole real content folder: lab texts quote numbers whose sources (content/quoted-numbers.md)
        // are shared with decks, and every source must be quoted somewhere.
        ContentCompiler.Result r = new ContentCompiler(katex::render).compile(Paths.get("content"));
        assertEquals(List.of(), r.errors);
        List<Map<String, Object>> labs = labs(r.script);
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> lab : labs) {
            String id = (String) lab.get("id");
            ids.add(id);
            assertTrue(!lab.containsKey("titleText"), id + ": the title is declared with the lab, not in its text");
            for (String key : new String[] {"lede", "rule"}) {
                String html = (String) lab.get(key);
                assertTrue(!html.contains("$"), id + " " + key + " has unrendered maths: " + html);
            }
            assertTrue(((String) lab.get("rule")).contains("<math") && ((String) lab.get("rule")).contains(
                    "display=\"block\""), id + ": the rule is display maths");
            List<Object> items = (List<Object>) lab.get("try");
            assertTrue(items.size() >= 3, id + ": at least three things to try");
            List<Object> paragraphs = (List<Object>) lab.get("explanation");
            assertTrue(paragraphs.size() >= 2, id + ": an explanation of a few paragraphs");
            boolean mathml = false;
            for (Object p : paragraphs) {
                String html = (String) p;
                mathml |= html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"");
                assertTrue(!html.contains("$"), id + " explanation has unrendered maths: " + html);
            }
            assertTrue(mathml, id + ": its explanation contains MathML");
        }
        List<String> registered = new ArrayList<>(Arrays.asList(LabCatalog.ids()));
        java.util.Collections.sort(registered);
        assertEquals(registered, ids, "one compiled text per registered lab, in file order");
    }

    @Test
    void aLabWithoutATextFileFailsTheBuild() throws Exception {
        Path dir = labsOnly(Map.of("alpha.md", LAB));
        ContentCompiler.Result r = new ContentCompiler(katex::render, new String[] {"alpha", "beta"}).compile(dir);
        assertEquals(List.of("content/labs/beta.md:1: the lab 'beta' has no text file: every lab needs one (lede, "
                + "rule, try, explanation; see docs/authoring.md)"), r.errors);
    }

    @Test
    void aFileForAnUnknownLabIsRejected() throws Exception {
        Path dir = labsOnly(Map.of("alpha.md", LAB, "gamma.md", LAB));
        ContentCompiler.Result r = new ContentCompiler(katex::render, new String[] {"alpha"}).compile(dir);
        assertEquals(1, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith("content/labs/gamma.md:1: 'gamma' is not a lab of Kappa (labs: alpha)"),
                r.errors.get(0));
    }

    @Test
    void malformedLabFilesAreAllReportedWithFileLineAndReason() throws Exception {
        Path dir = labsOnly(Map.of(
                "alpha.md", LAB.replace("### try\n- t\n", "### try\nt\n"),
                "beta.md", LAB.replace("E $c$.", "E\nthen $\\frac{1}{$ broken."),
                "gamma.md", LAB.replace("### rule\n$$b$$\n", "")));
        ContentCompiler.Result r = new ContentCompiler(katex::render, new String[] {"alpha", "beta", "gamma"})
                .compile(dir);
        assertEquals(3, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith("content/labs/alpha.md:9: each item of 'try' starts with '- '"),
                r.errors.get(0));
        assertTrue(r.errors.get(1).startsWith("content/labs/beta.md:12: TeX error in $\\frac{1}{$"), r.errors.get(1));
        assertTrue(r.errors.get(2).startsWith("content/labs/gamma.md:"), r.errors.get(2));
        assertTrue(r.errors.get(2).contains("lacks the section '### rule'"), r.errors.get(2));
    }

    @Test
    void mainFailsTheBuildWhenALabHasNoText() throws Exception {
        Path dir = labsOnly(Map.of("quadratic-gd.md", LAB));
        Path out = tmp.resolve("out/content.js");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ContentCompiler.main(new String[] {dir.toString(), out.toString()}));
        assertTrue(e.getMessage().contains("content/labs/definiteness.md:1: the lab 'definiteness' has no text file"),
                e.getMessage());
        assertTrue(!Files.exists(out));
    }
}
