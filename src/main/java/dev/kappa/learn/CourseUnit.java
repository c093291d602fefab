package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A course unit: the activities an instructor picks for one lesson (labs, flashcard decks,
 * quizzes, exercise sets), packaged as one SCORM package with one SCO per activity
 * (docs/course-integration.md). Written in {@code content/units/<id>.md}; parsed by
 * {@link CourseUnitParser}.
 *
 * @param masteryPercent the score, 0–100, at or above which a scored activity is passed
 */
public record CourseUnit(String id, String title, int masteryPercent, List<Activity> activities) {
    /** The default pass mark of quizzes and exercise sets, in percent. */
    public static final int DEFAULT_MASTERY_PERCENT = 80;
    /** How many exercises an exercise set asks for when the unit does not say. */
    public static final int DEFAULT_EXERCISE_COUNT = 5;
    /** The most exercises one set may ask for (a class period's worth). */
    public static final int MAX_EXERCISE_COUNT = 50;

    public CourseUnit {
        activities = Collections.unmodifiableList(new ArrayList<>(activities));
    }

    /** What kind of thing an activity is; {@link #word()} is also its route's first segment. */
    public enum Kind {
        LAB("lab", false),
        CARDS("cards", false),
        QUIZ("quiz", true),
        EXERCISE("exercise", true);

        private final String word;
        private final boolean scored;

        Kind(String word, boolean scored) {
            this.word = word;
            this.scored = scored;
        }

        public String word() {
            return word;
        }

        /** Whether the activity reports a score (and so passes or fails), not only completion. */
        public boolean scored() {
            return scored;
        }

        /** The kind named {@code word}, or null. */
        public static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One activity of a unit.
     *
     * @param count how many exercises an exercise set asks for; 0 for the other kinds
     */
    public record Activity(Kind kind, String id, int count) {
        /** {@code kind/id}, e.g. {@code quiz/conditioning}: the SCO's name in its launch address. */
        public String key() {
            return kind.word() + "/" + id;
        }
    }
}
