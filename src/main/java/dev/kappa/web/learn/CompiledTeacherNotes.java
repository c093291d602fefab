package dev.kappa.web.learn;

import dev.kappa.learn.TeacherNotes;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The teacher notes of one lab as compiled at build time into {@code content/en/} (the index and this entry's own script)
 * ({@code self.KAPPA_CONTENT.teacher}, from {@code content/teacher/<lab-id>.md} by
 * {@code dev.kappa.build.ContentCompiler}), read back into learn-core's {@link TeacherNotes}. The
 * notes are plain text (maths in Unicode), so views write them as text nodes.
 */
public final class CompiledTeacherNotes {
    private CompiledTeacherNotes() {
    }

    /**
     * The notes of lab {@code labId}, or null when the content did not load, has another format
     * version, or has no readable notes for that lab; never throws.
     */
    public static TeacherNotes find(String labId) {
        JSObject root = Js.content();
        if (root == null || Js.number(root, "version") != Content.FORMAT_VERSION) {
            return null;
        }
        for (int i = 0; i < Js.length(root, "teacher"); i++) {
            JSObject o = Js.objectAt(root, "teacher", i);
            if (o != null && labId.equals(Js.string(o, "lab"))) {
                return read(labId, o);
            }
        }
        return null;
    }

    private static TeacherNotes read(String labId, JSObject o) {
        String title = Js.string(o, "title");
        List<String> goals = CompiledLabText.strings(o, "goals");
        List<String> misconceptions = CompiledLabText.strings(o, "misconceptions");
        List<TeacherNotes.Step> script = new ArrayList<>();
        for (int i = 0; i < Js.length(o, "script"); i++) {
            JSObject s = Js.objectAt(o, "script", i);
            double from = Js.number(s, "from");
            double to = Js.number(s, "to");
            String text = Js.string(s, "text");
            if (text == null || Double.isNaN(from) || Double.isNaN(to)) {
                return null;
            }
            script.add(new TeacherNotes.Step((int) from, (int) to, text));
        }
        List<TeacherNotes.PresetLink> presets = new ArrayList<>();
        for (int i = 0; i < Js.length(o, "presets"); i++) {
            JSObject p = Js.objectAt(o, "presets", i);
            String label = Js.string(p, "label");
            String route = Js.string(p, "route");
            String why = Js.string(p, "why");
            if (label == null || route == null || why == null) {
                return null;
            }
            presets.add(new TeacherNotes.PresetLink(label, route, why));
        }
        if (title == null || goals == null || misconceptions == null) {
            return null;
        }
        return new TeacherNotes(labId, title, goals, script, presets, misconceptions);
    }
}
