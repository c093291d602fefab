package dev.kappa.web;

import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Embed" button of a lab, deck, quiz or exercise and its panel: a copyable snippet that shows
 * the current state in any page, an {@code <iframe data-kappa>} of {@code embed.html} plus the
 * one-line include of {@code embed-host.js}, which keeps the frame as tall as its content. The
 * snippet is always up to date (also before the panel is opened), since browser tests and people
 * read it either way. Options (a lab's compact view) can be added to the panel.
 */
public final class EmbedPanel {
    private final HTMLElement root;
    private final HTMLElement panel;
    private final HTMLElement code;
    private final HTMLElement options;
    private final Supplier<String> hash;
    private final Supplier<String> title;
    private final int height;

    /**
     * @param id      unique among the page's embed panels (for element ids)
     * @param hash    the route to embed, e.g. {@code #/quiz/conditioning}
     * @param title   the frame's title for screen readers
     * @param height  a first height in CSS pixels, until the frame reports its own
     */
    public EmbedPanel(String id, Supplier<String> hash, Supplier<String> title, int height) {
        this.hash = hash;
        this.title = title;
        this.height = height;
        root = Dom.el("section", "embed-box");
        HTMLElement toggle = Dom.text("button", null, "Embed");
        toggle.setAttribute("type", "button");
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("data-embed-toggle", "true");
        root.appendChild(toggle);
        panel = Dom.el("div", "embed-panel");
        panel.setHidden(true);
        options = Dom.el("div", "embed-options");
        panel.appendChild(options);
        HTMLElement label = Dom.text("label", null, "Paste this into a web page (a course page, an LMS, a blog) to "
                + "show it there as it is now:");
        label.setAttribute("for", "embed-code-" + id);
        panel.appendChild(label);
        code = Dom.el("textarea", "embed-code mono");
        code.setAttribute("id", "embed-code-" + id);
        code.setAttribute("readonly", "readonly");
        code.setAttribute("rows", "5");
        code.setAttribute("data-embed-code", "true");
        panel.appendChild(code);
        HTMLElement copy = Dom.text("button", null, "Copy");
        copy.setAttribute("type", "button");
        HTMLElement status = Dom.el("span", "embed-status");
        status.setAttribute("role", "status");
        copy.addEventListener("click", e -> Browser.copyText(snippet(), ok -> {
            if (ok) {
                status.setTextContent("Copied.");
            } else {
                Browser.selectAll(code);
                status.setTextContent("Selected: press Ctrl+C (⌘C) to copy.");
            }
        }));
        panel.appendChild(copy);
        panel.appendChild(status);
        panel.appendChild(Dom.text("p", "embed-help", "The frame grows and shrinks with its content through the "
                + "script line; a page that does not allow scripts shows it at the height given."));
        root.appendChild(panel);
        toggle.addEventListener("click", e -> {
            boolean open = panel.isHidden();
            panel.setHidden(!open);
            toggle.setAttribute("aria-expanded", String.valueOf(open));
            if (open) {
                update();
                Browser.selectAll(code);
            }
        });
        update();
    }

    public HTMLElement element() {
        return root;
    }

    /** Where options (checkboxes that change what is embedded) go, above the snippet. */
    public HTMLElement options() {
        return options;
    }

    /** Writes the snippet for the current state. */
    public void update() {
        String s = snippet();
        if (!s.equals(((HTMLInputElement) code).getValue())) {
            ((HTMLInputElement) code).setValue(s);
        }
    }

    /** The iframe of {@code embed.html} at the current route, then the host script's one line. */
    public String snippet() {
        String base = Browser.baseUrl();
        return "<iframe data-kappa src=\"" + attr(base + "embed.html" + hash.get()) + "\" title=\""
                + attr("Kappa: " + title.get()) + "\" loading=\"lazy\" width=\"100%\" height=\"" + height
                + "\" style=\"border:0\" allow=\"clipboard-write\"></iframe>\n<script src=\"" + attr(base
                + "embed-host.js") + "\" async></script>";
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
