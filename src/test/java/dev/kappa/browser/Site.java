package dev.kappa.browser;

import dev.kappa.server.StaticServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built site (target/site, made by the build before tests run), served once per test JVM on
 * a free loopback port by the project's own server, so tests see the real headers too.
 */
public final class Site {
    private static StaticServer server;

    private Site() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("kappa.site", "target/site"));
        if (!Files.isRegularFile(dir.resolve("index.html")) || !Files.isRegularFile(dir.resolve("js/classes.js"))) {
            throw new IllegalStateException("the site is not built in " + dir.toAbsolutePath()
                    + ": run the tests through Maven (mvn verify), which builds it first");
        }
        return dir;
    }

    /** The base URL, ending in '/'. */
    public static synchronized String url() {
        if (server == null) {
            try {
                server = StaticServer.start(dir(), "127.0.0.1", 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.baseUrl();
    }

    /** Where tests save screenshots for people to look at. */
    public static Path screenshots() throws IOException {
        Path dir = Path.of(System.getProperty("kappa.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }
}
