package dev.kappa.web;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Runs {@link SelfTestSuite} in the current engine and shows the results; the table carries the
 * fingerprints as data attributes so browser tests can compare engines with the JVM.
 */
final class SelfTestView implements View {
    private final String engine;

    SelfTestView(String engine) {
        this.engine = engine;
    }

    @Override
    public String title() {
        return "Self-test — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        List<SelfTestSuite.Result> results = new java.util.ArrayList<>(SelfTestSuite.run());
        results.addAll(SelfTestSuite.runLabs());
        HTMLElement section = Dom.el("section");
        section.setAttribute("data-view", "selftest");
        section.appendChild(Dom.focusableHeading("h1", "Engine self-test"));
        String summary = SelfTestSuite.summary(results);
        HTMLElement status = Dom.text("p", "lede", "Engine " + engine + ": " + summary + ".");
        status.setAttribute("role", "status");
        status.setAttribute("data-selftest-summary", summary);
        section.appendChild(status);

        HTMLElement table = Dom.el("table", "selftest-table");
        HTMLElement head = Dom.el("tr");
        head.appendChild(Dom.text("th", null, "Check"));
        head.appendChild(Dom.text("th", null, "Result"));
        head.appendChild(Dom.text("th", null, "Detail"));
        table.appendChild(head);
        for (SelfTestSuite.Result r : results) {
            HTMLElement row = Dom.el("tr");
            row.setAttribute("data-check", r.name());
            row.setAttribute("data-passed", r.passed() ? "true" : "false");
            row.setAttribute("data-fingerprint", r.fingerprint());
            row.appendChild(Dom.text("td", null, r.name()));
            row.appendChild(Dom.text("td", r.passed() ? "pass" : "fail", r.passed() ? "pass" : "FAIL"));
            row.appendChild(Dom.text("td", "mono", r.detail()));
            table.appendChild(row);
        }
        section.appendChild(table);
        container.appendChild(section);
    }
}
