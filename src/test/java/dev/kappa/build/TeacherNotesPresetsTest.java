package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.LabModel;
import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.Preset;
import dev.kappa.learn.TeacherNotes;
import dev.kappa.learn.TeacherNotesParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "preset to show" in the teacher notes opens one of its lab's declared presets, so a note
 * cannot keep pointing at a state the lab no longer offers (when a preset changes, this names the
 * note to update).
 */
class TeacherNotesPresetsTest {
    /** The presets a lab declares. */
    private static List<Preset> presetsOf(String lab) {
        LabModel m = LabCatalog.create(lab);
        return m == null ? List.of() : m.allPresets();
    }

    @Test
    void everyPresetLinkIsADeclaredPreset() throws Exception {
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/teacher"))) {
            for (Path f : files.sorted().toList()) {
                TeacherNotes n = TeacherNotesParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                List<String> queries = new ArrayList<>();
                for (Preset p : presetsOf(n.labId())) {
                    queries.add("#/lab/" + n.labId() + "?" + p.query());
                }
                for (TeacherNotes.PresetLink link : n.presets()) {
                    if (!queries.contains(link.route())) {
                        stale.add(f + ": [" + link.label() + "] " + link.route());
                    }
                }
            }
        }
        assertTrue(stale.isEmpty(), "teacher-note links that are no preset of their lab:\n" + String.join("\n", stale));
    }
}
