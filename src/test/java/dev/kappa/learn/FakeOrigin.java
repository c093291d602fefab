package dev.kappa.learn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One origin's localStorage as Chromium runs it for several tabs: each tab reads and writes its own copy at
 * once, and a write reaches the shared store and the other tabs only when {@link #deliver()} runs (then each
 * other tab hears a {@code storage} event). Writes made by two tabs before a delivery therefore race, and the
 * one delivered last replaces the other, exactly the lost update that read–merge–write must survive.
 */
final class FakeOrigin {
    private final Map<String, String> shared = new TreeMap<>();
    private final List<Tab> tabs = new ArrayList<>();
    private final Deque<String[]> inFlight = new ArrayDeque<>();
    private final Deque<Tab> writers = new ArrayDeque<>();
    /** Characters (keys and values) the origin may hold. */
    long quota = Long.MAX_VALUE;
    long now = 1_700_000_000_000L;

    /** One tab: its view of storage, its notices and its {@link SharedProgress}. */
    final class Tab implements KeyValueStore {
        final Map<String, String> view = new TreeMap<>(shared);
        final Map<String, String> notices = new LinkedHashMap<>();
        final SharedProgress progress = new SharedProgress(this, (id, problem, message) -> {
            if (message == null) {
                notices.remove(id);
            } else {
                notices.put(id, message);
            }
        }, () -> now);
        boolean blocked;

        @Override
        public String read(String key) throws Unavailable {
            if (blocked) {
                throw new Unavailable("SecurityError");
            }
            return view.get(key);
        }

        @Override
        public String write(String key, String value) {
            long used = usedChars() - (view.containsKey(key) ? key.length() + view.get(key).length() : 0);
            if (blocked || used + key.length() + value.length() > quota) {
                return "QuotaExceededError";
            }
            view.put(key, value);
            inFlight.add(new String[] {key, value});
            writers.add(this);
            return "";
        }

        @Override
        public String remove(String key) {
            view.remove(key);
            inFlight.add(new String[] {key, null});
            writers.add(this);
            return "";
        }

        @Override
        public List<String> keys(String prefix) {
            List<String> out = new ArrayList<>();
            for (String k : view.keySet()) {
                if (k.startsWith(prefix)) {
                    out.add(k);
                }
            }
            return out;
        }

        @Override
        public boolean isQuota(String error) {
            return error.equals("QuotaExceededError");
        }

        @Override
        public long usedChars() {
            long n = 0;
            for (Map.Entry<String, String> e : view.entrySet()) {
                n += e.getKey().length() + e.getValue().length();
            }
            return n;
        }

        /** Reviews a card now and saves, as the deck view does; returns the entry logged. */
        ReviewEntry review(String deck, String card, Grade g) {
            return review(deck, card, ReviewEntry.ofCard(now, g, -1));
        }

        /** Reviews a card by {@code entry} (an exercise card's: seed, answer, verdict) and saves. */
        ReviewEntry review(String deck, String card, ReviewEntry entry) {
            progress.progress().review(new Fsrs(), deck, card, entry);
            progress.save();
            return entry;
        }

        /**
         * Answers {@code question} as the quiz view does: in the attempt this tab holds for {@code quiz}, or in a new
         * one started now with {@code seed} when there is none, it is finished or {@code startNew}; a question
         * already answered is not answered again. The attempt is stored and saved; returned as stored.
         */
        QuizAttempt answerQuiz(String quiz, boolean startNew, long seed, String question, QuizAttempt.Given given,
                boolean finish) {
            QuizAttempt held = progress.progress().quizAttempts().get(quiz);
            QuizAttempt attempt = held == null || held.finished() || startNew ? new QuizAttempt(quiz, seed, now)
                    : held.copy();
            if (!attempt.answers().containsKey(question)) {
                attempt.restore(question, given);
            }
            if (finish) {
                attempt.finish();
            }
            progress.progress().quizAttempts().put(quiz, attempt);
            progress.save();
            return attempt;
        }

        /** Answers a lab's prediction question now and saves. */
        void predict(String labId, Question q, String input) {
            progress.progress().recordPrediction(labId, q, input, now);
            progress.save();
        }

        /**
         * One step at an exercise of {@code generator}, as the exercise page does: the exercise in progress stored
         * for it is resumed if {@code seed} names it (a finished one takes nothing more); then {@code input} is tried
         * (null: the solution is read), the attempt stored (counted at its first try) and saved.
         */
        void exercise(ExerciseGenerator generator, long seed, String input) {
            ExerciseRecord.Open open = progress.progress().openExercise(generator.id());
            ExerciseAttempt attempt = ExerciseAttempt.resumed(generator.generate(seed), open);
            if (attempt.finished()) {
                return; // the page shows it done, with its solution
            }
            boolean countedBefore = attempt.counted();
            if (input == null) {
                attempt.reveal();
            } else {
                attempt.check(input);
            }
            if (attempt.counted()) {
                progress.progress().recordAttempt(generator.id(), attempt, !countedBefore, now);
                progress.save();
            }
        }
    }

    /** Opens a new tab (it reads what is stored now). */
    Tab open() {
        Tab t = new Tab();
        tabs.add(t);
        t.progress.open();
        return t;
    }

    void close(Tab t) {
        tabs.remove(t);
    }

    /** Another program (an older Kappa, a newer one, the browser) writes the shared record directly. */
    void writeShared(String key, String value) {
        Tab outsider = new Tab();
        outsider.view.clear();
        outsider.view.putAll(shared);
        if (value == null) {
            outsider.remove(key);
        } else {
            outsider.write(key, value);
        }
    }

    /** Delivers the oldest write in flight; false when none is left. */
    boolean deliverOne() {
        String[] w = inFlight.poll();
        if (w == null) {
            return false;
        }
        Tab writer = writers.poll();
        if (w[1] == null) {
            shared.remove(w[0]);
        } else {
            shared.put(w[0], w[1]);
        }
        for (Tab t : new ArrayList<>(tabs)) {
            if (t != writer) {
                if (w[1] == null) {
                    t.view.remove(w[0]);
                } else {
                    t.view.put(w[0], w[1]);
                }
                t.progress.storageChanged();
            }
        }
        return true;
    }

    /** Delivers everything in flight, including writes made in reaction; fails if the tabs never settle. */
    void deliver() {
        for (int i = 0; i < 10_000; i++) {
            if (!deliverOne()) {
                return;
            }
        }
        throw new AssertionError("the tabs kept writing: they never agreed on one record");
    }

    String stored(String key) {
        return shared.get(key);
    }

    Progress storedProgress() {
        return ProgressCodec.decode(shared.get(ProgressCodec.STORAGE_KEY)).progress();
    }

    List<String> asideKeys() {
        List<String> out = new ArrayList<>();
        for (String k : shared.keySet()) {
            if (k.startsWith(ProgressCodec.STORAGE_KEY + ".aside.")) {
                out.add(k);
            }
        }
        return out;
    }
}
