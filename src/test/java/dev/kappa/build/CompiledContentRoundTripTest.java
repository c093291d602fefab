package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Card;
import dev.kappa.learn.ContentParser;
import dev.kappa.learn.Deck;
import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.learn.Grader;
import dev.kappa.learn.Json;
import dev.kappa.learn.Progress;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.ReviewQueue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real content/, compiled (with a stand-in for KaTeX, which the build step itself runs), must
 * carry exactly what the authored files say into the payload the browser reads
 * ({@code web.learn.Content} reads the same fields): ids, order, kinds, answer keys and
 * tolerances. Then every quiz, graded with its own answers, scores full marks.
 */
class CompiledContentRoundTripTest {
    private static Map<String, Object> payload() throws Exception {
        ContentCompiler.Result r = new ContentCompiler((tex, display) -> "<math>" + tex.length() + "</math>")
                .compile(Paths.get("content"));
        assertEquals(List.of(), r.errors);
        String script = r.script;
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) Json.parse(
                script.substring(script.indexOf("= ") + 2, script.lastIndexOf(';')));
        assertEquals((double) ContentCompiler.FORMAT_VERSION, root.get("version"));
        assertEquals(r.decks, list(root, "decks").size());
        assertEquals(r.quizzes, list(root, "quizzes").size());
        return root;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    private static List<Path> files(String sub) throws IOException {
        try (Stream<Path> s = Files.list(Paths.get("content", sub))) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            return out;
        }
    }

    private static List<Deck> decks() throws IOException {
        List<Deck> out = new ArrayList<>();
        for (Path p : files("decks")) {
            out.add(ContentParser.parseDeck("decks/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<Quiz> quizzes() throws IOException {
        List<Quiz> out = new ArrayList<>();
        for (Path p : files("quizzes")) {
            out.add(ContentParser.parseQuiz("quizzes/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void thePayloadCarriesWhatTheFilesSay() throws Exception {
        Map<String, Object> root = payload();
        List<Deck> decks = decks();
        List<Map<String, Object>> jd = list(root, "decks");
        assertEquals(decks.size(), jd.size());
        for (int i = 0; i < decks.size(); i++) {
            Deck d = decks.get(i);
            assertEquals(d.id(), jd.get(i).get("id"));
            assertEquals(d.topic(), jd.get(i).get("topic"));
            List<Map<String, Object>> cards = list(jd.get(i), "cards");
            assertEquals(d.cards().size(), cards.size(), d.id());
            for (int k = 0; k < cards.size(); k++) {
                Card c = d.cards().get(k);
                assertEquals(c.id(), cards.get(k).get("id"), d.id());
                Object lab = cards.get(k).get("lab");
                assertEquals(c.lab(), lab == Json.NULL ? null : lab, d.id() + "/" + c.id());
                assertEquals(c.kind().word(), cards.get(k).get("kind"), d.id() + "/" + c.id());
                assertEquals(c.exercise(), cards.get(k).get("exercise"), d.id() + "/" + c.id());
            }
        }
        List<Quiz> quizzes = quizzes();
        List<Map<String, Object>> jq = list(root, "quizzes");
        assertEquals(quizzes.size(), jq.size());
        for (int i = 0; i < quizzes.size(); i++) {
            Quiz q = quizzes.get(i);
            assertEquals(q.id(), jq.get(i).get("id"));
            List<Map<String, Object>> questions = list(jq.get(i), "questions");
            assertEquals(q.questions().size(), questions.size(), q.id());
            for (int k = 0; k < questions.size(); k++) {
                Question x = q.questions().get(k);
                Map<String, Object> j = questions.get(k);
                String where = q.id() + "/" + x.id();
                assertEquals(x.id(), j.get("id"), where);
                assertEquals(x.kind(), QuestionKind.fromWord((String) j.get("kind")), where);
                List<Map<String, Object>> options = list(j, "options");
                assertEquals(x.options().size(), options.size(), where);
                for (int o = 0; o < options.size(); o++) {
                    assertEquals(x.options().get(o).correct(), options.get(o).get("correct"), where + " option " + o);
                }
                if (x.kind() == QuestionKind.NUMERIC) {
                    assertEquals(x.numericAnswer(), j.get("answer"), where);
                    assertEquals(x.relTol(), j.get("tol"), where);
                    assertEquals(x.absTol(), j.get("abs"), where);
                } else if (x.kind() == QuestionKind.TRUEFALSE) {
                    assertEquals(x.truth(), j.get("answer"), where);
                }
            }
        }
        // Each lab's prediction questions, with the state that reveals them.
        for (Map<String, Object> lab : list(root, "labs")) {
            List<Map<String, Object>> predict = list(lab, "predict");
            assertTrue(!predict.isEmpty(), lab.get("id") + " asks a prediction");
            for (Map<String, Object> q : predict) {
                assertTrue(q.get("reveal") instanceof String, lab.get("id") + "/" + q.get("id") + " has its reveal state");
            }
        }
    }

    private static String rightInput(Answer a) {
        switch (a.kind()) {
            case SCALAR:
                return Double.toString(a.scalar());
            case CHOICE:
                return String.valueOf((char) ('a' + a.choice()));
            default:
                return a.describe();
        }
    }

    @Test
    void everyQuizScoresFullMarksWithItsOwnAnswers() throws Exception {
        for (Quiz q : quizzes()) {
            for (Question x : q.questions()) {
                assertTrue(Grader.grade(x.answer(), rightInput(x.answer())).correct(), q.id() + "/" + x.id());
            }
        }
    }

    @Test
    void contentMeetsTheIssueCounts() throws Exception {
        int cards = 0;
        for (Deck d : decks()) {
            cards += d.cards().size();
        }
        assertTrue(cards >= 80, "only " + cards + " cards");
        int fullQuizzes = 0;
        for (Quiz q : quizzes()) {
            if (q.questions().size() >= 10) {
                fullQuizzes++;
            }
        }
        assertTrue(fullQuizzes >= 8, "only " + fullQuizzes + " quizzes of 10 questions");
    }

    @Test
    void reviewQueueShowsDueThenNewThenTheRest() throws Exception {
        Deck d = decks().get(0);
        List<String> ids = new ArrayList<>();
        for (Card c : d.cards()) {
            ids.add(c.id());
        }
        Progress p = new Progress();
        long t0 = 1_700_000_000_000L;
        assertEquals(0, p.dueCount(d.id(), ids, t0), "new cards are not counted as due");
        assertEquals(ids.size(), p.newCount(d));
        assertEquals(ids.subList(0, 5), ReviewQueue.build(p, d.id(), ids, t0, 5));
        Fsrs fsrs = new Fsrs();
        p.review(fsrs, d.id(), ids.get(0), Grade.AGAIN, t0);
        p.review(fsrs, d.id(), ids.get(1), Grade.EASY, t0);
        List<String> later = ReviewQueue.build(p, d.id(), ids, t0 + 2 * Fsrs.MINUTE_MS, 2);
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(3)), later, "the lapsed card, then two new ones");
        List<String> all = ReviewQueue.build(p, d.id(), ids, t0 + 2 * Fsrs.MINUTE_MS, Integer.MAX_VALUE, true);
        assertEquals(ids.size(), all.size(), "everything: each card once");
        assertEquals(ids.get(1), all.get(all.size() - 1), "the card not due comes last");
    }

    @Test
    void exerciseVerdictsMapToGrades() {
        assertEquals(Grade.AGAIN, ReviewQueue.gradeForExercise(false, 1000, 60000));
        assertEquals(Grade.HARD, ReviewQueue.gradeForExercise(true, 90000, 60000));
        assertEquals(Grade.GOOD, ReviewQueue.gradeForExercise(true, 30000, 60000));
        assertEquals(Grade.EASY, ReviewQueue.gradeForExercise(true, 10000, 60000));
    }
}
