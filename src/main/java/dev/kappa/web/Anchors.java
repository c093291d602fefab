package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Hashes that are in-page anchors rather than routes ({@code #main-content}). The skip link moves focus to the
 * main content without touching the address, because a lab keeps its whole state in the address: following
 * {@code href="#main-content"} would replace it, and a reload would lose the lab.
 */
final class Anchors {
    private Anchors() {
    }

    /** Makes every skip link ({@code a[data-skip]}) move focus to its target and leave the address alone. */
    static void installSkipLinks(HTMLDocument document) {
        for (int i = 0; i < document.querySelectorAll("a[data-skip]").getLength(); i++) {
            HTMLElement link = (HTMLElement) document.querySelectorAll("a[data-skip]").get(i);
            link.addEventListener("click", e -> {
                String href = link.getAttribute("href");
                if (href != null && href.startsWith("#") && reveal(document, href.substring(1))) {
                    e.preventDefault();
                }
            });
        }
    }

    /** Focuses (and so scrolls to) the element with this id; false when there is none. */
    static boolean reveal(HTMLDocument document, String id) {
        HTMLElement target = id.isEmpty() ? null : document.getElementById(id);
        if (target == null) {
            return false;
        }
        if (!target.hasAttribute("tabindex")) {
            target.setAttribute("tabindex", "-1");
        }
        target.focus();
        return true;
    }
}
