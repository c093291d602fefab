package dev.kappa.web;

import dev.kappa.learn.Deck;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.exercise.Catalogue;
import dev.kappa.web.learn.ExerciseView;
import dev.kappa.web.learn.DeckView;
import dev.kappa.web.learn.Learning;
import dev.kappa.web.learn.ProgressView;
import dev.kappa.web.learn.QuizView;
import dev.kappa.web.learn.SheetView;

/** Picks the learning view for a route, or says plainly what does not exist. */
final class LearnViews {
    private LearnViews() {
    }

    static View cards(Learning learning, String id) {
        Deck deck = learning.content().deck(id);
        if (deck == null) {
            return new NotFoundView("There is no flashcard deck called “" + id + "”.");
        }
        return new DeckView(learning, deck);
    }

    static View quiz(Learning learning, Route route) {
        Quiz quiz = learning.content().quiz(route.id());
        if (quiz == null) {
            return new NotFoundView("There is no quiz called “" + route.id() + "”.");
        }
        return new QuizView(learning, quiz, route.param("seed"));
    }

    static View exercise(Learning learning, Route route) {
        ExerciseGenerator generator = Catalogue.byId(route.id());
        if (generator == null) {
            return new NotFoundView("There is no exercise called “" + route.id() + "”.");
        }
        return new ExerciseView(learning, generator, route.param("seed"));
    }

    static View sheet(Route route) {
        ExerciseGenerator generator = Catalogue.byId(route.id());
        if (generator == null) {
            return new NotFoundView("There is no exercise called “" + route.id() + "” to print.");
        }
        return new SheetView(generator, route.param("from"), route.param("to"));
    }

    static View progress(Learning learning) {
        return new ProgressView(learning);
    }
}
