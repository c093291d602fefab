package dev.kappa.build;

import dev.kappa.learn.CourseUnit;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.Json;
import dev.kappa.learn.exercise.Catalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a built site offers a course: the labs, decks and quizzes compiled into its
 * {@code content/en/index.js}, and the exercise generators of {@link Catalogue}, each with its
 * display title. Read from the built site rather than from the sources, so a package can never
 * name an activity its site does not contain.
 */
public final class SiteCatalog implements dev.kappa.learn.CourseUnitParser.Known {
    /** The compiled content script's prefix (see {@link ContentCompiler}). */
    private static final String CONTENT_PREFIX = "self.KAPPA_CONTENT = ";

    private final Map<CourseUnit.Kind, Map<String, String>> titles = new LinkedHashMap<>();

    private SiteCatalog() {
        for (CourseUnit.Kind k : CourseUnit.Kind.values()) {
            titles.put(k, new LinkedHashMap<>());
        }
    }

    /** Reads the content index, {@code site/content/en/index.js}; fails with the file's name when it is missing or unreadable. */
    @SuppressWarnings("unchecked")
    public static SiteCatalog read(Path site) throws IOException {
        Path script = site.resolve("content/en/index.js");
        String text = Files.readString(script, StandardCharsets.UTF_8).trim();
        int start = text.indexOf(CONTENT_PREFIX);
        // The object is one line (JSON escapes line breaks); the index's registration code follows it.
        int end = start < 0 ? -1 : text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        if (start < 0 || text.charAt(end - 1) != ';') {
            throw new IOException(script + " is not the compiled content script (" + CONTENT_PREFIX + "…;)");
        }
        Map<String, Object> content;
        try {
            content = (Map<String, Object>) Json.parse(text.substring(start + CONTENT_PREFIX.length(), end - 1));
        } catch (Json.JsonException | ClassCastException e) {
            throw new IOException(script + " does not hold a JSON object: " + e.getMessage(), e);
        }
        SiteCatalog c = new SiteCatalog();
        c.addAll(CourseUnit.Kind.LAB, content.get("labs"));
        c.addAll(CourseUnit.Kind.CARDS, content.get("decks"));
        c.addAll(CourseUnit.Kind.QUIZ, content.get("quizzes"));
        for (ExerciseGenerator g : Catalogue.all()) {
            c.titles.get(CourseUnit.Kind.EXERCISE).put(g.id(), g.title());
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private void addAll(CourseUnit.Kind kind, Object list) throws IOException {
        if (!(list instanceof List)) {
            throw new IOException("the compiled content has no list of " + kind.word() + " entries");
        }
        for (Object o : (List<Object>) list) {
            Map<String, Object> m = (Map<String, Object>) o;
            titles.get(kind).put((String) m.get("id"), (String) m.get("titleText"));
        }
    }

    @Override
    public boolean exists(CourseUnit.Kind kind, String id) {
        return titles.get(kind).containsKey(id);
    }

    /** The display title of an activity (plain text), or its id when the site has none. */
    public String title(CourseUnit.Kind kind, String id) {
        String t = titles.get(kind).get(id);
        return t == null ? id : t;
    }

    /** The ids of one kind, in the site's order. */
    public List<String> ids(CourseUnit.Kind kind) {
        return Collections.unmodifiableList(new ArrayList<>(titles.get(kind).keySet()));
    }

    /**
     * The whole site as one unit: every lab, deck, quiz and exercise set (of
     * {@value CourseUnit#DEFAULT_EXERCISE_COUNT} exercises), in that order.
     */
    public CourseUnit wholeSite() {
        List<CourseUnit.Activity> all = new ArrayList<>();
        for (CourseUnit.Kind k : CourseUnit.Kind.values()) {
            for (String id : titles.get(k).keySet()) {
                all.add(new CourseUnit.Activity(k, id, k == CourseUnit.Kind.EXERCISE
                        ? CourseUnit.DEFAULT_EXERCISE_COUNT : 0));
            }
        }
        return new CourseUnit("kappa", "Kappa: least squares, conditioning, regularization, optimization",
                CourseUnit.DEFAULT_MASTERY_PERCENT, all);
    }
}
