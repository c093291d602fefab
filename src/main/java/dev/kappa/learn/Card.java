package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/** One flashcard: a front (question) and back (answer) in authored text, an optional lab link and tags. */
public final class Card {
    private final String id;
    private final SourceText front;
    private final SourceText back;
    private final String lab;
    private final List<String> tags;
    private final int line;

    public Card(String id, SourceText front, SourceText back, String lab, List<String> tags, int line) {
        this.id = id;
        this.front = front;
        this.back = back;
        this.lab = lab;
        this.tags = Collections.unmodifiableList(tags);
        this.line = line;
    }

    /** Unique within its deck and stable forever: schedules are keyed on deck-id/card-id. */
    public String id() {
        return id;
    }

    public SourceText front() {
        return front;
    }

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

    /** The line of the card's {@code ###} heading. */
    public int line() {
        return line;
    }
}
