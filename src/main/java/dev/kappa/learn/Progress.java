package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the learner has done: FSRS card states keyed {@code deck-id/card-id}, best quiz
 * scores, exercise streaks and lab visits. Mutable, single-threaded; {@link ProgressCodec} turns it
 * into the one versioned JSON record kept in storage, {@link ProgressMerge} merges an imported one.
 *
 * <p>Keys are kept sorted, and so are a card's reviews and a quiz attempt's answers, so that the same
 * progress always has one form and serializes to the same text, however it was put together (the merge of
 * several tabs' copies in any order included). Each card keeps its last {@value #LOG_LIMIT} reviews
 * ({@link ReviewEntry}: grade and time taken, and for an exercise card the seed drawn and the answer given).
 */
public final class Progress {
    /** Reviews kept per card: enough to see a card's recent history, small enough for localStorage. */
    public static final int LOG_LIMIT = 20;

    private final TreeMap<String, CardState> cards = new TreeMap<>();
    private final TreeMap<String, List<ReviewEntry>> reviews = new TreeMap<>();
    private final TreeMap<String, QuizRecord> quizzes = new TreeMap<>();
    private final TreeMap<String, QuizAttempt> quizAttempts = new TreeMap<>();
    private final TreeMap<String, ExerciseRecord> exercises = new TreeMap<>();
    private final TreeMap<String, LabRecord> labs = new TreeMap<>();
    private final TreeMap<String, PredictionRecord> predictions = new TreeMap<>();

    /** The storage key of a card's schedule. */
    public static String cardKey(String deckId, String cardId) {
        return deckId + "/" + cardId;
    }

    public Map<String, CardState> cards() {
        return cards;
    }

    /** Review histories keyed like {@link #cards()}, oldest first, at most {@link #LOG_LIMIT} each. */
    public Map<String, List<ReviewEntry>> reviews() {
        return reviews;
    }

    /** The review history of a card, oldest first (empty when never reviewed). */
    public List<ReviewEntry> history(String deckId, String cardId) {
        List<ReviewEntry> log = reviews.get(cardKey(deckId, cardId));
        return log == null ? Collections.<ReviewEntry>emptyList() : Collections.unmodifiableList(log);
    }

    /** A history made of {@code entries}: each distinct entry once, in order, the newest {@link #LOG_LIMIT}. */
    static List<ReviewEntry> history(java.util.Collection<ReviewEntry> entries) {
        List<ReviewEntry> all = new ArrayList<>(new java.util.TreeSet<>(entries));
        return new ArrayList<>(all.subList(Math.max(0, all.size() - LOG_LIMIT), all.size()));
    }

    /**
     * Adds to a card's history in the entries' order ({@link ReviewEntry#compareTo}: by time), dropping the
     * oldest beyond {@link #LOG_LIMIT}; an entry equal to one already there is the same review, kept once.
     */
    public void log(String key, ReviewEntry entry) {
        List<ReviewEntry> log = reviews.computeIfAbsent(key, k -> new ArrayList<>());
        int at = Collections.binarySearch(log, entry);
        if (at >= 0) {
            return;
        }
        log.add(-at - 1, entry);
        while (log.size() > LOG_LIMIT) {
            log.remove(0);
        }
    }

    public Map<String, QuizRecord> quizzes() {
        return quizzes;
    }

    /** The latest attempt at each quiz: in progress (resumable) or finished (kept for review). */
    public Map<String, QuizAttempt> quizAttempts() {
        return quizAttempts;
    }

    public Map<String, ExerciseRecord> exercises() {
        return exercises;
    }

    public Map<String, LabRecord> labs() {
        return labs;
    }

    /** Predictions keyed {@code lab-id/question-id}. */
    public Map<String, PredictionRecord> predictions() {
        return predictions;
    }

    /**
     * Grades and records an answer to a lab's prediction question {@code q}: the first answer the
     * grader can read is kept as the prediction, later ones only counted. Returns the verdict (a
     * malformed one records nothing).
     */
    public Verdict recordPrediction(String labId, Question q, String input, long now) {
        Verdict v = Grader.grade(q.answer(), input);
        if (!v.wellFormed()) {
            return v;
        }
        String key = labId + "/" + q.id();
        PredictionRecord old = predictions.get(key);
        predictions.put(key, old == null ? new PredictionRecord(input.trim(), v.correct(), now, 1)
                : new PredictionRecord(old.given(), old.correct(), old.at(), old.answers() + 1));
        return v;
    }

    /** The card's state, or a fresh one due {@code now} if it was never reviewed. */
    public CardState card(String deckId, String cardId, long now) {
        CardState c = cards.get(cardKey(deckId, cardId));
        return c == null ? CardState.fresh(now) : c;
    }

    /** Grades a card with FSRS and stores the new state and the review; returns the state. */
    public CardState review(Fsrs fsrs, String deckId, String cardId, Grade g, long now) {
        return review(fsrs, deckId, cardId, ReviewEntry.ofCard(now, g, -1));
    }

    /** Schedules a card by the grade of {@code entry} (made at {@code entry.at()}) and logs the entry. */
    public CardState review(Fsrs fsrs, String deckId, String cardId, ReviewEntry entry) {
        CardState next = fsrs.review(card(deckId, cardId, entry.at()), entry.grade(), entry.at());
        cards.put(cardKey(deckId, cardId), next);
        log(cardKey(deckId, cardId), entry);
        return next;
    }

    /** Cards of {@code deck} in the schedule and due at {@code now}; never-reviewed ("new") cards do not count. */
    public int dueCount(Deck deck, long now) {
        List<String> ids = new ArrayList<>();
        for (Card c : deck.cards()) {
            ids.add(c.id());
        }
        return dueCount(deck.id(), ids, now);
    }

    /** Scheduled cards due at {@code now} among {@code cardIds} of deck {@code deckId} (new cards do not count). */
    public int dueCount(String deckId, List<String> cardIds, long now) {
        int n = 0;
        for (String id : cardIds) {
            CardState s = cards.get(cardKey(deckId, id));
            if (s != null && s.isDue(now)) {
                n++;
            }
        }
        return n;
    }

    /** Cards of {@code deck} never reviewed. */
    public int newCount(Deck deck) {
        int n = 0;
        for (Card c : deck.cards()) {
            if (!cards.containsKey(cardKey(deck.id(), c.id()))) {
                n++;
            }
        }
        return n;
    }

    /** Records a finished quiz; keeps the best score (by fraction) and counts the attempt. */
    public QuizRecord recordQuiz(String quizId, int score, int total, long now) {
        if (total <= 0 || score < 0 || score > total) {
            throw new IllegalArgumentException("quiz score " + score + "/" + total + " is impossible");
        }
        QuizRecord old = quizzes.get(quizId);
        QuizRecord next;
        if (old == null) {
            next = new QuizRecord(score, total, 1, now);
        } else if ((double) score / total > old.fraction()) {
            next = new QuizRecord(score, total, old.attempts() + 1, now);
        } else {
            next = new QuizRecord(old.best(), old.total(), old.attempts() + 1, old.at());
        }
        quizzes.put(quizId, next);
        return next;
    }

    /** Counts one exercise of generator {@code exerciseId}: right or wrong at its first try. */
    public ExerciseRecord recordExercise(String exerciseId, boolean correct, long now) {
        ExerciseRecord old = exercises.get(exerciseId);
        ExerciseRecord next = (old == null ? ExerciseRecord.NONE : old).after(correct, now);
        exercises.put(exerciseId, next);
        return next;
    }

    /**
     * Stores where an exercise attempt stands, counting the exercise when its first try (or the
     * reading of its solution) has just happened; returns the record.
     */
    public ExerciseRecord recordAttempt(String exerciseId, ExerciseAttempt attempt, boolean countNow, long now) {
        ExerciseRecord old = exercises.get(exerciseId);
        ExerciseRecord base = old == null ? ExerciseRecord.NONE : old;
        if (countNow) {
            base = base.after(attempt.countedCorrect(), now);
        }
        ExerciseRecord next = base.withOpen(attempt.open());
        exercises.put(exerciseId, next);
        return next;
    }

    /** The stored state of an exercise attempt of generator {@code exerciseId}, or null. */
    public ExerciseRecord.Open openExercise(String exerciseId) {
        ExerciseRecord r = exercises.get(exerciseId);
        return r == null ? null : r.open();
    }

    /** Records a visit to a lab: one more visit, the first time kept, the last set to {@code now}. */
    public LabRecord visitLab(String labId, long now) {
        if (labId == null || labId.isEmpty()) {
            throw new IllegalArgumentException("a lab visit needs the lab's id, got " + (labId == null ? "null" : "\"\""));
        }
        LabRecord old = labs.get(labId);
        LabRecord next = old == null ? new LabRecord(1, now, now) : new LabRecord(old.visits() + 1, old.first(), now);
        labs.put(labId, next);
        return next;
    }

    public boolean isEmpty() {
        return cards.isEmpty() && reviews.isEmpty() && quizzes.isEmpty() && quizAttempts.isEmpty() && exercises.isEmpty()
                && labs.isEmpty() && predictions.isEmpty();
    }

    /** A deep copy (records are immutable; histories and quiz attempts are copied). */
    public Progress copy() {
        Progress p = new Progress();
        p.cards.putAll(cards);
        for (Map.Entry<String, List<ReviewEntry>> e : reviews.entrySet()) {
            p.reviews.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        p.quizzes.putAll(quizzes);
        for (Map.Entry<String, QuizAttempt> e : quizAttempts.entrySet()) {
            p.quizAttempts.put(e.getKey(), e.getValue().copy());
        }
        p.exercises.putAll(exercises);
        p.labs.putAll(labs);
        p.predictions.putAll(predictions);
        return p;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Progress)) {
            return false;
        }
        Progress p = (Progress) o;
        return cards.equals(p.cards) && reviews.equals(p.reviews) && quizzes.equals(p.quizzes)
                && quizAttempts.equals(p.quizAttempts) && exercises.equals(p.exercises)
                && labs.equals(p.labs) && predictions.equals(p.predictions);
    }

    @Override
    public int hashCode() {
        return cards.hashCode() * 31 + quizzes.size();
    }
}
