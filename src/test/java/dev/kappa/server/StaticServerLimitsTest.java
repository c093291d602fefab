package dev.kappa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The server's timeouts and connection bound, with short limits so that the tests are quick. */
@Isolated // a timing check: no other test class may share the CPU while it measures
class StaticServerLimitsTest {
    @TempDir
    Path site;
    private StaticServer server;
    private static final StaticServer.Limits SHORT = new StaticServer.Limits(Duration.ofMillis(400),
            Duration.ofMillis(600), Duration.ofMillis(500), 8, 4096);

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>");
        byte[] big = new byte[32 * 1024 * 1024];
        Files.write(site.resolve("big.bin"), big);
        server = StaticServer.start(site, "127.0.0.1", 0, SHORT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Milliseconds until the server closes {@code s}, reading and discarding what it sends. */
    private static long millisUntilClosed(Socket s, long maxMillis) throws IOException {
        long t0 = System.nanoTime();
        s.setSoTimeout((int) maxMillis);
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // Discard: only the end of the stream matters.
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("still open after " + maxMillis + " ms");
        } catch (java.net.SocketException e) {
            // Reset by the server: closed too.
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aHalfSentRequestIsCutOffAfterTheRequestTimeout() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            long ms = millisUntilClosed(s, 3000);
            assertTrue(ms >= 300 && ms < 2000, "closed after " + ms + " ms");
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            long ms = millisUntilClosed(s, 3000);
            assertTrue(ms >= 500 && ms < 2000, "closed after " + ms + " ms");
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedWhileOthersAreServed() throws Exception {
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("127.0.0.1", server.port()));
            slow.getOutputStream().write(StaticServerTest.getRequest("/big.bin").getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(100);
            // While the slow client's download is stalled, others get their answers.
            for (int i = 0; i < 5; i++) {
                assertEquals(200, StaticServerTest.raw(server.port(), StaticServerTest.getRequest("/index.html")).status());
            }
            Thread.sleep(1500);
            InputStream in = slow.getInputStream();
            slow.setSoTimeout(3000);
            long read = 0;
            try {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    read += n;
                }
            } catch (java.net.SocketException e) {
                // Reset: closed.
            }
            assertTrue(read < 32 * 1024 * 1024, "the stalled download was cut off (" + read + " bytes arrived)");
        }
    }

    @Test
    void connectionsBeyondTheBoundAreTurnedAwayNotQueuedForever() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < SHORT.maxConnections(); i++) {
                idle.add(new Socket("127.0.0.1", server.port()));
            }
            Thread.sleep(100);
            try (Socket extra = new Socket("127.0.0.1", server.port())) {
                extra.setSoTimeout(3000);
                // The answer comes unasked: the server does not wait for this client's request.
                assertEquals(503, StaticServerTest.readResponse(extra.getInputStream(), false).status());
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
        Thread.sleep(200);
        assertEquals(200, StaticServerTest.raw(server.port(), StaticServerTest.getRequest("/index.html")).status());
    }
}
