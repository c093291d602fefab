package dev.kappa.web.learn;

import dev.kappa.learn.Card;
import dev.kappa.learn.Deck;
import dev.kappa.learn.FrontMatter;
import dev.kappa.learn.Option;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.SourceText;
import dev.kappa.web.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The decks and quizzes compiled at build time into {@code content/en/index.js} and its parts
 * ({@code self.KAPPA_CONTENT}, written by {@code dev.kappa.build.ContentCompiler}), read into the
 * learn models. Until a deck's or quiz's own script has arrived ({@link ContentParts}) its entry is the
 * index's stub: a deck's cards have ids, kinds and tags but empty faces, a quiz has no questions and
 * {@link #questionCount} tells how many it has.
 *
 * <p>In these models every {@link SourceText} of a card, option, prompt, explanation and summary
 * holds <em>trusted HTML</em> (escaped prose and KaTeX MathML made by the build), which views may
 * set as innerHTML; titles hold plain text. Nothing learner- or URL-supplied ever goes through
 * here. An entry that does not read is skipped and named in {@link #problem()}.
 */
public final class Content {
    /** The compiled format this app reads. */
    static final int FORMAT_VERSION = 3;

    private final List<Deck> decks;
    private final List<Quiz> quizzes;
    private final java.util.Map<String, Integer> quizCounts = new java.util.HashMap<>();
    private final String problem;
    private final int generation;

    Content(List<Deck> decks, List<Quiz> quizzes, String problem) {
        this.generation = Js.generation();
        this.decks = Collections.unmodifiableList(decks);
        this.quizzes = Collections.unmodifiableList(quizzes);
        this.problem = problem;
    }

    /** Reads the global set by content/en/index.js; never throws. */
    public static Content load() {
        JSObject root = Js.content();
        if (root == null) {
            return new Content(new ArrayList<>(), new ArrayList<>(),
                    "The course content (content/en/index.js) could not be loaded, so decks and quizzes are "
                            + "unavailable. If Kappa was copied from a folder, check that content/ was copied too.");
        }
        double version = Js.number(root, "version");
        if (version != FORMAT_VERSION) {
            return new Content(new ArrayList<>(), new ArrayList<>(), "The course content has format version "
                    + (Double.isNaN(version) ? "?" : String.valueOf((long) version)) + ", but this app reads version "
                    + FORMAT_VERSION + ": reload the page to get a matching app.");
        }
        StringBuilder problems = new StringBuilder();
        List<Deck> decks = new ArrayList<>();
        for (int i = 0; i < Js.length(root, "decks"); i++) {
            Deck d = deck(Js.objectAt(root, "decks", i), problems);
            if (d != null) {
                decks.add(d);
            }
        }
        List<Quiz> quizzes = new ArrayList<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < Js.length(root, "quizzes"); i++) {
            JSObject o = Js.objectAt(root, "quizzes", i);
            Quiz q = quiz(o, problems);
            if (q != null) {
                quizzes.add(q);
                double count = Js.number(o, "count");
                if (stub(o) && count >= 0) {
                    counts.put(q.id(), (int) count);
                }
            }
        }
        Content c = new Content(decks, quizzes, problems.length() == 0 ? null : problems.toString());
        c.quizCounts.putAll(counts);
        return c;
    }

    public List<Deck> decks() {
        return decks;
    }

    public List<Quiz> quizzes() {
        return quizzes;
    }

    /** True when parts arrived since this was read, so reading again gives more. */
    boolean stale() {
        return generation != Js.generation();
    }

    /** How many questions quiz {@code q} has, also while only the index's stub of it is loaded. */
    public int questionCount(Quiz q) {
        int n = quizCounts.getOrDefault(q.id(), -1);
        return n >= 0 ? n : q.questions().size();
    }

    /** A sentence for the learner when content is missing or partly unreadable; null when all is well. */
    public String problem() {
        return problem;
    }

    public Deck deck(String id) {
        for (Deck d : decks) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }

    public Quiz quiz(String id) {
        for (Quiz q : quizzes) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        return null;
    }

    /** True for the index's stand-in of an entry whose own script has not arrived yet. */
    static boolean stub(JSObject o) {
        return Js.bool(o, "part") == 1;
    }

    private static FrontMatter meta(JSObject o) {
        String title = Js.string(o, "titleText");
        String summary = Js.string(o, "summary");
        return new FrontMatter(new SourceText(title == null ? Js.string(o, "id") : title, 0), Js.string(o, "topic"),
                new SourceText(summary == null ? "" : summary, 0));
    }

    private static boolean validHeader(JSObject o, String what, StringBuilder problems) {
        String id = Js.string(o, "id");
        if (o == null || id == null || !Route.isId(id) || Js.string(o, "topic") == null) {
            note(problems, "a " + what + " without a readable id or topic was skipped");
            return false;
        }
        return true;
    }

    private static Deck deck(JSObject o, StringBuilder problems) {
        if (!validHeader(o, "deck", problems)) {
            return null;
        }
        List<Card> cards = new ArrayList<>();
        boolean stub = stub(o);
        for (int i = 0; i < Js.length(o, "cards"); i++) {
            JSObject c = Js.objectAt(o, "cards", i);
            String id = Js.string(c, "id");
            String front = stub ? "" : Js.string(c, "front");
            String back = stub ? "" : Js.string(c, "back");
            if (id == null || front == null || back == null) {
                note(problems, "an unreadable card in deck " + Js.string(o, "id") + " was skipped");
                continue;
            }
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < Js.length(c, "tags"); t++) {
                String tag = Js.stringAt(c, "tags", t);
                if (tag != null) {
                    tags.add(tag);
                }
            }
            Card.Kind kind = Card.Kind.fromWord(Js.string(c, "kind"));
            String exercise = Js.string(c, "exercise");
            if (kind == null || (kind == Card.Kind.EXERCISE) != (exercise != null)) {
                note(problems, "card " + id + " in deck " + Js.string(o, "id") + " has an unknown kind and was skipped");
                continue;
            }
            cards.add(new Card(id, kind, new SourceText(front, 0), new SourceText(back, 0), Js.string(c, "lab"), tags,
                    exercise, 0));
        }
        String id = Js.string(o, "id");
        return new Deck(id, "content/decks/" + id + ".md", meta(o), cards);
    }

    private static Quiz quiz(JSObject o, StringBuilder problems) {
        if (!validHeader(o, "quiz", problems)) {
            return null;
        }
        String quizId = Js.string(o, "id");
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < Js.length(o, "questions"); i++) {
            Question q = question(Js.objectAt(o, "questions", i));
            if (q == null) {
                note(problems, "an unreadable question in quiz " + quizId + " was skipped");
            } else {
                questions.add(q);
            }
        }
        return new Quiz(quizId, "content/quizzes/" + quizId + ".md", meta(o), questions);
    }

    /**
     * One compiled question (a quiz's, or a lab's prediction with its {@code reveal} state), or null
     * when it does not read.
     */
    static Question question(JSObject q) {
        String id = Js.string(q, "id");
        QuestionKind kind = QuestionKind.fromWord(Js.string(q, "kind"));
        String prompt = Js.string(q, "prompt");
        String explanation = Js.string(q, "explanation");
        if (id == null || kind == null || prompt == null || explanation == null) {
            return null;
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < Js.length(q, "options"); i++) {
            JSObject opt = Js.objectAt(q, "options", i);
            String html = Js.string(opt, "html");
            int correct = Js.bool(opt, "correct");
            if (html == null || correct < 0) {
                return null;
            }
            options.add(new Option(new SourceText(html, 0), correct == 1));
        }
        double answer = Double.NaN;
        boolean truth = false;
        double rel = 0;
        double abs = 0;
        if (kind == QuestionKind.NUMERIC) {
            answer = Js.number(q, "answer");
            rel = Js.number(q, "tol");
            abs = Js.number(q, "abs");
            if (Double.isNaN(answer) || Double.isNaN(rel) || Double.isNaN(abs)) {
                return null;
            }
        } else if (kind == QuestionKind.TRUEFALSE) {
            int t = Js.bool(q, "answer");
            if (t < 0) {
                return null;
            }
            truth = t == 1;
        } else if (options.size() < 2) {
            return null;
        }
        return new Question(id, kind, new SourceText(prompt, 0), options, answer, truth, rel, abs,
                new SourceText(explanation, 0), 0, Js.string(q, "reveal"));
    }

    private static void note(StringBuilder problems, String message) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(message);
    }
}
