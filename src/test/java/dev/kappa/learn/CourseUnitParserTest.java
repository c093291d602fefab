package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The course unit format: activities in order, defaults, and each malformation at its line. */
class CourseUnitParserTest {
    private static final String FILE = "content/units/week-3.md";
    /** Knows quiz q1, deck d1, lab l1 and generator g1 only. */
    private static final CourseUnitParser.Known KNOWN = (kind, id) -> id.equals(kind.word().charAt(0) + "1")
            || (kind == CourseUnit.Kind.CARDS && id.equals("d1"));

    private static CourseUnit parse(String body) {
        return CourseUnitParser.parse(FILE, "---\ntitle: Week 3\n---\n" + body, KNOWN);
    }

    private static void fails(String body, int line, String reason) {
        ContentParseException e = assertThrows(ContentParseException.class, () -> parse(body), body);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(true, e.reason().contains(reason), "reason '" + e.reason() + "' should mention '" + reason + "'");
    }

    @Test
    void readsActivitiesInOrderWithDefaults() {
        CourseUnit u = parse("% comment\nlab l1\n\ncards d1\nquiz q1\nexercise e1\n");
        assertEquals("week-3", u.id());
        assertEquals("Week 3", u.title());
        assertEquals(CourseUnit.DEFAULT_MASTERY_PERCENT, u.masteryPercent());
        assertEquals(List.of(new CourseUnit.Activity(CourseUnit.Kind.LAB, "l1", 0),
                new CourseUnit.Activity(CourseUnit.Kind.CARDS, "d1", 0),
                new CourseUnit.Activity(CourseUnit.Kind.QUIZ, "q1", 0),
                new CourseUnit.Activity(CourseUnit.Kind.EXERCISE, "e1", CourseUnit.DEFAULT_EXERCISE_COUNT)),
                u.activities());
        assertEquals("exercise/e1", u.activities().get(3).key());
    }

    @Test
    void readsMasteryAndExerciseCount() {
        CourseUnit u = CourseUnitParser.parse(FILE, "---\ntitle: T\nmastery: 65\n---\nexercise e1 12\n", KNOWN);
        assertEquals(65, u.masteryPercent());
        assertEquals(12, u.activities().get(0).count());
    }

    @Test
    void unknownIdsAreReportedAtTheirLine() {
        fails("lab l1\nquiz nope\n", 5, "no quiz called 'nope'");
        fails("cards Bad_Id\n", 4, "no flashcard deck called 'Bad_Id'");
    }

    @Test
    void malformedLinesAreReportedAtTheirLine() {
        fails("lab l1\nvideo v1\n", 5, "kind lab, cards, quiz or exercise");
        fails("quiz\n", 4, "'<kind> <id>'");
        fails("quiz q1 3\n", 4, "unexpected words");
        fails("exercise e1 0\n", 4, "outside 1–50");
        fails("exercise e1 many\n", 4, "not a whole number");
        fails("quiz q1\nquiz q1\n", 5, "listed twice");
        fails("% only a comment\n", 3, "lists no activities");
    }

    @Test
    void frontMatterProblemsAreReported() {
        assertThrows(ContentParseException.class, () -> CourseUnitParser.parse(FILE, "---\nmastery: 50\n---\nquiz q1\n", KNOWN));
        ContentParseException e = assertThrows(ContentParseException.class,
                () -> CourseUnitParser.parse(FILE, "---\ntitle: T\nmastery: 120\n---\nquiz q1\n", KNOWN));
        assertEquals(3, e.line());
        e = assertThrows(ContentParseException.class,
                () -> CourseUnitParser.parse(FILE, "---\ntitle: T\nlevel: 2\n---\nquiz q1\n", KNOWN));
        assertEquals(3, e.line());
    }
}
