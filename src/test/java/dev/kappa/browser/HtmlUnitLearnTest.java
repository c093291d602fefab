package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.exercise.Catalogue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learning layer on HtmlUnit (JS engine): keyboard review, a numeric answer, storage policy, missing content. */
class HtmlUnitLearnTest {
    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        client = HtmlUnitClient.open(scriptErrors);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void closeBrowser() {
        client.close();
    }

    private HtmlPage boot(String path) throws Exception {
        client.getPage("about:blank"); // a real load every time, not an in-page hash change
        HtmlPage page = client.getPage(Site.url() + path);
        for (int i = 0; i < 200 && "false".equals(page.getDocumentElement().getAttribute("data-kappa-ready")); i++) {
            client.waitForBackgroundJavaScript(50);
        }
        assertEquals("true", page.getDocumentElement().getAttribute("data-kappa-ready"), page.asNormalizedText());
        return page;
    }

    private static Object js(HtmlPage page, String script) {
        return page.executeJavaScript(script).getJavaScriptResult();
    }

    private static DomElement one(HtmlPage page, String css) {
        DomElement e = page.querySelector(css);
        assertNotNull(e, css + " in page: " + page.asNormalizedText());
        return e;
    }

    @Test
    void aLabVisitShowsOnTheProgressPageAfterReload() throws Exception {
        HtmlPage page = boot("index.html#/");
        js(page, "localStorage.clear();");
        page = boot("index.html#/lab/definiteness");
        one(page, "[data-view=lab][data-lab=definiteness]");
        page = boot("index.html#/progress");
        assertEquals("1", one(page, "[data-labs-visited]").getAttribute("data-labs-visited"));
        String item = one(page, "[data-lab-visit=definiteness]").getTextContent();
        assertTrue(item.endsWith("(1 visit)"), item);
        page = boot("index.html#/");
        one(page, "[data-lab-visited=definiteness]");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void reviewCardsWithTheKeyboardAndFindThemAfterReload() throws Exception {
        HtmlPage page = boot("index.html#/cards/conditioning");
        js(page, "localStorage.clear();");
        page = boot("index.html#/cards/conditioning");
        int total = ((Number) js(page, "KAPPA_CONTENT.decks.filter(function (d) { return d.id === 'conditioning'; })[0]"
                + ".cards.length")).intValue();
        String firstCount = one(page, ".card-count").getTextContent();
        assertTrue(firstCount.startsWith("Card 1 of " + total), firstCount);
        for (int i = 0; i < 3; i++) {
            page.getBody().type(' ');
            assertEquals("back", one(page, ".flashcard").getAttribute("data-side"), "space flips card " + i);
            page.getBody().type('3');
        }
        String stored = String.valueOf(js(page, "localStorage.getItem('kappa.progress')"));
        assertTrue(stored.contains("\"conditioning/"), stored);
        page = boot("index.html#/cards/conditioning");
        String count = one(page, ".card-count").getTextContent();
        assertTrue(count.startsWith("Card 1 of " + (total - 3)), "three cards graded Good are no longer due: " + count);
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void aNumericAnswerSurvivesGarbageAndIsGraded() throws Exception {
        HtmlPage page = boot("index.html#/quiz/conditioning");
        HtmlInput input = (HtmlInput) one(page, "[data-question=kappa-diagonal] [data-answer]");
        input.type("abc");
        ((HtmlElement) one(page, "[data-action=check]")).click();
        assertEquals("malformed", one(page, ".feedback").getAttribute("data-verdict"));
        assertTrue(one(page, ".feedback").getTextContent().contains("not a number"));
        input.setValue("");
        input.type("1e2");
        ((HtmlElement) one(page, "[data-action=check]")).click();
        assertEquals("right", one(page, ".feedback").getAttribute("data-verdict"), one(page, ".feedback").getTextContent());
        assertNotNull(page.querySelector(".feedback .explanation"), "explanation shown");
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void aFutureVersionRecordIsKeptAsideNotOverwritten() throws Exception {
        HtmlPage page = boot("index.html#/");
        String future = "{\"version\":99,\"cards\":{},\"somethingNew\":true}";
        page.executeJavaScript("localStorage.clear(); localStorage.setItem('kappa.progress', '" + future.replace("\"", "\\\"") + "');");
        page = boot("index.html#/progress");
        String banner = one(page, "[data-notice=aside]").getTextContent();
        assertTrue(banner.contains("version 99") && banner.contains("kappa.progress.aside."), banner);
        Object aside = js(page, "(function () { for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                + " if (k.indexOf('kappa.progress.aside.') === 0) return localStorage.getItem(k); } return null; })()");
        assertEquals(future, String.valueOf(aside), "kept byte for byte");
        assertEquals("1", one(page, "[data-aside-list]").getAttribute("data-aside-list"));
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void aSeededExerciseIsTheJvmsExerciseAndIsGraded() throws Exception {
        long seed = 4242;
        Exercise jvm = Catalogue.byId("ridge-solution").generate(seed);
        HtmlPage page = boot("index.html#/exercise/ridge-solution?seed=" + seed);
        assertEquals(jvm.prompt().plain(), one(page, "#exercise-prompt").getAttribute("data-plain"));
        HtmlInput input = (HtmlInput) one(page, "[data-answer]");
        Answer a = jvm.answer();
        StringBuilder typed = new StringBuilder();
        for (double v : a.values()) {
            typed.append(typed.length() == 0 ? "" : ", ").append(v);
        }
        input.type(typed.toString());
        ((HtmlElement) one(page, "[data-action=check]")).click();
        assertEquals("right", one(page, "#exercise-feedback").getAttribute("data-verdict"),
                one(page, "#exercise-feedback").getTextContent());
        assertEquals(List.of(), scriptErrors);
    }

    /** The site as served, but 404 for every path that contains {@code missing} (a partial copy, or offline). */
    private void answer404For(String missing) {
        client.setWebConnection(new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                if (request.getUrl().getPath().contains(missing)) {
                    return new WebResponse(new org.htmlunit.WebResponseData(new byte[0], 404, "Not Found",
                            List.of()), request, 0);
                }
                return super.getResponse(request);
            }
        });
    }

    @Test
    void withoutContentTheAppStillBootsAndSaysSo() throws Exception {
        answer404For("/content/en/index.js");
        HtmlPage page = boot("index.html#/");
        assertTrue(one(page, "[data-notice=content]").getTextContent().contains("content/en/index.js"));
        // without the content index the home page lists the topics that have a lab or an exercise (decks and quizzes are content)
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (dev.kappa.lab.LabDeclaration d : dev.kappa.lab.LabCatalog.all()) {
            shown.add(d.topic().id());
        }
        for (dev.kappa.learn.ExerciseGenerator g : Catalogue.all()) {
            shown.add(g.topic());
        }
        assertEquals(shown.size(), page.querySelectorAll("[data-topic]").size(), "the topic map still shows " + shown);
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void aDeckWhoseScriptDoesNotArriveSaysSoInsteadOfABlankPage() throws Exception {
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        answer404For("/content/en/decks/");
        HtmlPage page = boot("index.html#/cards/conditioning");
        String text = one(page, "[data-view=content-missing]").getTextContent();
        assertTrue(text.contains("could not be loaded") && text.contains("decks/conditioning.js"), text);
        // the quiz beside it is another script, and it arrives
        page.executeJavaScript("location.hash = '#/quiz/conditioning';");
        client.waitForBackgroundJavaScript(2000);
        assertNotNull(page.querySelector("[data-view=quiz]"), page.asNormalizedText());
    }

    @Test
    void embedsShowDecksQuizzesAndExercisesWithoutChrome() throws Exception {
        for (String route : new String[] {"#/cards/curvature", "#/quiz/curvature", "#/exercise/definiteness?seed=5"}) {
            HtmlPage page = boot("embed.html" + route);
            assertEquals(null, page.querySelector(".site-header"), "no chrome in " + route);
            assertNotNull(page.querySelector("[data-view=cards], [data-view=quiz], [data-view=exercise]"),
                    "the view in " + route + ": " + page.asNormalizedText());
        }
        assertEquals(List.of(), scriptErrors);
    }
}
