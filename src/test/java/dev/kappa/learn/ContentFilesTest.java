package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under content/ parses, and the structural promises of the format hold. */
class ContentFilesTest {
    static final Path CONTENT = Paths.get("content");

    static List<Path> files(String sub) throws IOException {
        Path dir = CONTENT.resolve(sub);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    static List<Deck> decks() throws IOException {
        List<Deck> out = new ArrayList<>();
        for (Path p : files("decks")) {
            out.add(ContentParser.parseDeck("decks/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    static List<Quiz> quizzes() throws IOException {
        List<Quiz> out = new ArrayList<>();
        for (Path p : files("quizzes")) {
            out.add(ContentParser.parseQuiz("quizzes/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void everyDeckParses() throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path p : files("decks")) {
            try {
                ContentParser.parseDeck("decks/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everyQuizParses() throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path p : files("quizzes")) {
            try {
                ContentParser.parseQuiz("quizzes/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everySingleChoiceQuestionHasExactlyOneCorrectOption() throws IOException {
        for (Quiz q : quizzes()) {
            for (Question question : q.questions()) {
                if (question.kind() == QuestionKind.SINGLE) {
                    assertEquals(1, question.correctCount(), q.file() + ":" + question.line() + " " + question.id());
                }
                if (question.kind() == QuestionKind.MULTIPLE) {
                    assertTrue(question.correctCount() >= 1, q.file() + ":" + question.line());
                }
            }
        }
    }

    @Test
    void storedAnswersGradeAsCorrect() throws IOException {
        for (Quiz q : quizzes()) {
            for (Question question : q.questions()) {
                Answer a = question.answer();
                String typed = a.kind() == Answer.Kind.SCALAR ? Double.toString(a.scalar()) : a.describe();
                if (a.kind() == Answer.Kind.CHOICE) {
                    typed = String.valueOf((char) ('a' + a.choice()));
                }
                Verdict v = Grader.grade(a, typed);
                if (!v.correct()) {
                    fail(q.file() + ":" + question.line() + " stored answer '" + typed + "' not accepted: " + v);
                }
            }
        }
    }

    @Test
    void deckAndQuizIdsAreUniqueAcrossFiles() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Deck d : decks()) {
            assertTrue(!ids.contains("deck:" + d.id()), "duplicate deck " + d.id());
            ids.add("deck:" + d.id());
        }
        for (Quiz q : quizzes()) {
            assertTrue(!ids.contains("quiz:" + q.id()), "duplicate quiz " + q.id());
            ids.add("quiz:" + q.id());
        }
    }
}
