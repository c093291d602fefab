package dev.kappa.web;

/**
 * What exists to be linked from the home page: which labs have views, and the decks, quizzes and
 * exercises of each topic. Filled in by the app at boot from the lab registry and the built
 * content; empty lists show as "coming soon".
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

    /** The catalog of a site with no labs and no content yet. */
    static Catalog empty() {
        return new Catalog() {
            @Override
            public boolean labReady(String labId) {
                return false;
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
