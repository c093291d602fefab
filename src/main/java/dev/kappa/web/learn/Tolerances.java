package dev.kappa.web.learn;

import dev.kappa.learn.Answer;

/** The line under an answer box: how to type a number and how closely it is graded (learn-core's words). */
final class Tolerances {
    private Tolerances() {
    }

    static String describe(Answer a) {
        return "Type a number (" + Answer.NUMBER_FORMS + "). " + a.acceptance();
    }
}
