package dev.kappa.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of {@link Progress}: one JSON record,
 * <pre>
 * {"version":2,"savedAt":&lt;millis&gt;,
 *  "cards":{"deck/card":{"state":"review","due":…,"stability":…,"difficulty":…,"reps":…,"lapses":…,"last":…,"step":0}},
 *  "reviews":{"deck/card":[{"at":…,"grade":3,"ms":…},{"at":…,"grade":1,"ms":…,"seed":…,"answer":"…","correct":false}]},
 *  "quizzes":{"quiz-id":{"best":7,"total":10,"attempts":2,"at":…}},
 *  "quizAttempts":{"quiz-id":{"seed":…,"started":…,"finished":false,"answers":[{"q":"question-id","given":"2","correct":true}]}},
 *  "exercises":{"gen-id":{"streak":2,"bestStreak":5,"attempts":9,"correct":6,"last":…,
 *               "open":{"seed":…,"tries":1,"solved":false,"revealed":false,"firstCorrect":false}}},
 *  "labs":{"lab-id":{"visits":3,"first":…,"last":…}},
 *  "predictions":{"lab-id/question-id":{"given":"b","correct":true,"at":…,"answers":1}}}
 * </pre>
 * Times are epoch milliseconds. Two optional top-level fields belong to the shared record rather than to
 * the learner's data, so a reader that does not know them loses nothing by ignoring them: {@code "rev"}, the
 * number of saves the record has had (absent = 0), and {@code "resetAt"}, when the learner last reset
 * their progress (absent = never); see {@link SharedProgress}. Older versions are migrated through {@link ProgressMigrations};
 * unreadable or newer records are reported through {@link ProgressLoad}, never dropped silently.
 */
public final class ProgressCodec {
    /** The current record version. */
    public static final int VERSION = 2;
    /** The localStorage key of the record. */
    public static final String STORAGE_KEY = "kappa.progress";
    /** The largest count (reviews, lapses, attempts, visits) a record may hold: far above any real use, and far
     *  enough below 2³¹ that counting on can never overflow. */
    public static final int MAX_COUNT = 1_000_000;
    /** The latest time a record may hold, 9999-12-31T23:59:59.999Z in epoch milliseconds. */
    public static final long MAX_TIME = 253_402_300_799_999L;
    /** The top-level fields that make a JSON object a Kappa progress record, of any version. */
    private static final String[] RECORD_FIELDS = {"version", "cards", "quizzes", "exercises", "labs", "labsVisited"};

    private ProgressCodec() {
    }

    /** Where to keep an unreadable record found at {@code now}: a key of its own, never overwritten. */
    public static String asideKey(long now) {
        return STORAGE_KEY + ".aside." + now;
    }

    public static String encode(Progress p, long savedAt) {
        return encode(p, savedAt, 0, 0);
    }

    /** The shared record: as {@link #encode(Progress, long)}, with {@code "rev"} and {@code "resetAt"} when not 0. */
    public static String encode(Progress p, long savedAt, long revision, long resetAt) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("version", (double) VERSION);
        r.put("savedAt", (double) savedAt);
        if (revision > 0) {
            r.put("rev", (double) revision);
        }
        if (resetAt > 0) {
            r.put("resetAt", (double) resetAt);
        }
        Map<String, Object> cards = new LinkedHashMap<>();
        for (Map.Entry<String, CardState> e : p.cards().entrySet()) {
            CardState c = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", c.state().word());
            m.put("due", (double) c.due());
            m.put("stability", c.stability());
            m.put("difficulty", c.difficulty());
            m.put("reps", (double) c.reps());
            m.put("lapses", (double) c.lapses());
            m.put("last", (double) c.lastReview());
            m.put("step", (double) c.step());
            cards.put(e.getKey(), m);
        }
        r.put("cards", cards);
        Map<String, Object> reviews = new LinkedHashMap<>();
        for (Map.Entry<String, List<ReviewEntry>> e : p.reviews().entrySet()) {
            List<Object> log = new ArrayList<>();
            for (ReviewEntry x : e.getValue()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", (double) x.at());
                m.put("grade", (double) x.grade().value());
                m.put("ms", (double) x.tookMillis());
                if (x.isExercise()) {
                    m.put("seed", (double) x.seed());
                    m.put("answer", x.answer());
                    m.put("correct", x.correct());
                }
                log.add(m);
            }
            reviews.put(e.getKey(), log);
        }
        r.put("reviews", reviews);
        Map<String, Object> quizzes = new LinkedHashMap<>();
        for (Map.Entry<String, QuizRecord> e : p.quizzes().entrySet()) {
            QuizRecord q = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("best", (double) q.best());
            m.put("total", (double) q.total());
            m.put("attempts", (double) q.attempts());
            m.put("at", (double) q.at());
            quizzes.put(e.getKey(), m);
        }
        r.put("quizzes", quizzes);
        Map<String, Object> attempts = new LinkedHashMap<>();
        for (Map.Entry<String, QuizAttempt> e : p.quizAttempts().entrySet()) {
            QuizAttempt a = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", (double) a.seed());
            m.put("started", (double) a.started());
            m.put("finished", a.finished());
            List<Object> answers = new ArrayList<>();
            for (Map.Entry<String, QuizAttempt.Given> g : a.answers().entrySet()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("q", g.getKey());
                x.put("given", g.getValue().given());
                x.put("correct", g.getValue().correct());
                answers.add(x);
            }
            m.put("answers", answers);
            attempts.put(e.getKey(), m);
        }
        r.put("quizAttempts", attempts);
        Map<String, Object> exercises = new LinkedHashMap<>();
        for (Map.Entry<String, ExerciseRecord> e : p.exercises().entrySet()) {
            ExerciseRecord x = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("streak", (double) x.streak());
            m.put("bestStreak", (double) x.bestStreak());
            m.put("attempts", (double) x.attempts());
            m.put("correct", (double) x.correct());
            m.put("last", (double) x.last());
            if (x.open() != null) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("seed", (double) x.open().seed());
                o.put("tries", (double) x.open().tries());
                o.put("solved", x.open().solved());
                o.put("revealed", x.open().revealed());
                o.put("firstCorrect", x.open().firstCorrect());
                m.put("open", o);
            }
            exercises.put(e.getKey(), m);
        }
        r.put("exercises", exercises);
        Map<String, Object> labs = new LinkedHashMap<>();
        for (Map.Entry<String, LabRecord> e : p.labs().entrySet()) {
            LabRecord l = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visits", (double) l.visits());
            m.put("first", (double) l.first());
            m.put("last", (double) l.last());
            labs.put(e.getKey(), m);
        }
        r.put("labs", labs);
        Map<String, Object> predictions = new LinkedHashMap<>();
        for (Map.Entry<String, PredictionRecord> e : p.predictions().entrySet()) {
            PredictionRecord x = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("given", x.given());
            m.put("correct", x.correct());
            m.put("at", (double) x.at());
            m.put("answers", (double) x.answers());
            predictions.put(e.getKey(), m);
        }
        r.put("predictions", predictions);
        return Json.write(r);
    }

    /**
     * Reads a stored record; only null or "" mean nothing was stored (anything else that does not
     * read, even whitespace, is kept aside). Never throws.
     */
    @SuppressWarnings("unchecked")
    public static ProgressLoad decode(String raw) {
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return new ProgressLoad(ProgressLoad.Outcome.EMPTY, new Progress(), null, raw, -1, problems);
        }
        Object parsed;
        try {
            parsed = Json.parse(raw);
        } catch (Json.JsonException e) {
            return asideWhole(raw, -1, "kept aside: the stored progress is not valid JSON (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map)) {
            return asideWhole(raw, -1, "kept aside: the stored progress is not a JSON object");
        }
        Map<String, Object> record = (Map<String, Object>) parsed;
        if (!hasAny(record, RECORD_FIELDS)) {
            return asideWhole(raw, -1, "kept aside: it is not a Kappa progress record (it has none of the fields "
                    + String.join(", ", RECORD_FIELDS) + ")");
        }
        long revision = stamp(record.get("rev"));
        long resetAt = stamp(record.get("resetAt"));
        Object v = record.get("version");
        int version;
        if (v == null) {
            version = 0;
        } else if (v instanceof Double && isWhole((Double) v) && (Double) v >= 0 && (Double) v < 1e6) {
            version = (int) (double) (Double) v;
        } else {
            return asideWhole(raw, -1, "kept aside: the stored progress has an unreadable version " + Json.write(v));
        }
        if (version > VERSION) {
            return asideWhole(raw, version, "kept aside: the stored progress is version " + version
                    + ", newer than this app (version " + VERSION + "); update the app to use it");
        }
        boolean migrated = version < VERSION;
        if (migrated) {
            try {
                record = ProgressMigrations.migrate(record, version);
            } catch (IllegalArgumentException e) {
                return asideWhole(raw, version, "kept aside: could not migrate version " + version + " progress ("
                        + e.getMessage() + ")");
            }
        }
        Progress p = read(record, problems);
        if (!problems.isEmpty()) {
            return new ProgressLoad(ProgressLoad.Outcome.SALVAGED, p, "kept aside: " + problems.size()
                    + " unreadable entr" + (problems.size() == 1 ? "y" : "ies") + " dropped (first: " + problems.get(0)
                    + "); the original record was kept", raw, version, problems).stamped(revision, resetAt);
        }
        if (migrated) {
            return new ProgressLoad(ProgressLoad.Outcome.MIGRATED, p, "progress upgraded from version " + version
                    + " to " + VERSION + "; the original was kept aside", raw, version, problems)
                    .stamped(revision, resetAt);
        }
        return new ProgressLoad(ProgressLoad.Outcome.LOADED, p, null, raw, version, problems)
                .stamped(revision, resetAt);
    }

    private static boolean hasAny(Map<String, Object> record, String[] fields) {
        for (String f : fields) {
            if (record.containsKey(f)) {
                return true;
            }
        }
        return false;
    }

    /** An optional whole non-negative stamp ("rev", "resetAt"); anything else reads as 0, i.e. absent. */
    private static long stamp(Object v) {
        if (!(v instanceof Double)) {
            return 0;
        }
        double d = (Double) v;
        return d >= 0 && d <= MAX_TIME && isWhole(d) ? (long) d : 0;
    }

    private static ProgressLoad asideWhole(String raw, int version, String reason) {
        return new ProgressLoad(ProgressLoad.Outcome.KEPT_ASIDE, new Progress(), reason, raw, version,
                new ArrayList<String>());
    }

    private static boolean isWhole(double d) {
        return d == Math.floor(d) && !Double.isInfinite(d);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> record, String name, List<String> problems) {
        Object s = record.get(name);
        if (s == null) {
            return new LinkedHashMap<>();
        }
        if (!(s instanceof Map)) {
            problems.add(name + " is not an object");
            return new LinkedHashMap<>();
        }
        return (Map<String, Object>) s;
    }

    @SuppressWarnings("unchecked")
    private static Progress read(Map<String, Object> record, List<String> problems) {
        Progress p = new Progress();
        for (Map.Entry<String, Object> e : section(record, "cards", problems).entrySet()) {
            String where = "cards." + e.getKey();
            try {
                Map<String, Object> m = entry(e.getValue());
                ReviewState st = ReviewState.fromWord(String.valueOf(m.get("state")));
                if (st == null) {
                    throw new IllegalArgumentException("state " + Json.write(m.get("state")) + " is unknown");
                }
                double s = num(m, "stability", 0, 1e9);
                double d = num(m, "difficulty", 0, 10);
                p.cards().put(e.getKey(), new CardState(st, time(m, "due"), s, d, count(m, "reps"), count(m, "lapses"),
                        time(m, "last"), count(m, "step")));
            } catch (IllegalArgumentException ex) {
                problems.add(where + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "reviews", problems).entrySet()) {
            try {
                List<ReviewEntry> log = reviewLog(e.getValue());
                if (!log.isEmpty()) { // no reviews is no history
                    p.reviews().put(e.getKey(), log);
                }
            } catch (IllegalArgumentException ex) {
                problems.add("reviews." + e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "quizzes", problems).entrySet()) {
            try {
                Map<String, Object> m = entry(e.getValue());
                int best = count(m, "best");
                int total = count(m, "total");
                if (best > total) {
                    throw new IllegalArgumentException("best " + best + " exceeds total " + total);
                }
                p.quizzes().put(e.getKey(), new QuizRecord(best, total, count(m, "attempts"), time(m, "at")));
            } catch (IllegalArgumentException ex) {
                problems.add("quizzes." + e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "quizAttempts", problems).entrySet()) {
            try {
                p.quizAttempts().put(e.getKey(), quizAttempt(e.getKey(), entry(e.getValue())));
            } catch (IllegalArgumentException ex) {
                problems.add("quizAttempts." + e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "exercises", problems).entrySet()) {
            try {
                Map<String, Object> m = entry(e.getValue());
                ExerciseRecord.Open open = null;
                if (m.containsKey("open")) {
                    Map<String, Object> o = entry(m.get("open"));
                    open = new ExerciseRecord.Open(time(o, "seed"), count(o, "tries"), flag(o, "solved"),
                            flag(o, "revealed"), flag(o, "firstCorrect"));
                }
                ExerciseRecord x = new ExerciseRecord(count(m, "streak"), count(m, "bestStreak"),
                        count(m, "attempts"), count(m, "correct"), time(m, "last"), open);
                if (x.streak() > x.bestStreak() || x.bestStreak() > x.correct() || x.correct() > x.attempts()) {
                    throw new IllegalArgumentException("streak " + x.streak() + ", best streak " + x.bestStreak()
                            + ", correct " + x.correct() + " and attempts " + x.attempts() + " do not fit together");
                }
                p.exercises().put(e.getKey(), x);
            } catch (IllegalArgumentException ex) {
                problems.add("exercises." + e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "predictions", problems).entrySet()) {
            try {
                Map<String, Object> m = entry(e.getValue());
                if (!(m.get("given") instanceof String)) {
                    throw new IllegalArgumentException("given is not text");
                }
                p.predictions().put(e.getKey(), new PredictionRecord((String) m.get("given"), flag(m, "correct"),
                        time(m, "at"), count(m, "answers")));
            } catch (IllegalArgumentException ex) {
                problems.add("predictions." + e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Object> e : section(record, "labs", problems).entrySet()) {
            try {
                Map<String, Object> m = entry(e.getValue());
                p.labs().put(e.getKey(), new LabRecord(count(m, "visits"), time(m, "first"), time(m, "last")));
            } catch (IllegalArgumentException ex) {
                problems.add("labs." + e.getKey() + ": " + ex.getMessage());
            }
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static QuizAttempt quizAttempt(String quizId, Map<String, Object> m) {
        QuizAttempt a = new QuizAttempt(quizId, time(m, "seed"), time(m, "started"));
        Object answers = m.get("answers");
        if (!(answers instanceof List)) {
            throw new IllegalArgumentException("answers is not a list");
        }
        for (Object o : (List<Object>) answers) {
            Map<String, Object> x = entry(o);
            if (!(x.get("q") instanceof String) || !(x.get("given") instanceof String)) {
                throw new IllegalArgumentException("an answer lacks its question id or what was given");
            }
            a.restore((String) x.get("q"), new QuizAttempt.Given((String) x.get("given"), flag(x, "correct")));
        }
        if (flag(m, "finished")) {
            a.finish();
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static List<ReviewEntry> reviewLog(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("not a list");
        }
        List<ReviewEntry> log = new ArrayList<>();
        for (Object item : (List<Object>) o) {
            Map<String, Object> m = entry(item);
            int g = count(m, "grade");
            if (g < 1 || g > 4) {
                throw new IllegalArgumentException("grade " + g + " is not 1 to 4");
            }
            Object ms = m.get("ms");
            long took = ms instanceof Double && (Double) ms == -1 ? -1 : time(m, "ms");
            if (m.containsKey("seed")) {
                Object answer = m.get("answer");
                if (!(answer instanceof String)) {
                    throw new IllegalArgumentException("answer is not text");
                }
                Object correct = m.get("correct");
                if (!(correct instanceof Boolean)) {
                    throw new IllegalArgumentException("correct is not true or false");
                }
                log.add(new ReviewEntry(time(m, "at"), Grade.of(g), took, time(m, "seed"), (String) answer,
                        (Boolean) correct));
            } else {
                log.add(ReviewEntry.ofCard(time(m, "at"), Grade.of(g), took));
            }
        }
        // A hand-edited record may hold entries out of order, twice or beyond the limit: read as a history would be.
        return Progress.history(log);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("not an object");
        }
        return (Map<String, Object>) o;
    }

    private static boolean flag(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Boolean)) {
            throw new IllegalArgumentException(key + " is not true or false");
        }
        return (Boolean) v;
    }

    private static double num(Map<String, Object> m, String key, double lo, double hi) {
        Object v = m.get(key);
        if (!(v instanceof Double)) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        double d = (Double) v;
        if (!(d >= lo && d <= hi)) {
            throw new IllegalArgumentException(key + " " + d + " is outside [" + lo + ", " + hi + "]");
        }
        return d;
    }

    private static int count(Map<String, Object> m, String key) {
        double d = num(m, key, 0, MAX_COUNT);
        if (!isWhole(d)) {
            throw new IllegalArgumentException(key + " " + d + " is not a whole number");
        }
        return (int) d;
    }

    private static long time(Map<String, Object> m, String key) {
        double d = num(m, key, 0, MAX_TIME);
        if (!isWhole(d)) {
            throw new IllegalArgumentException(key + " " + d + " is not whole milliseconds");
        }
        return (long) d;
    }
}
