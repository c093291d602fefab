package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * What {@code embed.html} may show. A host page chooses the address of its iframe, so a hostile one could
 * otherwise frame the learner's progress page (reset, import) or start the benchmarks; embeds show only the
 * widgets docs/embedding.md offers: labs, decks, quizzes and exercises.
 */
final class EmbedPolicy {
    private EmbedPolicy() {
    }

    static boolean allows(Route.Kind kind) {
        return kind == Route.Kind.LAB || kind == Route.Kind.CARDS || kind == Route.Kind.QUIZ
                || kind == Route.Kind.EXERCISE;
    }

    /** Shown in an embed for any other address; says what embeds can show and offers the full app. */
    static View refusal() {
        HTMLElement open = Dom.link("index.html", "Open Kappa ↗");
        open.setAttribute("target", "_blank");
        open.setAttribute("rel", "noopener");
        return new NotFoundView("not-embeddable", "Not available in a widget — Kappa", "Not available here",
                "An embedded Kappa widget shows a lab, a deck, a quiz or an exercise. Other pages open in Kappa "
                        + "itself.", open);
    }
}
