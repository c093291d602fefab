package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/** A known place that is not built yet: better an honest note than a broken page. */
final class ComingSoonView implements View {
    private final String heading;
    private final String detail;

    ComingSoonView(String heading, String detail) {
        this.heading = heading;
        this.detail = detail;
    }

    @Override
    public String title() {
        return heading + " — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement box = Dom.el("section", "notice info");
        box.setAttribute("data-view", "coming-soon");
        box.appendChild(Dom.focusableHeading("h1", heading));
        box.appendChild(Dom.text("p", null, detail));
        HTMLElement p = Dom.el("p");
        p.appendChild(Dom.link("#/", "Back to the topic map"));
        box.appendChild(p);
        container.appendChild(box);
    }
}
