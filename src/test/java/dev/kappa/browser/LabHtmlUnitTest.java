package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lab routing, URL parameters, clamping and the visible notes, on the JS engine in HtmlUnit. */
class LabHtmlUnitTest {
    /** HtmlUnit logs every canvas call it only stubs (setLineDash) at INFO; tests print nothing on success. */
    private static final java.util.logging.Logger CANVAS_LOG =
            java.util.logging.Logger.getLogger("org.htmlunit.javascript.host.canvas");

    private static final java.util.logging.Logger CLIENT_LOG = java.util.logging.Logger.getLogger("org.htmlunit.WebClient");

    static {
        CANVAS_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        client = HtmlUnitClient.open(scriptErrors);
    }

    @AfterEach
    void closeBrowser() {
        client.close();
    }

    private HtmlPage boot(String path) throws Exception {
        HtmlPage page = client.getPage(Site.url() + path);
        for (int i = 0; i < 200 && "false".equals(page.getDocumentElement().getAttribute("data-kappa-ready")); i++) {
            client.waitForBackgroundJavaScript(50);
        }
        client.waitForBackgroundJavaScript(300);
        if (path.contains("#/lab/")) {
            awaitLab(page, path.substring(path.indexOf("#/lab/") + 6).split("[?]")[0]);
        }
        return page;
    }

    /** A lab's first picture comes in animation frames after its page: waits until it has drawn. */
    private void awaitLab(HtmlPage page, String id) {
        for (int i = 0; i < 600; i++) {
            DomElement v = page.querySelector("[data-view=lab][data-lab=" + id + "]");
            if (v != null && v.hasAttribute("data-lab-frames") && page.querySelector("[data-view=lab][data-lab=" + id
                    + "] [data-readout]") != null) {
                client.waitForBackgroundJavaScript(100);
                return;
            }
            if (page.querySelector("[data-view=not-found]") != null) {
                return;
            }
            client.waitForBackgroundJavaScript(100);
        }
    }

    private static String readout(HtmlPage page, String key) {
        DomElement e = page.querySelector("[data-readout=" + key + "]");
        return e == null ? null : e.getTextContent();
    }

    @Test
    void labRouteShowsTheLabWithDefaults() throws Exception {
        HtmlPage page = boot("index.html#/lab/quadratic-gd");
        assertNotNull(page.querySelector("[data-view=lab][data-lab=quadratic-gd]"), "lab view; page: "
                + page.asNormalizedText());
        assertEquals("0.5 — monotone", readout(page, "dir1"), "default η = 0.5, λ₁ = 1");
        assertEquals("0.95 — monotone", readout(page, "dir2"), "default λ₂ = 0.1");
        assertEquals("10", readout(page, "kappa"));
        assertTrue(((DomElement) page.querySelector("[data-lab-notes]")).hasAttribute("hidden"),
                "no notes for a clean address");
        String hash = (String) page.executeJavaScript("location.hash").getJavaScriptResult();
        assertTrue(hash.startsWith("#/lab/quadratic-gd?l1=1&l2=0.1&theta=45&eta=0.5&steps=5&x0=0.9&y0=0"),
                "the lab writes every value into the address: " + hash);
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void badParamsAreClampedAndNoted() throws Exception {
        HtmlPage page = boot("index.html#/lab/quadratic-gd?eta=abc&l1=99&steps=-4&loss=nope&zzz=1");
        String notes = page.querySelector("[data-lab-notes]").asNormalizedText();
        assertTrue(notes.contains("eta = 'abc' is not a number; using 0.5"), "notes: " + notes);
        assertTrue(notes.contains("l1 = 99 is above the maximum 10; using 10"), "notes: " + notes);
        assertTrue(notes.contains("steps = -4 is below the minimum 0; using 0"), "notes: " + notes);
        assertTrue(notes.contains("loss = 'nope' is not one of this, spectrum"), "notes: " + notes);
        assertTrue(notes.contains("unknown parameter 'zzz' ignored"), "notes: " + notes);
        assertTrue(!((DomElement) page.querySelector("[data-lab-notes]")).hasAttribute("hidden"), "notes are visible");
        // λ₁ = 10, η = 0.5: ηλ₁ = 5, |1 − 5| = 4, diverging.
        assertEquals("4 — diverging", readout(page, "dir1"));
        String hash = (String) page.executeJavaScript("location.hash").getJavaScriptResult();
        assertTrue(hash.contains("l1=10&") && hash.contains("eta=0.5&") && hash.contains("steps=0&"),
                "the address is rewritten with the values used: " + hash);
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void embedShowsTheSameLabAndUnknownLabsAreNotFound() throws Exception {
        HtmlPage page = boot("embed.html#/lab/quadratic-gd?l2=0");
        assertNotNull(page.querySelector("[data-view=lab]"));
        assertEquals("1 — frozen (λ = 0)", readout(page, "dir2"));
        assertNotNull(page.querySelector("[data-open-in-kappa]"), "an 'open in Kappa' link in embeds");
        page.executeJavaScript("location.hash = '#/lab/no-such-lab';");
        client.waitForBackgroundJavaScript(300);
        assertNotNull(page.querySelector("[data-view=not-found]"));
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void homeLinksTheReadyLab() throws Exception {
        HtmlPage page = boot("index.html");
        assertNotNull(page.querySelector("a[href='#/lab/quadratic-gd']"), "home links quadratic-gd");
    }

    /** Light states for the interpreter: the heavier labs with smaller data, same code paths. */
    private static final String[][] MODEL_LABS = {
        {"conditioning", "m=20&n=4"},
        {"min-norm", ""},
        {"poly-fit", "n=12&degree=3"},
        {"ridge-path", "n=30&p=6&k=3"},
        {"normalization", "n=20&steps=20"},
        {"double-descent", "d=6&nmax=20"},
        {"optimizer-race", "steps=50"},
    };

    @Test
    void everyModelLabBootsOnJsWithTheModelsReadouts() throws Exception {
        HtmlPage page = boot("index.html#/lab/quadratic-gd");
        for (String[] lab : MODEL_LABS) {
            page.executeJavaScript("location.hash = '#/lab/" + lab[0] + "?" + lab[1] + "';");
            awaitLab(page, lab[0]); // a lab's work is sliced over animation frames
            DomElement view = page.querySelector("[data-view=lab][data-lab=" + lab[0] + "]");
            assertNotNull(view, lab[0] + " view; page: " + page.asNormalizedText());
            dev.kappa.lab.LabModel model = dev.kappa.lab.LabCatalog.create(lab[0]);
            dev.kappa.lab.ParamSet values = model.spec().readFrom(dev.kappa.lab.Preset.parseQuery(lab[1]));
            java.util.List<dev.kappa.lab.LabOutput.Readout> expected = model.compute(values).readouts();
            int same = 0;
            StringBuilder diff = new StringBuilder();
            for (dev.kappa.lab.LabOutput.Readout e : expected) {
                String want = e.text();
                String got = readout(page, "\"" + e.key() + "\"");
                assertNotNull(got, lab[0] + ": readout " + e.key() + " missing");
                if (want.equals(got)) {
                    same++;
                } else {
                    diff.append(e.key()).append(": JVM ").append(want).append(", JS ").append(got).append("; ");
                }
            }
            assertTrue(same >= Math.max(1, expected.size() / 2), lab[0] + ": " + same + " of " + expected.size()
                    + " readouts as on the JVM; differ: " + diff);
            assertWordsWithMaths(page, lab[0]);
            assertTrue(((DomElement) page.querySelector("[data-lab-notes]")).hasAttribute("hidden"),
                    lab[0] + ": no notes for a clean address");
        }
        assertEquals(List.of(), scriptErrors);
    }

    /**
     * The lab's words as compiled from content/labs: a plain-text heading equal to the file's title,
     * and MathML (not TeX source, not Unicode stand-ins) in the lede, the rule and the explanation.
     */
    private static void assertWordsWithMaths(HtmlPage page, String id) {
        String where = id + "; page: " + page.asNormalizedText();
        DomElement view = page.querySelector("[data-view=lab][data-lab=" + id + "]");
        assertNotNull(view, where);
        DomElement heading = page.querySelector("[data-view=lab] [data-view-heading]");
        assertTrue(heading != null && !heading.getTextContent().isBlank() && heading.getChildElementCount() == 0,
                id + ": a plain-text heading");
        assertTrue(page.querySelector("[data-lab-text-missing]") == null, id + ": no 'words missing' note");
        assertTrue(page.querySelectorAll("[data-view=lab] .lab-explanation p").size() >= 2, id + " explanation");
        assertNotNull(page.querySelector("[data-view=lab] .lab-explanation p math"), id + ": MathML in the explanation");
        assertNotNull(page.querySelector("[data-view=lab] [data-lab-rule-maths] math"), id + ": MathML in the rule");
        assertNotNull(page.querySelector("[data-view=lab] .lab-try li"), id + ": what to try");
        // (The MathML keeps its TeX as an annotation, which browsers do not show: only dollars would be a leak.)
        String words = page.querySelector("[data-view=lab] .lab-texts").getTextContent();
        assertTrue(!words.contains("$"), id + ": no unrendered maths");
    }

    @Test
    void quadraticGdAndDefinitenessShowTheirWordsWithMaths() throws Exception {
        HtmlPage page = boot("index.html#/lab/quadratic-gd");
        assertWordsWithMaths(page, "quadratic-gd");
        assertEquals("Gradient descent on a quadratic — Kappa", page.getTitleText(), "document title is plain text");
        DomElement live = page.querySelector("[data-lab-rule]");
        assertTrue(!live.hasAttribute("hidden") && live.getTextContent().contains("0.5"),
                "the current step with its numbers under the rule: " + live.getTextContent());
        page.executeJavaScript("location.hash = '#/lab/definiteness';");
        client.waitForBackgroundJavaScript(300);
        awaitLab(page, "definiteness");
        assertWordsWithMaths(page, "definiteness");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void withoutContentTheLabStillWorksWithAPlainNote() throws Exception {
        // The content index is missing (a partial copy of the site): 404 for it, everything else as served.
        labWithout("/content/en/index.js");
    }

    @Test
    void withoutItsOwnTextTheLabStillWorksWithAPlainNote() throws Exception {
        // The index came, the lab's own script did not (offline before the offline copy was saved).
        labWithout("/content/en/labs/");
    }

    private void labWithout(String missing) throws Exception {
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        CLIENT_LOG.setLevel(java.util.logging.Level.WARNING); // it reports the 404 at INFO
        client.setWebConnection(new org.htmlunit.util.WebConnectionWrapper(client) {
            @Override
            public org.htmlunit.WebResponse getResponse(org.htmlunit.WebRequest request) throws java.io.IOException {
                if (request.getUrl().getPath().contains(missing)) {
                    return new org.htmlunit.WebResponse(new org.htmlunit.WebResponseData(new byte[0], 404,
                            "Not Found", List.of()), request, 0);
                }
                return super.getResponse(request);
            }
        });
        for (String id : new String[] {"quadratic-gd", "conditioning"}) {
            HtmlPage page = boot("index.html#/lab/" + id);
            assertNotNull(page.querySelector("[data-view=lab][data-lab=" + id + "]"), id + "; page: "
                    + page.asNormalizedText());
            DomElement note = page.querySelector("[data-lab-text-missing]");
            assertTrue(note != null && note.getTextContent().contains("could not be loaded"), id + ": a plain note");
            String heading = page.querySelector("[data-view=lab] [data-view-heading]").getTextContent();
            assertTrue(!heading.isBlank(), id + ": a heading without its words");
            assertTrue(page.querySelector("[data-view=lab] [data-readout]") != null, id + ": readouts still drawn");
            assertTrue(page.querySelector("[data-view=lab] math") == null, id + ": no maths without content");
        }
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void modelLabsNoteBadParamsAndBadPoints() throws Exception {
        HtmlPage page = boot("index.html#/lab/double-descent?d=6&nmax=abc&seeds=99&zzz=1");
        String notes = page.querySelector("[data-lab-notes]").asNormalizedText();
        assertTrue(notes.contains("nmax = 'abc' is not a number"), "notes: " + notes);
        assertTrue(notes.contains("seeds = 99 is above the maximum 20; using 20"), "notes: " + notes);
        assertTrue(notes.contains("unknown parameter 'zzz' ignored"), "notes: " + notes);
        page.executeJavaScript("location.hash = '#/lab/poly-fit?pts=0,1;1,3;oops;2,2;3,5&test=0&degree=1';");
        client.waitForBackgroundJavaScript(300);
        awaitLab(page, "poly-fit");
        DomElement modelNotes = page.querySelector("[data-lab-model-notes]");
        assertNotNull(modelNotes, "poly-fit model notes");
        assertTrue(!modelNotes.hasAttribute("hidden") && modelNotes.asNormalizedText().contains("oops"),
                "the rejected point is named in a visible note: " + modelNotes.asNormalizedText());
        assertNotNull(page.querySelector("[data-table=coefficients] td"), "the coefficient table");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void homeLinksEveryModelLab() throws Exception {
        HtmlPage page = boot("index.html");
        for (String[] lab : MODEL_LABS) {
            assertNotNull(page.querySelector("a[href='#/lab/" + lab[0] + "']"), "home links " + lab[0]);
        }
    }

    /** Frames that drew a picture (a frame of staged work that is not done yet draws nothing). */
    private static long draws(HtmlPage page) {
        String n = ((DomElement) page.querySelector("[data-view=lab]")).getAttribute("data-lab-draws");
        return n.isEmpty() ? 0 : Long.parseLong(n);
    }


    /** Presses a key on the fit plot and waits (the interpreter is slow) for the frame it asks for. */
    private String key(HtmlPage page, String key) {
        long before = draws(page);
        page.executeJavaScript("document.querySelector('[data-plot=fit] canvas').dispatchEvent(new KeyboardEvent("
                + "'keydown', {key: '" + key + "', bubbles: true, cancelable: true}));");
        for (int i = 0; i < 100 && draws(page) <= before; i++) {
            client.waitForBackgroundJavaScript(50);
        }
        return page.querySelector("[data-points-status]").getTextContent();
    }

    private static String pts(HtmlPage page) {
        String hash = (String) page.executeJavaScript("location.hash").getJavaScriptResult();
        return dev.kappa.lab.Preset.parseQuery(hash.substring(hash.indexOf('?') + 1)).getOrDefault("pts", "");
    }

    /** The poly-fit point editor from the keyboard (no layout needed): select, move, delete, add, reset. */
    @Test
    void polyFitPointsEditedFromTheKeyboard() throws Exception {
        HtmlPage page = boot("index.html#/lab/poly-fit?pts=0,1;1,3;2,2&test=0&degree=1");
        // HtmlUnit never runs requestAnimationFrame callbacks; the lab updates once per frame, so give it timed frames.
        page.executeJavaScript("window.requestAnimationFrame = function (cb) {"
                + " return setTimeout(function () { cb(performance.now()); }, 16); };"
                + " window.cancelAnimationFrame = function (id) { clearTimeout(id); };");
        DomElement help = page.querySelector("[data-plot=fit] .plot-help");
        assertTrue(help != null && help.getTextContent().startsWith("Click on empty space to add a point"),
                "help line under the plot");
        assertEquals("No point selected.", page.querySelector("[data-points-status]").getTextContent());
        assertEquals("Point 1 of 3 selected at (0, 1).", key(page, "]"));
        assertEquals("Point 2 of 3 selected at (1, 3).", key(page, "]"));
        assertEquals("Point 1 of 3 selected at (0, 1).", key(page, "["));
        key(page, "ArrowRight");
        dev.kappa.lab.PointData moved = dev.kappa.lab.PointData.fromQuery(pts(page));
        assertEquals(3, moved.size(), pts(page));
        assertTrue(moved.x(0) > 0 && moved.x(0) < 0.1 && moved.y(0) == 1, "ArrowRight moved point 1 right: " + pts(page));
        assertEquals("1,3", pts(page).substring(pts(page).indexOf(';') + 1, pts(page).lastIndexOf(';')));
        // c1 of the line through the edited points, worked out here: slope = Sxy/Sxx
        double[] x = {moved.x(0), 1, 2};
        double[] y = {1, 3, 2};
        double mx = (x[0] + x[1] + x[2]) / 3;
        double my = 2;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 3; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        assertEquals(dev.kappa.lab.NumberText.format(sxy / sxx, 4), readout(page, "c1"), "c1 after the move");
        key(page, "Delete");
        assertEquals("1,3;2,2", pts(page), "Delete removed point 1");
        String refused = key(page, "Delete");
        assertTrue(refused.startsWith("At least 2 points are needed"), refused);
        assertEquals("1,3;2,2", pts(page), "the refused delete changed nothing");
        key(page, "+");
        assertEquals(3, dev.kappa.lab.PointData.fromQuery(pts(page)).size(), "+ added a point: " + pts(page));
        String text = (String) page.executeJavaScript("document.querySelector('#p-poly-fit-pts').value")
                .getJavaScriptResult();
        assertEquals(pts(page), text, "the pts box shows the edited points");
        String summary = page.querySelector("[data-plot=fit] .plot-summary").getTextContent();
        assertTrue(summary.startsWith("3 points of yours") && summary.contains("3 points on the plot, point 3 of 3 "
                + "selected at ("), summary);
        long before = draws(page);
        ((org.htmlunit.html.HtmlElement) page.querySelector("[data-reset-points]")).click();
        // Up to 20 s: HtmlUnit's interpreter took more than 5 s for this redraw on a loaded machine.
        for (int i = 0; i < 400 && (draws(page) <= before || !page.querySelector("[data-plot=fit] .plot-summary")
                .getTextContent().startsWith("30 generated points")); i++) {
            client.waitForBackgroundJavaScript(50);
        }
        assertEquals("", pts(page), "reset empties pts");
        assertTrue(page.querySelector("[data-plot=fit] .plot-summary").getTextContent().startsWith("30 generated points"));
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void polyFitNotesOutOfRangeDuplicatedAndTooFewPoints() throws Exception {
        HtmlPage page = boot("index.html#/lab/poly-fit?pts=0,1;1,3;1,4;5e6,2&test=0&degree=5");
        DomElement notes = page.querySelector("[data-lab-model-notes]");
        String text = notes.asNormalizedText();
        assertTrue(!notes.hasAttribute("hidden"), "the notes are visible");
        assertTrue(text.contains("point 4: values beyond ±1e6 are not accepted"), text);
        assertTrue(text.contains("x = 1 occurs more than once"), text);
        assertTrue(text.contains("degree 5 needs at least 6 training points with different x; there are 2"), text);
        assertNotNull(page.querySelector("[data-table=coefficients] td"), "still a fit and its coefficients");
        assertEquals(List.of(), scriptErrors);
    }
}
