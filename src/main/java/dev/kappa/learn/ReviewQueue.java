package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The cards of a deck to review now: cards already in the schedule that are due (most overdue
 * first), then up to {@code newLimit} never-seen cards in deck order. Cards graded Again come
 * back within minutes (FSRS learning steps); call {@link #build} again after each grade.
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /** Card ids of {@code deckId} to show next, in order. */
    public static List<String> build(Progress progress, String deckId, List<String> cardIds, long now, int newLimit) {
        List<String> due = new ArrayList<>();
        List<Long> dueAt = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (String id : cardIds) {
            CardState s = progress.cards().get(Progress.cardKey(deckId, id));
            if (s == null) {
                if (fresh.size() < newLimit) {
                    fresh.add(id);
                }
            } else if (s.isDue(now)) {
                // Insertion sort by due time: decks are tens of cards, and this keeps ties in deck order.
                int at = due.size();
                while (at > 0 && dueAt.get(at - 1) > s.due()) {
                    at--;
                }
                due.add(at, id);
                dueAt.add(at, s.due());
            }
        }
        due.addAll(fresh);
        return due;
    }

    /**
     * The FSRS grade for a randomized exercise reviewed as a card: wrong → Again; right after
     * more than {@code slowMillis} → Hard; right → Good; right within a quarter of it → Easy.
     */
    public static Grade gradeForExercise(boolean correct, long tookMillis, long slowMillis) {
        if (!correct) {
            return Grade.AGAIN;
        }
        if (tookMillis > slowMillis) {
            return Grade.HARD;
        }
        return tookMillis * 4 <= slowMillis ? Grade.EASY : Grade.GOOD;
    }
}
