package dev.kappa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {
    @Test
    void homeForEmptyAndSlash() {
        for (String h : new String[] {null, "", "#", "#/"}) {
            assertEquals(Route.Kind.HOME, Route.parse(h).kind(), "hash " + h);
        }
    }

    @Test
    void labWithParams() {
        Route r = Route.parse("#/lab/quadratic-gd?l1=1&l2=0.5&eta=0.5");
        assertEquals(Route.Kind.LAB, r.kind());
        assertEquals("quadratic-gd", r.id());
        assertEquals(Map.of("l1", "1", "l2", "0.5", "eta", "0.5"), r.params());
        assertEquals("", r.problems());
    }

    @Test
    void otherKinds() {
        assertEquals(Route.Kind.CARDS, Route.parse("#/cards/conditioning").kind());
        assertEquals(Route.Kind.QUIZ, Route.parse("#/quiz/ls-1").kind());
        Route ex = Route.parse("#/exercise/stable-step?seed=42");
        assertEquals(Route.Kind.EXERCISE, ex.kind());
        assertEquals("42", ex.param("seed"));
        assertEquals(Route.Kind.SELFTEST, Route.parse("#/selftest").kind());
        assertEquals(Route.Kind.PROGRESS, Route.parse("#/progress").kind());
        assertEquals(Route.Kind.NOT_FOUND, Route.parse("#/progress/extra").kind());
        assertEquals(Route.Kind.ABOUT, Route.parse("#/about/").kind());
    }

    @Test
    void unknownAndMalformedPathsAreNotFound() {
        for (String h : new String[] {"#/nope", "#/lab", "#/lab/", "#/lab/a/b", "#/lab/Bad_Id", "#/lab/<script>",
                "#/cards/" + "x".repeat(65)}) {
            assertEquals(Route.Kind.NOT_FOUND, Route.parse(h).kind(), "hash " + h);
        }
    }

    @Test
    void anchorsAreNotRoutes() {
        assertEquals(Route.Kind.ANCHOR, Route.parse("#main-content").kind());
    }

    @Test
    void decodesPercentEscapesAndPlus() {
        Route r = Route.parse("#/lab/poly-fit?label=a%20b+c&u=%CE%BA");
        assertEquals("a b c", r.param("label"));
        assertEquals("κ", r.param("u"));
    }

    @Test
    void malformedEscapesBecomeNotesNotExceptions() {
        Route r = Route.parse("#/lab/poly-fit?x=%zz&=5&y=%E0%A4");
        assertEquals("%zz", r.param("x"));
        assertTrue(r.problems().contains("malformed"), r.problems());
        assertTrue(r.problems().contains("without a name"), r.problems());
        assertEquals("\ufffd", r.param("y"), "a truncated UTF-8 sequence becomes U+FFFD");
    }

    @Test
    void encodeRoundTrips() {
        for (String s : new String[] {"plain", "a b&c=d", "κ(AᵀA)", "1e-3,2", "100%"}) {
            String hash = "#/lab/x?v=" + dev.kappa.lab.Query.encode(s);
            assertEquals(s, Route.parse(hash).param("v"), "value " + s);
        }
    }
}
