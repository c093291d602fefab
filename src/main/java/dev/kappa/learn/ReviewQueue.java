package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The cards of a deck to review now: cards already in the schedule that are due (most overdue
 * first, ties in deck order), then up to {@code newLimit} never-seen cards in deck order, and, when
 * the learner asks to review everything, the remaining scheduled cards in deck order. Cards graded
 * Again come back within minutes (FSRS learning steps). The flashcard view builds its queue here.
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /** Card ids of {@code deckId} to show next, in order: due, then new (at most {@code newLimit}). */
    public static List<String> build(Progress progress, String deckId, List<String> cardIds, long now, int newLimit) {
        return build(progress, deckId, cardIds, now, newLimit, false);
    }

    /** As {@link #build(Progress, String, List, long, int)}, then, if {@code everything}, the cards not yet due. */
    public static List<String> build(Progress progress, String deckId, List<String> cardIds, long now, int newLimit,
            boolean everything) {
        List<String> due = new ArrayList<>();
        List<Long> dueAt = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        List<String> rest = new ArrayList<>();
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
            } else if (everything) {
                rest.add(id);
            }
        }
        due.addAll(fresh);
        due.addAll(rest);
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
