package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
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

    static {
        CANVAS_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        client = new WebClient(BrowserVersion.FIREFOX);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(false);
        client.setJavaScriptErrorListener(new org.htmlunit.javascript.SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, org.htmlunit.ScriptException e) {
                scriptErrors.add(e.getMessage());
            }
        });
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
        return page;
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
            client.waitForBackgroundJavaScript(300);
            DomElement view = page.querySelector("[data-view=lab][data-lab=" + lab[0] + "]");
            assertNotNull(view, lab[0] + " view; page: " + page.asNormalizedText());
            dev.kappa.lab.LabModel model = dev.kappa.lab.Labs.byId(lab[0]);
            dev.kappa.lab.ParamSet values = model.spec().readFrom(dev.kappa.lab.Preset.parseQuery(lab[1]));
            java.util.Map<String, Double> expected = model.compute(values).readouts();
            int same = 0;
            StringBuilder diff = new StringBuilder();
            for (java.util.Map.Entry<String, Double> e : expected.entrySet()) {
                String want = Double.isNaN(e.getValue()) ? "—" : dev.kappa.lab.NumberText.format(e.getValue(), 4);
                String got = readout(page, "\"" + e.getKey() + "\"");
                assertNotNull(got, lab[0] + ": readout " + e.getKey() + " missing");
                if (want.equals(got)) {
                    same++;
                } else {
                    diff.append(e.getKey()).append(": JVM ").append(want).append(", JS ").append(got).append("; ");
                }
            }
            assertTrue(same >= Math.max(1, expected.size() / 2), lab[0] + ": " + same + " of " + expected.size()
                    + " readouts as on the JVM; differ: " + diff);
            assertTrue(!page.querySelectorAll("[data-view=lab] .lab-explanation p").isEmpty(), lab[0] + " explanation");
            assertTrue(((DomElement) page.querySelector("[data-lab-notes]")).hasAttribute("hidden"),
                    lab[0] + ": no notes for a clean address");
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
}
