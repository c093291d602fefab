package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Merges an imported progress record into the current one, entry by entry, and lists what would
 * change so the view can show a preview before applying it.
 *
 * <p>Rules: a card keeps the state with the later last review, and its review history becomes the
 * union of both histories in the entries' order ({@link ReviewEntry#compareTo}, by time; the newest
 * {@link Progress#LOG_LIMIT}); a quiz keeps the better best score (by fraction, then the later date) and the
 * larger attempt count; a quiz attempt (in progress or the last finished one) keeps the one started later,
 * or both copies' answers when they are one attempt ({@link QuizAttempt#joinedWith}); an exercise keeps the
 * larger counts and best streak, and the streak and exercise in progress of the later last attempt
 * ({@link ExerciseRecord#joinedWith}); a lab keeps the larger visit count, the earlier first and the later last
 * visit; a lab's prediction keeps the earlier first answer and the larger answer count
 * ({@link PredictionRecord#joinedWith}).
 *
 * <p>Each rule is a join: commutative, associative and idempotent. Ties are broken by the records' own fields,
 * never by which side is "current", so two tabs that merge each other's records in any order reach the same
 * progress (see {@link SharedProgress}), and importing the same file twice changes nothing the second time.
 */
public final class ProgressMerge {
    /** One entry the merge adds or changes. */
    public static final class Change {
        private final String area;
        private final String key;
        private final boolean added;
        private final String description;

        Change(String area, String key, boolean added, String description) {
            this.area = area;
            this.key = key;
            this.added = added;
            this.description = description;
        }

        /** "card", "quiz", "exercise" or "lab". */
        public String area() {
            return area;
        }

        public String key() {
            return key;
        }

        /** True when the entry is new; false when it replaces a local one. */
        public boolean added() {
            return added;
        }

        /** A sentence for the preview, e.g. "quiz ridge: best score 6/10 → 9/10". */
        public String description() {
            return description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final Progress merged;
    private final List<Change> changes;

    private ProgressMerge(Progress merged, List<Change> changes) {
        this.merged = merged;
        this.changes = Collections.unmodifiableList(changes);
    }

    /** The merged progress (a new object; {@code current} is left untouched). */
    public Progress merged() {
        return merged;
    }

    /** What differs from {@code current}, in a stable order (cards, quizzes, exercises, labs; keys sorted). */
    public List<Change> changes() {
        return changes;
    }

    public static ProgressMerge of(Progress current, Progress imported) {
        Progress out = current.copy();
        List<Change> changes = new ArrayList<>();
        java.util.Set<String> changedCards = new java.util.HashSet<>();
        for (Map.Entry<String, CardState> e : imported.cards().entrySet()) {
            CardState mine = out.cards().get(e.getKey());
            CardState theirs = e.getValue();
            if (mine == null) {
                out.cards().put(e.getKey(), theirs);
                changedCards.add(e.getKey());
                changes.add(new Change("card", e.getKey(), true, "card " + e.getKey() + ": schedule added ("
                        + theirs.reps() + " review" + (theirs.reps() == 1 ? "" : "s") + ")"));
            } else if (theirs.lastReview() > mine.lastReview()
                    || theirs.lastReview() == mine.lastReview() && outranks(theirs, mine)) {
                out.cards().put(e.getKey(), theirs);
                changedCards.add(e.getKey());
                changes.add(new Change("card", e.getKey(), false, "card " + e.getKey()
                        + ": a more recent review replaces the local schedule"));
            }
        }
        for (Map.Entry<String, List<ReviewEntry>> e : imported.reviews().entrySet()) {
            List<ReviewEntry> mine = out.reviews().get(e.getKey());
            List<ReviewEntry> all = new ArrayList<>(e.getValue());
            if (mine != null) {
                all.addAll(mine);
            }
            List<ReviewEntry> union = Progress.history(all);
            if (!union.equals(mine) && !union.isEmpty()) {
                out.reviews().put(e.getKey(), union);
                if (changedCards.contains(e.getKey())) {
                    continue; // already listed: its schedule changes with the history
                }
                int added = union.size() - (mine == null ? 0 : mine.size());
                changes.add(new Change("card", e.getKey(), mine == null, "card " + e.getKey() + ": review history "
                        + (mine == null ? "added" : "merged") + " (" + union.size() + " review"
                        + (union.size() == 1 ? "" : "s") + (added > 0 && mine != null ? ", " + added + " new" : "")
                        + ")"));
            }
        }
        for (Map.Entry<String, QuizRecord> e : imported.quizzes().entrySet()) {
            QuizRecord mine = out.quizzes().get(e.getKey());
            QuizRecord theirs = e.getValue();
            if (mine == null) {
                out.quizzes().put(e.getKey(), theirs);
                changes.add(new Change("quiz", e.getKey(), true, "quiz " + e.getKey() + ": best score "
                        + theirs.best() + "/" + theirs.total() + " added"));
                continue;
            }
            boolean better = theirs.fraction() > mine.fraction()
                    || theirs.fraction() == mine.fraction() && (theirs.at() > mine.at()
                            || theirs.at() == mine.at() && theirs.total() > mine.total());
            QuizRecord best = better ? theirs : mine;
            QuizRecord next = new QuizRecord(best.best(), best.total(), Math.max(mine.attempts(), theirs.attempts()),
                    best.at());
            if (!next.equals(mine)) {
                out.quizzes().put(e.getKey(), next);
                changes.add(new Change("quiz", e.getKey(), false, "quiz " + e.getKey() + ": best score "
                        + mine.best() + "/" + mine.total() + " → " + next.best() + "/" + next.total()));
            }
        }
        for (Map.Entry<String, QuizAttempt> e : imported.quizAttempts().entrySet()) {
            QuizAttempt mine = out.quizAttempts().get(e.getKey());
            QuizAttempt next = mine == null ? e.getValue().copy() : mine.joinedWith(e.getValue());
            if (!next.equals(mine)) {
                out.quizAttempts().put(e.getKey(), next);
                boolean same = mine != null && mine.started() == next.started() && mine.seed() == next.seed();
                changes.add(new Change("quiz", e.getKey(), mine == null, "quiz " + e.getKey() + ": "
                        + (next.finished() ? "the last attempt" : "an unfinished attempt") + " ("
                        + next.answers().size() + " answered) " + (mine == null ? "added"
                                : same ? "completed from the file" : "replaces the local one")));
            }
        }
        for (Map.Entry<String, ExerciseRecord> e : imported.exercises().entrySet()) {
            ExerciseRecord mine = out.exercises().get(e.getKey());
            ExerciseRecord theirs = e.getValue();
            if (mine == null) {
                out.exercises().put(e.getKey(), theirs);
                changes.add(new Change("exercise", e.getKey(), true, "exercise " + e.getKey() + ": "
                        + theirs.correct() + " of " + theirs.attempts() + " right, best streak " + theirs.bestStreak()
                        + " added"));
                continue;
            }
            ExerciseRecord next = mine.joinedWith(theirs);
            if (!next.equals(mine)) {
                out.exercises().put(e.getKey(), next);
                changes.add(new Change("exercise", e.getKey(), false, "exercise " + e.getKey() + ": best streak "
                        + mine.bestStreak() + " → " + next.bestStreak() + ", attempts " + mine.attempts() + " → "
                        + next.attempts()));
            }
        }
        for (Map.Entry<String, LabRecord> e : imported.labs().entrySet()) {
            LabRecord mine = out.labs().get(e.getKey());
            LabRecord theirs = e.getValue();
            if (mine == null) {
                out.labs().put(e.getKey(), theirs);
                changes.add(new Change("lab", e.getKey(), true, "lab " + e.getKey() + ": marked visited"));
                continue;
            }
            LabRecord next = new LabRecord(Math.max(mine.visits(), theirs.visits()), Math.min(mine.first(), theirs.first()),
                    Math.max(mine.last(), theirs.last()));
            if (!next.equals(mine)) {
                out.labs().put(e.getKey(), next);
                changes.add(new Change("lab", e.getKey(), false, "lab " + e.getKey() + ": visits " + mine.visits()
                        + " → " + next.visits()));
            }
        }
        for (Map.Entry<String, PredictionRecord> e : imported.predictions().entrySet()) {
            PredictionRecord mine = out.predictions().get(e.getKey());
            // The earlier prediction is the one made before seeing the answer; answers are counted on both sides.
            PredictionRecord next = mine == null ? e.getValue() : mine.joinedWith(e.getValue());
            if (!next.equals(mine)) {
                out.predictions().put(e.getKey(), next);
                changes.add(new Change("lab", e.getKey(), mine == null, "prediction " + e.getKey() + ": "
                        + (mine == null ? "added" : "the earlier one kept")));
            }
        }
        return new ProgressMerge(out, changes);
    }

    /**
     * Between two different schedules reviewed in the same millisecond, the one with more reviews, lapses, a later
     * due time, … wins: every field takes part, the learning step too, so the order is total.
     */
    private static boolean outranks(CardState a, CardState b) {
        if (a.reps() != b.reps()) {
            return a.reps() > b.reps();
        }
        if (a.lapses() != b.lapses()) {
            return a.lapses() > b.lapses();
        }
        if (a.due() != b.due()) {
            return a.due() > b.due();
        }
        if (Double.compare(a.stability(), b.stability()) != 0) {
            return Double.compare(a.stability(), b.stability()) > 0;
        }
        if (Double.compare(a.difficulty(), b.difficulty()) != 0) {
            return Double.compare(a.difficulty(), b.difficulty()) > 0;
        }
        if (a.step() != b.step()) {
            return a.step() > b.step();
        }
        return a.state().ordinal() > b.state().ordinal();
    }
}
