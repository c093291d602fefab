package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each balance rule can fail, and every quiz of the course passes them all. */
class QuizBalanceTest {
    private static final String HEAD = "---\ntitle: T\ntopic: conditioning\nsummary: S\n---\n";

    private static List<String> problems(String body) {
        return QuizBalance.problems(ContentParser.parseQuiz("quizzes/q.md", HEAD + body));
    }

    private static String single(String id, int key, String... options) {
        StringBuilder sb = new StringBuilder("### " + id + " single\nP\n");
        for (int i = 0; i < options.length; i++) {
            sb.append(i == key ? "- [x] " : "- [ ] ").append(options[i]).append('\n');
        }
        return sb.append("> E\n").toString();
    }

    private static void breaks(String rule, List<String> problems) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(": " + rule + ": ")), rule + " expected in " + problems);
    }

    @Test
    void keysAlwaysInTheFirstPositionsFail() {
        String quiz = single("a", 0, "one", "two", "three", "four") + single("b", 0, "one", "two", "three", "four")
                + single("c", 0, "one", "two", "three", "four");
        List<String> p = problems(quiz);
        breaks("P1", p);
        breaks("P2", p);
        assertEquals(List.of(), problems(single("a", 0, "one", "two", "three", "four")
                + single("b", 3, "one", "two", "three", "four") + single("c", 1, "one", "two", "three", "four")));
    }

    @Test
    void aKeyMuchLongerThanItsDistractorsFails() {
        List<String> p = problems(single("a", 2, "short", "brief", "the one long and careful right answer", "tiny"));
        breaks("L1", p);
        assertTrue(p.get(0).startsWith("quizzes/q.md:6: L1: the right option of 'a'"), p.get(0));
        String longest = single("a", 0, "longer one", "short", "tiny") + single("b", 1, "short", "longer one", "tiny")
                + single("c", 2, "short", "tiny", "longer one");
        breaks("L3", problems(longest));
    }

    @Test
    void multipleChoiceKeysMayNotBeAPrefixNorAlwaysStartAtA() {
        String prefix = "### m multiple\nP\n- [x] one\n- [x] two\n- [ ] three\n- [ ] four\n> E\n";
        breaks("M1", problems(prefix));
        String second = "### n multiple\nP\n- [x] one\n- [ ] two\n- [x] three\n- [ ] four\n> E\n";
        breaks("M2", problems(second + second.replace("### n", "### o")));
        String never = "### n multiple\nP\n- [ ] one\n- [x] two\n- [x] three\n- [ ] four\n> E\n";
        breaks("M2", problems(never + never.replace("### n", "### o")));
        assertEquals(List.of(), problems(second + never.replace("### n", "### o")));
        String longRight = "### l multiple\nP\n- [ ] a\n- [x] a much longer right option\n- [ ] b\n> E\n";
        breaks("L2", problems(longRight));
    }

    @Test
    void trueFalseKeysAreBalanced() {
        String f = "### f truefalse\nP\n= false\n> E\n";
        breaks("T1", problems(f + f.replace("### f", "### g") + f.replace("### f", "### h")));
        assertEquals(List.of(), problems(f + f.replace("### f", "### g").replace("= false", "= true")));
    }

    @Test
    void visibleLengthCountsWhatAReaderSees() {
        assertEquals(5, QuizBalance.visibleLength("$\\kappa_2(Q)$"));
        assertEquals(6, QuizBalance.visibleLength("**bold** x"), "emphasis marks are not seen");
    }

    @Test
    void everyQuizOfTheCourseIsBalanced() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Paths.get("content/quizzes"))) {
            for (Path f : files.sorted().toList()) {
                all.addAll(QuizBalance.problems(ContentParser.parseQuiz("content/quizzes/" + f.getFileName(),
                        Files.readString(f))));
            }
        }
        assertEquals(List.of(), all);
    }
}
