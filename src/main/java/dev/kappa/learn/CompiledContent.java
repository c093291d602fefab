package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The content as the browser sees it: the payload of {@code content/content.js}
 * ({@code self.KAPPA_CONTENT}, written by the build's ContentCompiler), read back into Java with
 * every text already HTML (prose escaped, maths as MathML). The web layer passes
 * {@code JSON.stringify(self.KAPPA_CONTENT)} to {@link #parse(String)}.
 *
 * <p>Reading never throws: a missing or damaged payload gives an empty content with
 * {@link #error()} set, so a view can say "content could not be loaded" instead of failing.
 */
public final class CompiledContent {
    /** The payload version this code reads. */
    public static final int VERSION = 1;

    /** A deck: HTML title and summary, and its cards. */
    public static final class Deck {
        public final String id;
        public final String titleHtml;
        public final String titleText;
        public final String topic;
        public final String summaryHtml;
        public final List<Card> cards;

        Deck(String id, String titleHtml, String titleText, String topic, String summaryHtml, List<Card> cards) {
            this.id = id;
            this.titleHtml = titleHtml;
            this.titleText = titleText;
            this.topic = topic;
            this.summaryHtml = summaryHtml;
            this.cards = Collections.unmodifiableList(cards);
        }

        /** The card ids, in order (for {@link Progress#dueCount(String, List, long)}). */
        public List<String> cardIds() {
            List<String> ids = new ArrayList<>();
            for (Card c : cards) {
                ids.add(c.id);
            }
            return ids;
        }
    }

    /** A card: front and back HTML, optional lab id (null when none). */
    public static final class Card {
        public final String id;
        public final String frontHtml;
        public final String backHtml;
        public final String lab;

        Card(String id, String frontHtml, String backHtml, String lab) {
            this.id = id;
            this.frontHtml = frontHtml;
            this.backHtml = backHtml;
            this.lab = lab;
        }
    }

    /** A quiz and its questions. */
    public static final class Quiz {
        public final String id;
        public final String titleHtml;
        public final String titleText;
        public final String topic;
        public final String summaryHtml;
        public final List<Question> questions;

        Quiz(String id, String titleHtml, String titleText, String topic, String summaryHtml, List<Question> questions) {
            this.id = id;
            this.titleHtml = titleHtml;
            this.titleText = titleText;
            this.topic = topic;
            this.summaryHtml = summaryHtml;
            this.questions = Collections.unmodifiableList(questions);
        }
    }

    /** A question: kind, prompt and option HTML, the answer key, explanation HTML. */
    public static final class Question {
        public final String id;
        public final QuestionKind kind;
        public final String promptHtml;
        public final List<String> optionsHtml;
        public final Answer answer;
        public final String explanationHtml;

        Question(String id, QuestionKind kind, String promptHtml, List<String> optionsHtml, Answer answer,
                String explanationHtml) {
            this.id = id;
            this.kind = kind;
            this.promptHtml = promptHtml;
            this.optionsHtml = Collections.unmodifiableList(optionsHtml);
            this.answer = answer;
            this.explanationHtml = explanationHtml;
        }
    }

    private final List<Deck> decks;
    private final List<Quiz> quizzes;
    private final String error;

    private CompiledContent(List<Deck> decks, List<Quiz> quizzes, String error) {
        this.decks = Collections.unmodifiableList(decks);
        this.quizzes = Collections.unmodifiableList(quizzes);
        this.error = error;
    }

    public List<Deck> decks() {
        return decks;
    }

    public List<Quiz> quizzes() {
        return quizzes;
    }

    /** Why the content could not be read, or null. */
    public String error() {
        return error;
    }

    public Deck deck(String id) {
        for (Deck d : decks) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    public Quiz quiz(String id) {
        for (Quiz q : quizzes) {
            if (q.id.equals(id)) {
                return q;
            }
        }
        return null;
    }

    /** Reads the JSON payload; never throws. */
    @SuppressWarnings("unchecked")
    public static CompiledContent parse(String json) {
        List<Deck> decks = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        try {
            Object root = Json.parse(json);
            if (!(root instanceof Map)) {
                return failed("content is not a JSON object");
            }
            Map<String, Object> r = (Map<String, Object>) root;
            Object v = r.get("version");
            if (!(v instanceof Double) || ((Double) v).intValue() != VERSION) {
                return failed("content version " + Json.write(v) + " is not " + VERSION + " (rebuild the site)");
            }
            for (Object o : list(r, "decks")) {
                Map<String, Object> d = (Map<String, Object>) o;
                List<Card> cards = new ArrayList<>();
                for (Object c : list(d, "cards")) {
                    Map<String, Object> cm = (Map<String, Object>) c;
                    Object lab = cm.get("lab");
                    cards.add(new Card(str(cm, "id"), str(cm, "front"), str(cm, "back"),
                            lab instanceof String ? (String) lab : null));
                }
                decks.add(new Deck(str(d, "id"), str(d, "title"), str(d, "titleText"), str(d, "topic"),
                        str(d, "summary"), cards));
            }
            for (Object o : list(r, "quizzes")) {
                Map<String, Object> q = (Map<String, Object>) o;
                List<Question> questions = new ArrayList<>();
                for (Object x : list(q, "questions")) {
                    questions.add(question((Map<String, Object>) x));
                }
                quizzes.add(new Quiz(str(q, "id"), str(q, "title"), str(q, "titleText"), str(q, "topic"),
                        str(q, "summary"), questions));
            }
            return new CompiledContent(decks, quizzes, null);
        } catch (Json.JsonException e) {
            return failed("content is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // ClassCastException or a missing field: the payload was not written by ContentCompiler.
            return failed("content is malformed: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Question question(Map<String, Object> x) {
        QuestionKind kind = QuestionKind.fromWord(str(x, "kind"));
        if (kind == null) {
            throw new IllegalArgumentException("unknown question kind " + x.get("kind"));
        }
        List<String> options = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (Object o : list(x, "options")) {
            Map<String, Object> om = (Map<String, Object>) o;
            options.add(str(om, "html"));
            correct.add(Boolean.TRUE.equals(om.get("correct")));
        }
        Answer answer;
        switch (kind) {
            case NUMERIC:
                answer = Answer.scalar((Double) x.get("answer"), (Double) x.get("tol"), (Double) x.get("abs"));
                break;
            case TRUEFALSE:
                answer = Answer.bool(Boolean.TRUE.equals(x.get("answer")));
                break;
            case SINGLE: {
                int right = correct.indexOf(Boolean.TRUE);
                answer = Answer.choice(right, options.size());
                break;
            }
            default: {
                boolean[] flags = new boolean[correct.size()];
                for (int i = 0; i < flags.length; i++) {
                    flags[i] = correct.get(i);
                }
                answer = Answer.choices(flags);
            }
        }
        return new Question(str(x, "id"), kind, str(x, "prompt"), options, answer, str(x, "explanation"));
    }

    private static CompiledContent failed(String why) {
        return new CompiledContent(new ArrayList<Deck>(), new ArrayList<Quiz>(), why);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List)) {
            throw new IllegalArgumentException(key + " is not a list");
        }
        return (List<Object>) v;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String)) {
            throw new IllegalArgumentException(key + " is not a string");
        }
        return (String) v;
    }
}
