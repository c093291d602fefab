package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index holds stubs without bodies, and every deck, quiz, lab text and teacher note is a script of its own. */
class ContentLayoutTest {
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> root() {
        Map<String, Object> card = map("id", "c1", "kind", "basic", "front", "<math>F</math>", "back", "B", "lab",
                "poly-fit", "tags", new ArrayList<Object>(List.of("t")));
        Map<String, Object> deck = map("id", "d1", "title", "D", "titleText", "D", "topic", "x", "summary", "S",
                "cards", new ArrayList<Object>(List.of(card)));
        Map<String, Object> question = map("id", "q1", "kind", "truefalse", "prompt", "P", "answer", true);
        Map<String, Object> quiz = map("id", "z1", "title", "Z", "titleText", "Z", "topic", "x", "summary", "S",
                "questions", new ArrayList<Object>(List.of(question, question)));
        return map("version", 3.0, "topics", new ArrayList<Object>(List.of("x")),
                "decks", new ArrayList<Object>(List.of(deck)), "quizzes", new ArrayList<Object>(List.of(quiz)),
                "labs", new ArrayList<Object>(List.of(map("id", "poly-fit", "lede", "L"))),
                "teacher", new ArrayList<Object>(List.of(map("lab", "poly-fit", "title", "T"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> index(Map<String, String> files) throws Exception {
        String text = files.get(ContentLayout.INDEX);
        int start = text.indexOf("self.KAPPA_CONTENT = ") + "self.KAPPA_CONTENT = ".length();
        return (Map<String, Object>) Json.parse(text.substring(start, text.indexOf(";\n", start)));
    }

    @Test
    void everyEntryIsAScriptOfItsOwnBesideTheIndex() {
        Map<String, String> files = ContentLayout.files("/* h */", root());
        assertEquals(List.of("index.js", "decks/d1.js", "labs/poly-fit.js", "quizzes/z1.js", "teacher/poly-fit.js"),
                new ArrayList<>(files.keySet()));
        assertTrue(files.get("decks/d1.js").contains("kappaContentPart(\"decks\", {\"id\":\"d1\""), files.get("decks/d1.js"));
        assertTrue(files.get("decks/d1.js").contains("\"front\":\"<math>F<\\/math>\""), "the part holds the card's face");
        assertTrue(files.get("teacher/poly-fit.js").contains("kappaContentPart(\"teacher\", {\"lab\":\"poly-fit\""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexHoldsStubsWithoutBodies() throws Exception {
        Map<String, String> files = ContentLayout.files("/* h */", root());
        assertFalse(files.get("index.js").contains("<math>F"), "no card face in the index");
        Map<String, Object> index = index(files);
        Map<String, Object> deck = (Map<String, Object>) ((List<Object>) index.get("decks")).get(0);
        assertEquals(Boolean.TRUE, deck.get("part"));
        assertEquals("D", deck.get("titleText"));
        Map<String, Object> card = (Map<String, Object>) ((List<Object>) deck.get("cards")).get(0);
        assertEquals(map("id", "c1", "kind", "basic", "lab", "poly-fit", "tags", List.of("t")), card,
                "a card's stub keeps what due counts need, not its faces");
        Map<String, Object> quiz = (Map<String, Object>) ((List<Object>) index.get("quizzes")).get(0);
        assertEquals(2.0, quiz.get("count"));
        assertFalse(quiz.containsKey("questions"));
        assertEquals(map("id", "poly-fit", "part", true), ((List<Object>) index.get("labs")).get(0));
        assertEquals(map("lab", "poly-fit", "part", true), ((List<Object>) index.get("teacher")).get(0));
        assertEquals(3.0, index.get("version"));
        assertTrue(files.get("index.js").startsWith("/* h */\n"), "the index's header tells the build it is up to date");
    }
}
