package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lab text format: sections, items, paragraphs, and every malformation reported at its line. */
class LabTextParserTest {
    private static final String FILE = "content/labs/min-norm.md";

    private static final String GOOD = "% The words of #/lab/min-norm\n" // 1
            + "\n"                                           // 2
            + "% (its title is declared with the lab)\n"      // 3
            + "% a comment\n"                                // 4
            + "### lede\n"                                   // 5
            + "One $x$ line\n"                               // 6
            + "and its continuation.\n"                      // 7
            + "\n"                                           // 8
            + "### rule\n"                                   // 9
            + "$$w^+ = A^+b$$\n"                             // 10
            + "$$x$$\n"                                      // 11
            + "### try\n"                                    // 12
            + "- first item\n"                               // 13
            + "  continued $y$\n"                            // 14
            + "\n"                                           // 15
            + "- second item\n"                              // 16
            + "### explanation\n"                            // 17
            + "Para one\n"                                   // 18
            + "% not a break\n"                              // 19
            + "still one.\n"                                 // 20
            + "\n"                                           // 21
            + "\n"                                           // 22
            + "Para $two$.\n";                               // 23

    @Test
    void parsesTheSectionsWithTheirLines() {
        LabText t = LabTextParser.parse(FILE, GOOD);
        assertEquals("min-norm", t.id());
        assertEquals("One $x$ line\nand its continuation.", t.lede().text());
        assertEquals(6, t.lede().line());
        assertEquals("$$w^+ = A^+b$$\n$$x$$", t.rule().text());
        assertEquals(10, t.rule().line());
        assertEquals(2, t.tryItems().size());
        assertEquals("first item\ncontinued $y$", t.tryItems().get(0).text());
        assertEquals(13, t.tryItems().get(0).line());
        assertEquals("second item", t.tryItems().get(1).text());
        assertEquals(16, t.tryItems().get(1).line());
        assertEquals(2, t.explanation().size());
        assertEquals("Para one\nstill one.", t.explanation().get(0).text());
        assertEquals("Para $two$.", t.explanation().get(1).text());
        assertEquals(23, t.explanation().get(1).line());
    }

    private static void fails(String text, int line, String reasonPart) {
        ContentParseException e = assertThrows(ContentParseException.class, () -> LabTextParser.parse(FILE, text));
        assertEquals(FILE, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
    }

    @Test
    void malformedFilesNameTheLineAndTheReason() {
        fails(GOOD.replace("### rule\n", "### rules\n"), 9, "unknown section 'rules'");
        fails(GOOD.replace("- second item\n", "second item\n"), 16, "starts with '- '");
        fails(GOOD.replace("  continued $y$\n", "  continued $y\n"), 14, "never closed");
        fails("---\ntitle: Minimum-norm\n---\n" + GOOD, 1, "no front matter: its title is declared with the lab");
        fails("\n" + GOOD.replace("% The words", "---\n% The words"), 2, "no front matter");
        fails(GOOD.replace("\n\n### rule", "\n\nsecond paragraph\n### rule"), 9, "one paragraph");
        fails(GOOD + "### try\n- again\n", 24, "given twice");
        fails(GOOD.replace("### explanation\n", "#### explanation\n"), 17, "exactly three");
        fails(GOOD.replace("$$w^+ = A^+b$$\n$$x$$\n", "% only a comment\n"), 9, "'rule' is empty");
    }

    @Test
    void everySectionIsRequired() {
        String noTry = GOOD.substring(0, GOOD.indexOf("### try")) + GOOD.substring(GOOD.indexOf("### explanation"));
        fails(noTry, 12, "lacks the section '### try'");
    }

    @Test
    void theFileNameMustBeAnId() {
        ContentParseException e = assertThrows(ContentParseException.class,
                () -> LabTextParser.parse("content/labs/Min_Norm.md", GOOD));
        assertTrue(e.getMessage().startsWith("content/labs/Min_Norm.md:1: "), e.getMessage());
    }
}
