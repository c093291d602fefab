package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/** What Kappa is, which engine runs it, and where the learner's data lives. */
final class AboutView implements View {
    private final String engine;

    AboutView(String engine) {
        this.engine = engine;
    }

    @Override
    public String title() {
        return "About — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement section = Dom.el("section");
        section.setAttribute("data-view", "about");
        section.appendChild(Dom.focusableHeading("h1", "About Kappa"));
        section.appendChild(Dom.text("p", "lede", "Kappa teaches least squares, conditioning, regularization and "
                + "optimization by letting you work with the mathematics itself: every number you see is computed "
                + "in your browser by a small linear-algebra library checked against LAPACK."));
        section.appendChild(Dom.text("p", null, "Engine in use: " + (engine.equals("wasm")
                ? "WebAssembly (WasmGC)." : "JavaScript (the fallback for browsers without WasmGC and for pages opened from disk).")));
        section.appendChild(Dom.text("p", null, "Your progress is stored only in this browser. Nothing is sent anywhere."));
        HTMLElement p = Dom.el("p");
        p.appendChild(Dom.link("#/selftest", "Run the engine self-test"));
        section.appendChild(p);
        container.appendChild(section);
    }
}
