package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Json;
import dev.kappa.learn.TeacherNotes;
import dev.kappa.learn.TeacherNotesParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher notes in content.js ({@code teacher}, read by the lab page's "For teachers" section):
 * every file of content/teacher, field for field as {@link TeacherNotesParser} reads it, and the
 * build fails on a malformed file or one not named after a lab. No maths is rendered (the notes are
 * plain text), so this runs without KaTeX.
 */
class TeacherNotesCompileTest {
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> teacher(String script) throws Exception {
        String prefix = "self.KAPPA_CONTENT = ";
        String json = script.substring(script.indexOf(prefix) + prefix.length(), script.lastIndexOf(';'));
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(json)).get("teacher");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileOfTheRepositoryIsInThePayloadAsTheParserReadsIt() throws Exception {
        ContentCompiler.Result r = new ContentCompiler((tex, display) -> "").compile(Paths.get("content"));
        assertEquals(List.of(), r.errors);
        List<Map<String, Object>> compiled = teacher(r.script);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Paths.get("content/teacher"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertEquals(files.size(), compiled.size(), "one entry per file");
        for (int i = 0; i < files.size(); i++) {
            TeacherNotes n = TeacherNotesParser.parse(files.get(i).toString(),
                    Files.readString(files.get(i), StandardCharsets.UTF_8));
            Map<String, Object> m = compiled.get(i);
            String where = files.get(i).toString();
            assertEquals(n.labId(), m.get("lab"), where);
            assertEquals(n.title(), m.get("title"), where);
            assertEquals(n.goals(), m.get("goals"), where);
            assertEquals(n.misconceptions(), m.get("misconceptions"), where);
            List<Map<String, Object>> script = (List<Map<String, Object>>) m.get("script");
            assertEquals(n.script().size(), script.size(), where);
            for (int k = 0; k < script.size(); k++) {
                TeacherNotes.Step step = n.script().get(k);
                assertEquals((double) step.from(), ((Number) script.get(k).get("from")).doubleValue(), where);
                assertEquals((double) step.to(), ((Number) script.get(k).get("to")).doubleValue(), where);
                assertEquals(step.text(), script.get(k).get("text"), where);
            }
            List<Map<String, Object>> presets = (List<Map<String, Object>>) m.get("presets");
            assertEquals(n.presets().size(), presets.size(), where);
            for (int k = 0; k < presets.size(); k++) {
                TeacherNotes.PresetLink p = n.presets().get(k);
                assertEquals(List.of(p.label(), p.route(), p.why()), List.of(presets.get(k).get("label"),
                        presets.get(k).get("route"), presets.get(k).get("why")), where);
            }
        }
    }

    private static final String NOTES = "---\ntitle: T\n---\n### goals\n- g\n### script\n- 0–10 min: s\n"
            + "### presets\n- [P](#/lab/x?a=1): why\n### misconceptions\n- m\n";

    @Test
    void aMalformedFileOrOneNotNamedAfterALabFailsTheBuild() throws Exception {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir.resolve("teacher"));
        Files.writeString(dir.resolve("teacher/x.md"), NOTES, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("teacher/y.md"), NOTES.replace("### goals\n- g\n", ""), StandardCharsets.UTF_8);
        ContentCompiler.Result r = new ContentCompiler((tex, display) -> "", new String[] {}).compile(dir);
        assertEquals(2, r.errors.size(), "errors: " + r.errors);
        assertTrue(r.errors.get(0).startsWith("content/teacher/x.md:1: there is no lab called 'x'"), r.errors.get(0));
        assertTrue(r.errors.get(1).startsWith("content/teacher/y.md:"), r.errors.get(1));
    }
}
