package dev.kappa.web.lab;

import dev.kappa.lab.NumberText;
import dev.kappa.lab.Param;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.web.Browser;
import dev.kappa.web.Clock;
import dev.kappa.web.Dom;
import dev.kappa.web.Route;
import dev.kappa.web.TopicMap;
import dev.kappa.web.View;
import dev.kappa.web.learn.CompiledLabText;
import dev.kappa.web.plot.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The page of one lab: title, notes about the URL, plots, controls generated from the lab's
 * {@link ParamSet}, presets, play controls, readouts, the update rule, "what to try", the
 * explanation and the embed snippet.
 *
 * <p>The words (title, lede, rule, what to try, explanation) come from {@code content/labs/<id>.md},
 * compiled with their maths as MathML into content.js ({@link CompiledLabText}); that HTML is made
 * by the build and set as innerHTML. Without it (content.js missing or stale) the lab still works,
 * with a plain title and a short note in place of the words.
 *
 * <p>Every change (control, preset, drag) updates the values, then at most once per animation
 * frame the lab recomputes and redraws and the URL hash is replaced (no history entry, no
 * hashchange), so the address always reproduces the picture. The time each update takes is kept
 * on the view's element ({@code data-lab-frames}, {@code data-lab-frame-ms}) for the benchmark.
 */
public final class LabView implements View {
    private final Lab lab;
    private final Route route;
    private final boolean embedded;
    /** The compiled words, or null when content.js has none for this lab. */
    private final CompiledLabText text;
    private ParamSet values;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private HTMLElement root;
    private HTMLElement notes;
    private HTMLElement errorNote;
    private HTMLElement embedPanel;
    private HTMLElement embedText;
    private LabPage page;
    private int frameRequest = -1;
    private int frames;
    private String ownHash = "";
    private boolean mounted;

    public LabView(Lab lab, Route route, boolean embedded) {
        this.lab = lab;
        this.route = route;
        this.embedded = embedded;
        this.text = CompiledLabText.find(lab.id());
    }

    @Override
    public String title() {
        return labTitle() + " — Kappa";
    }

    /** Plain text: the compiled title, else the home page's name for the lab, else its id. */
    private String labTitle() {
        if (text != null) {
            return text.title();
        }
        TopicMap.LabEntry entry = TopicMap.lab(lab.id());
        return entry != null ? entry.title() : lab.id();
    }

    /** An element holding build-made HTML (escaped prose and KaTeX MathML from content.js). */
    private static HTMLElement trusted(String tag, String className, String html) {
        HTMLElement e = Dom.el(tag, className);
        e.setInnerHTML(html);
        return e;
    }

    /** Whether {@code hash} is the address this view last wrote (so the router can leave it alone). */
    public boolean owns(String hash) {
        return mounted && hash != null && hash.equals(ownHash);
    }

    @Override
    public void mount(HTMLElement container) {
        values = lab.params().readFrom(route.params());
        root = Dom.el("article", "lab" + (embedded ? " lab-embedded" : ""));
        root.setAttribute("data-view", "lab");
        root.setAttribute("data-lab", lab.id());
        root.appendChild(Dom.focusableHeading(embedded ? "h2" : "h1", labTitle()));
        if (text != null) {
            root.appendChild(trusted("p", "lede", text.lede()));
        } else {
            HTMLElement missing = Dom.text("p", "notice info lab-text-missing", "The explanation of this lab could not "
                    + "be loaded (content/content.js is missing or out of date); the lab itself works. Reload the page "
                    + "to try again.");
            missing.setAttribute("data-lab-text-missing", "true");
            root.appendChild(missing);
        }
        notes = Dom.el("div", "notice info lab-notes");
        notes.setAttribute("data-lab-notes", "true");
        notes.setAttribute("role", "status");
        root.appendChild(notes);
        showNotes(urlNotes());
        errorNote = Dom.el("p", "notice lab-error");
        errorNote.setHidden(true);
        root.appendChild(errorNote);

        HTMLElement layout = Dom.el("div", "lab-layout");
        HTMLElement figures = Dom.el("div", "lab-figures");
        HTMLElement panel = Dom.el("div", "lab-panel");
        layout.appendChild(figures);
        layout.appendChild(panel);
        root.appendChild(layout);

        HTMLElement playerSlot = Dom.el("div", "lab-player");
        panel.appendChild(playerSlot);
        panel.appendChild(buildPresets());
        HTMLElement form = Dom.el("div", "lab-controls");
        form.setAttribute("role", "group");
        form.setAttribute("aria-label", "Parameters");
        for (Param p : values.params()) {
            Control c = new Control(p, lab, this);
            controls.put(p.name(), c);
            form.appendChild(c.element());
        }
        HTMLElement readoutBox = Dom.el("section", "lab-readouts");
        readoutBox.appendChild(Dom.text("h2", null, "Readouts"));
        HTMLElement dl = Dom.el("dl", "readouts");
        readoutBox.appendChild(dl);
        HTMLElement ruleBox = Dom.el("section", "lab-rule-box");
        ruleBox.appendChild(Dom.text("h2", null, "The rule behind the picture"));
        if (text != null) {
            HTMLElement maths = trusted("div", "lab-rule-maths", text.rule());
            maths.setAttribute("data-lab-rule-maths", "true");
            ruleBox.appendChild(maths);
        }
        // The current step with its numbers, for labs that write one (LabPage.rule); hidden while empty.
        HTMLElement rule = Dom.el("p", "lab-rule");
        rule.setAttribute("data-lab-rule", "true");
        rule.setHidden(true);
        ruleBox.appendChild(rule);
        ruleBox.setHidden(text == null);
        // Readouts and the rule sit right under the presets, next to the plot, above the long list of controls.
        panel.appendChild(readoutBox);
        panel.appendChild(ruleBox);
        panel.appendChild(form);

        root.appendChild(buildTexts());
        root.appendChild(buildEmbed());
        container.appendChild(root);

        page = new LabPage(this, figures, dl, rule, playerSlot);
        lab.build(page);
        for (Plot p : page.plots()) {
            p.attach();
        }
        syncControls();
        mounted = true;
        writeUrl();
        runUpdate();
    }

    @Override
    public void unmount() {
        mounted = false;
        if (frameRequest >= 0) {
            Window.cancelAnimationFrame(frameRequest);
            frameRequest = -1;
        }
        if (page != null) {
            for (Plot p : page.plots()) {
                p.detach();
            }
            if (page.hasPlayer()) {
                page.player().stop();
            }
        }
        lab.dispose();
    }

    private List<String> urlNotes() {
        List<String> list = new ArrayList<>(values.notes());
        if (!route.problems().isEmpty()) {
            list.add(0, route.problems());
        }
        return list;
    }

    private void showNotes(List<String> list) {
        notes.clear();
        if (list.isEmpty()) {
            notes.setHidden(true);
            return;
        }
        notes.setHidden(false);
        notes.appendChild(Dom.text("p", null, "Some values in the address could not be used:"));
        HTMLElement ul = Dom.el("ul");
        for (String n : list) {
            ul.appendChild(Dom.text("li", null, n));
        }
        notes.appendChild(ul);
    }

    private HTMLElement buildPresets() {
        HTMLElement box = Dom.el("div", "lab-presets");
        List<Preset> presets = lab.presets();
        if (presets.isEmpty()) {
            box.setHidden(true);
            return box;
        }
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", "Presets");
        box.appendChild(Dom.text("span", "kind-label", "Presets"));
        int i = 0;
        for (Preset preset : presets) {
            HTMLElement b = Dom.text("button", "preset", preset.label());
            b.setAttribute("type", "button");
            b.setAttribute("data-preset", String.valueOf(i++));
            b.addEventListener("click", e -> applyPreset(preset));
            box.appendChild(b);
        }
        return box;
    }

    /** Applies a preset: listed values change, the rest stay. */
    public void applyPreset(Preset preset) {
        ParamSet next = preset.applyTo(values);
        values = next;
        showNotes(next.notes());
        syncControls();
        valuesChanged();
    }

    private HTMLElement buildTexts() {
        HTMLElement box = Dom.el("div", "lab-texts");
        if (text == null) {
            box.setHidden(true); // the note under the title already says the words are missing
            return box;
        }
        HTMLElement tryBox = Dom.el("section", "lab-try");
        tryBox.appendChild(Dom.text("h2", null, "What to try"));
        HTMLElement ol = Dom.el("ol");
        for (String html : text.tryItems()) {
            ol.appendChild(trusted("li", null, html));
        }
        tryBox.appendChild(ol);
        HTMLElement explain = Dom.el("section", "lab-explanation");
        explain.appendChild(Dom.text("h2", null, "What is going on"));
        for (String html : text.explanation()) {
            explain.appendChild(trusted("p", null, html));
        }
        box.appendChild(tryBox);
        box.appendChild(explain);
        return box;
    }

    private HTMLElement buildEmbed() {
        HTMLElement box = Dom.el("section", "lab-embed");
        HTMLElement toggle = Dom.text("button", null, "Embed");
        toggle.setAttribute("type", "button");
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("data-embed-toggle", "true");
        box.appendChild(toggle);
        if (embedded) {
            HTMLElement open = Dom.link("index.html" + ownHashFor(), "Open in Kappa");
            open.setAttribute("target", "_blank");
            open.setAttribute("rel", "noopener");
            open.setAttribute("data-open-in-kappa", "true");
            box.appendChild(open);
        }
        embedPanel = Dom.el("div", "embed-panel");
        embedPanel.setHidden(true);
        HTMLElement label = Dom.text("label", null, "Paste this into a web page to show this lab as it is now:");
        label.setAttribute("for", "embed-code-" + lab.id());
        embedPanel.appendChild(label);
        embedText = Dom.el("textarea", "embed-code mono");
        embedText.setAttribute("id", "embed-code-" + lab.id());
        embedText.setAttribute("readonly", "readonly");
        embedText.setAttribute("rows", "4");
        embedText.setAttribute("data-embed-code", "true");
        embedPanel.appendChild(embedText);
        HTMLElement copy = Dom.text("button", null, "Copy");
        copy.setAttribute("type", "button");
        HTMLElement status = Dom.el("span", "embed-status");
        status.setAttribute("role", "status");
        copy.addEventListener("click", e -> {
            String text = ((HTMLInputElement) embedText).getValue();
            Browser.copyText(text, ok -> {
                if (ok) {
                    status.setTextContent("Copied.");
                } else {
                    Browser.selectAll(embedText);
                    status.setTextContent("Selected: press Ctrl+C (⌘C) to copy.");
                }
            });
        });
        embedPanel.appendChild(copy);
        embedPanel.appendChild(status);
        box.appendChild(embedPanel);
        toggle.addEventListener("click", e -> {
            boolean open = embedPanel.isHidden();
            embedPanel.setHidden(!open);
            toggle.setAttribute("aria-expanded", String.valueOf(open));
            if (open) {
                updateEmbedText();
                Browser.selectAll(embedText);
            }
        });
        return box;
    }

    /** The iframe snippet for the current state. */
    String embedSnippet() {
        String src = Browser.baseUrl() + "embed.html" + ownHashFor();
        return "<iframe src=\"" + attr(src) + "\" title=\"" + attr("Kappa: " + labTitle())
                + "\" loading=\"lazy\" width=\"100%\" height=\"" + lab.embedHeight()
                + "\" style=\"border:0\"></iframe>";
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private void updateEmbedText() {
        if (embedText != null && !embedPanel.isHidden()) {
            ((HTMLInputElement) embedText).setValue(embedSnippet());
        }
    }

    private String ownHashFor() {
        return "#/lab/" + lab.id() + "?" + values.toQuery();
    }

    // ---- values, frames and the URL ----------------------------------------------------

    /** A control or the lab changed one value. */
    void setParam(String name, double value) {
        values.set(name, value);
        Control c = controls.get(name);
        if (c != null) {
            c.sync(values);
        }
        valuesChanged();
    }

    void setChoice(String name, String value) {
        values.setChoice(name, value);
        valuesChanged();
    }

    void setText(String name, String value) {
        values.setText(name, value);
        Control c = controls.get(name);
        if (c != null) {
            c.sync(values); // the lab itself may set it (points edited on the plot)
        }
        valuesChanged();
    }

    ParamSet values() {
        return values;
    }

    private void valuesChanged() {
        if (page != null && page.hasPlayer()) {
            page.player().showAll();
        }
        requestUpdate();
    }

    private void syncControls() {
        for (Control c : controls.values()) {
            c.sync(values);
        }
    }

    /** Coalesces changes: one recompute and redraw per animation frame. */
    void requestUpdate() {
        if (frameRequest >= 0 || !mounted) {
            return;
        }
        frameRequest = Window.requestAnimationFrame(t -> {
            frameRequest = -1;
            if (mounted) {
                runUpdate();
                writeUrl();
            }
        });
    }

    private void runUpdate() {
        double t0 = Clock.now();
        try {
            lab.update(values);
            for (Plot p : page.plots()) {
                p.render();
            }
            if (!errorNote.isHidden()) {
                errorNote.setHidden(true);
            }
        } catch (RuntimeException e) {
            // A model that rejects a combination must not break the page: say so, keep the controls.
            errorNote.setTextContent("This combination could not be drawn: " + e.getMessage());
            errorNote.setHidden(false);
        }
        double ms = Clock.now() - t0;
        frames++;
        root.setAttribute("data-lab-frames", String.valueOf(frames));
        root.setAttribute("data-lab-frame-ms", NumberText.format(ms, 4));
    }

    private void writeUrl() {
        String hash = ownHashFor();
        if (!hash.equals(ownHash)) {
            ownHash = hash;
            Browser.replaceHash(hash);
        }
        updateEmbedText();
    }
}
