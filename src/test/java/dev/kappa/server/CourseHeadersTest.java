package dev.kappa.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers that course integration depends on (docs/course-integration.md). */
class CourseHeadersTest {
    /** The connect-src directive of a path's CSP. */
    private static String connectSrc(String path) throws Exception {
        String csp = StaticServer.loadHeaderRules().headersFor(path).get("Content-Security-Policy");
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith("connect-src")) {
                return directive.trim();
            }
        }
        return "";
    }

    @Test
    void theEmbedMayReachAnHttpsLearningRecordStoreAndNothingElseRemote() throws Exception {
        assertTrue(List.of(connectSrc("/embed.html").split(" ")).equals(List.of("connect-src", "'self'", "https:")),
                "embed.html: " + connectSrc("/embed.html"));
    }

    @Test
    void theAppItselfConnectsOnlyToItsOwnOrigin() throws Exception {
        for (String app : List.of("/", "/index.html")) {
            assertTrue(connectSrc(app).equals("connect-src 'self'"), app + ": " + connectSrc(app));
        }
    }
}
