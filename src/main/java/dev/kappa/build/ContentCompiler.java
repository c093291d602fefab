package dev.kappa.build;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Card;
import dev.kappa.learn.CardBudget;
import dev.kappa.learn.Catalog;
import dev.kappa.learn.ContentParseException;
import dev.kappa.learn.ContentParser;
import dev.kappa.learn.Deck;
import dev.kappa.learn.FrontMatter;
import dev.kappa.learn.Json;
import dev.kappa.learn.LabText;
import dev.kappa.learn.LabTextParser;
import dev.kappa.learn.Option;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizBalance;
import dev.kappa.learn.QuoteSource;
import dev.kappa.learn.QuotedNumber;
import dev.kappa.learn.RichText;
import dev.kappa.learn.SourceText;
import dev.kappa.learn.TeacherNotes;
import dev.kappa.learn.TeacherNotesParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by Maven in {@code process-classes}, never part of the browser bundle): reads
 * {@code content/decks/*.md}, {@code content/quizzes/*.md}, {@code content/labs/*.md} and the
 * teacher notes {@code content/teacher/*.md},
 * validates them (structure; {@link QuizBalance}; {@link CardBudget}; every {@code [[key: shown]]}
 * number recomputed by {@link QuotedNumberCheck} from {@code content/quoted-numbers.md}; every
 * prediction's {@code Reveal:} state read by its lab), renders every formula to MathML with KaTeX and
 * all prose to escaped HTML, and writes the whole of it, {@code {"version":3,"topics":[…],"decks":[…],"quizzes":[…],
 * "labs":[…],"teacher":[…]}}, as an index and one script per deck, quiz, lab text and teacher notes
 * ({@link ContentLayout}).
 * Every lab of {@link LabCatalog} must have exactly one text file, and every lab file must name a
 * registered lab.
 * A script rather than fetched JSON so the site also works from {@code file://} under
 * {@code script-src 'self'}. Any malformed file or TeX error fails the build with
 * {@code file:line: reason}; all errors are reported, not only the first.
 *
 * <p>Usage: {@code ContentCompiler <content-dir> <site>/content/en/index.js}; the parts go beside the index.
 */
public final class ContentCompiler {
    /** The compiled output's format version (the web layer checks it). */
    public static final int FORMAT_VERSION = 3;

    /** Turns authored text into HTML; a TeX failure is reported at the text's line. */
    interface TexRenderer {
        String render(String tex, boolean display) throws KatexRenderer.TexException;
    }

    private final TexRenderer tex;
    private final List<String> labIds;
    private final List<String> errors = new ArrayList<>();

    /** A compiler for the labs of the catalogue ({@link LabCatalog#ids()}). */
    ContentCompiler(TexRenderer tex) {
        this(tex, LabCatalog.ids());
    }

    /** A compiler that requires a text file for exactly the labs {@code labIds}. */
    ContentCompiler(TexRenderer tex, String[] labIds) {
        this.tex = tex;
        this.labIds = Arrays.asList(labIds.clone());
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ContentCompiler <content-dir> <output.js>");
        }
        long start = System.nanoTime();
        Path contentDir = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        if (upToDate(contentDir, out)) {
            System.out.println("[content] " + out + " is up to date");
            return;
        }
        // Structure first, without KaTeX: a malformed file fails in well under a second.
        Result r = new ContentCompiler((tex, display) -> "").compile(contentDir);
        if (r.errors.isEmpty()) {
            try (KatexRenderer katex = new KatexRenderer()) {
                r = new ContentCompiler(katex::render).compile(contentDir);
            }
        }
        if (!r.errors.isEmpty()) {
            for (String e : r.errors) {
                System.err.println(e);
            }
            throw new IllegalStateException(r.errors.size() + " content error(s):\n" + String.join("\n", r.errors));
        }
        write(out, r.files);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[content] " + r.decks + " decks (" + r.cards + " cards), " + r.quizzes + " quizzes ("
                + r.questions + " questions), " + r.labs + " labs, " + r.formulas + " formulas → " + out + " in " + ms + " ms");
    }

    /**
     * True when {@code out} is newer than every content file, the content folders (a deleted file
     * changes its folder's time), this compiler's own class and the lab registry's (a new lab needs
     * its text file): then rendering again would give the same bytes, and KaTeX in an interpreted JS
     * engine is the slow part of the build.
     */
    static boolean upToDate(Path contentDir, Path out) throws IOException {
        if (!Files.isRegularFile(out)) {
            return false;
        }
        long built = Files.getLastModifiedTime(out).toMillis();
        long newest = 0;
        for (String sub : new String[] {"", "decks", "quizzes", "labs", TEACHER}) {
            Path dir = sub.isEmpty() ? contentDir : contentDir.resolve(sub);
            if (Files.isDirectory(dir)) {
                newest = Math.max(newest, Files.getLastModifiedTime(dir).toMillis());
                for (Path p : markdownFiles(dir)) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        // The compiler's own code and the learn and lab packages (the parsers, the checks, the lab
        // catalogue every lab file is checked against and the models that recompute quoted numbers);
        // and the labs, whose ids the script names in its first line, compared by value below.
        for (Class<?> c : new Class<?>[] {dev.kappa.learn.Card.class, LabCatalog.class}) {
            java.net.URL self = c.getResource(c.getSimpleName() + ".class");
            if (self == null || !"file".equals(self.getProtocol())) {
                return false;
            }
            try (Stream<Path> classes = Files.list(Paths.get(self.toURI()).getParent())) {
                for (Path p : (Iterable<Path>) classes::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
        for (Class<?> c : new Class<?>[] {ContentCompiler.class, QuotedNumberCheck.class}) {
            try {
                java.net.URL self = c.getResource(c.getSimpleName() + ".class");
                if (self == null || !"file".equals(self.getProtocol())) {
                    return false;
                }
                newest = Math.max(newest, Files.getLastModifiedTime(Paths.get(self.toURI())).toMillis());
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
        String first;
        try (java.io.BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            first = in.readLine();
        }
        if (first == null || !first.equals(header())) {
            return false;
        }
        return built > newest;
    }

    /**
     * Writes the index to {@code index} and the parts beside it, after deleting the parts of an earlier
     * build (a deck removed from content/ must not stay in the site, nor in the offline copy).
     */
    static void write(Path index, Map<String, String> files) throws IOException {
        Path dir = index.toAbsolutePath().getParent();
        for (String kind : ContentLayout.PARTS.keySet()) {
            Path sub = dir.resolve(kind);
            if (Files.isDirectory(sub)) {
                try (Stream<Path> old = Files.list(sub)) {
                    for (Path p : (Iterable<Path>) old::iterator) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = f.getKey().equals(ContentLayout.INDEX) ? index : dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The script's first line, naming the labs it was compiled for. */
    static String header() {
        return "/* Generated by dev.kappa.build.ContentCompiler from content/: do not edit. Labs: "
                + String.join(", ", LabCatalog.ids()) + ". */";
    }

    /** The outcome of compiling a content folder. */
    static final class Result {
        /** The whole content as one script (what the files hold together; tests read it). */
        String script;
        /** The files to write, by path relative to the index's folder ({@link ContentLayout}). */
        Map<String, String> files;
        final List<String> errors = new ArrayList<>();
        int decks;
        int cards;
        int quizzes;
        int questions;
        int labs;
        int formulas;
    }

    Result compile(Path contentDir) throws IOException {
        Result r = new Result();
        String label = contentDir.getFileName() == null ? "content" : contentDir.getFileName().toString();
        List<QuotedNumber> quotes = new ArrayList<>();
        List<Object> decks = new ArrayList<>();
        for (Path p : markdownFiles(contentDir.resolve("decks"))) {
            String file = label + "/decks/" + p.getFileName();
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                quotes.addAll(QuotedNumber.scan(file, text));
                Deck d = ContentParser.parseDeck(file, text);
                errors.addAll(CardBudget.problems(d));
                decks.add(deck(d, r));
                r.decks++;
                r.cards += d.cards().size();
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        List<Object> quizzes = new ArrayList<>();
        for (Path p : markdownFiles(contentDir.resolve("quizzes"))) {
            String file = label + "/quizzes/" + p.getFileName();
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                quotes.addAll(QuotedNumber.scan(file, text));
                Quiz q = ContentParser.parseQuiz(file, text);
                errors.addAll(QuizBalance.problems(q));
                quizzes.add(quiz(q, r));
                r.quizzes++;
                r.questions += q.questions().size();
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        List<Object> labs = labs(contentDir.resolve("labs"), label + "/labs/", r, quotes);
        checkQuotedNumbers(contentDir.resolve(QUOTED_NUMBERS), label + "/" + QUOTED_NUMBERS, quotes);
        List<Object> teacher = teacherNotes(contentDir.resolve(TEACHER), label + "/" + TEACHER + "/");
        r.errors.addAll(errors);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", (double) FORMAT_VERSION);
        root.put("topics", new ArrayList<Object>(Arrays.asList((Object[]) Topic.ids())));
        root.put("decks", decks);
        root.put("quizzes", quizzes);
        root.put("labs", labs);
        root.put("teacher", teacher);
        r.script = header() + "\n" + "self.KAPPA_CONTENT = " + Json.write(root) + ";\n";
        r.files = ContentLayout.files(header(), root);
        return r;
    }

    /** The folder of the teacher notes, one file per lab (docs/teacher-notes.md). */
    static final String TEACHER = "teacher";

    /**
     * Every teacher-notes file as the lab page shows it: plain text, no HTML (the notes write maths
     * in Unicode). A malformed file, or one not named after a lab, is an error.
     */
    private List<Object> teacherNotes(Path dir, String prefix) throws IOException {
        List<Object> out = new ArrayList<>();
        for (Path p : markdownFiles(dir)) {
            String file = prefix + p.getFileName();
            try {
                TeacherNotes n = TeacherNotesParser.parse(file, Files.readString(p, StandardCharsets.UTF_8));
                if (!labIds.contains(n.labId())) {
                    errors.add(file + ":1: there is no lab called '" + n.labId() + "' (the file name is the lab id)");
                    continue;
                }
                out.add(teacherNotes(n));
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Object> teacherNotes(TeacherNotes n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lab", n.labId());
        m.put("title", n.title());
        m.put("goals", new ArrayList<Object>(n.goals()));
        List<Object> script = new ArrayList<>();
        for (TeacherNotes.Step s : n.script()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("from", (double) s.from());
            sm.put("to", (double) s.to());
            sm.put("text", s.text());
            script.add(sm);
        }
        m.put("script", script);
        List<Object> presets = new ArrayList<>();
        for (TeacherNotes.PresetLink l : n.presets()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("label", l.label());
            pm.put("route", l.route());
            pm.put("why", l.why());
            presets.add(pm);
        }
        m.put("presets", presets);
        m.put("misconceptions", new ArrayList<Object>(n.misconceptions()));
        return m;
    }

    /** The file naming where each quoted number comes from. */
    static final String QUOTED_NUMBERS = "quoted-numbers.md";

    /** Recomputes every quoted number through the lab models ({@link QuotedNumberCheck}). */
    private void checkQuotedNumbers(Path file, String label, List<QuotedNumber> quotes) throws IOException {
        List<QuoteSource> sources = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                sources = QuoteSource.parse(label, Files.readString(file, StandardCharsets.UTF_8));
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
                return;
            }
        }
        errors.addAll(QuotedNumberCheck.problems(quotes, sources));
    }

    /** Every lab file, compiled; an unknown lab id or a registered lab without a file is an error. */
    private List<Object> labs(Path dir, String prefix, Result r, List<QuotedNumber> quotes) throws IOException {
        List<Object> out = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Path p : markdownFiles(dir)) {
            String file = prefix + p.getFileName();
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                quotes.addAll(QuotedNumber.scan(file, text));
                LabText t = LabTextParser.parse(file, text);
                for (Question q : t.predictions()) {
                    String problem = q.reveal() == null ? null : QuotedNumberCheck.stateProblem(t.id(), q.reveal());
                    if (problem != null) {
                        errors.add(file + ":" + q.line() + ": the Reveal: state of '" + q.id() + "' does not read: "
                                + problem);
                    }
                }
                found.add(t.id());
                if (!labIds.contains(t.id())) {
                    errors.add(file + ":1: '" + t.id() + "' is not a lab of Kappa (labs: " + String.join(", ", labIds)
                            + "); the file name must be a lab id");
                    continue;
                }
                out.add(lab(t, r));
                r.labs++;
            } catch (ContentParseException e) {
                errors.add(e.getMessage());
                String name = p.getFileName().toString();
                found.add(name.substring(0, name.length() - 3)); // present, if malformed: not also "missing"
            }
        }
        for (String id : labIds) {
            if (!found.contains(id)) {
                errors.add(prefix + id + ".md:1: the lab '" + id + "' has no text file: every lab needs one "
                        + "(lede, rule, try, explanation; see docs/authoring.md)");
            }
        }
        return out;
    }

    private Map<String, Object> lab(LabText t, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("lede", html(t.file(), t.lede(), r));
        m.put("rule", html(t.file(), t.rule(), r));
        List<Object> items = new ArrayList<>();
        for (SourceText s : t.tryItems()) {
            items.add(html(t.file(), s, r));
        }
        m.put("try", items);
        List<Object> paragraphs = new ArrayList<>();
        for (SourceText s : t.explanation()) {
            paragraphs.add(html(t.file(), s, r));
        }
        m.put("explanation", paragraphs);
        List<Object> predict = new ArrayList<>();
        for (Question q : t.predictions()) {
            predict.add(question(t.file(), q, r));
        }
        m.put("predict", predict);
        return m;
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    private Map<String, Object> header(String id, String file, FrontMatter meta, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", html(file, meta.titleText(), r));
        m.put("titleText", meta.title());
        m.put("topic", meta.topic());
        m.put("summary", html(file, meta.summaryText(), r));
        return m;
    }

    private Map<String, Object> deck(Deck d, Result r) {
        Map<String, Object> m = header(d.id(), d.file(), d.meta(), r);
        List<Object> cards = new ArrayList<>();
        for (Card c : d.cards()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("kind", c.kind().word());
            if (c.exercise() != null) {
                cm.put("exercise", c.exercise());
            }
            cm.put("front", html(d.file(), c.front(), r));
            cm.put("back", html(d.file(), c.back(), r));
            cm.put("lab", c.lab() == null ? Json.NULL : c.lab());
            cm.put("tags", new ArrayList<Object>(c.tags()));
            cards.add(cm);
        }
        m.put("cards", cards);
        return m;
    }

    private Map<String, Object> quiz(Quiz q, Result r) {
        Map<String, Object> m = header(q.id(), q.file(), q.meta(), r);
        List<Object> questions = new ArrayList<>();
        for (Question x : q.questions()) {
            questions.add(question(q.file(), x, r));
        }
        m.put("questions", questions);
        return m;
    }

    /** One question as the browser reads it (quizzes and labs' prediction questions alike). */
    private Map<String, Object> question(String file, Question x, Result r) {
        Map<String, Object> qm = new LinkedHashMap<>();
        qm.put("id", x.id());
        qm.put("kind", x.kind().word());
        qm.put("prompt", html(file, x.prompt(), r));
        List<Object> options = new ArrayList<>();
        for (Option o : x.options()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("html", html(file, o.text(), r));
            om.put("correct", o.correct());
            options.add(om);
        }
        qm.put("options", options);
        if (x.kind() == QuestionKind.NUMERIC) {
            qm.put("answer", x.numericAnswer());
            qm.put("tol", x.relTol());
            qm.put("abs", x.absTol());
        } else if (x.kind() == QuestionKind.TRUEFALSE) {
            qm.put("answer", x.truth());
        }
        qm.put("explanation", html(file, x.explanation(), r));
        if (x.reveal() != null) {
            qm.put("reveal", x.reveal());
        }
        return qm;
    }

    private String html(String file, SourceText text, Result r) {
        try {
            return RichText.toHtml(text.text(), (formula, display, offset) -> {
                r.formulas++;
                try {
                    return tex.render(formula, display);
                } catch (KatexRenderer.TexException e) {
                    throw new ContentParseException(file, text.lineOf(offset), "TeX error in $" + formula + "$: "
                            + e.getMessage());
                }
            });
        } catch (ContentParseException e) {
            errors.add(e.getMessage());
            return "";
        }
    }
}
