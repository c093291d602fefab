package dev.kappa.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a course unit, {@code content/units/<id>.md} (format in docs/course-integration.md):
 * <pre>
 * ---
 * title: Week 3 — conditioning
 * mastery: 80
 * ---
 * lab conditioning
 * cards conditioning
 * quiz conditioning
 * exercise digits-lost 5
 * </pre>
 * One activity per line, {@code <kind> <id>} with kind {@code lab}, {@code cards}, {@code quiz} or
 * {@code exercise}; an exercise set may end with how many exercises it asks for (default
 * {@value CourseUnit#DEFAULT_EXERCISE_COUNT}). {@code mastery} (percent, default
 * {@value CourseUnit#DEFAULT_MASTERY_PERCENT}) is the pass mark of its quizzes and exercise sets.
 * Every problem, including an id that {@link Known} does not know, raises a
 * {@link ContentParseException} naming the file and line.
 */
public final class CourseUnitParser extends SourceLines {
    /** Which ids exist, so a unit naming a missing quiz fails the build, not the learner. */
    public interface Known {
        boolean exists(CourseUnit.Kind kind, String id);
    }

    private CourseUnitParser(String file, String text) {
        super(file, text);
    }

    public static CourseUnit parse(String file, String text, Known known) {
        CourseUnitParser p = new CourseUnitParser(file, text);
        String id = p.idFromFileName("unit id");
        String[] title = new String[1];
        int[] mastery = {-1};
        int close = p.frontMatter("keys: title, mastery", (i, key, value) -> {
            if (key.equals("title")) {
                if (title[0] != null) {
                    throw p.error(i, "front matter key 'title' given twice");
                }
                title[0] = value;
            } else if (key.equals("mastery")) {
                if (mastery[0] >= 0) {
                    throw p.error(i, "front matter key 'mastery' given twice");
                }
                mastery[0] = p.whole(i, value, 0, 100, "mastery (a percentage)");
            } else {
                throw p.error(i, "unknown front matter key '" + key + "' (keys: title, mastery)");
            }
        });
        if (title[0] == null) {
            throw p.error(close, "front matter lacks 'title:'");
        }
        List<CourseUnit.Activity> activities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = close + 1; i < p.lines.length; i++) {
            if (isBlank(p.lines[i])) {
                continue;
            }
            CourseUnit.Activity a = p.activity(i, known);
            if (!seen.add(a.key())) {
                throw p.error(i, a.key() + " is listed twice");
            }
            activities.add(a);
        }
        if (activities.isEmpty()) {
            throw p.error(close, "the unit lists no activities (one per line: lab <id>, cards <deck>, quiz <id>, "
                    + "exercise <generator> [count])");
        }
        return new CourseUnit(id, title[0], mastery[0] < 0 ? CourseUnit.DEFAULT_MASTERY_PERCENT : mastery[0],
                activities);
    }

    private CourseUnit.Activity activity(int i, Known known) {
        String[] words = lines[i].trim().split("\\s+");
        CourseUnit.Kind kind = CourseUnit.Kind.of(words[0]);
        if (kind == null || words.length < 2) {
            throw error(i, "an activity line is '<kind> <id>' with kind lab, cards, quiz or exercise");
        }
        String id = words[1];
        int count = 0;
        if (kind == CourseUnit.Kind.EXERCISE) {
            count = words.length > 2 ? whole(i, words[2], 1, CourseUnit.MAX_EXERCISE_COUNT, "the exercise count")
                    : CourseUnit.DEFAULT_EXERCISE_COUNT;
        }
        if (words.length > (kind == CourseUnit.Kind.EXERCISE ? 3 : 2)) {
            throw error(i, "unexpected words after '" + words[0] + " " + id + "'");
        }
        if (!Catalog.isValidId(id) || !known.exists(kind, id)) {
            throw error(i, "there is no " + kindName(kind) + " called '" + id + "'");
        }
        return new CourseUnit.Activity(kind, id, count);
    }

    private static String kindName(CourseUnit.Kind kind) {
        switch (kind) {
            case LAB: return "lab";
            case CARDS: return "flashcard deck";
            case QUIZ: return "quiz";
            default: return "exercise generator";
        }
    }

    private int whole(int i, String value, int lo, int hi, String what) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(i, what + " '" + value + "' is not a whole number");
        }
        if (v < lo || v > hi) {
            throw error(i, what + " " + v + " is outside " + lo + "–" + hi);
        }
        return v;
    }
}
