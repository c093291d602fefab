package dev.kappa.learn;

/**
 * The memory state of one card under FSRS: when it is due, its stability S (days for recall
 * probability to fall from 100% to 90%), difficulty D ∈ [1, 10], how often it was reviewed and
 * forgotten, when it was last reviewed, and which learning step it is on (0 outside learning).
 * Immutable; {@link Fsrs#review} returns the next state. Times are epoch milliseconds supplied by
 * the caller (there is no hidden clock).
 */
public final class CardState {
    private final ReviewState state;
    private final long due;
    private final double stability;
    private final double difficulty;
    private final int reps;
    private final int lapses;
    private final long lastReview;
    private final int step;

    public CardState(ReviewState state, long due, double stability, double difficulty, int reps, int lapses,
            long lastReview, int step) {
        this.state = state;
        this.due = due;
        this.stability = stability;
        this.difficulty = difficulty;
        this.reps = reps;
        this.lapses = lapses;
        this.lastReview = lastReview;
        this.step = step;
    }

    /** A card never reviewed, due at {@code now}. */
    public static CardState fresh(long now) {
        return new CardState(ReviewState.NEW, now, 0, 0, 0, 0, 0, 0);
    }

    public ReviewState state() {
        return state;
    }

    /** Epoch millis when the card is next due. */
    public long due() {
        return due;
    }

    public double stability() {
        return stability;
    }

    public double difficulty() {
        return difficulty;
    }

    public int reps() {
        return reps;
    }

    public int lapses() {
        return lapses;
    }

    /** Epoch millis of the last review (0 for a new card). */
    public long lastReview() {
        return lastReview;
    }

    /** The learning or relearning step the card is on (ts-fsrs {@code learning_steps}); 0 in review. */
    public int step() {
        return step;
    }

    public boolean isDue(long now) {
        return due <= now;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CardState)) {
            return false;
        }
        CardState c = (CardState) o;
        return state == c.state && due == c.due && Double.compare(stability, c.stability) == 0
                && Double.compare(difficulty, c.difficulty) == 0 && reps == c.reps && lapses == c.lapses
                && lastReview == c.lastReview && step == c.step;
    }

    @Override
    public int hashCode() {
        return (int) (due ^ (due >>> 32)) * 31 + reps * 7 + state.ordinal();
    }

    @Override
    public String toString() {
        return state.word() + " due=" + due + " S=" + stability + " D=" + difficulty + " reps=" + reps
                + " lapses=" + lapses + " last=" + lastReview + " step=" + step;
    }
}
