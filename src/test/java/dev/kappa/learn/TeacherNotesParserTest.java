package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The teacher-notes format, each malformation at its line, and the notes in content/teacher/. */
class TeacherNotesParserTest {
    private static final String FILE = "content/teacher/min-norm.md";
    private static final String GOOD = "---\n"                                   // 1
            + "title: Min-norm\n"                                                 // 2
            + "---\n"                                                             // 3
            + "### goals\n"                                                       // 4
            + "- first goal\n"                                                    // 5
            + "  continued\n"                                                     // 6
            + "- second goal\n"                                                   // 7
            + "### script\n"                                                      // 8
            + "- 0–4 min: open it\n"                                              // 9
            + "- 4-10 min: discuss\n"                                             // 10
            + "### presets\n"                                                     // 11
            + "- [PSD [[1,1],[1,1]]](#/lab/min-norm?a=1&b=2): the valley\n"       // 12
            + "### misconceptions\n"                                              // 13
            + "- a wrong idea\n";                                                 // 14

    private static void fails(String text, int line, String reason) {
        ContentParseException e = assertThrows(ContentParseException.class, () -> TeacherNotesParser.parse(FILE, text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains(reason), "'" + e.reason() + "' should mention '" + reason + "'");
    }

    @Test
    void readsTheFourSections() {
        TeacherNotes n = TeacherNotesParser.parse(FILE, GOOD);
        assertEquals("min-norm", n.labId());
        assertEquals("Min-norm", n.title());
        assertEquals(List.of("first goal continued", "second goal"), n.goals());
        assertEquals(List.of(new TeacherNotes.Step(0, 4, "open it"), new TeacherNotes.Step(4, 10, "discuss")), n.script());
        assertEquals(List.of(new TeacherNotes.PresetLink("PSD [[1,1],[1,1]]", "#/lab/min-norm?a=1&b=2", "the valley")),
                n.presets());
        assertEquals(List.of("a wrong idea"), n.misconceptions());
    }

    @Test
    void theScriptRunsWithoutGapsFromZeroToTenMinutes() {
        fails(GOOD.replace("- 4-10 min", "- 5-10 min"), 10, "should start at minute 4");
        fails(GOOD.replace("- 4-10 min", "- 4-9 min"), 10, "should end at minute 10");
        fails(GOOD.replace("- 0–4 min: open it", "- open it"), 9, "starts with its minutes");
    }

    @Test
    void presetsAreLinksToThisLab() {
        fails(GOOD.replace("#/lab/min-norm?a=1", "#/lab/poly-fit?a=1"), 12, "not 'min-norm'");
        fails(GOOD.replace("[PSD [[1,1],[1,1]]](#/lab/min-norm?a=1&b=2): the valley", "PSD, the valley"), 12,
                "a preset is");
    }

    @Test
    void sectionsAreCompleteAndLists() {
        fails(GOOD.replace("### misconceptions\n- a wrong idea\n", ""), 11, "lack the section '### misconceptions'");
        fails(GOOD.replace("### goals", "### aims"), 4, "unknown section 'aims'");
        fails(GOOD.replace("- second goal", "second goal"), 7, "holds a list");
        fails(GOOD + "### goals\n- again\n", 15, "given twice");
        fails(GOOD.replace("title: Min-norm", "lab: min-norm"), 2, "unknown front matter key");
    }

    /** Every file in content/teacher/ reads, and every wave-1 lab has notes. */
    @Test
    void everyLabHasNotesThatRead() throws IOException {
        Path dir = Path.of("content/teacher");
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                TeacherNotes n = TeacherNotesParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                assertTrue(Catalog.isLab(n.labId()), f + " names a lab");
                assertTrue(n.presets().size() >= 3, f + " shows at least three presets");
                found.add(n.labId());
            }
        }
        assertEquals(new TreeSet<>(Arrays.asList(Catalog.LAB_IDS)), found, "labs with teacher notes");
    }
}
