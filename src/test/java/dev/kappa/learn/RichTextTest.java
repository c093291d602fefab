package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Prose and maths to HTML; punctuation written against inline maths stays on the formula's line. */
class RichTextTest {
    private static String html(String s) {
        return RichText.toHtml(s, (tex, display, offset) -> (display ? "[D:" : "[") + tex + "]");
    }

    @Test
    void punctuationAgainstInlineMathsIsKeptWithIt() {
        assertEquals("a bias in <span class=\"nobreak\">[x],</span> so", html("a bias in $x$, so"));
        assertEquals("slowest <span class=\"nobreak\">([\\lambda=1])</span> direction",
                html("slowest ($\\lambda=1$) direction"));
        assertEquals("<span class=\"nobreak\">[a],</span>[b] and", html("$a$,$b$ and"));
    }

    @Test
    void spacedMathsDisplayMathsAndMarkupAreLeftAlone() {
        assertEquals("the term [x] is", html("the term $x$ is"));
        assertEquals("so [D:x]. Then", html("so $$x$$. Then"));
        assertEquals("<em>it</em>[x]", html("*it*$x$"));
        assertEquals("&lt;b&gt;[x]", html("<b>$x$").replace("<span class=\"nobreak\">", "").replace("</span>", ""));
    }
}
