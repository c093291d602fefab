package dev.kappa.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer (RFC 8259), hand-written because reflection-based
 * libraries do not survive TeaVM. Values map to Java as: object → {@code LinkedHashMap<String,
 * Object>} (key order kept), array → {@code ArrayList<Object>}, string → {@code String}, number →
 * {@code Double}, true/false → {@code Boolean}, null → {@link #NULL}.
 *
 * <p>Parsing never hangs and never overflows the stack: nesting is limited to {@value #MAX_DEPTH}
 * levels; anything malformed raises {@link JsonException} with the character offset.
 */
public final class Json {
    /** The JSON null (a Java null would be ambiguous with "absent key" in a map). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    public static final int MAX_DEPTH = 64;

    /** Malformed JSON, with the offset where reading stopped. */
    public static final class JsonException extends Exception {
        private final int offset;

        JsonException(String message, int offset) {
            super(message + " at character " + offset);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /** Parses one JSON value filling the whole string (surrounding whitespace allowed). */
    public static Object parse(String text) throws JsonException {
        if (text == null) {
            throw new JsonException("no text", 0);
        }
        Json p = new Json(text);
        p.skipSpace();
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw new JsonException("unexpected text after the value", p.pos);
        }
        return v;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }

    private Object value(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nesting deeper than " + MAX_DEPTH, pos);
        }
        if (pos >= s.length()) {
            throw new JsonException("unexpected end of text", pos);
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new JsonException("unexpected character '" + c + "'", pos);
        }
    }

    private Object literal(String word, Object v) throws JsonException {
        if (!s.startsWith(word, pos)) {
            throw new JsonException("expected " + word, pos);
        }
        pos += word.length();
        return v;
    }

    private Map<String, Object> object(int depth) throws JsonException {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != '"') {
                throw new JsonException("expected a string key", pos);
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            m.put(key, value(depth + 1));
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect('}');
            return m;
        }
    }

    private List<Object> array(int depth) throws JsonException {
        List<Object> a = new ArrayList<>();
        pos++;
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            return a;
        }
        while (true) {
            skipSpace();
            a.add(value(depth + 1));
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect(']');
            return a;
        }
    }

    private void expect(char c) throws JsonException {
        if (pos >= s.length() || s.charAt(pos) != c) {
            throw new JsonException("expected '" + c + "'", pos);
        }
        pos++;
    }

    private String string() throws JsonException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new JsonException("control character in a string", pos - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    sb.append(e);
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'u': {
                    if (pos + 4 > s.length()) {
                        throw new JsonException("short \\u escape", pos);
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int h = Character.digit(s.charAt(pos + k), 16);
                        if (h < 0) {
                            throw new JsonException("bad \\u escape", pos);
                        }
                        code = code * 16 + h;
                    }
                    sb.append((char) code);
                    pos += 4;
                    break;
                }
                default:
                    throw new JsonException("bad escape \\" + e, pos - 1);
            }
        }
        throw new JsonException("unterminated string", pos);
    }

    private Double number() throws JsonException {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= s.length()) {
            throw new JsonException("bad number", start);
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else if (!digits()) {
            throw new JsonException("bad number", start);
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (!digits()) {
                throw new JsonException("bad number", start);
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (!digits()) {
                throw new JsonException("bad number", start);
            }
        }
        double v = Double.parseDouble(s.substring(start, pos));
        if (Double.isInfinite(v)) {
            throw new JsonException("number out of range", start);
        }
        return v;
    }

    private boolean digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    // ---------------------------------------------------------------- writing

    /** Serializes maps, lists, strings, numbers, booleans, {@link #NULL} and Java null (as null). */
    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object v) {
        if (v == null || v == NULL) {
            sb.append("null");
        } else if (v instanceof String) {
            quote(sb, (String) v);
        } else if (v instanceof Boolean) {
            sb.append(((Boolean) v).booleanValue() ? "true" : "false");
        } else if (v instanceof Number) {
            number(sb, ((Number) v).doubleValue());
        } else if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object o : (List<Object>) v) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
        }
    }

    /** Integers up to 2⁵³ as digits (epoch millis stay readable), others as Java prints them; NaN/∞ as null. */
    private static void number(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append("null");
        } else if (d == Math.floor(d) && Math.abs(d) < 9.007199254740992E15) {
            sb.append((long) d);
        } else {
            sb.append(Double.toString(d));
        }
    }

    /**
     * Appends {@code s} as a JSON string literal. Also writes "&lt;/" as "&lt;\/" and "&lt;!" as
     * "\u003c!", so the output is safe inside a script element; other markup stays readable.
     */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '/':
                    // "</" becomes "<\/" so that the text can never close a surrounding <script>.
                    sb.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029'
                            || c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '!') {
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
