package dev.kappa.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the built static site the way a static host would, with nothing beyond the JDK; docs/offline.md
 * recommends it for classrooms ({@code --host 0.0.0.0}), so it must stand up to any client on the network.
 *
 * <ul>
 * <li><b>Headers</b> are those {@code netlify.toml} declares (the same file, packaged on the classpath), chosen
 *     for the file actually served: its real path inside the site, however the request spelt it.</li>
 * <li><b>Paths</b> ({@link PathResolver}): dot segments, encoded slashes or backslashes, control characters and
 *     empty segments are refused (400); dotfiles and anything whose real path (symlinks followed) lies outside
 *     the site are not found (404); a folder without its trailing slash is redirected (301), a file with one is
 *     not found.</li>
 * <li><b>No client can hold the server.</b> One thread runs a non-blocking event loop: it accepts, reads requests
 *     and writes responses without ever waiting on one client. A client has {@link Limits#requestTimeout} to send
 *     its request headers, {@link Limits#idleTimeout} between requests, and may stall a response no longer than
 *     {@link Limits#writeStallTimeout}; then it is disconnected. At most {@link Limits#maxConnections} are open.</li>
 * <li><b>HTTP</b>: GET and HEAD (HEAD with the Content-Length a GET would have), keep-alive, and revalidation:
 *     every file has an ETag and a Last-Modified date, and a matching If-None-Match or If-Modified-Since gets 304
 *     with no body, so a reload does not download the 2.3 MB site again.</li>
 * </ul>
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
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};
    private static final int CHUNK = 256 * 1024;

    /** How long the server waits on one client, and how many it serves at once. */
    public record Limits(Duration requestTimeout, Duration idleTimeout, Duration writeStallTimeout,
            int maxConnections, int maxHeaderBytes) {
        /** 10 s to send a request, 15 s idle between requests, 20 s of a stalled download, 512 connections. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(20), 512, 16 * 1024);
    }

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final PathResolver paths;
    private final HeaderRules headerRules;
    private final Limits limits;
    private final String host;
    private final Thread loop;
    private final ArrayList<Connection> connections = new ArrayList<>();
    private volatile boolean running = true;

    private StaticServer(ServerSocketChannel listener, Selector selector, PathResolver paths, HeaderRules rules,
            Limits limits, String host) {
        this.listener = listener;
        this.selector = selector;
        this.paths = paths;
        this.headerRules = rules;
        this.limits = limits;
        this.host = host;
        this.loop = new Thread(this::run, "kappa-http");
    }

    /**
     * Starts serving {@code root} on {@code host:port} (port 0 picks a free one).
     *
     * @throws BindException when the port is taken
     */
    public static StaticServer start(Path root, String host, int port) throws IOException {
        return start(root, host, port, Limits.DEFAULT);
    }

    /** As {@link #start(Path, String, int)}, with other limits (tests use short timeouts). */
    public static StaticServer start(Path root, String host, int port, Limits limits) throws IOException {
        Path site = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IOException("no index.html in " + site + ": build the site first with `mvn package`");
        }
        HeaderRules rules = loadHeaderRules();
        ServerSocketChannel listener = ServerSocketChannel.open();
        Selector selector = Selector.open();
        try {
            // A restart on the same port must not wait for old connections' TIME_WAIT (a port in use still fails).
            listener.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(new InetSocketAddress(host, port), 1024);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        StaticServer s = new StaticServer(listener, selector, new PathResolver(site), rules, limits, host);
        s.loop.start();
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
        return listener.socket().getLocalPort();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    /** How a request path resolves (for tests). */
    PathResolver.Resolution resolve(String rawPath) {
        return paths.resolve(rawPath);
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the event loop ------------------------------------------------------------------------------------------

    private void run() {
        try {
            while (running) {
                selector.select(250);
                long now = System.nanoTime();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept(now);
                        continue;
                    }
                    Connection c = (Connection) key.attachment();
                    try {
                        if (key.isReadable()) {
                            c.readable(now);
                        }
                        if (key.isValid() && key.isWritable()) {
                            c.writable(now);
                        }
                    } catch (IOException | RuntimeException e) {
                        // A client that hangs up or misbehaves loses its own connection, nothing else.
                        c.close();
                    }
                }
                selector.selectedKeys().clear();
                for (Connection c : new ArrayList<>(connections)) {
                    if (now - c.deadline > 0) {
                        c.close();
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("kappa: the server stopped: " + e.getMessage());
        } finally {
            for (Connection c : new ArrayList<>(connections)) {
                c.close();
            }
            try {
                listener.close();
                selector.close();
            } catch (IOException ignored) {
                // Closing on the way out; nothing left to tell.
            }
        }
    }

    private void accept(long now) throws IOException {
        SocketChannel ch;
        while ((ch = listener.accept()) != null) {
            ch.configureBlocking(false);
            if (connections.size() >= limits.maxConnections()) {
                // Best effort: a tiny answer fits in the socket buffer, so this write cannot wait.
                ch.write(ByteBuffer.wrap(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                        + "Retry-After: 1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                ch.close();
                continue;
            }
            Connection c = new Connection(ch, now);
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
            connections.add(c);
        }
    }

    /** One client connection: reading a request, then writing its response, then (keep-alive) again. */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(limits.maxHeaderBytes());
        private SelectionKey key;
        /** System.nanoTime() after which the client has waited too long (or made us wait too long). */
        private long deadline;
        private boolean requestStarted;
        private ByteBuffer head;
        private FileChannel body;
        private long bodyPosition;
        private long bodyEnd;
        private boolean closeAfter;

        Connection(SocketChannel channel, long now) {
            this.channel = channel;
            this.deadline = now + limits.idleTimeout().toNanos();
        }

        void readable(long now) throws IOException {
            int n = channel.read(in);
            if (n < 0) {
                close();
                return;
            }
            if (n > 0 && !requestStarted) {
                requestStarted = true;
                deadline = now + limits.requestTimeout().toNanos();
            }
            parse(now);
        }

        private void parse(long now) throws IOException {
            int end = indexOf(in, END_OF_HEADERS);
            if (end < 0) {
                if (!in.hasRemaining()) {
                    respond(now, Response.text(431, "Request headers too large"), true, false);
                }
                return;
            }
            byte[] header = new byte[end];
            in.flip();
            in.get(header);
            in.position(in.position() + END_OF_HEADERS.length);
            in.compact();
            Request request = Request.parse(new String(header, StandardCharsets.ISO_8859_1));
            if (request == null) {
                respond(now, Response.text(400, "Bad request"), true, false);
                return;
            }
            boolean head = request.method().equals("HEAD");
            if (!head && !request.method().equals("GET")) {
                Response r = Response.text(405, "Method not allowed");
                r.headers().put("Allow", "GET, HEAD");
                respond(now, r, true, false);
                return;
            }
            // A request body is never read: answer, then close, so its bytes cannot pass for the next request.
            respond(now, answer(request), !request.keepAlive() || request.hasBody(), head);
        }

        private void respond(long now, Response r, boolean close, boolean headOnly) throws IOException {
            StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ')
                    .append(reason(r.status())).append("\r\n");
            sb.append("Date: ").append(HTTP_DATE.format(Instant.now())).append("\r\n");
            for (Map.Entry<String, String> h : r.headers().entrySet()) {
                sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            if (r.status() != 304) {
                sb.append("Content-Length: ").append(r.length()).append("\r\n");
            }
            sb.append("Connection: ").append(close ? "close" : "keep-alive").append("\r\n\r\n");
            byte[] headBytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] text = headOnly ? null : r.text();
            head = ByteBuffer.allocate(headBytes.length + (text == null ? 0 : text.length));
            head.put(headBytes);
            if (text != null) {
                head.put(text);
            }
            head.flip();
            if (!headOnly && r.file() != null && r.status() == 200) {
                body = FileChannel.open(r.file());
                bodyPosition = 0;
                bodyEnd = r.length();
            }
            closeAfter = close;
            deadline = now + limits.writeStallTimeout().toNanos();
            key.interestOps(SelectionKey.OP_WRITE);
            writable(now);
        }

        void writable(long now) throws IOException {
            if (head.hasRemaining()) {
                if (channel.write(head) > 0) {
                    deadline = now + limits.writeStallTimeout().toNanos();
                }
                if (head.hasRemaining()) {
                    return;
                }
            }
            if (body != null && bodyPosition < bodyEnd) {
                long sent = body.transferTo(bodyPosition, Math.min(CHUNK, bodyEnd - bodyPosition), channel);
                if (sent > 0) {
                    bodyPosition += sent;
                    deadline = now + limits.writeStallTimeout().toNanos();
                }
                if (bodyPosition < bodyEnd) {
                    return;
                }
            }
            finishResponse(now);
        }

        private void finishResponse(long now) throws IOException {
            closeBody();
            if (closeAfter) {
                close();
                return;
            }
            requestStarted = in.position() > 0;
            deadline = now + (requestStarted ? limits.requestTimeout() : limits.idleTimeout()).toNanos();
            key.interestOps(SelectionKey.OP_READ);
            if (requestStarted) {
                parse(now); // a pipelined request already waiting
            }
        }

        private void closeBody() {
            if (body != null) {
                try {
                    body.close();
                } catch (IOException ignored) {
                    // A read-only file channel; nothing was written through it.
                }
                body = null;
            }
        }

        void close() {
            closeBody();
            connections.remove(this);
            if (key != null) {
                key.cancel();
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }

    /** The response to a well-formed GET or HEAD. */
    Response answer(Request request) throws IOException {
        PathResolver.Resolution where = paths.resolve(request.target());
        if (where.status() == 301) {
            Response r = Response.text(301, "Moved to " + where.location());
            r.headers().put("Location", where.location());
            return r;
        }
        if (where.status() != 200) {
            return Response.text(where.status(), where.status() == 404 ? "Not found" : "Bad request: " + where.reason());
        }
        Path file = where.file();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
        Map<String, String> headers = new LinkedHashMap<>(headerRules.headersFor(where.urlPath()));
        headers.put("Content-Type", contentType(file));
        headers.put("ETag", etag);
        headers.put("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(modified)));
        if (notModified(request, etag, modified)) {
            headers.remove("Content-Type");
            return new Response(304, headers, null, null, 0);
        }
        return new Response(200, headers, null, file, size);
    }

    private static boolean notModified(Request request, String etag, long modifiedMillis) {
        String match = request.header("if-none-match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals(etag) || t.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        String since = request.header("if-modified-since");
        if (since != null) {
            try {
                return modifiedMillis / 1000 <= Instant.from(HTTP_DATE.parse(since.trim())).getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            default -> "Error";
        };
    }

    private static int indexOf(ByteBuffer buffer, byte[] pattern) {
        int limit = buffer.position() - pattern.length;
        for (int i = 0; i <= limit; i++) {
            int j = 0;
            while (j < pattern.length && buffer.get(i + j) == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    /** A parsed request head: method, target as sent, headers by lowercase name, HTTP version. */
    record Request(String method, String target, Map<String, String> headers, boolean http11) {
        /** The request head, or null when it is not HTTP/1.x. */
        static Request parse(String head) {
            String[] lines = head.split("\r\n", -1);
            String[] first = lines[0].split(" ", -1);
            if (first.length != 3 || !first[2].matches("HTTP/1\\.[01]") || !first[0].matches("[A-Z]{1,16}")
                    || first[1].isEmpty()) {
                return null;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0 || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                    return null;
                }
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Request(first[0], first[1], headers, first[2].equals("HTTP/1.1"));
        }

        String header(String lowercaseName) {
            return headers.get(lowercaseName);
        }

        boolean keepAlive() {
            String c = header("connection");
            String v = c == null ? "" : c.toLowerCase(Locale.ROOT);
            return http11 ? !v.contains("close") : v.contains("keep-alive");
        }

        boolean hasBody() {
            String length = header("content-length");
            return header("transfer-encoding") != null || length != null && !length.equals("0");
        }
    }

    /** What to send: a status, headers, and either a short text or a file of {@code length} bytes. */
    record Response(int status, Map<String, String> headers, byte[] text, Path file, long length) {
        static Response text(int status, String message) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "text/plain; charset=utf-8");
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("Cache-Control", "no-store");
            return new Response(status, headers, bytes, null, bytes.length);
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
