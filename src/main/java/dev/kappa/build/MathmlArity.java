package dev.kappa.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every MathML script and fraction element KaTeX wrote has the number of children MathML
 * requires. KaTeX renders an operator name used as a script ({@code \sigma_{\max}}) as two siblings,
 * the name and an invisible function application, so the {@code <msub>} gets three children; browsers
 * then lay the formula out as plain text (or not at all). Catching it at build time names the formula
 * instead of shipping a broken one.
 */
final class MathmlArity {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");

    private MathmlArity() {
    }

    /** The first element with the wrong number of children, described for an author, or null if none. */
    static String problem(String markup) {
        Deque<int[]> open = new ArrayDeque<>(); // {expected arity or -1, children so far}
        Deque<String> names = new ArrayDeque<>();
        Matcher m = TAG.matcher(markup);
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(3).isEmpty();
            String name = m.group(2);
            if (closing) {
                if (names.isEmpty() || !names.peek().equals(name)) {
                    return "unbalanced </" + name + "> in KaTeX's output";
                }
                names.pop();
                int[] e = open.pop();
                if (e[0] >= 0 && e[1] != e[0]) {
                    return "<" + name + "> has " + e[1] + " parts where MathML needs " + e[0]
                            + " (an operator name such as \\max or \\min in a subscript or superscript does this:"
                            + " write \\mathrm{max})";
                }
                continue;
            }
            if (!open.isEmpty()) {
                open.peek()[1]++;
            }
            if (!selfClosing) {
                open.push(new int[] {arity(name), 0});
                names.push(name);
            }
        }
        return names.isEmpty() ? null : "unclosed <" + names.peek() + "> in KaTeX's output";
    }

    private static int arity(String name) {
        switch (name) {
            case "msub": case "msup": case "mfrac": case "mroot": case "munder": case "mover":
                return 2;
            case "msubsup": case "munderover":
                return 3;
            default:
                return -1;
        }
    }
}
