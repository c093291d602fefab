package dev.kappa.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a URL query {@code a=1&b=x} into an ordered map; percent-decoding of %XX and '+' as space. Never throws. */
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

    static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                sb.append(' ');
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                sb.append((char) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2))));
                i += 2;
            } else {
                sb.append(c);
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
}
