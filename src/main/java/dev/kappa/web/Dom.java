package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Small typed helpers over TeaVM's DOM bindings. Text always goes in as text nodes, never as
 * markup, so learner- or URL-supplied strings cannot inject HTML.
 */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument document() {
        return HTMLDocument.current();
    }

    public static HTMLElement el(String tag) {
        return document().createElement(tag);
    }

    public static HTMLElement el(String tag, String className) {
        HTMLElement e = document().createElement(tag);
        if (className != null && !className.isEmpty()) {
            e.setClassName(className);
        }
        return e;
    }

    public static HTMLElement text(String tag, String className, String text) {
        return el(tag, className).withText(text);
    }

    public static HTMLElement link(String href, String text) {
        HTMLElement a = el("a").withText(text);
        a.setAttribute("href", href);
        return a;
    }

    /** A heading that receives focus after navigation, so screen readers announce the new view. */
    public static HTMLElement focusableHeading(String tag, String text) {
        HTMLElement h = el(tag).withText(text);
        h.setAttribute("tabindex", "-1");
        h.setAttribute("data-view-heading", "true");
        return h;
    }
}
