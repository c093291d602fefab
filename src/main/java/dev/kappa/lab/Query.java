package dev.kappa.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a URL query {@code a=1&b=x} into an ordered map, percent-decoding names and values. Never throws. */
public final class Query {
    private Query() {
    }

    public static Map<String, String> parse(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null) {
            return out;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        int start = 0;
        while (start <= q.length()) {
            int amp = q.indexOf('&', start);
            int end = amp < 0 ? q.length() : amp;
            String pair = q.substring(start, end);
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(decode(k), decode(v));
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return out;
    }

    /** Reads {@code query} into a fresh copy of {@code spec}'s parameters (clamped, with notes). */
    public static ParamSet read(ParamSet spec, String query) {
        return spec.readFrom(parse(query));
    }

    /** Percent-decoding (%XX sequences as UTF-8 bytes, '+' as space); a malformed % is kept as is. */
    static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(bytes, sb);
            sb.append(c == '+' ? ' ' : c);
        }
        flush(bytes, sb);
        return sb.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder sb) {
        if (bytes.size() > 0) {
            sb.append(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
        }
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
}
