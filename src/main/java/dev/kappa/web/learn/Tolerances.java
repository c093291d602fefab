package dev.kappa.web.learn;

import dev.kappa.learn.NumberText;

/** The sentence that states how closely a numeric answer is graded, shown before answering. */
final class Tolerances {
    private Tolerances() {
    }

    static String describe(double rel, double abs) {
        return "Type a number (0.25, -3, 1e-3 or 3/4 all work). Accepted within " + NumberText.format(rel * 100)
                + "% of the answer" + (abs >= 1e-6 ? " or ±" + NumberText.format(abs) : "") + ".";
    }
}
