package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An instructor's notes for one lab ({@code content/teacher/<lab-id>.md}, parsed by
 * {@link TeacherNotesParser}): what the learners should take away, a ten-minute classroom script,
 * the lab states worth showing (links that reproduce them) and the misconceptions to expect.
 * Plain text throughout: the notes are read by instructors, in the repository or a printed page.
 */
public record TeacherNotes(String labId, String title, List<String> goals, List<Step> script,
        List<PresetLink> presets, List<String> misconceptions) {
    /** The length of the classroom script, in minutes. */
    public static final int SCRIPT_MINUTES = 10;

    public TeacherNotes {
        goals = copy(goals);
        script = copy(script);
        presets = copy(presets);
        misconceptions = copy(misconceptions);
    }

    private static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** One step of the script, from minute {@code from} to minute {@code to}. */
    public record Step(int from, int to, String text) {
    }

    /**
     * A lab state to show: its label, the route that reproduces it ({@code #/lab/<id>?…}) and why
     * it is worth showing.
     */
    public record PresetLink(String label, String route, String why) {
    }
}
