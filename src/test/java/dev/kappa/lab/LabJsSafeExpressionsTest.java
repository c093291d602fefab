package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab sources must not contain the numeric expressions TeaVM 0.15's JS printer re-associates
 * (see docs/linalg.md): a right operand of + that is a parenthesized sum or difference, or of * that
 * is a parenthesized product or quotient. String concatenation ("w" + (j + 1)) is compiled through a
 * StringBuilder and is exempt: a statement with a string literal before the operator is skipped.
 */
class LabJsSafeExpressionsTest {
    @Test
    void noReassociableRightOperandsInLabSources() throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Paths.get("src/main/java/dev/kappa/lab"), "*.java")) {
            for (Path p : dir) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = strip(lines.get(i));
                    for (int k = 1; k + 2 < code.length(); k++) {
                        char op = code.charAt(k);
                        if ((op == '+' || op == '*') && code.charAt(k - 1) == ' ' && code.charAt(k + 1) == ' '
                                && code.charAt(k + 2) == '(' && !code.substring(0, k).contains("\"")
                                && sameClass(code, k + 2, op)) {
                            found.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "expressions TeaVM's JS output would re-associate:\n  " + String.join("\n  ", found));
    }

    /** Drops comments and reduces string and char literals to "" and ''. */
    private static String strip(String line) {
        String t = line.trim();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != c) {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                sb.append(c).append(c);
                i = j;
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean sameClass(String code, int open, char op) {
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
                additive |= binary && (c == '+' || c == '-');
                multiplicative |= binary && (c == '*' || c == '/');
            }
            if (c != ' ') {
                previous = c;
            }
        }
        return false;
    }
}
