package dev.kappa.web;

import dev.kappa.web.learn.LearnCatalog;
import dev.kappa.web.learn.Learning;
import dev.kappa.web.learn.Notices;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the JavaScript build, and the app both builds start (the WebAssembly build enters
 * through {@link WasmMain}); the loader calls {@code main} once the engine is loaded.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement container = document.getElementById("app");
        HTMLElement noticeArea = document.getElementById("notices");
        if (noticeArea == null) {
            noticeArea = Dom.el("div", "notices");
            container.getParentNode().insertBefore(noticeArea, container);
        }
        Learning learning = Learning.boot(new Notices(noticeArea));
        new App(document, container, new LearnCatalog(learning, Catalog.empty()), learning).start();
    }

    /**
     * The engine self-check, callable from JavaScript as {@code kappa.selfCheck()}: the summary and
     * fingerprints of {@link SelfTestSuite}, one check per line.
     */
    @JSExport
    public static String selfCheck() {
        return SelfTestSuite.report(SelfTestSuite.run());
    }

    /** Which vector kernels run: always the scalar ones in this build (see {@link WasmMain}). */
    @JSExport
    public static String vectorKernels() {
        return "scalar";
    }

    /** Every lab preset's output hash, as {@code kappa.labCheck()}: compared with the JVM by the Chromium tests. */
    @JSExport
    public static String labCheck() {
        return SelfTestSuite.report(SelfTestSuite.runLabs());
    }
}
