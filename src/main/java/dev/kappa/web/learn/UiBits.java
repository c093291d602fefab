package dev.kappa.web.learn;

import dev.kappa.web.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

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

    /** A block of build-time HTML (escaped prose and KaTeX MathML from the content scripts); never learner text. */
    static HTMLElement trusted(String tag, String className, String html) {
        HTMLElement e = Dom.el(tag, className);
        e.setInnerHTML(html);
        return e;
    }

    /**
     * A one-line answer box: no autocomplete or spell-check (answers are maths), described by the
     * elements {@code describedBy} names, and Enter runs {@code onEnter} instead of submitting.
     */
    static HTMLInputElement answerBox(String id, String describedBy, Runnable onEnter) {
        HTMLInputElement input = (HTMLInputElement) Dom.el("input");
        input.setType("text");
        input.setAttribute("id", id);
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("aria-describedby", describedBy);
        input.addEventListener("keydown", e -> {
            if ("Enter".equals(((KeyboardEvent) e).getKey())) {
                e.preventDefault();
                onEnter.run();
            }
        });
        return input;
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
