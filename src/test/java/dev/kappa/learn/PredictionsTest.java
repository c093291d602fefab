package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** "Predict, then reveal": the content format of a lab's prediction questions, grading and recording. */
class PredictionsTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String LAB = "### lede\nL.\n### rule\n$$x$$\n### try\n- t\n"
            + "### explanation\nE.\n### predict\n### which single\nWhat happens?\n- [ ] this\n- [x] that\n"
            + "Reveal: eta=1.5&steps=20\n> Because.\n### how-many numeric abs=1\nHow many?\n= 3\n> Three.\n";

    @Test
    void aLabFileEndsWithItsPredictionQuestions() {
        LabText t = LabTextParser.parse("content/labs/quadratic-gd.md", LAB);
        assertEquals(2, t.predictions().size());
        Question q = t.predictions().get(0);
        assertEquals("which", q.id());
        assertEquals("eta=1.5&steps=20", q.reveal());
        assertEquals(10, q.line());
        assertEquals(null, t.predictions().get(1).reveal());
        assertEquals(1, t.tryItems().size(), "the sections before are read as before");
    }

    @Test
    void revealBelongsToPredictionsAndIsAState() {
        ContentParseException quiz = assertThrows(ContentParseException.class, () -> ContentParser.parseQuiz("quizzes/q.md",
                "---\ntitle: T\ntopic: conditioning\nsummary: S\n---\n### a single\nP\n- [x] a\n- [ ] b\nReveal: x=1\n> E\n"));
        assertTrue(quiz.getMessage().contains("'Reveal:' belongs to a lab's prediction questions"), quiz.getMessage());
        ContentParseException bad = assertThrows(ContentParseException.class,
                () -> LabTextParser.parse("content/labs/quadratic-gd.md", LAB.replace("Reveal: eta=1.5&steps=20",
                        "Reveal: eta is 1.5")));
        assertTrue(bad.getMessage().startsWith("content/labs/quadratic-gd.md:14: 'Reveal:' names a lab state"),
                bad.getMessage());
    }

    @Test
    void theFirstPredictionIsKeptStoredAndMerged() {
        Question q = LabTextParser.parse("content/labs/quadratic-gd.md", LAB).predictions().get(0);
        Progress p = new Progress();
        assertFalse(p.recordPrediction("quadratic-gd", q, "z", T0).wellFormed(), "unreadable: nothing kept");
        assertTrue(p.predictions().isEmpty());
        assertFalse(p.recordPrediction("quadratic-gd", q, "a", T0).correct());
        assertTrue(p.recordPrediction("quadratic-gd", q, "b", T0 + 5).correct());
        PredictionRecord r = p.predictions().get("quadratic-gd/which");
        assertEquals(new PredictionRecord("a", false, T0, 2), r, "the prediction made first stays");
        Progress back = ProgressCodec.decode(ProgressCodec.encode(p, T0)).progress();
        assertEquals(p, back);
        Progress other = new Progress();
        other.recordPrediction("quadratic-gd", q, "b", T0 - 10);
        PredictionRecord merged = ProgressMerge.of(p, other).merged().predictions().get("quadratic-gd/which");
        assertEquals(new PredictionRecord("b", true, T0 - 10, 2), merged, "the earlier prediction, the larger count");
    }

    @Test
    void everyLabAsksAPredictionAndEveryOneIsGradable() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.list(Paths.get("content/labs"))) {
            for (Path f : files.sorted().toList()) {
                LabText t = LabTextParser.parse("content/labs/" + f.getFileName(), Files.readString(f));
                if (t.predictions().isEmpty()) {
                    without.add(t.id());
                }
                for (Question q : t.predictions()) {
                    assertTrue(q.reveal() != null, t.id() + "/" + q.id() + " names the state that reveals it");
                    assertTrue(Grader.grade(q.answer(), q.answer().describe()).correct(), t.id() + "/" + q.id());
                }
            }
        }
        assertEquals(List.of(), without, "labs without a prediction question");
    }
}
