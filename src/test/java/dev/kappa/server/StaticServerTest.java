package dev.kappa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    @TempDir
    static Path site;
    private static StaticServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>");
        Files.writeString(site.resolve("embed.html"), "<!doctype html><title>e</title>");
        Files.createDirectories(site.resolve("wasm"));
        Files.write(site.resolve("wasm/classes.wasm"), new byte[] {0, 97, 115, 109, 1, 0, 0, 0});
        Files.writeString(site.resolve("../secret.txt"), "do not serve");
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

    @Test
    void directoryServesIndex() throws Exception {
        HttpResponse<byte[]> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body()).contains("<title>t</title>"));
    }

    @Test
    void missingFilesAre404() throws Exception {
        assertEquals(404, get("nope.js").statusCode());
    }

    @Test
    void neverEscapesTheSiteFolder() throws Exception {
        assertEquals(404, get("../secret.txt").statusCode());
        assertEquals(404, get("%2e%2e/secret.txt").statusCode());
        assertEquals(null, server.resolve("/../secret.txt"));
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    void aBusyPortIsABindException() {
        assertThrows(BindException.class, () -> StaticServer.start(site, "127.0.0.1", server.port()));
    }
}
