package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.QuoteSource;
import dev.kappa.learn.QuotedNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted numbers are recomputed by the lab models, and a wrong one fails with its file and line. */
class QuotedNumberCheckTest {
    private static final String SOURCES = "---\ntitle: T\n---\n"
            + "### peak\nLab: double-descent\nPreset: Lecture: D = 50, N = 1…200, ridge λ = 1\nValue: peak N (min-norm test)\n"
            + "### kappa\nLab: conditioning\nState: matrix=collinear&m=100&n=5&gap=1e-8\nValue: κ(A)\n"
            + "### step\nLab: quadratic-gd\nState: l1=1&l2=1&theta=0&eta=0.5&steps=1&x0=1&y0=0\nValue: w1[1]\n";

    private static List<QuoteSource> sources() {
        return QuoteSource.parse("content/quoted-numbers.md", SOURCES);
    }

    private static List<String> check(String text) {
        return QuotedNumberCheck.problems(QuotedNumber.scan("decks/d.md", text), sources());
    }

    @Test
    void rightNumbersPassAndTheReaderSeesOnlyThem() {
        String text = "peak at $N=[[peak: 50]]$,\nκ ≈ $[[kappa: 10^{8}]]$ or $[[kappa: 3\\times10^{8}]]$; w = [[step: 0.5]]";
        assertEquals(List.of(), check(text));
        assertEquals("peak at $N=50$,\nκ ≈ $10^{8}$ or $3\\times10^{8}$; w = 0.5", QuotedNumber.strip(text));
    }

    @Test
    void aWrongNumberFailsWithFileAndLine() {
        List<String> p = check("first line\nthe peak is at [[peak: 49]], [[kappa: 10^{16}]]\n[[step: 0.5]]");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("decks/d.md:2: the quoted number 49 ('peak') disagrees with the double-descent lab"),
                p.get(0));
        assertTrue(p.get(0).contains("does not round to 49"), p.get(0));
        assertTrue(p.get(1).contains("log₁₀"), p.get(1));
    }

    @Test
    void unknownKeysUnusedSourcesAndBadSourcesFail() {
        List<String> p = check("[[nope: 1]] [[peak: 50]]");
        assertTrue(p.get(0).contains("'nope' has no entry"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("'kappa' is quoted nowhere")), p.toString());
        List<QuoteSource> bad = QuoteSource.parse("q.md", "---\ntitle: T\n---\n### x\nLab: conditioning\n"
                + "Preset: No such preset\nValue: κ(A)\n");
        List<String> q = QuotedNumberCheck.problems(QuotedNumber.scan("d.md", "[[x: 1]]"), bad);
        assertTrue(q.get(0).startsWith("q.md:4: 'x' cannot be computed: no preset labelled 'No such preset'"), q.toString());
    }

    @Test
    void shownNumbersClaimWhatTheirDigitsSay() {
        QuotedNumber n = QuotedNumber.scan("f", "[[k: 930]]").get(0);
        assertNull(n.mismatch(930.17));
        assertTrue(n.mismatch(931) != null);
        QuotedNumber m = QuotedNumber.scan("f", "[[k: 6\\times10^{16}]]").get(0);
        assertNull(m.mismatch(6.29e16));
        assertTrue(m.mismatch(6.6e16) != null);
        QuotedNumber e = QuotedNumber.scan("f", "[[k: -3.0556]]").get(0);
        assertNull(e.mismatch(-3.0555555));
        assertTrue(e.mismatch(-3.0557) != null);
        assertTrue(QuotedNumber.scan("f", "[[k: about 5]]").get(0).mismatch(5).contains("not a number"));
    }

    /** The course's own content: every quoted number agrees with its lab today. */
    @Test
    void theCoursesQuotedNumbersAgreeWithTheLabs() throws IOException {
        List<QuotedNumber> quotes = new java.util.ArrayList<>();
        for (String dir : new String[] {"content/decks", "content/quizzes", "content/labs"}) {
            try (java.util.stream.Stream<java.nio.file.Path> files = Files.list(Paths.get(dir))) {
                for (java.nio.file.Path f : files.sorted().toList()) {
                    quotes.addAll(QuotedNumber.scan(dir + "/" + f.getFileName(), Files.readString(f)));
                }
            }
        }
        assertTrue(quotes.size() >= 9, "quotes found: " + quotes.size());
        List<QuoteSource> sources = QuoteSource.parse("content/quoted-numbers.md",
                Files.readString(Paths.get("content/quoted-numbers.md")));
        assertEquals(List.of(), QuotedNumberCheck.problems(quotes, sources));
    }
}
