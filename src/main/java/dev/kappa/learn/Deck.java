package dev.kappa.learn;

import java.util.List;

/** A deck of flashcards, one per file {@code content/decks/<id>.md}. */
public final class Deck extends ContentFile<Card> {
    public Deck(String id, String file, FrontMatter meta, List<Card> cards) {
        super(id, file, meta, cards);
    }

    public List<Card> cards() {
        return items();
    }

    /** The card with this id, or null. */
    public Card card(String cardId) {
        for (Card c : items()) {
            if (c.id().equals(cardId)) {
                return c;
            }
        }
        return null;
    }
}
