package dev.kappa.learn;

import dev.kappa.linalg.Rng;

/**
 * Random progress records with every field of format 2 (cards on learning steps, review histories with exercise
 * reviews, quiz scores, quiz attempts with answers, exercise records with an exercise in progress, lab visits,
 * predictions), drawn from small ranges of keys, times and values so that two records often hold the same entry
 * with equal times: the ties a merge has to settle by the entries' own fields. Every record is one the codec
 * reads back unchanged.
 */
final class RandomProgress {
    static final long T0 = 1_700_000_000_000L;
    private final Rng rng;

    RandomProgress(long seed) {
        rng = new Rng(seed);
    }

    private int pick(int n) {
        return rng.nextInt(n);
    }

    private boolean coin() {
        return rng.nextInt(2) == 0;
    }

    Progress next() {
        Progress p = new Progress();
        for (int i = pick(4); i > 0; i--) {
            // Few values per field, so that two schedules of one card often differ in one field only.
            ReviewState[] states = ReviewState.values();
            p.cards().put("d/c" + pick(3), new CardState(states[1 + pick(2)], T0 + pick(2) * 60_000L,
                    new double[] {1.5, 2.25}[pick(2)], 5, 1 + pick(2), pick(2) * pick(2), T0 + pick(2), pick(2)));
        }
        for (int i = pick(3); i > 0; i--) {
            String key = "d/c" + pick(3);
            for (int k = pick(Progress.LOG_LIMIT + 6); k > 0; k--) {
                p.log(key, reviewEntry());
            }
        }
        for (int i = pick(3); i > 0; i--) {
            int total = 2 + 2 * pick(2);
            p.quizzes().put("q" + pick(2), new QuizRecord(pick(total + 1), total, 1 + pick(3), T0 + pick(2)));
        }
        for (int i = pick(3); i > 0; i--) {
            String quiz = "q" + pick(2);
            QuizAttempt a = new QuizAttempt(quiz, 1 + pick(2), T0 + pick(2));
            for (int k = pick(4); k > 0; k--) {
                a.restore("question-" + (char) ('a' + pick(4)), new QuizAttempt.Given(String.valueOf(pick(2)), coin()));
            }
            if (coin()) {
                a.finish();
            }
            p.quizAttempts().put(quiz, a);
        }
        for (int i = pick(3); i > 0; i--) {
            int attempts = pick(4);
            int correct = pick(attempts + 1);
            int best = pick(correct + 1);
            ExerciseRecord.Open open = coin() ? null
                    : new ExerciseRecord.Open(1 + pick(2), pick(3), coin(), coin(), coin());
            p.exercises().put("x" + pick(2), new ExerciseRecord(pick(best + 1), best, attempts, correct, T0 + pick(2),
                    open));
        }
        for (int i = pick(3); i > 0; i--) {
            p.labs().put("lab" + pick(2), new LabRecord(1 + pick(3), T0 + pick(2), T0 + 1 + pick(2)));
        }
        for (int i = pick(3); i > 0; i--) {
            p.predictions().put("lab" + pick(2) + "/p", new PredictionRecord(coin() ? "a" : "b", coin(), T0 + pick(2),
                    1 + pick(3)));
        }
        return p;
    }

    /** A plain review or an exercise card's (seed, answer, verdict), at one of a few times. */
    ReviewEntry reviewEntry() {
        Grade g = Grade.of(1 + pick(4));
        long at = T0 + pick(30);
        long took = coin() ? -1 : 1000 * pick(3);
        return coin() ? ReviewEntry.ofCard(at, g, took)
                : new ReviewEntry(at, g, took, pick(3), coin() ? "1, 2" : "−√5", coin());
    }
}
