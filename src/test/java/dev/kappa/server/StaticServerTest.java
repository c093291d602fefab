package dev.kappa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local server against hostile and unlucky clients. Requests are written by hand on raw sockets where the
 * exact bytes matter (Java's HTTP client would tidy them up).
 */
class StaticServerTest {
    @TempDir
    static Path tmp;
    static Path site;
    private static StaticServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INDEX = "<!doctype html><title>t</title>";

    @BeforeAll
    static void start() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), INDEX);
        Files.writeString(site.resolve("embed.html"), "<!doctype html><title>e</title>");
        Files.createDirectories(site.resolve("wasm"));
        Files.write(site.resolve("wasm/classes.wasm"), new byte[] {0, 97, 115, 109, 1, 0, 0, 0});
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/kappa.css"), "body{}");
        Files.createDirectories(site.resolve("examples"));
        Files.writeString(site.resolve("examples/index.html"), "<!doctype html><title>x</title>");
        Files.writeString(site.resolve(".env"), "SECRET=1");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/config"), "[core]");
        Files.writeString(site.resolve("css/.hidden"), "hidden");
        Files.writeString(tmp.resolve("secret.txt"), "do not serve");
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), tmp);
        Files.createSymbolicLink(site.resolve("app.html"), site.resolve("index.html"));
        server = StaticServer.start(site, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A response read off a raw socket: status, headers (lowercase names) and body. */
    record Raw(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code request} as written and reads one response (the server closes or sends Content-Length). */
    static Raw raw(int port, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readResponse(s.getInputStream(), request.startsWith("HEAD"));
        }
    }

    static Raw readResponse(InputStream in, boolean head) throws IOException {
        StringBuilder line = new StringBuilder();
        List<String> lines = new ArrayList<>();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after " + lines + line);
            }
            if (c == '\n') {
                String l = line.toString().replace("\r", "");
                if (l.isEmpty()) {
                    break;
                }
                lines.add(l);
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        String length = headers.get("content-length");
        byte[] body = head || status == 304 || length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        return new Raw(status, headers, body);
    }

    static String getRequest(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    @Test
    void servesWasmWithItsMimeType() throws Exception {
        HttpResponse<byte[]> r = get("wasm/classes.wasm");
        assertEquals(200, r.statusCode());
        assertEquals("application/wasm", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(8, r.body().length);
    }

    @Test
    void sendsTheNetlifyHeaders() throws Exception {
        HeaderRules rules = StaticServer.loadHeaderRules();
        for (String path : new String[] {"", "index.html", "embed.html", "wasm/classes.wasm"}) {
            HttpResponse<byte[]> r = get(path);
            rules.headersFor("/" + path).forEach((name, value) ->
                    assertEquals(value, r.headers().firstValue(name).orElse(null), name + " for /" + path));
        }
    }

    /** Whatever a request looks like, the app's page is never served without the app's CSP and X-Frame-Options. */
    @Test
    void noSpellingOfAPathServesTheAppWithoutItsHeaders() throws Exception {
        Map<String, String> app = StaticServer.loadHeaderRules().headersFor("/index.html");
        assertTrue(app.containsKey("Content-Security-Policy") && app.containsKey("X-Frame-Options"), app.toString());
        String[] spellings = {"/", "/index.html", "/index.html/", "/./index.html", "/css/../index.html",
            "/css%2F..%2Findex.html", "/css%2f..%2findex.html", "/%2e/index.html", "/css/%2e%2e/index.html",
            "//index.html", "/index.html?x=1", "/index%2Ehtml", "/app.html", "/css/..%2Findex.html",
            "/css\\..\\index.html", "/index.html%00", "/index.html%20", "/INDEX.HTML", "/./", "/css/.."};
        for (String target : spellings) {
            Raw r = raw(server.port(), getRequest(target));
            if (r.status() == 200 && new String(r.body(), StandardCharsets.UTF_8).equals(INDEX)) {
                app.forEach((name, value) -> assertEquals(value, r.header(name), name + " for " + target));
            } else {
                assertNotEquals(200, r.status(), target + " serves something else: "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void dotSegmentsEncodedSlashesAndTrailingSlashesAreRefused() throws Exception {
        for (String target : new String[] {"/./index.html", "/css/../index.html", "/css%2F..%2Findex.html",
            "/%2e%2e/secret.txt", "//index.html", "/css\\kappa.css", "/index.html%00", "/%zz", "/index.html%2f"}) {
            assertEquals(400, raw(server.port(), getRequest(target)).status(), target);
        }
        assertEquals(404, raw(server.port(), getRequest("/index.html/")).status(), "a file is not a folder");
        assertEquals(404, raw(server.port(), getRequest("/css/kappa.css/")).status());
        Raw folder = raw(server.port(), getRequest("/examples"));
        assertEquals(301, folder.status());
        assertEquals("/examples/", folder.header("Location"));
        assertEquals(200, raw(server.port(), getRequest("/examples/")).status());
        assertEquals(400, raw(server.port(), "GET index.html HTTP/1.1\r\n\r\n").status(), "not origin-form");
    }

    @Test
    void neverEscapesTheSiteFolder() throws Exception {
        assertEquals(404, raw(server.port(), getRequest("/escape.txt")).status(), "a symlink to a file outside");
        assertEquals(404, raw(server.port(), getRequest("/outside/secret.txt")).status(), "a symlink to a folder outside");
        assertEquals(400, raw(server.port(), getRequest("/../secret.txt")).status());
    }

    @Test
    void aSymlinkInsideTheSiteGetsTheHeadersOfTheFileItNames() throws Exception {
        Raw r = raw(server.port(), getRequest("/app.html"));
        assertEquals(200, r.status());
        assertEquals("DENY", r.header("X-Frame-Options"));
    }

    @Test
    void dotfilesAreNeverServed() throws Exception {
        for (String target : new String[] {"/.env", "/.git/config", "/css/.hidden", "/.git/"}) {
            assertEquals(404, raw(server.port(), getRequest(target)).status(), target);
        }
    }

    @Test
    void missingFilesAre404() throws Exception {
        assertEquals(404, get("nope.js").statusCode());
    }

    @Test
    void headSendsTheContentLengthAGetWould() throws Exception {
        Raw head = raw(server.port(), "HEAD /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(200, head.status());
        assertEquals(String.valueOf(INDEX.length()), head.header("Content-Length"));
        assertEquals(0, head.body().length);
    }

    @Test
    void revalidationAnswers304WithoutABody() throws Exception {
        Raw first = raw(server.port(), getRequest("/css/kappa.css"));
        String etag = first.header("ETag");
        String modified = first.header("Last-Modified");
        assertTrue(etag != null && etag.startsWith("\""), "an ETag: " + first.headers());
        assertTrue(modified != null, "a Last-Modified date: " + first.headers());
        Raw byTag = raw(server.port(), "GET /css/kappa.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(304, byTag.status());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, byTag.header("ETag"));
        Raw byDate = raw(server.port(), "GET /css/kappa.css HTTP/1.1\r\nHost: x\r\nIf-Modified-Since: " + modified
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(304, byDate.status());
        Raw stale = raw(server.port(), "GET /css/kappa.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"other\""
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, stale.status());
        assertEquals("body{}", new String(stale.body(), StandardCharsets.UTF_8));
    }

    @Test
    void stalledClientsDoNotStarveOthers() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                stalled.add(s);
            }
            long t0 = System.nanoTime();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
                s.setSoTimeout(3000);
                s.getOutputStream().write(getRequest("/index.html").getBytes(StandardCharsets.US_ASCII));
                Raw r = readResponse(s.getInputStream(), false);
                assertEquals(200, r.status());
            } catch (SocketTimeoutException e) {
                throw new AssertionError("40 half-sent requests kept a complete one waiting over 3 s", e);
            }
            assertTrue(System.nanoTime() - t0 < 3_000_000_000L);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void keepsTheConnectionAliveAndAnswersPipelinedRequestsInOrder() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(3000);
            String two = "GET /css/kappa.css HTTP/1.1\r\nHost: x\r\n\r\nHEAD /index.html HTTP/1.1\r\nHost: x\r\n\r\n";
            s.getOutputStream().write(two.getBytes(StandardCharsets.US_ASCII));
            Raw a = readResponse(s.getInputStream(), false);
            Raw b = readResponse(s.getInputStream(), true);
            assertEquals("body{}", new String(a.body(), StandardCharsets.UTF_8));
            assertEquals(String.valueOf(INDEX.length()), b.header("Content-Length"));
            assertFalse("close".equals(b.header("Connection")));
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void aBusyPortIsABindException() {
        assertThrows(BindException.class, () -> StaticServer.start(site, "127.0.0.1", server.port()));
    }
}
