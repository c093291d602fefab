package dev.kappa.web;

import dev.kappa.lab.NumberText;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Times the numerical kernels in this engine, one kernel per timer tick so the page stays
 * responsive and shows progress. {@code #/bench?run=1} starts at once (for the benchmark driver);
 * otherwise a button does; {@code only=text} keeps the kernels whose names contain the text. Results
 * carry data attributes for the driver to read.
 */
final class BenchView implements View {
    private final String engine;
    private final boolean autorun;
    private final String only;
    private KernelSuite.Kernel[] kernels;
    private HTMLElement table;
    private HTMLElement status;
    private int timer = -1;

    BenchView(String engine, boolean autorun, String only) {
        this.engine = engine;
        this.autorun = autorun;
        this.only = only;
    }

    @Override
    public String title() {
        return "Benchmark — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement section = Dom.el("section");
        section.setAttribute("data-view", "bench");
        section.appendChild(Dom.focusableHeading("h1", "Kernel benchmark"));
        section.appendChild(Dom.text("p", "lede", "Times Kappa's decompositions in this browser on the "
                + engine + " engine: median of several runs after a quarter-second warm-up. Takes a few seconds."));
        HTMLElement button = Dom.text("button", "primary", "Run the benchmark");
        button.addEventListener("click", evt -> start());
        section.appendChild(button);
        status = Dom.el("p");
        status.setAttribute("role", "status");
        section.appendChild(status);
        table = Dom.el("table", "selftest-table");
        HTMLElement head = Dom.el("tr");
        head.appendChild(Dom.text("th", null, "Kernel"));
        head.appendChild(Dom.text("th", null, "Median ms"));
        head.appendChild(Dom.text("th", null, "Repeats"));
        table.appendChild(head);
        section.appendChild(table);
        container.appendChild(section);
        if (autorun) {
            start();
        }
    }

    private void start() {
        if (kernels != null) {
            return;
        }
        status.setTextContent("Preparing inputs…");
        timer = Window.setTimeout(() -> {
            kernels = new KernelSuite(2026).kernels(only);
            step(0);
        }, 10);
    }

    private void step(int i) {
        if (i == kernels.length) {
            status.setTextContent("Done.");
            status.setAttribute("data-bench-done", "true");
            return;
        }
        status.setTextContent("Running " + kernels[i].name() + "…");
        timer = Window.setTimeout(() -> {
            double ms = KernelSuite.medianMillis(kernels[i], Clock::now);
            HTMLElement row = Dom.el("tr");
            row.setAttribute("data-kernel", kernels[i].name());
            row.setAttribute("data-median-ms", String.valueOf(ms));
            row.appendChild(Dom.text("td", null, kernels[i].name()));
            row.appendChild(Dom.text("td", "mono", NumberText.format(ms, 4)));
            row.appendChild(Dom.text("td", null, String.valueOf(kernels[i].repeats())));
            table.appendChild(row);
            step(i + 1);
        }, 10);
    }

    @Override
    public void unmount() {
        if (timer >= 0) {
            Window.clearTimeout(timer);
        }
    }
}
