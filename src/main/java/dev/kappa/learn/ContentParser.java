package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the content format of {@code docs/authoring.md}: a front matter block, then cards
 * ({@code ### id} with {@code Q:}/{@code A:}/{@code Lab:}/{@code Tags:}) or questions
 * ({@code ### id kind [tol=…] [abs=…]}, prompt, options or {@code = value}, {@code > } explanation).
 *
 * <p>Every problem raises a {@link ContentParseException} naming the file and the 1-based line.
 * Maths is checked for balanced dollars here; whether the TeX itself is valid is KaTeX's call at
 * build time.
 */
public final class ContentParser extends SourceLines {
    private static final int MIN_OPTIONS = 2;
    private static final int MAX_OPTIONS = 6;

    /** True while parsing a lab's prediction questions, which may name a {@code Reveal:} state. */
    private boolean predictions;

    private ContentParser(String file, String text) {
        super(file, text);
    }

    /**
     * The prediction questions of a lab file: quiz questions ({@code ### <id> <kind>}, prompt,
     * options or {@code = value}, {@code > } explanation) from line index {@code from} to the end,
     * each with an optional {@code Reveal: <query>} line naming the lab state that shows the answer.
     */
    static List<Question> predictionsFrom(String file, String text, int from) {
        ContentParser p = new ContentParser(file, text);
        p.predictions = true;
        return p.questions(from);
    }

    /** Parses a deck; {@code file} is its name (e.g. {@code decks/ridge.md}), its base name the deck id. */
    public static Deck parseDeck(String file, String text) {
        ContentParser p = new ContentParser(file, text);
        String id = p.idFromFileName("id");
        int[] cursor = {0};
        FrontMatter meta = p.frontMatter(cursor);
        return new Deck(id, file, meta, p.cards(cursor[0]));
    }

    /** Parses a quiz; {@code file} is its name (e.g. {@code quizzes/ridge.md}), its base name the quiz id. */
    public static Quiz parseQuiz(String file, String text) {
        ContentParser p = new ContentParser(file, text);
        String id = p.idFromFileName("id");
        int[] cursor = {0};
        FrontMatter meta = p.frontMatter(cursor);
        return new Quiz(id, file, meta, p.questions(cursor[0]));
    }

    // ---------------------------------------------------------------- front matter

    private FrontMatter frontMatter(int[] cursor) {
        SourceText[] titleAndSummary = new SourceText[2];
        String[] topic = new String[1];
        int close = frontMatter("keys: title, topic, summary", (i, key, value) -> {
            switch (key) {
                case "title":
                    titleAndSummary[0] = checkMath(duplicateCheck(titleAndSummary[0], i, key, value));
                    break;
                case "topic":
                    if (topic[0] != null) {
                        throw error(i, "front matter key 'topic' given twice");
                    }
                    if (!Catalog.isTopic(value)) {
                        throw error(i, "unknown topic '" + value + "' (topics: " + Catalog.joined(Catalog.TOPICS) + ")");
                    }
                    topic[0] = value;
                    break;
                case "summary":
                    titleAndSummary[1] = checkMath(duplicateCheck(titleAndSummary[1], i, key, value));
                    break;
                default:
                    throw error(i, "unknown front matter key '" + key + "' (keys: title, topic, summary)");
            }
        });
        SourceText title = titleAndSummary[0];
        SourceText summary = titleAndSummary[1];
        if (title == null || topic[0] == null || summary == null) {
            String missing = title == null ? "title" : topic[0] == null ? "topic" : "summary";
            throw error(close, "front matter lacks '" + missing + ":' (title, topic and summary are required)");
        }
        cursor[0] = close + 1;
        return new FrontMatter(title, topic[0], summary);
    }

    private SourceText duplicateCheck(SourceText old, int i, String key, String value) {
        if (old != null) {
            throw error(i, "front matter key '" + key + "' given twice");
        }
        return new SourceText(value, i + 1);
    }

    // ---------------------------------------------------------------- headings

    /** Index of the next heading line at or after {@code from}, checking only blanks/comments precede it. */
    private int firstHeading(int from, String what) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("###")) {
                return i;
            }
            if (!isBlank(line)) {
                throw error(i, "text outside any " + what + ": each " + what + " starts with a line '### <id>'");
            }
        }
        return lines.length;
    }

    private String[] headingWords(int i) {
        String rest = lines[i].substring(3).trim();
        if (lines[i].startsWith("####") || rest.isEmpty()) {
            throw error(i, "a heading is '### <id>' with exactly three #'s and an id");
        }
        return rest.split("\\s+");
    }

    private void checkNewId(int i, String id, List<String> seen, String what) {
        if (!Catalog.isValidId(id)) {
            throw error(i, what + " id '" + id + "' is not valid (lowercase letters, digits, single hyphens)");
        }
        if (seen.contains(id)) {
            throw error(i, "duplicate " + what + " id '" + id + "'");
        }
        seen.add(id);
    }

    // ---------------------------------------------------------------- decks

    private List<Card> cards(int from) {
        List<Card> cards = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int i = firstHeading(from, "card");
        while (i < lines.length) {
            int end = nextHeading(i + 1);
            cards.add(card(i, end, seen));
            i = end;
        }
        if (cards.isEmpty()) {
            throw error(lines.length - 1, "a deck needs at least one card ('### <card-id>' then Q: and A:)");
        }
        return cards;
    }

    private static final String[] CARD_KEYS = {"Q", "A", "Lab", "Tags", "Type", "Cloze", "Exercise"};
    private static final int Q = 0;
    private static final int A = 1;
    private static final int LAB = 2;
    private static final int TAGS = 3;
    private static final int TYPE = 4;
    private static final int CLOZE = 5;
    private static final int EXERCISE = 6;

    private Card card(int head, int end, List<String> seen) {
        String[] words = headingWords(head);
        if (words.length != 1) {
            throw error(head, "a card heading is '### <card-id>' with nothing after the id");
        }
        String id = words[0];
        checkNewId(head, id, seen, "card");
        String[] keys = CARD_KEYS;
        StringBuilder[] values = new StringBuilder[keys.length];
        int[] starts = new int[keys.length];
        int current = -1;
        for (int i = head + 1; i < end; i++) {
            String line = lines[i];
            if (isComment(line)) {
                continue;
            }
            int key = keyOf(line, keys);
            if (key >= 0) {
                if (values[key] != null) {
                    throw error(i, "card '" + id + "' has '" + keys[key] + ":' twice");
                }
                values[key] = new StringBuilder(line.substring(keys[key].length() + 1).trim());
                starts[key] = i;
                current = key;
            } else if (current >= 0) {
                values[current].append('\n').append(line);
            } else if (!line.trim().isEmpty()) {
                throw error(i, "expected 'Q:', 'Cloze:' or 'Exercise:' to start card '" + id
                        + "' (keys: Q:, A:, Type:, Cloze:, Exercise:, Lab:, Tags:)");
            }
        }
        String lab = null;
        if (values[LAB] != null) {
            lab = values[LAB].toString().trim();
            if (!Catalog.isLab(lab)) {
                throw error(starts[LAB], "unknown lab id '" + lab + "' (labs: " + Catalog.joined(Catalog.LAB_IDS) + ")");
            }
        }
        List<String> tags = new ArrayList<>();
        if (values[TAGS] != null) {
            for (String t : values[TAGS].toString().split(",")) {
                String tag = t.trim();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        boolean qa = values[Q] != null || values[A] != null;
        int forms = (qa ? 1 : 0) + (values[CLOZE] != null ? 1 : 0) + (values[EXERCISE] != null ? 1 : 0);
        if (forms != 1) {
            throw error(head, "card '" + id + "' needs exactly one of: 'Q:' with 'A:', 'Cloze:', or 'Exercise:'");
        }
        if (values[EXERCISE] != null) {
            String gen = values[EXERCISE].toString().trim();
            if (dev.kappa.learn.exercise.Catalogue.byId(gen) == null) {
                throw error(starts[EXERCISE], "unknown exercise '" + gen + "' (exercises: "
                        + dev.kappa.learn.exercise.Catalogue.ids() + ")");
            }
            if (values[TYPE] != null) {
                throw error(starts[TYPE], "an exercise card has no 'Type:'");
            }
            SourceText none = new SourceText("", head + 1);
            return new Card(id, Card.Kind.EXERCISE, none, none, lab, tags, gen, head + 1);
        }
        if (values[CLOZE] != null) {
            if (values[TYPE] != null) {
                throw error(starts[TYPE], "a cloze card has no 'Type:'");
            }
            SourceText text = text(values[CLOZE], starts[CLOZE]);
            SourceText[] sides = cloze(text, starts[CLOZE]);
            return new Card(id, Card.Kind.CLOZE, sides[0], sides[1], lab, tags, null, head + 1);
        }
        if (values[Q] == null || values[Q].toString().trim().isEmpty()) {
            throw error(head, "card '" + id + "' has no question ('Q:' line)");
        }
        if (values[A] == null || values[A].toString().trim().isEmpty()) {
            throw error(head, "card '" + id + "' has no answer ('A:' line)");
        }
        Card.Kind kind = Card.Kind.BASIC;
        if (values[TYPE] != null) {
            kind = Card.Kind.fromWord(values[TYPE].toString().trim());
            if (kind != Card.Kind.BASIC && kind != Card.Kind.DERIVATION) {
                throw error(starts[TYPE], "unknown card type '" + values[TYPE].toString().trim()
                        + "' (types: basic, derivation; a cloze card uses 'Cloze:', an exercise card 'Exercise:')");
            }
        }
        SourceText front = text(values[Q], starts[Q]);
        SourceText back = text(values[A], starts[A]);
        return new Card(id, kind, front, back, lab, tags, null, head + 1);
    }

    /** Where the gap opened before {@code from} closes: the first "}}" outside the gap's own braces, or −1. */
    private static int gapEnd(String s, int from) {
        int depth = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return s.startsWith("}}", k) ? k : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * The two sides of a cloze text: the front with every {@code {{…}}} gap hidden ("[…]" in prose,
     * a □ inside maths), the back with the gaps filled (in bold when they are plain prose).
     */
    private SourceText[] cloze(SourceText text, int startIndex) {
        String s = text.text();
        StringBuilder front = new StringBuilder();
        StringBuilder back = new StringBuilder();
        boolean inMath = false;
        int gaps = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                front.append(c).append(s.charAt(i + 1));
                back.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$') {
                inMath = !inMath;
                if (i + 1 < s.length() && s.charAt(i + 1) == '$') {
                    front.append('$');
                    back.append('$');
                    i++;
                }
            }
            if (s.startsWith("{{", i)) {
                int close = gapEnd(s, i + 2);
                if (close < 0) {
                    throw error(text.lineOf(i) - 1, "a cloze gap '{{' is never closed with '}}'");
                }
                String gap = s.substring(i + 2, close);
                if (gap.trim().isEmpty() || gap.contains("{{")) {
                    throw error(text.lineOf(i) - 1, "a cloze gap must hold text and no other gap");
                }
                // A square glyph, not a boxed or underlined gap: Chromium's MathML Core draws no menclose box and
                // hardly any stretched underline.
                front.append(inMath ? "\\;\\square\\;" : "[…]");
                // Filled in, a prose gap stands out in bold (unless it holds maths or marks).
                boolean plain = gap.indexOf('$') < 0 && gap.indexOf('*') < 0 && gap.indexOf('`') < 0;
                back.append(inMath ? gap : plain ? "**" + gap + "**" : gap);
                gaps++;
                i = close + 2;
                continue;
            }
            front.append(c);
            back.append(c);
            i++;
        }
        if (gaps == 0) {
            throw error(startIndex, "a cloze card needs at least one gap written {{…}}");
        }
        return new SourceText[] {new SourceText(front.toString(), text.line()), new SourceText(back.toString(), text.line())};
    }

    private static int keyOf(String line, String[] keys) {
        for (int k = 0; k < keys.length; k++) {
            if (line.startsWith(keys[k] + ":")) {
                return k;
            }
        }
        return -1;
    }

    private SourceText text(CharSequence raw, int startIndex) {
        SourceText t = new SourceText(raw.toString().trim(), startIndex + 1);
        // Leading blank lines were trimmed away; re-anchor so lineOf() still points at the right line.
        String s = raw.toString();
        int lead = 0;
        while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
            lead++;
        }
        int skipped = 0;
        for (int k = 0; k < lead; k++) {
            if (s.charAt(k) == '\n') {
                skipped++;
            }
        }
        t = new SourceText(t.text(), startIndex + 1 + skipped);
        checkMath(t);
        return t;
    }

    // ---------------------------------------------------------------- quizzes

    private List<Question> questions(int from) {
        List<Question> questions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int i = firstHeading(from, "question");
        while (i < lines.length) {
            int end = nextHeading(i + 1);
            questions.add(question(i, end, seen));
            i = end;
        }
        if (questions.isEmpty()) {
            throw error(lines.length - 1, "a quiz needs at least one question ('### <id> <kind>')");
        }
        return questions;
    }

    private static boolean isOptionLine(String line) {
        String t = line.trim();
        return t.startsWith("- [ ]") || t.startsWith("- [x]") || t.startsWith("- [X]");
    }

    private static boolean isValueLine(String line) {
        return line.startsWith("= ") || line.trim().equals("=");
    }

    private static boolean isExplanationLine(String line) {
        return line.startsWith(">");
    }

    private Question question(int head, int end, List<String> seen) {
        String[] words = headingWords(head);
        String id = words[0];
        checkNewId(head, id, seen, "question");
        if (words.length < 2) {
            throw error(head, "question '" + id + "' needs a kind: '### " + id + " single|multiple|numeric|truefalse'");
        }
        QuestionKind kind = QuestionKind.fromWord(words[1]);
        if (kind == null) {
            throw error(head, "unknown question kind '" + words[1] + "' (kinds: single, multiple, numeric, truefalse)");
        }
        double rel = Answer.DEFAULT_REL_TOL;
        double abs = Answer.DEFAULT_ABS_TOL;
        for (int w = 2; w < words.length; w++) {
            String word = words[w];
            boolean isRel = word.startsWith("tol=");
            boolean isAbs = word.startsWith("abs=");
            if (!isRel && !isAbs) {
                throw error(head, "unexpected '" + word + "' after the kind (only tol=<relative> and abs=<absolute>)");
            }
            if (kind != QuestionKind.NUMERIC) {
                throw error(head, "tolerances apply only to numeric questions, not " + kind.word());
            }
            double v = strictNumber(word.substring(4));
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw error(head, "tolerance '" + word + "' must be a finite number ≥ 0");
            }
            if (isRel) {
                rel = v;
            } else {
                abs = v;
            }
        }

        int i = head + 1;
        StringBuilder prompt = new StringBuilder();
        int promptStart = -1;
        for (; i < end; i++) {
            String line = lines[i];
            if (isOptionLine(line) || isValueLine(line) || isExplanationLine(line)) {
                break;
            }
            if (isComment(line)) {
                continue;
            }
            if (promptStart < 0) {
                if (line.trim().isEmpty()) {
                    continue;
                }
                promptStart = i;
            } else {
                prompt.append('\n');
            }
            prompt.append(line);
        }
        if (promptStart < 0 || prompt.toString().trim().isEmpty()) {
            throw error(head, "question '" + id + "' has no prompt (the lines after the heading)");
        }
        SourceText promptText = text(prompt, promptStart);

        List<Option> options = new ArrayList<>();
        String reveal = null;
        double number = Double.NaN;
        boolean truth = false;
        boolean hasValue = false;
        StringBuilder explanation = null;
        int explanationStart = -1;
        StringBuilder lastOption = null;
        int lastOptionLine = -1;
        boolean lastCorrect = false;
        for (; i < end; i++) {
            String line = lines[i];
            if (isComment(line)) {
                continue;
            }
            if (line.startsWith("Reveal:")) {
                if (!predictions) {
                    throw error(i, "'Reveal:' belongs to a lab's prediction questions, not to a quiz");
                }
                if (reveal != null) {
                    throw error(i, "question '" + id + "' has 'Reveal:' twice");
                }
                reveal = line.substring("Reveal:".length()).trim();
                if (!reveal.matches("[A-Za-z0-9_]+=[^&\\s]*(&[A-Za-z0-9_]+=[^&\\s]*)*")) {
                    throw error(i, "'Reveal:' names a lab state as in its address, e.g. 'eta=1.5&steps=10'");
                }
                continue;
            }
            if (explanation != null) {
                if (isExplanationLine(line)) {
                    explanation.append('\n').append(explanationBody(line));
                    continue;
                }
                if (line.trim().isEmpty()) {
                    explanation.append('\n');
                    continue;
                }
                throw error(i, "unexpected text after the explanation of '" + id
                        + "' (explanation lines start with '> ')");
            }
            if (isExplanationLine(line)) {
                explanation = new StringBuilder(explanationBody(line));
                explanationStart = i;
                flushOption(options, lastOption, lastOptionLine, lastCorrect);
                lastOption = null;
                continue;
            }
            if (isOptionLine(line)) {
                if (kind != QuestionKind.SINGLE && kind != QuestionKind.MULTIPLE) {
                    throw error(i, "options '- [ ]' belong to single/multiple questions; '" + id + "' is " + kind.word());
                }
                flushOption(options, lastOption, lastOptionLine, lastCorrect);
                String t = line.trim();
                lastCorrect = t.charAt(3) != ' ';
                lastOption = new StringBuilder(t.substring(5).trim());
                lastOptionLine = i;
                if (lastOption.length() == 0) {
                    throw error(i, "empty option");
                }
                continue;
            }
            if (isValueLine(line)) {
                if (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) {
                    throw error(i, "'= value' lines belong to numeric/truefalse questions; '" + id + "' is "
                            + kind.word() + " (use '- [x] …' options)");
                }
                if (hasValue) {
                    throw error(i, "question '" + id + "' has two '= value' lines");
                }
                String v = line.substring(1).trim();
                if (kind == QuestionKind.NUMERIC) {
                    number = strictNumber(v);
                    if (Double.isNaN(number) || Double.isInfinite(number)) {
                        throw error(i, "'" + v + "' is not a number (write a decimal or scientific number, e.g. 0.25 or 1e-6)");
                    }
                } else if (v.equals("true") || v.equals("false")) {
                    truth = v.equals("true");
                } else {
                    throw error(i, "a truefalse answer is '= true' or '= false', not '= " + v + "'");
                }
                hasValue = true;
                continue;
            }
            if (line.trim().isEmpty()) {
                continue;
            }
            if (lastOption != null && Character.isWhitespace(line.charAt(0))) {
                lastOption.append('\n').append(line.trim());
                continue;
            }
            throw error(i, "unexpected text in question '" + id
                    + "' (after the prompt come options, '= value' or '> ' explanation lines)");
        }
        flushOption(options, lastOption, lastOptionLine, lastCorrect);

        switch (kind) {
            case SINGLE:
            case MULTIPLE: {
                if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                    throw error(head, "question '" + id + "' has " + options.size() + " options; it needs "
                            + MIN_OPTIONS + " to " + MAX_OPTIONS);
                }
                int right = 0;
                for (Option o : options) {
                    if (o.correct()) {
                        right++;
                    }
                }
                if (kind == QuestionKind.SINGLE && right != 1) {
                    throw error(head, "single-choice question '" + id + "' must mark exactly one option [x], it marks " + right);
                }
                if (kind == QuestionKind.MULTIPLE && right < 1) {
                    throw error(head, "multiple-choice question '" + id + "' must mark at least one option [x]");
                }
                break;
            }
            default:
                if (!hasValue) {
                    throw error(head, "question '" + id + "' needs its answer as a line '= "
                            + (kind == QuestionKind.NUMERIC ? "<number>'" : "true' or '= false'"));
                }
        }
        if (explanation == null || explanation.toString().trim().isEmpty()) {
            throw error(head, "question '" + id + "' has no explanation (lines starting with '> ')");
        }
        SourceText explanationText = text(explanation, explanationStart);
        return new Question(id, kind, promptText, options, number, truth, rel, abs, explanationText, head + 1, reveal);
    }

    private void flushOption(List<Option> options, StringBuilder text, int lineIndex, boolean correct) {
        if (text != null) {
            options.add(new Option(text(text, lineIndex), correct));
        }
    }

    private static String explanationBody(String line) {
        String body = line.substring(1);
        return body.startsWith(" ") ? body.substring(1) : body;
    }

    /** A decimal or scientific number; NaN when {@code s} is anything else (no hex, no "NaN", no suffixes). */
    static double strictNumber(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
            if (!ok) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
