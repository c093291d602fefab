package dev.kappa.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the built static site the way a static host would, with nothing beyond the JDK.
 *
 * <p>It sends the headers that {@code netlify.toml} declares (read from the same file, packaged on
 * the classpath), serves {@code .wasm} as {@code application/wasm} so streaming compilation works,
 * answers only GET and HEAD, and never serves a file outside the site folder.
 *
 * <pre>java -cp target/classes dev.kappa.server.StaticServer [--port 8080] [--host 127.0.0.1] [target/site]</pre>
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final HeaderRules headerRules;

    private StaticServer(HttpServer server, Path root, HeaderRules headerRules) {
        this.server = server;
        this.root = root;
        this.headerRules = headerRules;
    }

    /**
     * Starts serving {@code root} on {@code host:port} (port 0 picks a free one).
     *
     * @throws BindException when the port is taken
     */
    public static StaticServer start(Path root, String host, int port) throws IOException {
        Path site = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IOException("no index.html in " + site + ": build the site first with `mvn package`");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        StaticServer s = new StaticServer(http, site, loadHeaderRules());
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "kappa-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return s;
    }

    /** The rules packaged from {@code netlify.toml} by the build. */
    public static HeaderRules loadHeaderRules() throws IOException {
        try (InputStream in = StaticServer.class.getResourceAsStream("netlify.toml")) {
            if (in == null) {
                throw new IOException("netlify.toml is not on the classpath: build with `mvn package`");
            }
            return HeaderRules.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed", false);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath() == null ? "/" : uri.getPath();
            Path file = resolve(path);
            if (file == null) {
                sendText(exchange, 404, "Not found: " + path, head);
                return;
            }
            for (Map.Entry<String, String> h : headerRules.headersFor(path).entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            long size = Files.size(file);
            exchange.sendResponseHeaders(200, head ? -1 : (size == 0 ? -1 : size));
            if (!head && size > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
        } catch (IOException e) {
            // A client that hangs up mid-response is routine for a dev server; nothing to report.
        }
    }

    /** The file a URL path names, or null when it does not exist or would escape the site. */
    Path resolve(String urlPath) {
        if (urlPath.indexOf('\0') >= 0 || !urlPath.startsWith("/")) {
            return null;
        }
        Path candidate = root.resolve(urlPath.substring(1)).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void sendText(HttpExchange exchange, int status, String body, boolean head) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static void main(String[] args) {
        int port = 8080;
        String host = "127.0.0.1";
        Path dir = Path.of("target", "site");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--host" -> host = args[++i];
                    case "-h", "--help" -> {
                        System.out.println("usage: StaticServer [--port N] [--host ADDR] [SITE_DIR]");
                        return;
                    }
                    default -> dir = Path.of(args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("kappa: bad arguments " + String.join(" ", args)
                    + "\nusage: StaticServer [--port N] [--host ADDR] [SITE_DIR]");
            System.exit(2);
        }
        if (port < 0 || port > 65535) {
            System.err.println("kappa: port " + port + " is not between 0 and 65535");
            System.exit(2);
        }
        try {
            StaticServer server = start(dir, host, port);
            System.out.println("Kappa is being served at " + server.baseUrl() + " from " + dir
                    + "\nPress Ctrl+C to stop.");
        } catch (BindException e) {
            System.err.println("kappa: port " + port + " on " + host + " is already in use."
                    + " Stop the other server or choose another port, e.g. --port " + (port + 1)
                    + ".");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("kappa: cannot serve " + dir + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
