package dev.kappa.build;

import dev.kappa.learn.ContentParseException;
import dev.kappa.learn.CourseUnit;
import dev.kappa.learn.TeacherNotes;
import dev.kappa.learn.TeacherNotesParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step: reads every teacher-notes file, {@code content/teacher/<lab-id>.md}, and fails the
 * build with {@code file:line: reason} when one is malformed or names a lab the built site does not
 * have. A lab without notes is only mentioned, so a new lab can land before its notes do.
 *
 * <pre>java dev.kappa.build.TeacherNotesCheck content/teacher target/site</pre>
 */
public final class TeacherNotesCheck {
    private TeacherNotesCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TeacherNotesCheck <teacher-notes-dir> <site-dir>");
        }
        SiteCatalog site = SiteCatalog.read(Paths.get(args[1]));
        List<String> errors = new ArrayList<>();
        List<TeacherNotes> notes = check(Paths.get(args[0]), site, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.size() + " teacher notes error(s):\n" + String.join("\n", errors));
        }
        Set<String> missing = new TreeSet<>(site.ids(CourseUnit.Kind.LAB));
        for (TeacherNotes n : notes) {
            missing.remove(n.labId());
        }
        System.out.println("[teacher] notes for " + notes.size() + " labs"
                + (missing.isEmpty() ? "" : "; none yet for " + String.join(", ", missing)));
    }

    /** Parses every {@code .md} file of {@code dir}, adding each problem to {@code errors}. */
    static List<TeacherNotes> check(Path dir, SiteCatalog site, List<String> errors) throws IOException {
        List<TeacherNotes> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            try {
                TeacherNotes n = TeacherNotesParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                if (!site.exists(CourseUnit.Kind.LAB, n.labId())) {
                    errors.add(f + ":1: there is no lab called '" + n.labId() + "' (the file name is the lab id)");
                } else {
                    out.add(n);
                }
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        return out;
    }
}
