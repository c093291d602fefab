package dev.kappa.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one reader and writer of URL query strings ({@code a=1&b=x}) in Kappa: the router's hash
 * parameters, lab state and preset links all go through it, so they agree on '+', %-escapes and
 * UTF-8. Never throws: what cannot be read becomes a note.
 */
public final class Query {
    private Query() {
    }

    /** The decoded pairs in the order given (a repeated name keeps its last value); notes are dropped. */
    public static Map<String, String> parse(String query) {
        return parse(query, new StringBuilder());
    }

    /**
     * The decoded pairs in the order given, appending to {@code problems} a note for each malformed
     * %-escape (read literally) and each pair without a name (ignored).
     */
    public static Map<String, String> parse(String query, StringBuilder problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null) {
            return out;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), problems);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), problems);
            if (name.isEmpty()) {
                note(problems, "a parameter without a name was ignored");
                continue;
            }
            out.put(name, value);
        }
        return out;
    }

    /** Reads {@code query} into a fresh copy of {@code spec}'s parameters (clamped, with notes). */
    public static ParamSet read(ParamSet spec, String query) {
        return spec.readFrom(parse(query));
    }

    /**
     * Percent-decoding with '+' as space. Written out (not URLDecoder) because a malformed escape
     * must become a note rather than an exception, and TeaVM's charset support is partial.
     * Non-ASCII typed straight into the address bar is kept as typed.
     */
    public static String decode(String s, StringBuilder problems) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        byte[] bytes = new byte[s.length() * 4];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes[n++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c == '%') {
                note(problems, "a malformed %-escape in '" + s + "' was read literally");
                bytes[n++] = '%';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                for (byte b : Utf8.encode(s.substring(i, end))) {
                    bytes[n++] = b;
                }
                i = end - 1;
            }
        }
        return Utf8.decode(bytes, n);
    }

    /**
     * Percent-encodes a name or value so that it reads back unchanged: %, &, =, #, +, space,
     * controls and non-ASCII (as UTF-8 bytes) are escaped; other printable ASCII stays readable
     * ({@code pts=0.1,2;0.5,3}), because these links are shared and read by people.
     */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        String hexDigits = "0123456789ABCDEF";
        for (byte b : Utf8.encode(s)) {
            int c = b & 0xff;
            boolean plain = c > 0x20 && c < 0x7f && c != '%' && c != '&' && c != '=' && c != '#' && c != '+';
            if (plain) {
                sb.append((char) c);
            } else {
                sb.append('%').append(hexDigits.charAt(c >> 4)).append(hexDigits.charAt(c & 15));
            }
        }
        return sb.toString();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static void note(StringBuilder problems, String message) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(message);
    }
}
