package dev.kappa.web.lab;

import dev.kappa.lab.LabDeclaration;
import dev.kappa.lab.LabModel;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.Param;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.PictureInput;
import dev.kappa.lab.Preset;
import dev.kappa.lab.Query;
import dev.kappa.web.Browser;
import dev.kappa.web.Clock;
import dev.kappa.web.Dom;
import dev.kappa.web.EmbedPanel;
import dev.kappa.web.Route;
import dev.kappa.web.View;
import dev.kappa.web.learn.CompiledLabText;
import dev.kappa.web.plot.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The page of any lab: its title (from the declaration), notes about the URL, the plots of its
 * model's output ({@link ModelLab}), controls generated from the declared parameters, presets (the
 * active one marked), a player when the output has iterations, readouts, the rule with its numbers,
 * "what to try", the explanation, a reference of the URL parameters, and the embed snippet.
 *
 * <p>The words (lede, rule, what to try, explanation) come from {@code content/labs/<id>.md},
 * compiled with their maths as MathML into the content scripts ({@link CompiledLabText}); that HTML is made
 * by the build and set as innerHTML. Without it the lab still works, with a short note instead.
 *
 * <p>Work is sliced: every change (control, preset, drag) updates the values and asks for an
 * animation frame; a frame lets the model {@link LabModel#prepare prepare} for at most
 * {@value #SLICE_MS} ms and, once it is ready, computes, draws and replaces the URL hash (no
 * history entry, no hashchange). The first picture is sliced the same way, so no lab blocks the
 * page however large its parameters (a progress line shows meanwhile). The player only redraws.
 * The time each frame takes is kept on the view's element ({@code data-lab-frames},
 * {@code data-lab-frame-ms}) for the benchmark, and the count of frames that drew a picture in
 * {@code data-lab-draws}.
 *
 * <p>{@code view=compact&controls=a,b} in the address (the compact embed) shows the first plot,
 * the player and the named controls only.
 *
 * <p>The app may add {@link LabPart}s (predictions, teacher notes) with {@link #with}; they change
 * the lab only through {@link #applyState} and {@link #applyRoute}.
 */
public final class LabView implements View, Control.Host, ModelLab.Host {
    /** Milliseconds of model preparation per animation frame (the rest of the frame draws). */
    private static final double SLICE_MS = 8;

    private final LabModel model;
    private final LabDeclaration declaration;
    private final Route route;
    private final boolean embedded;
    private final boolean compact;
    private final List<String> compactControls = new ArrayList<>();
    /** The compiled words, or null when the content has none for this lab. */
    private final CompiledLabText text;
    private ParamSet values;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<LabPart> parts = new ArrayList<>();
    private final Map<String, HTMLElement> readouts = new LinkedHashMap<>();
    private final List<HTMLElement> presetButtons = new ArrayList<>();
    private HTMLElement root;
    private HTMLElement notes;
    private HTMLElement errorNote;
    private HTMLElement progress;
    private HTMLElement figures;
    private HTMLElement readoutList;
    private HTMLElement rule;
    private Player player;
    private ModelLab painter;
    private EmbedPanel embed;
    private HTMLInputElement compactBox;
    private LabOutput last;
    private boolean needsCompute = true;
    private org.teavm.jso.JSObject frameRequest;
    private int frames;
    private int draws;
    private String ownHash = "";
    private boolean mounted;

    public LabView(LabModel model, Route route, boolean embedded) {
        this.model = model;
        this.declaration = model.declaration();
        this.route = route;
        this.embedded = embedded;
        this.compact = "compact".equals(route.param("view"));
        String wanted = route.param("controls");
        if (wanted != null) {
            for (String name : wanted.split(",", -1)) {
                if (!name.trim().isEmpty()) {
                    compactControls.add(name.trim());
                }
            }
        }
        this.text = CompiledLabText.find(model.id());
    }

    @Override
    public String title() {
        return declaration.title() + " — Kappa";
    }

    /** Adds a part to build when the page mounts (call before it mounts). Returns this. */
    public LabView with(LabPart part) {
        parts.add(part);
        return this;
    }

    /** The lab's id. */
    public String id() {
        return model.id();
    }

    /** Whether the page is an embed (embed.html). */
    public boolean embedded() {
        return embedded;
    }

    /** Whether the page is the compact embed (the first picture and a few controls). */
    public boolean compact() {
        return compact;
    }

    /**
     * Shows the state {@code query} ({@code a=1&b=2}) as a preset click would: the lab's defaults
     * with those values; values that do not read become notes, as in a URL. The address follows.
     */
    public void applyState(String query) {
        applyPreset(new Preset("state", query));
    }

    /**
     * Applies the state of {@code route} when it is an address of this lab ({@code #/lab/<id>?…}), as
     * {@link #applyState} does. Returns false (and does nothing) for any other address.
     */
    public boolean applyRoute(String route) {
        String own = "#/lab/" + model.id();
        if (!mounted || route == null || !(route.equals(own) || route.startsWith(own + "?"))) {
            return false;
        }
        applyState(route.length() > own.length() ? route.substring(own.length() + 1) : "");
        return true;
    }

    /** The elements of the parts placed at {@code place}, in the order they were added. */
    private List<HTMLElement> partsAt(LabPart.Place place) {
        List<HTMLElement> out = new ArrayList<>();
        for (LabPart part : parts) {
            HTMLElement e = part.place() == place ? part.build(this) : null;
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** An element holding build-made HTML (escaped prose and KaTeX MathML from the content scripts). */
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
        values = model.spec().readFrom(route.params());
        root = Dom.el("article", "lab" + (embedded ? " lab-embedded" : "") + (compact ? " lab-compact" : ""));
        root.setAttribute("data-view", "lab");
        root.setAttribute("data-lab", model.id());
        root.appendChild(Dom.focusableHeading(embedded ? "h2" : "h1", declaration.title()));
        if (text != null) {
            HTMLElement lede = trusted("p", "lede", text.lede());
            lede.setHidden(compact);
            root.appendChild(lede);
        } else if (!compact) {
            HTMLElement missing = Dom.text("p", "notice info lab-text-missing", "The explanation of this lab could not "
                    + "be loaded (you may be offline before Kappa was saved for offline use, or content/ is missing or out of "
                    + "date); the lab itself works. Reload the page "
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
        errorNote.setAttribute("role", "alert");
        errorNote.setHidden(true);
        root.appendChild(errorNote);

        HTMLElement layout = Dom.el("div", "lab-layout");
        figures = Dom.el("div", "lab-figures");
        progress = Dom.el("p", "lab-progress");
        progress.setAttribute("role", "status");
        progress.setAttribute("data-lab-progress", "true");
        progress.setHidden(true);
        figures.appendChild(progress);
        HTMLElement side = Dom.el("div", "lab-panel");
        List<HTMLElement> lead = partsAt(LabPart.Place.BEFORE_PICTURE);
        if (!lead.isEmpty()) {
            HTMLElement box = Dom.el("div", "lab-before-picture");
            for (HTMLElement e : lead) {
                box.appendChild(e);
            }
            layout.setClassName("lab-layout has-before-picture");
            layout.appendChild(box);
        }
        layout.appendChild(figures);
        layout.appendChild(side);
        root.appendChild(layout);

        // The drawer: on a phone a sheet at the bottom of the screen, over the picture's page;
        // elsewhere its parts simply sit in the side column.
        HTMLElement drawer = Dom.el("div", "lab-drawer");
        drawer.setAttribute("data-lab-drawer", "true");
        HTMLElement handle = Dom.text("button", "lab-drawer-toggle", "Controls");
        handle.setAttribute("type", "button");
        handle.setAttribute("aria-expanded", "false");
        handle.setAttribute("data-drawer-toggle", "true");
        HTMLElement drawerBody = Dom.el("div", "lab-drawer-body");
        drawerBody.setAttribute("id", "lab-drawer-" + model.id());
        handle.setAttribute("aria-controls", "lab-drawer-" + model.id());
        handle.addEventListener("click", e -> {
            boolean open = !drawer.getClassName().contains("open");
            drawer.setClassName(open ? "lab-drawer open" : "lab-drawer");
            handle.setAttribute("aria-expanded", String.valueOf(open));
            handle.setTextContent(open ? "Hide controls" : "Controls");
            if (open) {
                showFirstPicture(drawer, drawerBody);
            } else {
                drawerBody.getStyle().removeProperty("max-height");
            }
        });
        drawer.appendChild(handle);
        drawer.appendChild(drawerBody);
        side.appendChild(drawer);

        player = new Player(this::redraw, Player.prefersReducedMotion());
        drawerBody.appendChild(player.element());
        HTMLElement presets = buildPresets();
        presets.setHidden(presets.isHidden() || compact);
        drawerBody.appendChild(presets);
        HTMLElement form = Dom.el("div", "lab-controls");
        form.setAttribute("role", "group");
        form.setAttribute("aria-label", "Parameters");
        for (Param p : values.params()) {
            Control c = new Control(p, model.id(), this);
            controls.put(p.name(), c);
            c.element().setHidden(compact && !compactControls.contains(p.name()));
            form.appendChild(c.element());
        }
        if (model instanceof PictureInput) {
            PicturePicker picker = new PicturePicker(model.id(), picture -> {
                PictureInput taker = (PictureInput) model;
                taker.takePicture(picture);
                taker.showPicture(values);
                syncControls();
                valuesChanged();
            });
            picker.element().setHidden(compact);
            form.appendChild(picker.element());
        }
        drawerBody.appendChild(form);

        HTMLElement results = Dom.el("div", "lab-results");
        HTMLElement readoutBox = Dom.el("section", "lab-readouts");
        readoutBox.appendChild(Dom.text("h2", null, "Readouts"));
        readoutList = Dom.el("dl", "readouts");
        readoutBox.appendChild(readoutList);
        HTMLElement ruleBox = Dom.el("section", "lab-rule-box");
        ruleBox.appendChild(Dom.text("h2", null, "The rule behind the picture"));
        if (text != null) {
            HTMLElement maths = trusted("div", "lab-rule-maths", text.rule());
            maths.setAttribute("data-lab-rule-maths", "true");
            ruleBox.appendChild(maths);
        }
        // The rule with the current numbers, for labs that write one; hidden while empty.
        rule = Dom.el("p", "lab-rule");
        rule.setAttribute("data-lab-rule", "true");
        rule.setHidden(true);
        ruleBox.appendChild(rule);
        results.appendChild(readoutBox);
        results.appendChild(ruleBox);
        results.setHidden(compact);
        side.appendChild(results);

        if (!compact) {
            root.appendChild(buildTexts());
            for (HTMLElement e : partsAt(LabPart.Place.AFTER_WORDS)) {
                root.appendChild(e);
            }
            root.appendChild(buildParameterReference());
            embed = new EmbedPanel("lab-" + model.id(), this::embedHash, declaration::title, 700);
            embed.options().appendChild(compactOption());
            root.appendChild(embed.element());
        }
        container.appendChild(root);

        painter = new ModelLab(model.id(), figures, this);
        painter.showFirstPlotOnly(compact);
        syncControls();
        mounted = true;
        writeUrl();
        // The first picture in the next frame: the page's words and controls are laid out first, in
        // their own task, and no task does everything at once.
        progress.setTextContent("Computing…");
        progress.setHidden(false);
        requestFrame();
    }

    @Override
    public void unmount() {
        mounted = false;
        if (frameRequest != null) {
            Browser.cancelFrame(frameRequest);
            frameRequest = null;
        }
        if (painter != null) {
            for (Plot p : painter.plots()) {
                p.detach();
            }
        }
        if (player != null) {
            player.stop();
        }
    }

    private List<String> urlNotes() {
        List<String> list = new ArrayList<>(values.notes());
        if (!route.problems().isEmpty()) {
            list.add(0, route.problems());
        }
        for (String name : compactControls) {
            if (!hasParam(name)) {
                list.add("controls: '" + name + "' is not a parameter of this lab");
                break;
            }
        }
        return list;
    }

    private boolean hasParam(String name) {
        for (Param p : values.params()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
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
        List<Preset> presets = model.allPresets();
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
            b.setAttribute("aria-pressed", "false");
            b.addEventListener("click", e -> applyPreset(preset));
            box.appendChild(b);
            presetButtons.add(b);
        }
        return box;
    }

    /**
     * Scrolls the first plot to the top of the screen and, when the plot is tall (min-norm's square
     * plot with its legend under it), shortens the open drawer so it ends above the drawer: a control
     * and the picture it moves stay on screen together. The drawer keeps at least a quarter of the
     * screen (and takes at most the 44 % the style sheet gives it).
     */
    private void showFirstPicture(HTMLElement drawer, HTMLElement drawerBody) {
        HTMLElement first = (HTMLElement) figures.querySelector("[data-plot]:not([hidden]) canvas");
        if (first != null) {
            fitAbove(first, drawer, drawerBody);
        }
    }

    @org.teavm.jso.JSBody(params = {"el", "drawer", "body"}, script = "try { var r = el.getBoundingClientRect();"
            + " window.scrollBy(0, r.top - 8);"
            + " var h = window.innerHeight; var bar = drawer.getBoundingClientRect().height - body.getBoundingClientRect().height;"
            + " var room = h - 8 - r.height - 4 - bar;"
            + " if (room < 0.44 * h) { body.style.maxHeight = Math.max(0.25 * h, room) + 'px'; }"
            + " } catch (e) {}")
    private static native void fitAbove(HTMLElement el, HTMLElement drawer, HTMLElement body);

    /** Applies a preset: the lab's defaults with the preset's values. */
    public void applyPreset(Preset preset) {
        ParamSet next = preset.applyTo(model.spec());
        values = next;
        showNotes(next.notes());
        syncControls();
        valuesChanged();
    }

    /** Marks the preset the state equals (if any) as pressed; departing from it clears the mark. */
    private void markActivePreset() {
        List<Preset> presets = model.allPresets();
        for (int i = 0; i < presetButtons.size(); i++) {
            boolean on = presets.get(i).matches(values);
            String want = String.valueOf(on);
            HTMLElement b = presetButtons.get(i);
            if (!want.equals(b.getAttribute("aria-pressed"))) {
                b.setAttribute("aria-pressed", want);
                b.setClassName(on ? "preset active" : "preset");
            }
        }
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

    /** Every parameter's name, meaning, range and default, for people who write links or embeds by hand. */
    private HTMLElement buildParameterReference() {
        HTMLElement details = Dom.el("details", "lab-params");
        details.appendChild(Dom.text("summary", null, "Parameters in the address"));
        details.appendChild(Dom.text("p", null, "Every control is in the address after #/lab/" + model.id()
                + "?, so a link reproduces the picture; a compact embed adds view=compact&controls=name,name."));
        HTMLElement wrap = Dom.el("div", "lab-table");
        HTMLElement table = Dom.el("table");
        HTMLElement head = Dom.el("tr");
        for (String h : new String[] {"name", "control", "values", "default"}) {
            HTMLElement th = Dom.text("th", null, h);
            th.setAttribute("scope", "col");
            head.appendChild(th);
        }
        HTMLElement thead = Dom.el("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        HTMLElement body = Dom.el("tbody");
        for (Param p : values.params()) {
            HTMLElement tr = Dom.el("tr");
            tr.appendChild(Dom.text("td", "mono", p.name()));
            tr.appendChild(Dom.text("td", null, p.label()));
            String range;
            String def;
            switch (p.kind()) {
                case CHOICE:
                    range = String.join(", ", p.choices());
                    def = p.defaultChoice();
                    break;
                case FLAG:
                    range = "0, 1";
                    def = p.defaultNumber() != 0 ? "1" : "0";
                    break;
                case TEXT:
                    range = "text, up to " + (int) p.max() + " characters";
                    def = p.defaultChoice().isEmpty() ? "(empty)" : p.defaultChoice();
                    break;
                default:
                    range = NumberText.format(p.min()) + " … " + NumberText.format(p.max())
                            + (p.kind() == Param.Kind.INTEGER ? ", integer" : p.logScale() ? ", log scale" : "");
                    def = NumberText.format(p.defaultNumber());
            }
            tr.appendChild(Dom.text("td", null, range));
            tr.appendChild(Dom.text("td", "mono", def));
            body.appendChild(tr);
        }
        table.appendChild(body);
        wrap.appendChild(table);
        details.appendChild(wrap);
        return details;
    }

    /** The embed option: compact (the picture and chosen controls) instead of the whole lab. */
    private HTMLElement compactOption() {
        HTMLElement row = Dom.el("div", "embed-compact");
        compactBox = (HTMLInputElement) Dom.el("input");
        compactBox.setType("checkbox");
        compactBox.setAttribute("id", "embed-compact-" + model.id());
        compactBox.setAttribute("data-embed-compact", "true");
        HTMLElement label = Dom.text("label", null, "Compact: the first picture with the controls of its first "
                + "parameters only (edit controls= in the snippet to choose others)");
        label.setAttribute("for", "embed-compact-" + model.id());
        compactBox.addEventListener("change", e -> embed.update());
        row.appendChild(compactBox);
        row.appendChild(label);
        return row;
    }

    /** The embedded route: this state, and with the compact option its view and first two numeric controls. */
    private String embedHash() {
        String h = "#/lab/" + model.id() + "?" + values.toQuery();
        if (compactBox != null && compactBox.isChecked()) {
            List<String> names = new ArrayList<>();
            for (Param p : values.params()) {
                if ((p.kind() == Param.Kind.NUMBER || p.kind() == Param.Kind.INTEGER) && names.size() < 2) {
                    names.add(p.name());
                }
            }
            h += "&view=compact&controls=" + String.join(",", names);
        }
        return h;
    }

    /** The address of this state: the lab's parameters, then the compact view's own, if any. */
    private String ownHashFor() {
        String h = "#/lab/" + model.id() + "?" + values.toQuery();
        if (compact) {
            h += "&view=compact&controls=" + Query.encode(String.join(",", compactControls));
        }
        return h;
    }

    // ---- values, frames and the URL ----------------------------------------------------

    @Override
    public void setParam(String name, double value) {
        values.set(name, value);
        Control c = controls.get(name);
        if (c != null) {
            c.sync(values);
        }
        valuesChanged();
    }

    @Override
    public void setChoice(String name, String value) {
        values.setChoice(name, value);
        valuesChanged();
    }

    @Override
    public void setText(String name, String value) {
        values.setText(name, value);
        Control c = controls.get(name);
        if (c != null) {
            c.sync(values); // the lab itself may set it (points edited on the plot)
        }
        valuesChanged();
    }

    @Override
    public void apply(ParamSet changed) {
        boolean any = false;
        for (Param p : values.params()) {
            if (p.kind() == Param.Kind.NUMBER || p.kind() == Param.Kind.INTEGER) {
                double v = changed.number(p.name());
                if (Double.doubleToLongBits(v) != Double.doubleToLongBits(values.number(p.name()))) {
                    values.set(p.name(), v);
                    controls.get(p.name()).sync(values);
                    any = true;
                }
            }
        }
        if (any) {
            valuesChanged();
        }
    }

    @Override
    public ParamSet values() {
        return values;
    }

    @Override
    public void requestRedraw() {
        requestFrame();
    }

    private void valuesChanged() {
        needsCompute = true;
        player.showAll();
        requestFrame();
    }

    private void redraw() {
        requestFrame();
    }

    private void syncControls() {
        for (Control c : controls.values()) {
            c.sync(values);
        }
    }

    /** Coalesces changes: at most one frame's work per animation frame. */
    private void requestFrame() {
        if (frameRequest != null || !mounted) {
            return;
        }
        frameRequest = Browser.nextFrame(() -> {
            frameRequest = null;
            frame();
        });
    }

    /** One frame: a slice of preparation, or the computation, or the drawing; then the URL. */
    private void frame() {
        if (!mounted) {
            return;
        }
        double t0 = Clock.now();
        work(t0);
        double ms = Clock.now() - t0;
        frames++;
        root.setAttribute("data-lab-frames", String.valueOf(frames));
        root.setAttribute("data-lab-frame-ms", NumberText.format(ms, 4));
        writeUrl();
    }

    private void work(double t0) {
        if (needsCompute) {
            if (!prepared(t0)) {
                return;
            }
            try {
                double c0 = Clock.now();
                last = model.compute(values);
                root.setAttribute("data-lab-compute-ms", NumberText.format(Clock.now() - c0, 4));
                needsCompute = false;
                player.setMax(last.steps());
                if (Clock.now() - t0 > SLICE_MS) {
                    // a long computation: draw in the next frame, so no single task does both
                    requestFrame();
                    return;
                }
            } catch (RuntimeException e) {
                // A model that rejects a combination must not break the page: say so, keep the controls.
                errorNote.setTextContent("This combination could not be drawn: " + e.getMessage());
                errorNote.setHidden(false);
                progress.setHidden(true);
                needsCompute = false;
                last = null;
            }
        }
        if (last != null) {
            try {
                double d0 = Clock.now();
                draw(last);
                root.setAttribute("data-lab-draw-ms", NumberText.format(Clock.now() - d0, 4));
                // frames also tick while staged work is still running: tests wait for a drawn one
                root.setAttribute("data-lab-draws", String.valueOf(++draws));
                progress.setHidden(true);
                if (!errorNote.isHidden()) {
                    errorNote.setHidden(true);
                }
            } catch (RuntimeException e) {
                errorNote.setTextContent("This picture could not be drawn: " + e.getMessage());
                errorNote.setHidden(false);
            }
        }
    }

    /**
     * Lets a slow model work for at most {@link #SLICE_MS} in this frame; until it is done the
     * previous picture stays, dimmed and marked {@code aria-busy} (or, before the first picture, a
     * progress line shows), and another frame is requested.
     */
    private boolean prepared(double t0) {
        boolean done = model.prepare(values, 0);
        while (!done && Clock.now() - t0 < SLICE_MS) {
            done = model.prepare(values, 1);
        }
        String percent = String.valueOf(Math.round(model.progress() * 100));
        for (Plot p : painter.plots()) {
            if (done) {
                p.element().removeAttribute("aria-busy");
            } else {
                p.element().setAttribute("aria-busy", "true");
                p.element().setAttribute("data-progress", percent);
            }
        }
        if (!done) {
            progress.setHidden(last != null);
            progress.setTextContent("Computing… " + percent + "%");
            requestFrame();
        }
        return done;
    }

    private void draw(LabOutput out) {
        int step = player.shown();
        if (!painter.draw(out, values, step)) {
            requestFrame(); // new plots: their canvases are painted in the next frame
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (LabOutput.Readout r : out.readouts()) {
            readout(r.key(), r.label(), r.text(step));
            seen.put(r.key(), true);
        }
        List<String> gone = new ArrayList<>();
        for (String key : readouts.keySet()) {
            if (!seen.containsKey(key)) {
                gone.add(key);
            }
        }
        for (String key : gone) {
            HTMLElement dd = readouts.remove(key);
            readoutList.removeChild(dd.getPreviousSibling());
            readoutList.removeChild(dd);
        }
        String r = out.rule(step);
        if (!r.equals(rule.getTextContent())) {
            rule.setTextContent(r);
        }
        rule.setHidden(r.isEmpty());
        markActivePreset();
    }

    /** Sets (creating on first use) the readout {@code key}: a term and its value. */
    private void readout(String key, String term, String value) {
        HTMLElement dd = readouts.get(key);
        if (dd == null) {
            HTMLElement dt = Dom.text("dt", null, term);
            dd = Dom.el("dd");
            dd.setAttribute("data-readout", key);
            readoutList.appendChild(dt);
            readoutList.appendChild(dd);
            readouts.put(key, dd);
        } else {
            HTMLElement dt = (HTMLElement) dd.getPreviousSibling();
            if (!term.equals(dt.getTextContent())) {
                dt.setTextContent(term);
            }
        }
        if (!value.equals(dd.getTextContent())) {
            dd.setTextContent(value);
        }
    }

    private void writeUrl() {
        String hash = ownHashFor();
        if (!hash.equals(ownHash)) {
            ownHash = hash;
            Browser.replaceHash(hash);
        }
        if (embed != null) {
            embed.update();
        }
    }
}
