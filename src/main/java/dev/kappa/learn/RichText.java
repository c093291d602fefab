package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The authored text syntax: TeX between {@code $…$} (inline) or {@code $$…$$} (display), a literal
 * dollar written {@code \$}, and outside maths plain text with {@code **bold**}, {@code *italic*}
 * and {@code `code`}. This class splits text into maths and prose and turns prose into HTML; the
 * TeX itself is handed to a {@link MathRenderer} (KaTeX at build time).
 *
 * <p>All prose is HTML-escaped before markup is applied, so authored text can never inject tags.
 */
public final class RichText {
    /** Kinds of {@link Segment}. */
    public enum Kind { TEXT, INLINE_MATH, DISPLAY_MATH }

    /** A run of prose or one formula, with its offset in the source string. */
    public static final class Segment {
        private final Kind kind;
        private final String content;
        private final int offset;

        Segment(Kind kind, String content, int offset) {
            this.kind = kind;
            this.content = content;
            this.offset = offset;
        }

        public Kind kind() {
            return kind;
        }

        /** Prose with {@code \$} already turned into {@code $}, or the TeX between the dollars. */
        public String content() {
            return content;
        }

        /** Offset of the segment's first character (for maths: its opening dollar) in the source. */
        public int offset() {
            return offset;
        }
    }

    /** Renders one TeX formula; {@code offset} is where it starts in the source, for error reports. */
    public interface MathRenderer {
        String render(String tex, boolean display, int offset);
    }

    /** Unbalanced or empty maths, at an offset into the source string. */
    public static final class SyntaxError extends IllegalArgumentException {
        private final int offset;

        SyntaxError(String reason, int offset) {
            super(reason);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private RichText() {
    }

    /** Splits {@code s} into prose and maths; throws {@link SyntaxError} for an unclosed or empty formula. */
    public static List<Segment> split(String s) {
        List<Segment> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        int proseStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '$') {
                prose.append('$');
                i += 2;
                continue;
            }
            if (c != '$') {
                prose.append(c);
                i++;
                continue;
            }
            boolean display = i + 1 < n && s.charAt(i + 1) == '$';
            int open = display ? 2 : 1;
            int close = findClosing(s, i + open, display);
            if (close < 0) {
                throw new SyntaxError((display ? "display maths $$ opened here is never closed"
                        : "inline maths $ opened here is never closed (write \\$ for a literal dollar)"), i);
            }
            String tex = s.substring(i + open, close);
            if (tex.trim().isEmpty()) {
                throw new SyntaxError("empty maths between dollars", i);
            }
            if (prose.length() > 0) {
                out.add(new Segment(Kind.TEXT, prose.toString(), proseStart));
                prose.setLength(0);
            }
            out.add(new Segment(display ? Kind.DISPLAY_MATH : Kind.INLINE_MATH, tex, i));
            i = close + open;
            proseStart = i;
        }
        if (prose.length() > 0) {
            out.add(new Segment(Kind.TEXT, prose.toString(), proseStart));
        }
        return out;
    }

    // The closing delimiter is the next unescaped $ (or $$); inside TeX, \$ is a dollar sign.
    private static int findClosing(String s, int from, boolean display) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (c == '$') {
                if (!display) {
                    return j;
                }
                if (j + 1 < s.length() && s.charAt(j + 1) == '$') {
                    return j;
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * Renders {@code s} to HTML: prose escaped and marked up, maths through {@code math}. A blank
     * line starts a new paragraph; text with several paragraphs is wrapped in {@code <p>} elements.
     * Punctuation written against inline maths ({@code ($x$),}) is kept on its line with it, in a
     * {@code <span class="nobreak">}: browsers may otherwise wrap between a formula and its comma.
     */
    public static String toHtml(String s, MathRenderer math) {
        List<Segment> segs = split(s.trim());
        int n = segs.size();
        String[] prose = new String[n];
        String[] before = new String[n];
        String[] after = new String[n];
        for (int i = 0; i < n; i++) {
            prose[i] = segs.get(i).kind() == Kind.TEXT ? segs.get(i).content() : null;
        }
        for (int i = 0; i < n; i++) {
            if (segs.get(i).kind() != Kind.INLINE_MATH) {
                continue;
            }
            if (i > 0 && prose[i - 1] != null) {
                int k = glueStart(prose[i - 1]);
                before[i] = prose[i - 1].substring(k);
                prose[i - 1] = prose[i - 1].substring(0, k);
            }
            if (i + 1 < n && prose[i + 1] != null) {
                int k = glueEnd(prose[i + 1]);
                after[i] = prose[i + 1].substring(0, k);
                prose[i + 1] = prose[i + 1].substring(k);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Segment seg = segs.get(i);
            if (seg.kind() == Kind.TEXT) {
                sb.append(markupToHtml(prose[i]));
                continue;
            }
            String rendered = math.render(seg.content().trim(), seg.kind() == Kind.DISPLAY_MATH, seg.offset());
            boolean glued = (before[i] != null && !before[i].isEmpty()) || (after[i] != null && !after[i].isEmpty());
            if (glued) {
                sb.append("<span class=\"nobreak\">").append(before[i] == null ? "" : markupToHtml(before[i]))
                        .append(rendered).append(after[i] == null ? "" : markupToHtml(after[i])).append("</span>");
            } else {
                sb.append(rendered);
            }
        }
        String html = sb.toString();
        if (html.contains(PARAGRAPH_BREAK)) {
            html = "<p>" + html.replace(PARAGRAPH_BREAK, "</p><p>") + "</p>";
        }
        return html;
    }

    /** Longest run of punctuation kept with a formula (a word such as "-axis" included). */
    private static final int MAX_GLUE = 12;

    private static boolean glues(char c) {
        return !Character.isWhitespace(c) && c != '*' && c != '`';
    }

    /** End of the run of glue characters at the start of {@code t}. */
    private static int glueEnd(String t) {
        int k = 0;
        while (k < t.length() && k < MAX_GLUE && glues(t.charAt(k))) {
            k++;
        }
        return k < t.length() && k == MAX_GLUE && glues(t.charAt(k)) ? 0 : k;
    }

    /** Start of the run of glue characters at the end of {@code t}. */
    private static int glueStart(String t) {
        int k = t.length();
        while (k > 0 && t.length() - k < MAX_GLUE && glues(t.charAt(k - 1))) {
            k--;
        }
        return k > 0 && t.length() - k == MAX_GLUE && glues(t.charAt(k - 1)) ? t.length() : k;
    }

    private static final String PARAGRAPH_BREAK = "\u0000P\u0000";

    /** Escapes prose and applies {@code **bold**}, {@code *italic*}, {@code `code`}; blank lines become a break marker. */
    static String markupToHtml(String text) {
        StringBuilder sb = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    sb.append("<code>").append(escapeHtml(text.substring(i + 1, end))).append("</code>");
                    i = end + 1;
                    continue;
                }
            } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    sb.append("<strong>").append(markupToHtml(text.substring(i + 2, end))).append("</strong>");
                    i = end + 2;
                    continue;
                }
            } else if (c == '*' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                int end = findItalicEnd(text, i + 1);
                if (end > 0) {
                    sb.append("<em>").append(markupToHtml(text.substring(i + 1, end))).append("</em>");
                    i = end + 1;
                    continue;
                }
            } else if (c == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    sb.append(PARAGRAPH_BREAK);
                    i = j;
                    continue;
                }
                sb.append(' ');
                i++;
                continue;
            }
            appendEscaped(sb, c);
            i++;
        }
        return sb.toString();
    }

    private static int findItalicEnd(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1;
            }
            if (c == '*' && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 >= text.length() || text.charAt(j + 1) != '*')) {
                return j;
            }
        }
        return -1;
    }

    /** Escapes the five HTML-significant characters. */
    public static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            appendEscaped(sb, s.charAt(i));
        }
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case '&':
                sb.append("&amp;");
                break;
            case '<':
                sb.append("&lt;");
                break;
            case '>':
                sb.append("&gt;");
                break;
            case '"':
                sb.append("&quot;");
                break;
            case '\'':
                sb.append("&#39;");
                break;
            default:
                sb.append(c);
        }
    }
}
