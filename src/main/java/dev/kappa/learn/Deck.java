package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/** A deck of flashcards, one per file {@code content/decks/<id>.md}. */
public final class Deck {
    private final String id;
    private final String file;
    private final FrontMatter meta;
    private final List<Card> cards;

    public Deck(String id, String file, FrontMatter meta, List<Card> cards) {
        this.id = id;
        this.file = file;
        this.meta = meta;
        this.cards = Collections.unmodifiableList(cards);
    }

    public String id() {
        return id;
    }

    /** The file name it was parsed from, for error messages. */
    public String file() {
        return file;
    }

    public String title() {
        return meta.title();
    }

    public String topic() {
        return meta.topic();
    }

    public String summary() {
        return meta.summary();
    }

    public FrontMatter meta() {
        return meta;
    }

    public List<Card> cards() {
        return cards;
    }

    /** The card with this id, or null. */
    public Card card(String cardId) {
        for (Card c : cards) {
            if (c.id().equals(cardId)) {
                return c;
            }
        }
        return null;
    }
}
