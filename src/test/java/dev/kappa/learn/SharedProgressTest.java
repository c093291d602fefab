package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.exercise.Catalogue;
import dev.kappa.linalg.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedProgress} with several tabs on one {@link FakeOrigin}: writes race as they do in Chromium, and
 * every review, import and reset must end up in the one record the tabs agree on.
 */
class SharedProgressTest {
    private static final String KEY = ProgressCodec.STORAGE_KEY;
    private final FakeOrigin origin = new FakeOrigin();

    private static List<String> cards(int n, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }

    private void assertAgree(FakeOrigin.Tab... tabs) {
        Progress stored = origin.storedProgress();
        for (FakeOrigin.Tab t : tabs) {
            assertEquals(stored, t.progress.progress(), "a tab disagrees with the stored record");
        }
    }

    @Test
    void twoTabsGradingInTheSameInstantKeepAllSixteenReviews() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        for (String id : cards(8, "a")) {
            a.review("conditioning", id, Grade.GOOD);
        }
        for (String id : cards(8, "b")) {
            b.review("curvature", id, Grade.GOOD);
        }
        origin.deliver();
        assertEquals(16, origin.storedProgress().cards().size(), origin.storedProgress().cards().keySet().toString());
        assertAgree(a, b);
    }

    /** A lab text with two prediction questions (a choice and a number). */
    private static final String LAB_TEXT = "### lede\nL.\n### rule\n$$x$$\n### try\n- t\n"
            + "### explanation\nE.\n### predict\n### which single\nWhat happens?\n- [ ] this\n- [x] that\n"
            + "Reveal: eta=1.5&steps=20\n> Because.\n### how-many numeric abs=1\nHow many?\n= 3\n> Three.\n";

    private static List<Question> predictionQuestions() {
        return LabTextParser.parse("content/labs/quadratic-gd.md", LAB_TEXT).predictions();
    }

    /** Progress with an entry in every section, made through the same calls as the views make them, at {@code t}. */
    private static Progress everything(long t) {
        return everything(new Progress(), t);
    }

    /** Adds to {@code p} an entry in every section, made at {@code t}; returns {@code p}. */
    private static Progress everything(Progress p, long t) {
        Fsrs fsrs = new Fsrs();
        p.review(fsrs, "d", "learning", Grade.GOOD, t - 60_000);
        p.review(fsrs, "d", "learning", Grade.GOOD, t);
        p.review(fsrs, "practice", "exercise-card", new ReviewEntry(t, Grade.AGAIN, 4200, 12345, "−√5, √5", false));
        p.recordQuiz("ridge", 3, 4, t);
        QuizAttempt attempt = new QuizAttempt("ridge", 99, t);
        attempt.restore("first", new QuizAttempt.Given("2", true));
        p.quizAttempts().put("ridge", attempt);
        ExerciseGenerator generator = Catalogue.byId("definiteness");
        ExerciseAttempt x = new ExerciseAttempt(generator.generate(7));
        x.check("a");
        p.recordAttempt(generator.id(), x, true, t);
        p.visitLab("quadratic-gd", t);
        p.recordPrediction("quadratic-gd", predictionQuestions().get(0), "b", t);
        return p;
    }

    /**
     * Three tabs review cards (plain and exercise cards; cards on learning steps among them), answer quizzes (going
     * on with the attempt they hold or starting another), predict in labs and work at exercises, in random order,
     * while their writes are delivered at random moments, so they race and replace each other. In the end every
     * tab agrees with the stored record, and it has lost nothing: each card's latest schedule and the newest
     * reviews of its history, every answer to the latest attempt at each quiz (a question answered differently
     * in two tabs keeps the wrong answer), the first prediction of each question, every exercise counted.
     */
    @Test
    void randomInterleavingsOfThreeTabsLoseNothing() {
        List<Question> questions = predictionQuestions();
        ExerciseGenerator generator = Catalogue.byId("definiteness");
        String[] letters = {"a", "b", "c", "d"};
        Rng rng = new Rng(20261124);
        for (int trial = 0; trial < 40; trial++) {
            FakeOrigin o = new FakeOrigin();
            List<FakeOrigin.Tab> tabs = List.of(o.open(), o.open(), o.open());
            Map<String, CardState> latest = new TreeMap<>();
            Map<String, TreeSet<ReviewEntry>> reviews = new TreeMap<>();
            // Quiz attempts by "quiz@started/seed": what was answered to each question of it, and whether finished.
            Map<String, Map<String, List<QuizAttempt.Given>>> answered = new TreeMap<>();
            Map<String, Boolean> finished = new TreeMap<>();
            Map<String, long[]> newestAttempt = new TreeMap<>();
            Map<String, List<PredictionRecord>> firstPredictions = new TreeMap<>();
            int mostExercises = 0;
            for (int step = 0; step < 100; step++) {
                FakeOrigin.Tab t = tabs.get(rng.nextInt(3));
                int u = rng.nextInt(100);
                if (u < 35) {
                    o.deliverOne();
                } else if (u < 40) {
                    o.now++;
                } else if (u < 62) {
                    String card = "deck/c" + rng.nextInt(12);
                    Grade g = Grade.values()[rng.nextInt(4)];
                    ReviewEntry entry = rng.nextInt(3) > 0 ? t.review("deck", card.substring(5), g)
                            : t.review("deck", card.substring(5), new ReviewEntry(o.now, g, 1000 * rng.nextInt(3),
                                    rng.nextInt(5), letters[rng.nextInt(4)], rng.nextInt(2) == 0));
                    reviews.computeIfAbsent(card, k -> new TreeSet<>()).add(entry);
                    CardState mine = t.progress.progress().cards().get(card);
                    CardState best = latest.get(card);
                    if (best == null || mine.lastReview() > best.lastReview()) {
                        latest.put(card, mine);
                    }
                } else if (u < 77) {
                    String quiz = "q" + rng.nextInt(2);
                    QuizAttempt.Given given = new QuizAttempt.Given(String.valueOf(rng.nextInt(3)), rng.nextInt(2) == 0);
                    QuizAttempt a = t.answerQuiz(quiz, rng.nextInt(8) == 0, rng.nextInt(3),
                            "question-" + rng.nextInt(5), given, rng.nextInt(6) == 0);
                    String id = quiz + "@" + a.started() + "/" + a.seed();
                    Map<String, List<QuizAttempt.Given>> byQuestion = answered.computeIfAbsent(id, k -> new TreeMap<>());
                    for (Map.Entry<String, QuizAttempt.Given> e : a.answers().entrySet()) {
                        List<QuizAttempt.Given> seen = byQuestion.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                        if (!seen.contains(e.getValue())) {
                            seen.add(e.getValue());
                        }
                    }
                    finished.merge(id, a.finished(), Boolean::logicalOr);
                    long[] newest = newestAttempt.get(quiz);
                    if (newest == null || a.started() > newest[0] || a.started() == newest[0] && a.seed() > newest[1]) {
                        newestAttempt.put(quiz, new long[] {a.started(), a.seed()});
                    }
                } else if (u < 87) {
                    Question q = questions.get(rng.nextInt(2));
                    String key = "quadratic-gd/" + q.id();
                    String input = q.kind() == QuestionKind.NUMERIC ? String.valueOf(2 + rng.nextInt(3))
                            : letters[rng.nextInt(2)];
                    boolean first = !t.progress.progress().predictions().containsKey(key);
                    t.predict("quadratic-gd", q, input);
                    if (first) {
                        firstPredictions.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(t.progress.progress().predictions().get(key));
                    }
                } else {
                    t.exercise(generator, 1 + rng.nextInt(3), rng.nextInt(5) == 0 ? null : letters[rng.nextInt(4)]);
                    ExerciseRecord r = t.progress.progress().exercises().get(generator.id());
                    mostExercises = Math.max(mostExercises, r == null ? 0 : r.attempts());
                }
            }
            o.deliver();
            Progress stored = o.storedProgress();
            String where = "trial " + trial + ": ";
            for (FakeOrigin.Tab t : tabs) {
                assertEquals(stored, t.progress.progress(), where + "the tabs agree");
            }
            assertEquals(latest.keySet(), stored.cards().keySet(), where + "every card reviewed is scheduled");
            for (Map.Entry<String, CardState> e : latest.entrySet()) {
                assertEquals(e.getValue().lastReview(), stored.cards().get(e.getKey()).lastReview(),
                        where + e.getKey() + " keeps its latest review");
            }
            assertEquals(reviews.keySet(), stored.reviews().keySet(), where + "every card reviewed has a history");
            for (Map.Entry<String, TreeSet<ReviewEntry>> e : reviews.entrySet()) {
                List<ReviewEntry> all = new ArrayList<>(e.getValue());
                assertEquals(all.subList(Math.max(0, all.size() - Progress.LOG_LIMIT), all.size()),
                        stored.reviews().get(e.getKey()), where + e.getKey() + " keeps its newest reviews");
            }
            assertEquals(newestAttempt.keySet(), stored.quizAttempts().keySet(), where + "every quiz begun is kept");
            for (Map.Entry<String, long[]> e : newestAttempt.entrySet()) {
                QuizAttempt a = stored.quizAttempts().get(e.getKey());
                String id = e.getKey() + "@" + e.getValue()[0] + "/" + e.getValue()[1];
                assertEquals(id, e.getKey() + "@" + a.started() + "/" + a.seed(), where + "the latest attempt is kept");
                Map<String, List<QuizAttempt.Given>> byQuestion = answered.get(id);
                assertEquals(byQuestion.keySet(), a.answers().keySet(), where + id + " keeps every answer given");
                for (Map.Entry<String, List<QuizAttempt.Given>> q : byQuestion.entrySet()) {
                    QuizAttempt.Given kept = a.answers().get(q.getKey());
                    assertTrue(q.getValue().contains(kept), where + id + "/" + q.getKey() + " keeps an answer given");
                    boolean anyWrong = q.getValue().stream().anyMatch(g -> !g.correct());
                    assertEquals(!anyWrong, kept.correct(), where + id + "/" + q.getKey() + ": a wrong answer stands");
                }
                assertEquals(finished.get(id), a.finished(), where + id + " finished in some tab");
            }
            assertEquals(firstPredictions.keySet(), stored.predictions().keySet(), where + "every prediction is kept");
            for (Map.Entry<String, List<PredictionRecord>> e : firstPredictions.entrySet()) {
                PredictionRecord kept = stored.predictions().get(e.getKey());
                long earliest = e.getValue().stream().mapToLong(PredictionRecord::at).min().getAsLong();
                assertEquals(earliest, kept.at(), where + e.getKey() + " keeps the earliest prediction");
                assertTrue(e.getValue().stream().anyMatch(p -> p.at() == kept.at() && p.given().equals(kept.given())
                        && p.correct() == kept.correct()), where + e.getKey() + " keeps a prediction made");
            }
            ExerciseRecord x = stored.exercises().get(generator.id());
            assertEquals(mostExercises, x == null ? 0 : x.attempts(), where + "exercises counted");
        }
    }

    @Test
    void sameMillisecondReviewsOfOneCardSettleOnOneSchedule() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        a.review("d", "same", Grade.AGAIN);
        b.review("d", "same", Grade.EASY);
        origin.deliver();
        assertAgree(a, b);
        Progress x = a.progress.progress();
        Progress y = new Progress();
        y.review(new Fsrs(), "d", "same", Grade.AGAIN, origin.now);
        assertEquals(ProgressMerge.of(x, y).merged(), ProgressMerge.of(y, x).merged(), "merging is commutative on ties");
    }

    @Test
    void anImportPreviewIsMergedWithWhatIsStoredWhenCommitted() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        Progress file = new Progress();
        file.review(new Fsrs(), "ridge", "from-file", Grade.GOOD, origin.now - 5_000);
        SharedProgress.ImportPreview preview = a.progress.previewImport(ProgressCodec.encode(file, origin.now));
        assertNull(preview.error());
        assertEquals(1, preview.changes().size());
        origin.now += 1000;
        b.review("conditioning", "b1", Grade.GOOD);
        b.review("conditioning", "b2", Grade.HARD);
        origin.deliver();
        SharedProgress.ImportResult result = a.progress.commitImport(preview);
        assertTrue(result.saved());
        assertTrue(result.othersMeanwhile(), "the learner hears that another tab saved since the preview");
        origin.deliver();
        assertEquals(List.of("conditioning/b1", "conditioning/b2", "ridge/from-file"),
                new ArrayList<>(origin.storedProgress().cards().keySet()));
        assertAgree(a, b);
    }

    @Test
    void anImportCommittedWhileAnotherTabsWriteIsInFlightLosesNeither() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        Progress file = new Progress();
        file.recordQuiz("ridge", 9, 10, origin.now - 1);
        SharedProgress.ImportPreview preview = a.progress.previewImport(ProgressCodec.encode(file, origin.now));
        b.review("conditioning", "b1", Grade.GOOD);
        a.progress.commitImport(preview);
        origin.deliver();
        Progress stored = origin.storedProgress();
        assertNotNull(stored.cards().get("conditioning/b1"));
        assertEquals(9, stored.quizzes().get("ridge").best());
        assertAgree(a, b);
    }

    @Test
    void aResetInOneTabIsNotUndoneByAnotherThatHadNotHeardOfIt() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        for (String id : cards(3, "old")) {
            a.review("d", id, Grade.GOOD);
        }
        origin.deliver();
        assertEquals(3, b.progress.progress().cards().size());
        origin.now += 1000;
        a.progress.reset();
        // b has not heard of the reset: its review (after the reset) and its stale copy of the three cards race it.
        origin.now += 1;
        b.review("d", "after-reset", Grade.GOOD);
        origin.deliver();
        assertEquals(List.of("d/after-reset"), new ArrayList<>(origin.storedProgress().cards().keySet()));
        assertAgree(a, b);
    }

    @Test
    void aResetDeliveredBeforeAStaleFullWriteStillWins() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        a.review("d", "old", Grade.GOOD);
        a.progress.progress().recordQuiz("q", 5, 10, origin.now);
        a.progress.save();
        origin.deliver();
        origin.now += 10;
        b.review("d", "before-reset", Grade.GOOD);
        origin.now += 10;
        a.progress.reset();
        origin.deliver();
        Progress stored = origin.storedProgress();
        assertTrue(stored.isEmpty(), "what happened before the reset is erased: " + stored.cards().keySet());
        assertAgree(a, b);
        assertTrue(origin.stored(KEY).contains("\"resetAt\":"), origin.stored(KEY));
    }

    @Test
    void aResetErasesWhatCameBeforeItInEverySection() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        everything(a.progress.progress(), origin.now);
        a.progress.save();
        origin.deliver();
        assertEquals(a.progress.progress(), b.progress.progress());
        origin.now += 10;
        a.progress.reset();
        // b has not heard of the reset: it goes on with the quiz attempt begun before it, and does new things.
        origin.now += 10;
        b.answerQuiz("ridge", false, 0, "second", new QuizAttempt.Given("1", false), false);
        b.review("d", "after", Grade.GOOD);
        b.review("practice", "exercise-card", new ReviewEntry(origin.now, Grade.GOOD, 900, 4, "1, 2", true));
        b.predict("quadratic-gd", predictionQuestions().get(1), "3");
        b.exercise(Catalogue.byId("definiteness"), 8, "b");
        origin.deliver();
        assertAgree(a, b);
        Progress stored = origin.storedProgress();
        assertEquals(List.of("d/after", "practice/exercise-card"), new ArrayList<>(stored.cards().keySet()));
        assertEquals(List.of(origin.now), stored.history("practice", "exercise-card").stream().map(ReviewEntry::at)
                .toList(), "only the review after the reset stays in the history");
        assertEquals(1, stored.history("d", "after").size());
        assertTrue(stored.history("d", "learning").isEmpty());
        assertTrue(stored.quizzes().isEmpty());
        assertTrue(stored.quizAttempts().isEmpty(), "an attempt belongs to when it began: before the reset");
        assertEquals(List.of("quadratic-gd/how-many"), new ArrayList<>(stored.predictions().keySet()));
        assertEquals(8, stored.openExercise("definiteness").seed(), "the exercise begun after the reset");
        assertTrue(stored.labs().isEmpty());
    }

    @Test
    void exportResetThenImportBringsEverythingBack() {
        FakeOrigin.Tab a = origin.open();
        FakeOrigin.Tab b = origin.open();
        a.review("d", "x", Grade.GOOD);
        a.progress.progress().visitLab("min-norm", origin.now);
        a.progress.save();
        origin.deliver();
        String file = a.progress.exportText();
        origin.now += 1000;
        a.progress.reset();
        origin.deliver();
        assertTrue(origin.storedProgress().isEmpty());
        SharedProgress.ImportPreview preview = a.progress.previewImport(file);
        assertEquals(2, preview.changes().size());
        assertTrue(a.progress.commitImport(preview).saved());
        origin.deliver();
        b.review("d", "y", Grade.GOOD);
        origin.deliver();
        Progress stored = origin.storedProgress();
        assertEquals(List.of("d/x", "d/y"), new ArrayList<>(stored.cards().keySet()), "imported entries survive a reset");
        assertEquals(1, stored.labs().size());
        assertAgree(a, b);
    }

    @Test
    void aRecordRemovedByAnOlderKappaTakesWhatWasSyncedButNotWhatCameSince() {
        FakeOrigin.Tab a = origin.open();
        a.review("d", "synced", Grade.GOOD);
        origin.deliver();
        origin.now += 1000;
        origin.writeShared(KEY, null);
        a.progress.progress().review(new Fsrs(), "d", "since", Grade.GOOD, origin.now);
        origin.deliver();
        a.progress.save();
        origin.deliver();
        assertEquals(List.of("d/since"), new ArrayList<>(origin.storedProgress().cards().keySet()));
    }

    @Test
    void aNewerVersionStoredByAnotherTabIsNeverWrittenOver() {
        FakeOrigin.Tab a = origin.open();
        a.review("d", "before", Grade.GOOD);
        origin.deliver();
        String newer = "{\"version\":" + (ProgressCodec.VERSION + 1) + ",\"cards\":{\"d/before\":{\"shiny\":1}}}";
        origin.writeShared(KEY, newer);
        origin.deliver();
        assertEquals(SharedProgress.Mode.OUTDATED, a.progress.mode());
        assertTrue(a.notices.get("outdated").contains("newer version"), a.notices.toString());
        origin.now += 1000;
        a.review("d", "after", Grade.GOOD);
        origin.deliver();
        assertEquals(newer, origin.stored(KEY), "the newer record is untouched, byte for byte");
        List<String> aside = origin.asideKeys();
        assertEquals(1, aside.size(), aside.toString());
        Progress kept = ProgressCodec.decode(origin.stored(aside.get(0))).progress();
        assertNotNull(kept.cards().get("d/after"), "this tab's review is kept aside");
        assertTrue(a.notices.get("outdated").contains(aside.get(0)), a.notices.toString());
        a.review("d", "later", Grade.GOOD);
        origin.deliver();
        assertEquals(1, origin.asideKeys().size(), "one copy aside per tab, kept up to date");
        assertNotNull(ProgressCodec.decode(origin.stored(aside.get(0))).progress().cards().get("d/later"));
    }

    @Test
    void aNewerVersionFoundAtBootIsKeptAsideThenWrittenOverButANewOneIsNot() {
        String newer = "{\"version\":" + (ProgressCodec.VERSION + 1) + ",\"cards\":{}}";
        origin.writeShared(KEY, newer);
        origin.deliver();
        FakeOrigin.Tab a = origin.open();
        origin.deliver();
        assertEquals(1, origin.asideKeys().size());
        assertEquals(newer, origin.stored(origin.asideKeys().get(0)));
        a.review("d", "x", Grade.GOOD);
        origin.deliver();
        assertEquals(SharedProgress.Mode.SAVING, a.progress.mode());
        assertNotNull(origin.storedProgress().cards().get("d/x"));
        String newer2 = newer.replace("{}", "{\"d/y\":{}}");
        origin.writeShared(KEY, newer2);
        origin.deliver();
        a.review("d", "z", Grade.GOOD);
        origin.deliver();
        assertEquals(newer2, origin.stored(KEY));
        assertEquals(SharedProgress.Mode.OUTDATED, a.progress.mode());
    }

    @Test
    void aCorruptRecordIsKeptAsideOnceHoweverOftenKappaStarts() {
        String corrupt = "{\"version\":1,\"cards\":{\"x\":";
        origin.writeShared(KEY, corrupt);
        origin.deliver();
        for (int boot = 0; boot < 6; boot++) {
            FakeOrigin.Tab t = origin.open();
            origin.deliver();
            origin.close(t);
            origin.now += 60_000;
        }
        assertEquals(1, origin.asideKeys().size(), origin.asideKeys().toString());
        FakeOrigin.Tab t = origin.open();
        List<SharedProgress.AsideRecord> records = t.progress.asideRecords();
        assertEquals(1, records.size());
        assertEquals(corrupt.length(), records.get(0).chars());
        assertTrue(records.get(0).summary().startsWith("unreadable"), records.get(0).summary());
        assertFalse(t.progress.deleteAside(KEY), "only kept-aside records can be deleted this way");
        assertTrue(t.progress.deleteAside(records.get(0).key()));
        origin.deliver();
        assertEquals(List.of(), origin.asideKeys());
        assertEquals(corrupt, origin.stored(KEY), "deleting a copy leaves the record alone");
    }

    @Test
    void withNoRoomForACopyNothingIsWrittenAndTheRecordCanBeDownloaded() {
        String corrupt = "{\"version\":1,\"cards\":[[[";
        origin.writeShared(KEY, corrupt);
        origin.deliver();
        origin.quota = KEY.length() + corrupt.length() + 10;
        FakeOrigin.Tab t = origin.open();
        assertEquals(SharedProgress.Mode.PROTECTING, t.progress.mode());
        assertTrue(t.notices.get("aside").contains("Download the stored record"), t.notices.toString());
        t.review("d", "x", Grade.GOOD);
        origin.deliver();
        assertEquals(corrupt, origin.stored(KEY));
        assertEquals(corrupt, t.progress.storedRaw());
    }

    @Test
    void importsCheckRangesAndRefuseWhatIsNotAKappaRecord() {
        FakeOrigin.Tab t = origin.open();
        String huge = "{\"version\":1,\"cards\":{\"d/c\":{\"state\":\"review\",\"due\":1,\"stability\":1,"
                + "\"difficulty\":5,\"reps\":2147483647,\"lapses\":0,\"last\":1}},"
                + "\"quizzes\":{\"q\":{\"best\":3,\"total\":10,\"attempts\":1,\"at\":1}}}";
        SharedProgress.ImportPreview p = t.progress.previewImport(huge);
        assertNull(p.error());
        assertTrue(p.note().contains("reps 2.147483647E9 is outside"), p.note());
        assertEquals(1, p.changes().size(), "only the quiz is imported");

        SharedProgress.ImportPreview hello = t.progress.previewImport("{\"hello\":\"world\"}");
        assertTrue(hello.error().contains("not a Kappa progress record"), hello.error());
        assertTrue(t.progress.previewImport("{}").error().contains("not a Kappa progress record"));

        String future = "{\"version\":1,\"labs\":{\"min-norm\":{\"visits\":1,\"first\":1,\"last\":"
                + (origin.now + 10 * SharedProgress.CLOCK_SLACK_MS) + "}}}";
        SharedProgress.ImportPreview f = t.progress.previewImport(future);
        assertTrue(f.error().contains("in the future"), f.error());
        assertTrue(t.progress.progress().isEmpty(), "previews change nothing");
    }

    @Test
    void importsCheckTheirSizeAgainstTheQuotaFirst() {
        FakeOrigin.Tab t = origin.open();
        StringBuilder junk = new StringBuilder("{\"version\":1,\"cards\":{");
        for (int i = 0; junk.length() < 4_900_000; i++) {
            junk.append(i == 0 ? "" : ",").append("\"junk/c").append(i).append("\":{\"state\":\"review\",\"due\":1,")
                    .append("\"stability\":1,\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1}");
        }
        junk.append("}}");
        SharedProgress.ImportPreview p = t.progress.previewImport(junk.toString());
        assertTrue(p.error().contains("more than a Kappa progress file can be"), p.error());

        String filler = "x".repeat(4_300_000);
        t.write("other-app", filler);
        StringBuilder medium = new StringBuilder("{\"version\":1,\"cards\":{");
        for (int i = 0; medium.length() < 600_000; i++) {
            medium.append(i == 0 ? "" : ",").append("\"junk/c").append(i).append("\":{\"state\":\"review\",\"due\":1,")
                    .append("\"stability\":1,\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":1}");
        }
        medium.append("}}");
        SharedProgress.ImportPreview m = t.progress.previewImport(medium.toString());
        assertTrue(m.error().contains("nearly full"), m.error());
        assertNull(origin.stored(KEY));
    }

    @Test
    void theStampsAreOptionalFieldsThatTheCurrentReaderIgnoresWhenAbsent() {
        Progress p = everything(origin.now);
        String plain = ProgressCodec.encode(p, 7);
        String stamped = ProgressCodec.encode(p, 7, 12, 3);
        assertFalse(plain.contains("\"rev\":") || plain.contains("\"resetAt\":"), plain);
        assertTrue(stamped.startsWith("{\"version\":" + ProgressCodec.VERSION + ",\"savedAt\":7,\"rev\":12,\"resetAt\":3,"),
                stamped);
        assertEquals(plain, stamped.replace("\"rev\":12,\"resetAt\":3,", ""), "the stamps add two fields, nothing else");
        for (String section : new String[] {"cards", "reviews", "quizzes", "quizAttempts", "exercises", "labs",
                "predictions"}) {
            assertTrue(plain.contains("\"" + section + "\":{\""), section + " is not empty in " + plain);
        }
        ProgressLoad load = ProgressCodec.decode(stamped);
        assertEquals(ProgressLoad.Outcome.LOADED, load.outcome());
        assertEquals(p, load.progress());
        assertEquals(12, load.revision());
        assertEquals(3, load.resetAt());
        ProgressLoad unstamped = ProgressCodec.decode(plain);
        assertEquals(ProgressLoad.Outcome.LOADED, unstamped.outcome());
        assertEquals(p, unstamped.progress());
        assertEquals(0, unstamped.revision());
        assertEquals(0, unstamped.resetAt());
        assertEquals(0, ProgressCodec.decode(stamped.replace("\"rev\":12", "\"rev\":\"x\"")).revision(),
                "an odd stamp reads as none");
    }

    @Test
    void aVersionOneRecordWithStampsMigratesKeepingThem() {
        long resetAt = origin.now + 60_000;
        String v1 = "{\"version\":1,\"savedAt\":" + resetAt + ",\"rev\":7,\"resetAt\":" + resetAt + ",\"cards\":{"
                + "\"d/kept\":{\"state\":\"learning\",\"due\":" + (origin.now + 600_000) + ",\"stability\":2.3,"
                + "\"difficulty\":5,\"reps\":1,\"lapses\":0,\"last\":" + (resetAt + 1000) + "}},"
                + "\"quizzes\":{},\"exercises\":{},\"labs\":{}}";
        ProgressLoad load = ProgressCodec.decode(v1);
        assertEquals(ProgressLoad.Outcome.MIGRATED, load.outcome(), load.reason());
        assertEquals(7, load.revision());
        assertEquals(resetAt, load.resetAt());
        assertEquals(0, load.progress().cards().get("d/kept").step());

        // A tab of this version that has not heard of the reset made by an older Kappa in another tab.
        FakeOrigin.Tab a = origin.open();
        a.review("d", "before-reset", Grade.GOOD);
        a.progress.progress().recordQuiz("q", 3, 4, origin.now);
        origin.deliver();
        origin.now = resetAt + 30_000;
        origin.writeShared(KEY, v1);
        origin.deliver();
        String stored = origin.stored(KEY);
        assertTrue(stored.startsWith("{\"version\":2,\"savedAt\":" + origin.now + ",\"rev\":8,\"resetAt\":" + resetAt
                + ","), "written as version 2 with the next revision and the older Kappa's reset: " + stored);
        assertEquals(List.of("d/kept"), new ArrayList<>(origin.storedProgress().cards().keySet()),
                "what this tab did before that reset is erased");
        assertTrue(origin.storedProgress().quizzes().isEmpty());
        assertEquals(resetAt, a.progress.resetAt());
        assertEquals(1, origin.asideKeys().size(), "the version-1 original is kept aside");
        assertEquals(v1, origin.stored(origin.asideKeys().get(0)));
    }

    @Test
    void blockedStorageKeepsProgressInMemory() {
        FakeOrigin.Tab t = origin.new Tab();
        t.blocked = true;
        t.progress.open();
        assertEquals(SharedProgress.Mode.MEMORY_ONLY, t.progress.mode());
        assertTrue(t.notices.get("storage").contains("will not be kept"), t.notices.toString());
        t.progress.progress().visitLab("min-norm", origin.now);
        assertFalse(t.progress.save());
        assertEquals(1, t.progress.progress().labs().size());
    }
}
