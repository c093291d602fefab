package dev.kappa.web.learn;

import dev.kappa.web.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The banner area above every view: problems with content or storage that the learner must see
 * (kept-aside records, a full quota, storage blocked), shown as text with a ⚠ or ℹ mark so colour
 * is not the only signal. Each notice has an id; reporting the same id again replaces it, and a
 * null message removes it.
 */
public final class Notices implements ProgressStore.Reporter {
    private final HTMLElement area;

    public Notices(HTMLElement area) {
        this.area = area;
    }

    @Override
    public void report(String id, boolean problem, String message) {
        HTMLElement old = area.querySelector("[data-notice='" + id + "']");
        if (old != null) {
            area.removeChild(old);
        }
        if (message == null) {
            return;
        }
        HTMLElement box = Dom.el("div", problem ? "notice banner problem" : "notice banner info");
        box.setAttribute("data-notice", id);
        box.setAttribute("role", problem ? "alert" : "status");
        box.appendChild(Dom.text("span", "notice-mark", problem ? "⚠ " : "ℹ "));
        box.appendChild(Dom.text("span", null, message));
        HTMLElement close = Dom.text("button", "notice-close", "Dismiss");
        close.setAttribute("type", "button");
        close.setAttribute("aria-label", "Dismiss this message");
        close.addEventListener("click", e -> {
            if (box.getParentNode() != null) {
                area.removeChild(box);
            }
        });
        box.appendChild(close);
        area.appendChild(box);
    }
}
