package dev.kappa.web.learn;

import dev.kappa.web.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** Small element builders shared by the learning views. */
final class UiBits {
    private UiBits() {
    }

    static HTMLElement button(String text, String className) {
        HTMLElement b = Dom.el("button", className);
        b.setAttribute("type", "button");
        b.appendChild(Dom.document().createTextNode(text));
        return b;
    }

    /** A block of build-time HTML (escaped prose and KaTeX MathML from content.js); never learner text. */
    static HTMLElement trusted(String tag, String className, String html) {
        HTMLElement e = Dom.el(tag, className);
        e.setInnerHTML(html);
        return e;
    }

    /** A polite live region: feedback written here is read out by screen readers. */
    static HTMLElement live(String className) {
        HTMLElement e = Dom.el("div", className);
        e.setAttribute("aria-live", "polite");
        e.setAttribute("role", "status");
        return e;
    }

    static HTMLElement paragraphWithLink(String before, String href, String linkText) {
        HTMLElement p = Dom.el("p");
        if (!before.isEmpty()) {
            p.appendChild(Dom.document().createTextNode(before));
        }
        p.appendChild(Dom.link(href, linkText));
        return p;
    }
}
