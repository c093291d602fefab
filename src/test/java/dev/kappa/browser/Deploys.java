package dev.kappa.browser;

import dev.kappa.build.ServiceWorkerWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the built site to deploy in tests: changed, half uploaded, or broken, each served at the same
 * address as the one before it, as a classroom's server would be.
 */
final class Deploys {
    private Deploys() {
    }

    /** A copy of the built site in {@code to}. */
    static Path copySite(Path to) throws IOException {
        Path from = Site.dir();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** A copy whose index.html and content index say {@code mark}, with the service worker written for them. */
    static Path newVersion(Path to, String mark) throws IOException {
        Path site = copySite(to);
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("<head>",
                "<head>\n  <meta name=\"kappa-deploy\" content=\"" + mark + "\">"));
        Files.writeString(site.resolve(CONTENT_INDEX), Files.readString(site.resolve(CONTENT_INDEX))
                + "\n// deploy " + mark + "\n");
        rewriteWorker(site);
        return site;
    }

    /** The content index, which a deploy changes with everything else. */
    static final String CONTENT_INDEX = "content/en/index.js";

    /** Writes sw.js for the files as they are now in {@code site}. */
    static void rewriteWorker(Path site) throws IOException {
        ServiceWorkerWriter.write(Path.of("webapp", "sw.template.js"), site);
    }

    /** The worker's VERSION, so that tests can name its cache ({@code kappa-<version>}). */
    static String version(Path site) throws IOException {
        Matcher m = Pattern.compile("var VERSION = '([0-9a-f]+)'").matcher(
                Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no VERSION in " + site.resolve("sw.js"));
        }
        return m.group(1);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A server that accepts connections and never answers: a network that hangs. */
    static final class BlackHole implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new ArrayList<>();
        private final Thread thread;

        BlackHole(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            thread = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = socket.accept();
                        synchronized (held) {
                            held.add(s);
                        }
                    }
                } catch (IOException closed) {
                    // close() ends the loop.
                }
            }, "black-hole");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }
}
