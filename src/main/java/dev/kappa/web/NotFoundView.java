package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/** Shown for any route the app does not know; says what was asked and where to go instead. */
final class NotFoundView implements View {
    /** The longest part of an address quoted back; a longer one is cut (a 10 MB hash must not become 10 MB of page). */
    static final int MAX_QUOTED = 120;
    private final String what;

    /** For an address that leads nowhere: quoted whole when short, else its start and its length. */
    static NotFoundView forAddress(String path) {
        String quoted = path;
        String length = "";
        if (path.length() > MAX_QUOTED) {
            int cut = Character.isHighSurrogate(path.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            quoted = path.substring(0, cut) + "…";
            length = " (" + path.length() + " characters long)";
        }
        return new NotFoundView("The address “#" + quoted + "”" + length + " does not lead to any page of Kappa.");
    }

    private final String view;
    private final String title;
    private final String heading;
    private final HTMLElement link;

    NotFoundView(String what) {
        this("not-found", "Not found — Kappa", "Nothing here", what, Dom.link("#/", "Go to the topic map"));
    }

    /** The same notice for other refusals (see {@link EmbedPolicy}): {@code view} names it in {@code data-view}. */
    NotFoundView(String view, String title, String heading, String what, HTMLElement link) {
        this.view = view;
        this.title = title;
        this.heading = heading;
        this.what = what;
        this.link = link;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement box = Dom.el("section", "notice");
        box.setAttribute("data-view", view);
        box.appendChild(Dom.focusableHeading("h1", heading));
        box.appendChild(Dom.text("p", null, what));
        HTMLElement p = Dom.el("p");
        p.appendChild(link);
        box.appendChild(p);
        container.appendChild(box);
    }
}
