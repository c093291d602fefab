package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * One flashcard. Kinds: a basic card (a question and an answer of at most 35 words), a derivation
 * (the same, allowed a longer answer), a cloze card (a sentence whose {@code {{…}}} parts are hidden
 * on the front), and an exercise card, which names an exercise generator and shows a freshly drawn
 * exercise at every review. Texts are authored text (front and back of a cloze are made from its
 * one sentence); an optional lab link and tags.
 */
public final class Card {
    /** What kind of card, as written after {@code Type:} (cloze and exercise cards have their own keys). */
    public enum Kind {
        BASIC, DERIVATION, CLOZE, EXERCISE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind written as {@code word}, or null. */
        public static Kind fromWord(String word) {
            for (Kind k : values()) {
                if (k.word().equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    private final String id;
    private final Kind kind;
    private final SourceText front;
    private final SourceText back;
    private final String lab;
    private final List<String> tags;
    private final String exercise;
    private final int line;

    public Card(String id, SourceText front, SourceText back, String lab, List<String> tags, int line) {
        this(id, Kind.BASIC, front, back, lab, tags, null, line);
    }

    public Card(String id, Kind kind, SourceText front, SourceText back, String lab, List<String> tags, String exercise,
            int line) {
        this.id = id;
        this.kind = kind;
        this.front = front;
        this.back = back;
        this.lab = lab;
        this.tags = Collections.unmodifiableList(tags);
        this.exercise = exercise;
        this.line = line;
    }

    /** Unique within its deck and stable forever: schedules are keyed on deck-id/card-id. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The front: the question, or the cloze sentence with its gaps ("[…]"); empty for an exercise card. */
    public SourceText front() {
        return front;
    }

    /** The back: the answer, or the whole cloze sentence; empty for an exercise card. */
    public SourceText back() {
        return back;
    }

    /** A lab id from {@link Catalog#LAB_IDS}, or null when the card links to no lab. */
    public String lab() {
        return lab;
    }

    public List<String> tags() {
        return tags;
    }

    /** The exercise generator of an exercise card, else null. */
    public String exercise() {
        return exercise;
    }

    /** The line of the card's {@code ###} heading. */
    public int line() {
        return line;
    }
}
