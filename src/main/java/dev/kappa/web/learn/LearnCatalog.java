package dev.kappa.web.learn;

import dev.kappa.learn.Deck;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.ExerciseRecord;
import dev.kappa.learn.exercise.Catalogue;
import dev.kappa.learn.QuizRecord;
import dev.kappa.learn.Quiz;
import dev.kappa.web.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's lists from the compiled content and the learner's progress: due cards, best
 * scores, streaks, visited labs. Which labs exist is asked of {@code labs} (the lab registry).
 */
public final class LearnCatalog implements Catalog {
    private final Learning learning;
    private final Catalog labs;

    public LearnCatalog(Learning learning, Catalog labs) {
        this.learning = learning;
        this.labs = labs;
    }

    @Override
    public boolean labReady(String labId) {
        return labs.labReady(labId);
    }

    @Override
    public boolean labVisited(String labId) {
        return learning.store().progress().labs().containsKey(labId);
    }

    @Override
    public Entry[] decks(String topicId) {
        long now = learning.now();
        List<Entry> out = new ArrayList<>();
        for (Deck d : learning.content().decks()) {
            if (d.topic().equals(topicId)) {
                int due = learning.store().progress().dueCount(d, now);
                int fresh = learning.store().progress().newCount(d);
                String text = due > 0 ? due + " due" + (fresh > 0 ? " · " + fresh + " new" : "")
                        : fresh > 0 ? fresh + " new" : "all done";
                out.add(new Entry(d.id(), d.title(), text, due > 0 ? "badge due" : fresh > 0 ? "badge new" : "badge"));
            }
        }
        return out.toArray(new Entry[0]);
    }

    @Override
    public Entry[] quizzes(String topicId) {
        List<Entry> out = new ArrayList<>();
        for (Quiz q : learning.content().quizzes()) {
            if (q.topic().equals(topicId)) {
                QuizRecord r = learning.store().progress().quizzes().get(q.id());
                out.add(new Entry(q.id(), q.title(), r == null ? learning.content().questionCount(q) + " questions"
                        : "best " + r.best() + "/" + r.total(), "badge"));
            }
        }
        return out.toArray(new Entry[0]);
    }

    @Override
    public Entry[] exercises(String topicId) {
        List<Entry> out = new ArrayList<>();
        for (ExerciseGenerator x : Catalogue.all()) {
            if (x.topic().equals(topicId)) {
                ExerciseRecord r = learning.store().progress().exercises().get(x.id());
                out.add(new Entry(x.id(), x.title(), r == null || r.streak() == 0 ? "" : "streak " + r.streak(), "badge"));
            }
        }
        return out.toArray(new Entry[0]);
    }
}
