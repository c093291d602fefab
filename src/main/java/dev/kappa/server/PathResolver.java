package dev.kappa.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a request target into a file of the site, or a refusal. One rule decides both the file and its headers:
 * the answer names the file's real path, and the server looks its headers up by that path, so no spelling of a
 * URL ({@code /css/../index.html}, {@code /index.html/}, {@code /css%2F..%2Findex.html}) can get the app served
 * under another path's headers.
 *
 * <p>Refused with 400 (browsers never send them; only hand-made requests do): a target not starting with
 * {@code /}, a malformed or encoded slash or backslash ({@code %2F}, {@code %5C}), a raw backslash, control
 * characters, bytes that are not UTF-8, {@code .} or {@code ..} segments (also encoded) and empty segments
 * ({@code //}). Not found (404): dotfiles and dot-folders, missing files, a file asked for as a folder (trailing
 * slash), and anything whose real path, symlinks followed, lies outside the site. A folder asked for without its
 * trailing slash is redirected (301) so that relative links inside it work.
 */
final class PathResolver {
    /** The outcome: 200 with a file and the URL path its headers belong to, 301 with a location, or 400/404. */
    record Resolution(int status, Path file, String urlPath, String location, String reason) {
        static Resolution refused(String reason) {
            return new Resolution(400, null, null, null, reason);
        }

        static Resolution notFound(String reason) {
            return new Resolution(404, null, null, null, reason);
        }
    }

    private final Path root;
    private final Path realRoot;

    PathResolver(Path root) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
    }

    Resolution resolve(String target) {
        int cut = target.length();
        for (char c : new char[] {'?', '#'}) {
            int i = target.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String raw = target.substring(0, cut);
        if (!raw.startsWith("/")) {
            return Resolution.refused("the path must start with /");
        }
        if (raw.indexOf('\\') >= 0) {
            return Resolution.refused("a backslash in the path");
        }
        String path;
        try {
            path = decode(raw);
        } catch (IllegalArgumentException e) {
            return Resolution.refused(e.getMessage());
        }
        boolean folder = path.endsWith("/");
        String[] segments = path.substring(1).split("/", -1);
        Path candidate = root;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty()) {
                if (i == segments.length - 1) {
                    break; // the trailing slash of a folder
                }
                return Resolution.refused("an empty path segment");
            }
            if (s.equals(".") || s.equals("..")) {
                return Resolution.refused("a dot segment");
            }
            if (s.startsWith(".")) {
                return Resolution.notFound("a hidden file");
            }
            candidate = candidate.resolve(s);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return Resolution.notFound("no such file");
        }
        if (!real.startsWith(realRoot)) {
            return Resolution.notFound("outside the site");
        }
        if (Files.isDirectory(real)) {
            if (!folder) {
                return new Resolution(301, null, null, raw + "/", null);
            }
            try {
                real = real.resolve("index.html").toRealPath();
            } catch (IOException e) {
                return Resolution.notFound("a folder without index.html");
            }
            if (!real.startsWith(realRoot)) {
                return Resolution.notFound("outside the site");
            }
        } else if (folder) {
            return Resolution.notFound("a file is not a folder");
        }
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
            return Resolution.notFound("not a readable file");
        }
        Path relative = realRoot.relativize(real);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return Resolution.notFound("a hidden file");
            }
        }
        String urlPath = "/" + relative.toString().replace('\\', '/');
        return new Resolution(200, real, urlPath, null, null);
    }

    /** Percent-decodes a path as UTF-8, refusing what no honest client sends. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int b;
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a malformed %-escape");
                }
                b = Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
                if (b == '/' || b == '\\') {
                    throw new IllegalArgumentException("an encoded slash");
                }
                i += 2;
            } else if (c > 0x7e) {
                throw new IllegalArgumentException("a character that must be %-encoded");
            } else {
                b = c;
            }
            if (b < 0x20 || b == 0x7f) {
                throw new IllegalArgumentException("a control character");
            }
            bytes.write(b);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("bytes that are not UTF-8");
        }
    }
}
