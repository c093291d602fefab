package dev.kappa.web;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabDeclaration;
import dev.kappa.lab.Topic;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The topic map: each topic ({@link Topic}) with its labs ({@link LabCatalog}), decks, quizzes and
 * exercises. A topic with nothing in it yet is left out.
 */
final class HomeView implements View {
    private final Catalog catalog;

    HomeView(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String title() {
        return "Kappa — least squares, conditioning, regularization, optimization";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement intro = Dom.el("section");
        intro.setAttribute("data-view", "home");
        intro.appendChild(Dom.focusableHeading("h1", "Learn linear least squares and optimization by doing it"));
        intro.appendChild(Dom.text("p", "lede", "Drag, slide, predict and check. Every lab computes its pictures "
                + "live with a numerical core that agrees with LAPACK; decks, quizzes and randomized exercises "
                + "make it stick."));
        container.appendChild(intro);

        HTMLElement grid = Dom.el("ul", "topic-grid");
        grid.setAttribute("aria-label", "Topics");
        for (Topic topic : Topic.values()) {
            List<LabDeclaration> labs = LabCatalog.of(topic);
            if (!labs.isEmpty() || catalog.decks(topic.id()).length > 0 || catalog.quizzes(topic.id()).length > 0
                    || catalog.exercises(topic.id()).length > 0) {
                grid.appendChild(topicCard(topic, labs));
            }
        }
        container.appendChild(grid);
    }

    private HTMLElement topicCard(Topic topic, List<LabDeclaration> labList) {
        HTMLElement card = Dom.el("li", "topic");
        card.setAttribute("data-topic", topic.id());
        card.appendChild(Dom.text("h2", null, topic.title()));
        card.appendChild(Dom.text("p", "blurb", topic.blurb()));

        card.appendChild(Dom.text("h3", "kind-label", "Labs"));
        HTMLElement labs = Dom.el("ul");
        if (labList.isEmpty()) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.text("span", "soon", "coming soon"));
            labs.appendChild(li);
        }
        for (LabDeclaration lab : labList) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.link("#/lab/" + lab.id(), lab.title()));
            if (catalog.labVisited(lab.id())) {
                HTMLElement seen = Dom.text("span", "badge", "✓ visited");
                seen.setAttribute("data-lab-visited", lab.id());
                li.appendChild(seen);
            }
            li.appendChild(Dom.text("span", "lab-blurb", lab.blurb()));
            labs.appendChild(li);
        }
        card.appendChild(labs);

        list(card, "Flashcards", catalog.decks(topic.id()), "#/cards/");
        list(card, "Quizzes", catalog.quizzes(topic.id()), "#/quiz/");
        list(card, "Exercises", catalog.exercises(topic.id()), "#/exercise/");
        return card;
    }

    private static void list(HTMLElement card, String label, Catalog.Entry[] entries, String hrefPrefix) {
        card.appendChild(Dom.text("h3", "kind-label", label));
        HTMLElement ul = Dom.el("ul");
        if (entries.length == 0) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.text("span", "soon", "coming soon"));
            ul.appendChild(li);
        }
        for (Catalog.Entry e : entries) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.link(hrefPrefix + e.id(), e.title()));
            if (!e.badge().isEmpty()) {
                li.appendChild(Dom.text("span", e.badgeClass(), e.badge()));
            }
            ul.appendChild(li);
        }
        card.appendChild(ul);
    }
}
