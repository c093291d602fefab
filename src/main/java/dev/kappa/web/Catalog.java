package dev.kappa.web;

import dev.kappa.lab.LabCatalog;

/**
 * What exists to be linked from the home page: which labs have views (every lab of
 * {@link LabCatalog}), and the decks, quizzes and exercises of each topic, filled in by the app
 * at boot from the built content; empty lists show as "coming soon".
 */
public interface Catalog {
    /** A linkable item with an optional badge (e.g. "3 due"). */
    record Entry(String id, String title, String badge, String badgeClass) {
    }

    boolean labReady(String labId);

    /** Whether the learner has opened this lab before (marked on the home page); none by default. */
    default boolean labVisited(String labId) {
        return false;
    }

    Entry[] decks(String topicId);

    Entry[] quizzes(String topicId);

    Entry[] exercises(String topicId);

    /** The catalog of a site with its labs but no content yet. */
    static Catalog empty() {
        return new Catalog() {
            @Override
            public boolean labReady(String labId) {
                return LabCatalog.has(labId);
            }

            @Override
            public Entry[] decks(String topicId) {
                return new Entry[0];
            }

            @Override
            public Entry[] quizzes(String topicId) {
                return new Entry[0];
            }

            @Override
            public Entry[] exercises(String topicId) {
                return new Entry[0];
            }
        };
    }
}
