package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The build's check that cards stay atomic (docs/authoring.md, "Card budget"): an answer (or a
 * cloze text) has at most {@value #MAX_WORDS} words unless the card is a derivation (at most
 * {@value #MAX_DERIVATION_WORDS}), and a question asks one thing. Words are counted as a reader
 * meets them: each formula, inline or displayed, is one word; other words are runs of non-spaces.
 */
public final class CardBudget {
    public static final int MAX_WORDS = 35;
    public static final int MAX_DERIVATION_WORDS = 90;
    /** "What is X, and why Y?" and its kin: a second question joined to the first. */
    private static final Pattern SECOND_QUESTION = Pattern.compile(
            ",? and (what|why|how|when|which|where|who|does|is|are|can)\\b[^?]*\\?", Pattern.CASE_INSENSITIVE);

    private CardBudget() {
    }

    /** Words of {@code text}: each $…$ or $$…$$ formula counts as one. */
    public static int words(String text) {
        int n = 0;
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                boolean display = i + 1 < text.length() && text.charAt(i + 1) == '$';
                int close = text.indexOf(display ? "$$" : "$", i + (display ? 2 : 1));
                i = close < 0 ? text.length() : close + (display ? 2 : 1);
                if (!inWord) {
                    n++;
                }
                inWord = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                n++;
                inWord = true;
            }
            i++;
        }
        return n;
    }

    /** True when {@code question} asks two things ("What is X, and why Y?", or two question marks). */
    public static boolean asksTwoThings(String question) {
        String plain = question.replaceAll("\\$[^$]*\\$", "X");
        int marks = plain.length() - plain.replace("?", "").length();
        return marks > 1 || SECOND_QUESTION.matcher(plain).find();
    }

    /** The text the budget applies to: the answer, or the whole cloze text. */
    static String budgeted(Card c) {
        return c.kind() == Card.Kind.CLOZE ? c.back().text() : c.back().text();
    }

    /** Every card of {@code deck} that breaks the budget, as {@code file:line: reason}. */
    public static List<String> problems(Deck deck) {
        List<String> out = new ArrayList<>();
        for (Card c : deck.cards()) {
            if (c.kind() == Card.Kind.EXERCISE) {
                continue;
            }
            int w = words(budgeted(c));
            int max = c.kind() == Card.Kind.DERIVATION ? MAX_DERIVATION_WORDS : MAX_WORDS;
            if (w > max) {
                out.add(deck.file() + ":" + c.line() + ": card '" + c.id() + "' has " + w + " words in its "
                        + (c.kind() == Card.Kind.CLOZE ? "cloze text" : "answer") + " (at most " + max
                        + (c.kind() == Card.Kind.DERIVATION ? " for a derivation" : "; a derivation may have "
                        + MAX_DERIVATION_WORDS + " with 'Type: derivation'") + "): split it or cut it");
            }
            if (c.kind() != Card.Kind.CLOZE && asksTwoThings(c.front().text())) {
                out.add(deck.file() + ":" + c.line() + ": card '" + c.id() + "' asks two things (\""
                        + shorten(c.front().text()) + "\"): one question per card");
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /** Count and length figures over decks, for a report: cards, median and largest answer, long ones. */
    public static String figures(List<Deck> decks) {
        List<Integer> lengths = new ArrayList<>();
        int fifty = 0;
        int over = 0;
        int two = 0;
        int lecture = 0;
        int[] kinds = new int[Card.Kind.values().length];
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                kinds[c.kind().ordinal()]++;
                if (c.kind() == Card.Kind.EXERCISE) {
                    continue;
                }
                int w = words(budgeted(c));
                lengths.add(w);
                fifty += w >= 50 ? 1 : 0;
                over += w > MAX_WORDS && c.kind() != Card.Kind.DERIVATION ? 1 : 0;
                two += c.kind() != Card.Kind.CLOZE && asksTwoThings(c.front().text()) ? 1 : 0;
                lecture += (c.front().text() + " " + c.back().text()).toLowerCase(Locale.ROOT).contains("the lecture")
                        ? 1 : 0;
            }
        }
        int[] sorted = lengths.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        double median = sorted.length == 0 ? 0 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        StringBuilder k = new StringBuilder();
        for (Card.Kind kind : Card.Kind.values()) {
            k.append(k.length() == 0 ? "" : ", ").append(kinds[kind.ordinal()]).append(' ')
                    .append(kind.name().toLowerCase(Locale.ROOT));
        }
        return decks.size() + " decks, " + (lengths.size() + kinds[Card.Kind.EXERCISE.ordinal()]) + " cards (" + k
                + "); words per answer: median " + NumberText.format(median) + ", largest "
                + (sorted.length == 0 ? 0 : sorted[sorted.length - 1]) + ", 50 or more: " + fifty + ", over "
                + MAX_WORDS + " (not derivations): " + over + "; questions asking two things: " + two
                + "; cards mentioning \"the lecture\": " + lecture;
    }
}
