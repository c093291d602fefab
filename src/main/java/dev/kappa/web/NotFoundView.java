package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/** Shown for any route the app does not know; says what was asked and where to go instead. */
final class NotFoundView implements View {
    private final String what;

    NotFoundView(String what) {
        this.what = what;
    }

    @Override
    public String title() {
        return "Not found — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement box = Dom.el("section", "notice");
        box.setAttribute("data-view", "not-found");
        box.appendChild(Dom.focusableHeading("h1", "Nothing here"));
        box.appendChild(Dom.text("p", null, what));
        HTMLElement p = Dom.el("p");
        p.appendChild(Dom.link("#/", "Go to the topic map"));
        box.appendChild(p);
        container.appendChild(box);
    }
}
