package dev.kappa.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path from every older progress format to the current one: a list of steps, step k turning
 * a version-k record into a version-(k+1) record. To change the format, bump
 * {@link ProgressCodec#VERSION}, append a step here, and add a test with a fabricated record of
 * the old version.
 *
 * <p>Version 0 is the pre-release draft (a record without a {@code version} field also counts as
 * version 0): cards as a list of {@code {deck, card, state, due, s, d, reps, lapses, last}},
 * quizzes as {@code {id: {score, of}}}, labs as a list {@code labsVisited}, no exercises.
 *
 * <p>Version 1 was written by the FSRS-5 scheduler. Version 2 (FSRS-6, 2026-12-03) adds to each card
 * the learning step it is on ({@code step}) and keeps review histories, quiz attempts and
 * predictions in sections of their own. The step from 1 gives every card {@code step: 0}: a card
 * that was in its learning minutes restarts at the first step, which costs at most one extra
 * short review, and its stability and difficulty carry over, since FSRS-5 and FSRS-6 give both the
 * same meaning (days to 90% recall; 1 to 10).
 */
public final class ProgressMigrations {
    /** One step from version {@link #from()} to {@code from() + 1}. */
    public interface Step {
        int from();

        /** Returns the migrated record; throws IllegalArgumentException saying what it could not read. */
        Map<String, Object> apply(Map<String, Object> record);
    }

    private ProgressMigrations() {
    }

    /** The steps, in order; step i migrates version i. */
    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(step(0, ProgressMigrations::fromDraft));
        steps.add(step(1, ProgressMigrations::withLearningSteps));
        return steps;
    }

    private static Step step(int from, java.util.function.UnaryOperator<Map<String, Object>> migrate) {
        return new Step() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public Map<String, Object> apply(Map<String, Object> r) {
                return migrate.apply(r);
            }
        };
    }

    /** Migrates {@code record} from {@code version} to the current version. */
    static Map<String, Object> migrate(Map<String, Object> record, int version) {
        Map<String, Object> r = record;
        List<Step> steps = steps();
        for (int v = version; v < ProgressCodec.VERSION; v++) {
            Step step = steps.get(v);
            if (step.from() != v) {
                throw new IllegalStateException("migration list out of order at version " + v);
            }
            r = step.apply(r);
            r.put("version", (double) (v + 1));
        }
        return r;
    }

    /** Version 1 → 2: every card gets {@code step: 0}; everything else is kept as it was. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withLearningSteps(Map<String, Object> r) {
        Map<String, Object> out = new LinkedHashMap<>(r);
        Object cards = r.get("cards");
        if (cards instanceof Map) {
            Map<String, Object> upgraded = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) cards).entrySet()) {
                if (e.getValue() instanceof Map) {
                    Map<String, Object> card = new LinkedHashMap<>((Map<String, Object>) e.getValue());
                    card.put("step", 0.0);
                    upgraded.put(e.getKey(), card);
                } else {
                    upgraded.put(e.getKey(), e.getValue()); // unreadable: the codec salvages around it
                }
            }
            out.put("cards", upgraded);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fromDraft(Map<String, Object> r) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> cards = new LinkedHashMap<>();
        Object list = r.get("cards");
        if (list instanceof List) {
            int i = 0;
            for (Object o : (List<Object>) list) {
                if (!(o instanceof Map)) {
                    throw new IllegalArgumentException("cards[" + i + "] is not an object");
                }
                Map<String, Object> c = (Map<String, Object>) o;
                if (!(c.get("deck") instanceof String) || !(c.get("card") instanceof String)) {
                    throw new IllegalArgumentException("cards[" + i + "] lacks deck or card");
                }
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("state", c.get("state"));
                n.put("due", c.get("due"));
                n.put("stability", c.get("s"));
                n.put("difficulty", c.get("d"));
                n.put("reps", c.get("reps"));
                n.put("lapses", c.get("lapses"));
                n.put("last", c.get("last"));
                cards.put(c.get("deck") + "/" + c.get("card"), n);
                i++;
            }
        } else if (list != null) {
            throw new IllegalArgumentException("cards is not a list");
        }
        out.put("cards", cards);
        Map<String, Object> quizzes = new LinkedHashMap<>();
        Object q = r.get("quizzes");
        if (q instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) q).entrySet()) {
                if (!(e.getValue() instanceof Map)) {
                    throw new IllegalArgumentException("quizzes." + e.getKey() + " is not an object");
                }
                Map<String, Object> old = (Map<String, Object>) e.getValue();
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("best", old.get("score"));
                n.put("total", old.get("of"));
                n.put("attempts", 1.0);
                n.put("at", 0.0);
                quizzes.put(e.getKey(), n);
            }
        }
        out.put("quizzes", quizzes);
        out.put("exercises", new LinkedHashMap<String, Object>());
        Map<String, Object> labs = new LinkedHashMap<>();
        Object visited = r.get("labsVisited");
        if (visited instanceof List) {
            for (Object o : (List<Object>) visited) {
                if (o instanceof String) {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("visits", 1.0);
                    n.put("first", 0.0);
                    n.put("last", 0.0);
                    labs.put((String) o, n);
                }
            }
        }
        out.put("labs", labs);
        return out;
    }
}
