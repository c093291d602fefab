package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards against the TeaVM 0.15 JavaScript printer bug described in docs/linalg.md: it prints
 * a + (b − c) as a + b − c and a·(b/c) as a·b/c, changing the rounding. This scans the source of
 * the classes that must be bit-identical on every engine for a right operand of + that is a
 * parenthesized sum or difference, or of * that is a parenthesized product or quotient. (The
 * same bug after inlining a temporary is not visible in source; the engine-probe profile runs the
 * real JS build for that.)
 */
class JsSafeExpressionsTest {
    private static final String[] FILES = {"KMath", "Rng", "QR", "Cholesky", "LeastSquares", "Ridge", "Conditioning",
        "RandomMatrices", "Checks", "EngineFingerprint", "Matrix"};

    @Test
    void noParenthesizedSameClassRightOperandsInCoreSources() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : FILES) {
            Path p = Paths.get("src/main/java/dev/kappa/linalg/" + name + ".java");
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = stripStringsAndComments(lines.get(i));
                for (int k = 0; k + 2 < code.length(); k++) {
                    char op = code.charAt(k);
                    if ((op == '+' || op == '*') && code.charAt(k + 1) == ' ' && code.charAt(k + 2) == '('
                            && k > 0 && code.charAt(k - 1) == ' ' && sameClassAtTopLevel(code, k + 2, op)) {
                        found.add(name + ".java:" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "right operands that TeaVM's JS output would re-associate:\n  "
                + String.join("\n  ", found));
    }

    /**
     * Whether the group opening at {@code open} is, at its top level, a sum/difference (for op +)
     * or a product/quotient with no sum around it (for op *): the cases whose parentheses the
     * printer drops. A group whose top level holds comparisons, ternaries or casts is not judged.
     */
    private static boolean sameClassAtTopLevel(String code, int open, char op) {
        int depth = 0;
        char previous = '(';
        boolean additive = false;
        boolean multiplicative = false;
        for (int j = open; j < code.length(); j++) {
            char c = code.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    if (op == '+') {
                        // a + (b − c)·d: the right operand is the product, which keeps its parentheses
                        String rest = code.substring(j + 1).trim();
                        return additive && !(rest.startsWith("*") || rest.startsWith("/"));
                    }
                    return multiplicative && !additive;
                }
            } else if (depth == 1 && c != ' ') {
                boolean binary = previous != '(' && "+-*/=<>?:&|^!,".indexOf(previous) < 0;
                if ("=<>?:&|^!".indexOf(c) >= 0) {
                    return false;
                }
                if (binary && (c == '+' || c == '-')) {
                    additive = true;
                }
                if (binary && (c == '*' || c == '/')) {
                    multiplicative = true;
                }
            }
            if (c != ' ') {
                previous = c;
            }
        }
        return false; // the group continues on the next line: not judged
    }

    private static String stripStringsAndComments(String line) {
        String t = line.trim();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
                sb.append('"');
                continue;
            }
            sb.append(inString ? 'x' : c);
        }
        return sb.toString();
    }
}
