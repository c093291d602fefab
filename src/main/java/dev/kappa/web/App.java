package dev.kappa.web;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabModel;
import dev.kappa.web.lab.LabPart;
import dev.kappa.web.lab.LabView;
import dev.kappa.web.learn.ContentParts;
import dev.kappa.web.learn.LabVisits;
import dev.kappa.web.learn.Learning;
import dev.kappa.web.learn.PredictionPanel;
import dev.kappa.web.learn.TeacherNotesPanel;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The running app: owns the container, turns location hashes into views, and marks the document
 * ready. One instance per page; no static mutable state.
 */
public final class App {
    private final HTMLDocument document;
    private final HTMLElement container;
    private final String engine;
    private final boolean embedded;
    private final Catalog catalog;
    private final Learning learning;
    private View current;
    private boolean firstRender = true;
    /** Counts route changes, so content arriving for a page the learner has already left is ignored. */
    private int routeTicket;

    App(HTMLDocument document, HTMLElement container, Catalog catalog, Learning learning) {
        this.document = document;
        this.learning = learning;
        this.container = container;
        this.catalog = catalog;
        HTMLElement root = document.getDocumentElement();
        String e = root.getAttribute("data-kappa-engine");
        this.engine = e == null ? "js" : e;
        this.embedded = "embed".equals(root.getAttribute("data-kappa-mode"));
    }

    void start() {
        Window.current().addEventListener("hashchange", evt -> showCurrentRoute());
        Anchors.installSkipLinks(document);
        HTMLElement note = document.getElementById("engine-note");
        if (note != null) {
            note.setTextContent(engine.equals("wasm") ? "Engine: WebAssembly." : "Engine: JavaScript.");
        }
        showCurrentRoute();
    }

    /** The first page is shown, with its content: the app is usable. */
    private void markReady() {
        // Milliseconds from navigation start to a usable page: read by the boot benchmark.
        document.getDocumentElement().setAttribute("data-kappa-boot-ms", String.valueOf(Math.round(Clock.now())));
        document.getDocumentElement().setAttribute("data-kappa-ready", "true");
    }

    private void showCurrentRoute() {
        String hash = Window.current().getLocation().getHash();
        if (current instanceof LabView && ((LabView) current).owns(hash)) {
            // The lab wrote this address itself (replaceState); re-mounting would lose its state.
            return;
        }
        Route route = Route.parse(hash);
        if (route.kind() == Route.Kind.ANCHOR) {
            if (current == null) {
                // Opened at an anchor (#main-content) or a mistyped route (#lab/poly-fit): the home page, not a
                // page stuck on "Loading Kappa…".
                show(embedded ? EmbedPolicy.refusal() : new HomeView(catalog));
                Anchors.reveal(document, route.id());
            }
            return;
        }
        int ticket = ++routeTicket;
        List<String> needs = contentFor(route);
        if (ContentParts.pending(needs)) {
            showLoading();
        }
        ContentParts.load(needs, failed -> {
            if (ticket != routeTicket) {
                return;
            }
            if (failed == null || route.kind() == Route.Kind.LAB) {
                // A lab without its words still works, and says what is missing (LabView).
                show(viewFor(route));
            } else {
                show(new NotFoundView("content-missing", "Not loaded — Kappa", "This page could not be loaded",
                        "Its content, " + failed + ", did not arrive. You may be offline before Kappa had saved "
                        + "itself for offline use (it does so on your first visit online). Reconnect and reload the "
                        + "page; the labs and pages you have opened still work.", Dom.link("#/", "Go to the topic map")));
            }
        });
    }

    /**
     * The content scripts a route's view reads (pairs of kind and id): a lab its words (and, on the site's
     * own page, its teacher notes), a deck or quiz its own script. The home, progress and other pages read
     * the index only.
     */
    private List<String> contentFor(Route route) {
        switch (route.kind()) {
            case LAB:
                return embedded ? List.of("labs", route.id()) : List.of("labs", route.id(), "teacher", route.id());
            case CARDS:
                return List.of("decks", route.id());
            case QUIZ:
                return List.of("quizzes", route.id());
            default:
                return List.of();
        }
    }

    /** While a page's content arrives: says so, never a blank page. */
    private void showLoading() {
        if (current != null) {
            current.unmount();
            current = null;
        }
        container.clear();
        HTMLElement p = document.createElement("p");
        p.setClassName("boot-note");
        p.setAttribute("data-content-loading", "true");
        p.setAttribute("aria-busy", "true");
        p.setTextContent("Loading…");
        container.appendChild(p);
    }

    private View viewFor(Route route) {
        if (embedded && !EmbedPolicy.allows(route.kind())) {
            return EmbedPolicy.refusal();
        }
        switch (route.kind()) {
            case HOME:
                return new HomeView(catalog);
            case ABOUT:
                return new AboutView(engine);
            case SELFTEST:
                return new SelfTestView(engine);
            case BENCH:
                return new BenchView(engine, "1".equals(route.param("run")), route.param("only"));
            case LAB: {
                LabModel model = LabCatalog.create(route.id());
                if (model == null) {
                    return new NotFoundView("There is no lab called “" + route.id() + "”.");
                }
                LabVisits.record(learning, route.id());
                // Predict, then reveal (not in the compact embed: a picture and a few controls);
                // teacher notes only on the site's own page.
                return new LabView(model, route, embedded)
                        .with(LabPart.of(LabPart.Place.BEFORE_PICTURE, lab -> lab.compact() ? null
                                : PredictionPanel.forLab(learning, lab.id(), lab::applyState)))
                        .with(LabPart.of(LabPart.Place.AFTER_WORDS, lab -> lab.embedded() ? null
                                : TeacherNotesPanel.forLab(lab.id(), lab::applyRoute)));
            }
            case CARDS:
                return LearnViews.cards(learning, route.id());
            case QUIZ:
                return LearnViews.quiz(learning, route);
            case EXERCISE:
                return LearnViews.exercise(learning, route);
            case PROGRESS:
                return LearnViews.progress(learning);
            case SHEET:
                return LearnViews.sheet(route);
            default:
                return NotFoundView.forAddress(route.path());
        }
    }

    private void show(View view) {
        if (current != null) {
            current.unmount();
        }
        current = view;
        container.clear();
        try {
            view.mount(container);
        } catch (RuntimeException e) {
            // A view that fails must not leave a blank page: say so and keep the app usable.
            container.clear();
            new NotFoundView("This page hit an internal error: " + e.getMessage()
                    + ". Please report it; the rest of Kappa still works.").mount(container);
        }
        document.setTitle(view.title());
        if (!firstRender) {
            HTMLElement heading = container.querySelector("[data-view-heading]");
            if (heading != null) {
                heading.focus();
            }
        } else {
            markReady();
        }
        firstRender = false;
    }

    boolean embedded() {
        return embedded;
    }
}
