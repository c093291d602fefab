package dev.kappa.learn;

/** Where a card is in its life: never seen, being learnt today, in long-term review, or relearnt after a lapse. */
public enum ReviewState {
    NEW, LEARNING, REVIEW, RELEARNING;

    /** Lowercase name used in the stored JSON. */
    public String word() {
        return name().toLowerCase();
    }

    /** The state stored as {@code word}, or null. */
    public static ReviewState fromWord(String word) {
        for (ReviewState s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }
}
