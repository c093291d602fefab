package dev.kappa.web;

import dev.kappa.web.lab.LabRegistry;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Entry point of both browser builds; the loader calls {@code main} once the engine is loaded. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement container = document.getElementById("app");
        new App(document, container, LabRegistry.catalog(Catalog.empty())).start();
    }

    /**
     * The engine self-check, callable from JavaScript as {@code kappa.selfCheck()}: the summary and
     * fingerprints of {@link SelfTestSuite}, one check per line.
     */
    @JSExport
    public static String selfCheck() {
        return SelfTestSuite.report(SelfTestSuite.run());
    }
}
