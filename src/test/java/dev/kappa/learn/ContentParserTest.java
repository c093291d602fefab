package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentParserTest {
    private static final String HEAD = "---\ntitle: T\ntopic: conditioning\nsummary: S.\n---\n";

    private static final String DECK = HEAD
            + "\n"
            + "% a comment\n"
            + "### normal-eq\n"
            + "Q: Why do the normal equations lose digits?\n"
            + "A: Forming $A^\\top A$ squares $\\kappa$:\n"
            + "$$\\kappa(A^\\top A)=\\kappa(A)^2$$\n"
            + "Lab: conditioning\n"
            + "Tags: qr, kappa\n"
            + "\n"
            + "### costs-\\$\n".replace("-\\$", "2")
            + "Q: A **bold** question\n"
            + "A: Costs \\$5.\n";

    @Test
    void parsesADeck() {
        Deck d = ContentParser.parseDeck("decks/cond.md", DECK);
        assertEquals("cond", d.id());
        assertEquals("T", d.title());
        assertEquals("conditioning", d.topic());
        assertEquals(2, d.cards().size());
        Card c = d.cards().get(0);
        assertEquals("normal-eq", c.id());
        assertEquals(8, c.line());
        assertEquals("Why do the normal equations lose digits?", c.front().text());
        assertEquals("Forming $A^\\top A$ squares $\\kappa$:\n$$\\kappa(A^\\top A)=\\kappa(A)^2$$", c.back().text());
        assertEquals(10, c.back().line());
        assertEquals(11, c.back().lineOf(c.back().text().indexOf("$$")));
        assertEquals("conditioning", c.lab());
        assertEquals(2, c.tags().size());
        assertNull(d.cards().get(1).lab());
    }

    private static final String QUIZ = HEAD
            + "### q1 single\n"
            + "Which method forms $A^\\top A$ explicitly?\n"
            + "- [ ] Householder QR\n"
            + "- [x] The normal equations\n"
            + "- [ ] The SVD\n"
            + "> The normal equations solve $A^\\top A x = A^\\top b$.\n"
            + "> Second line.\n"
            + "\n"
            + "### q2 multiple\n"
            + "Pick the orthogonal ones.\n"
            + "- [x] Q from QR\n"
            + "- [X] V from the SVD\n"
            + "- [ ] A\n"
            + "> Both.\n"
            + "### q3 numeric tol=1e-3 abs=0.5\n"
            + "What is $\\kappa$ of diag(1, 1e-3)?\n"
            + "= 1e3\n"
            + "> Ratio of extremes.\n"
            + "### q4 truefalse\n"
            + "QR squares kappa.\n"
            + "= false\n"
            + "> It does not.\n";

    @Test
    void parsesAQuiz() {
        Quiz q = ContentParser.parseQuiz("quizzes/basics.md", QUIZ);
        assertEquals("basics", q.id());
        assertEquals(4, q.questions().size());
        Question q1 = q.questions().get(0);
        assertEquals(QuestionKind.SINGLE, q1.kind());
        assertEquals(3, q1.options().size());
        assertTrue(q1.options().get(1).correct());
        assertEquals(1, q1.correctCount());
        assertEquals("The normal equations solve $A^\\top A x = A^\\top b$.\nSecond line.", q1.explanation().text());
        assertEquals(2, q.questions().get(1).correctCount());
        Question q3 = q.questions().get(2);
        assertEquals(1000.0, q3.numericAnswer());
        assertEquals(1e-3, q3.relTol());
        assertEquals(0.5, q3.absTol());
        Question q4 = q.questions().get(3);
        assertFalse(q4.truth());
        assertEquals(Answer.DEFAULT_REL_TOL, q4.relTol());
    }

    private static void expectError(String file, String text, int line, String reasonPart, boolean deck) {
        ContentParseException e = assertThrows(ContentParseException.class,
                () -> {
                    if (deck) {
                        ContentParser.parseDeck(file, text);
                    } else {
                        ContentParser.parseQuiz(file, text);
                    }
                }, "expected an error at line " + line + " (" + reasonPart + ")");
        assertEquals(file, e.file());
        assertEquals(line, e.line(), "line of: " + e.getMessage());
        assertTrue(e.reason().contains(reasonPart), "reason '" + e.reason() + "' should mention '" + reasonPart + "'");
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    }

    @Test
    void missingFrontMatter() {
        expectError("decks/a.md", "### c\nQ: x\nA: y\n", 1, "front matter", true);
    }

    @Test
    void unknownTopic() {
        expectError("decks/a.md", "---\ntitle: T\ntopic: algebra\nsummary: S\n---\n### c\nQ: x\nA: y\n", 3,
                "unknown topic", true);
    }

    @Test
    void unclosedFrontMatter() {
        expectError("decks/a.md", "---\ntitle: T\n", 1, "never closed", true);
    }

    @Test
    void invalidFileName() {
        expectError("decks/Bad_Name.md", DECK, 1, "not a valid id", true);
    }

    @Test
    void duplicateCardId() {
        expectError("decks/a.md", HEAD + "### c\nQ: x\nA: y\n### c\nQ: x\nA: y\n", 9, "duplicate card id", true);
    }

    @Test
    void badCardId() {
        expectError("decks/a.md", HEAD + "### Card_1\nQ: x\nA: y\n", 6, "not valid", true);
    }

    @Test
    void cardWithoutAnswer() {
        expectError("decks/a.md", HEAD + "### c\nQ: x\n", 6, "no answer", true);
    }

    @Test
    void unknownLab() {
        expectError("decks/a.md", HEAD + "### c\nQ: x\nA: y\nLab: nowhere\n", 9, "unknown lab", true);
    }

    @Test
    void textBeforeFirstCard() {
        expectError("decks/a.md", HEAD + "stray\n### c\nQ: x\nA: y\n", 6, "outside", true);
    }

    @Test
    void unclosedMathIsReportedAtItsLine() {
        expectError("decks/a.md", HEAD + "### c\nQ: x\nA: first line\nsecond $x^2 line\n", 9, "never closed", true);
    }

    @Test
    void singleWithTwoCorrect() {
        expectError("quizzes/a.md", HEAD + "### q single\nP?\n- [x] a\n- [x] b\n> E\n", 6, "exactly one", false);
    }

    @Test
    void singleWithNoCorrect() {
        expectError("quizzes/a.md", HEAD + "### q single\nP?\n- [ ] a\n- [ ] b\n> E\n", 6, "exactly one", false);
    }

    @Test
    void multipleWithNoCorrect() {
        expectError("quizzes/a.md", HEAD + "### q multiple\nP?\n- [ ] a\n- [ ] b\n> E\n", 6, "at least one", false);
    }

    @Test
    void tooFewOptions() {
        expectError("quizzes/a.md", HEAD + "### q single\nP?\n- [x] a\n> E\n", 6, "options", false);
    }

    @Test
    void tooManyOptions() {
        expectError("quizzes/a.md", HEAD + "### q single\nP?\n- [x] a\n- [ ] b\n- [ ] c\n- [ ] d\n- [ ] e\n- [ ] f\n- [ ] g\n> E\n",
                6, "options", false);
    }

    @Test
    void missingExplanation() {
        expectError("quizzes/a.md", HEAD + "### q truefalse\nP?\n= true\n", 6, "explanation", false);
    }

    @Test
    void badNumber() {
        expectError("quizzes/a.md", HEAD + "### q numeric\nP?\n= abc\n> E\n", 8, "not a number", false);
    }

    @Test
    void badTrueFalse() {
        expectError("quizzes/a.md", HEAD + "### q truefalse\nP?\n= maybe\n> E\n", 8, "true", false);
    }

    @Test
    void unknownKind() {
        expectError("quizzes/a.md", HEAD + "### q essay\nP?\n> E\n", 6, "unknown question kind", false);
    }

    @Test
    void toleranceOnNonNumeric() {
        expectError("quizzes/a.md", HEAD + "### q single tol=0.1\nP?\n- [x] a\n- [ ] b\n> E\n", 6, "numeric", false);
    }

    @Test
    void duplicateQuestionId() {
        expectError("quizzes/a.md", HEAD + "### q truefalse\nP?\n= true\n> E\n### q truefalse\nP?\n= true\n> E\n", 10,
                "duplicate question id", false);
    }

    @Test
    void optionsOnNumeric() {
        expectError("quizzes/a.md", HEAD + "### q numeric\nP?\n- [x] 1\n> E\n", 8, "single/multiple", false);
    }

    @Test
    void textAfterExplanation() {
        expectError("quizzes/a.md", HEAD + "### q truefalse\nP?\n= true\n> E\nstray\n", 10, "after the explanation", false);
    }

    @Test
    void missingPrompt() {
        expectError("quizzes/a.md", HEAD + "### q truefalse\n= true\n> E\n", 6, "no prompt", false);
    }

    @Test
    void indentedLinesContinueAnOption() {
        Quiz q = ContentParser.parseQuiz("quizzes/a.md",
                HEAD + "### q single\nP?\n- [x] a long\n  option\n- [ ] b\n> E\n");
        assertEquals("a long\noption", q.questions().get(0).options().get(0).text().text());
    }

    @Test
    void crlfAndBomAreAccepted() {
        Deck d = ContentParser.parseDeck("decks/a.md", "\uFEFF" + (HEAD + "### c\nQ: x\nA: y\n").replace("\n", "\r\n"));
        assertEquals("y", d.cards().get(0).back().text());
    }
}
