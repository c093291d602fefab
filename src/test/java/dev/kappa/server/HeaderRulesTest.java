package dev.kappa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {
    private static final List<String> SAMPLE_PATHS = List.of("/", "/index.html", "/embed.html", "/loader.js",
            "/wasm/classes.wasm", "/js/classes.js", "/css/kappa.css", "/content/en/index.js", "/content/en/decks/conditioning.js", "/icons/kappa.svg",
            "/examples/course.html", "/sw.js");

    @Test
    void noTwoRulesSetTheSameHeaderForOnePath() throws Exception {
        HeaderRules rules = StaticServer.loadHeaderRules();
        for (String path : SAMPLE_PATHS) {
            Set<String> seen = new HashSet<>();
            for (HeaderRules.Rule rule : rules.rules()) {
                if (rule.matches(path)) {
                    for (String name : rule.values().keySet()) {
                        assertTrue(seen.add(name.toLowerCase()), "header " + name + " is set twice for " + path
                                + " (Netlify would merge them)");
                    }
                }
            }
        }
    }

    @Test
    void theAppCannotBeFramedButTheEmbedCan() throws Exception {
        HeaderRules rules = StaticServer.loadHeaderRules();
        for (String app : List.of("/", "/index.html")) {
            Map<String, String> h = rules.headersFor(app);
            assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'none'"), app + ": " + h);
            assertEquals("DENY", h.get("X-Frame-Options"), app);
        }
        Map<String, String> embed = rules.headersFor("/embed.html");
        assertTrue(embed.get("Content-Security-Policy").contains("frame-ancestors *"), embed.toString());
        assertFalse(embed.containsKey("X-Frame-Options"), "embed.html must not carry X-Frame-Options");
    }

    @Test
    void scriptPolicyAllowsOnlySelfPlusWhatWasmGcNeeds() throws Exception {
        String csp = StaticServer.loadHeaderRules().headersFor("/index.html").get("Content-Security-Policy");
        String script = directive(csp, "script-src");
        assertEquals("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", script);
        assertEquals("default-src 'self'", directive(csp, "default-src"));
        assertFalse(csp.contains("http:") || csp.contains("https:"), "no other origin is allowed: " + csp);
    }

    @Test
    void everyFileGetsNosniffAndRevalidation() throws Exception {
        HeaderRules rules = StaticServer.loadHeaderRules();
        for (String path : SAMPLE_PATHS) {
            Map<String, String> h = rules.headersFor(path);
            assertEquals("nosniff", h.get("X-Content-Type-Options"), path);
            assertEquals("public, max-age=0, must-revalidate", h.get("Cache-Control"),
                    path + ": nothing is fingerprinted, so nothing may be cached without revalidation");
        }
    }

    @Test
    void parsesStringsCommentsAndSplats() {
        HeaderRules rules = HeaderRules.parse("""
                [build]
                  publish = "x" # comment
                [[headers]]
                  for = "/a/*"
                  [headers.values]
                    X-One = "a # not a comment"
                    X-Two = "quote \\" inside"
                """);
        assertEquals(Map.of("X-One", "a # not a comment", "X-Two", "quote \" inside"), rules.headersFor("/a/b.js"));
        assertEquals(Map.of(), rules.headersFor("/b.js"));
    }

    @Test
    void malformedRulesNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeaderRules.parse("[[headers]]\n  for = \"/\"\n  [headers.values]\n    X-Bad = unquoted\n"));
        assertTrue(e.getMessage().startsWith("netlify.toml:4:"), e.getMessage());
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return null;
    }
}
