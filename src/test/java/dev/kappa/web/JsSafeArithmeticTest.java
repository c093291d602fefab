package dev.kappa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against a TeaVM 0.15 JavaScript-backend defect found by the engine self-test: when the
 * right operand of {@code +} is itself a sum or difference, or the right operand of {@code *} is a
 * product or quotient, the generated JavaScript drops the parentheses, so {@code a + (b + c)} runs as
 * {@code (a + b) + c} and the JS build's results differ from the JVM's and WasmGC's in the last
 * bits. Compound assignments are the same thing: {@code x += a + b} is {@code x + (a + b)}.
 *
 * <p>The fix is always local and exact: IEEE addition and multiplication are commutative, so put
 * the compound operand on the left ({@code (b + c) + a}), or name a value used twice. This test
 * finds the written forms; a single-use temporary that TeaVM inlines into such a position cannot
 * be seen in source, which is why the browser tests also compare engines bit for bit.
 */
class JsSafeArithmeticTest {
    private static final String[] BROWSER_PACKAGES = {"linalg", "optim", "lab", "learn", "web"};
    private static final Pattern COMPOUND = Pattern.compile("([+*])=(?!=)\\s*(.*)$");
    private static final Pattern OPERATOR_PAREN = Pattern.compile("([+*])\\s*\\(");
    /** Literal arithmetic such as 2.0 / 25, which javac folds to one constant. */
    private static final Pattern CONSTANT = Pattern.compile("[0-9.eE\\s+\\-*/]+");
    private static final Pattern CAST = Pattern.compile("\\s*(int|long|double|float|short|byte|char)\\s*");

    @Test
    void noRightHandSumsOrProductsInBrowserCode() throws IOException {
        List<String> findings = new ArrayList<>();
        for (String pkg : BROWSER_PACKAGES) {
            Path dir = Path.of("src/main/java/dev/kappa", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    scan(f, findings);
                }
            }
        }
        assertEquals(List.of(), findings, "expressions TeaVM's JS backend re-associates; put the compound "
                + "operand on the left or name it (see this test's Javadoc)");
    }

    private static void scan(Path file, List<String> findings) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean inComment = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (inComment) {
                int end = line.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 2);
                inComment = false;
            }
            line = stripStringsAndComments(line);
            int start = line.indexOf("/*");
            if (start >= 0) {
                int end = line.indexOf("*/", start + 2);
                if (end < 0) {
                    inComment = true;
                    line = line.substring(0, start);
                } else {
                    line = line.substring(0, start) + line.substring(end + 2);
                }
            }
            if (isRisky(line)) {
                findings.add(file + ":" + (n + 1) + ": " + lines.get(n).trim());
            }
        }
    }

    static boolean isRisky(String line) {
        Matcher c = COMPOUND.matcher(line);
        if (c.find() && !isComparison(line, c.start()) && !c.group(2).startsWith("(int)")
                && !c.group(2).startsWith("(long)")) {
            String rhs = c.group(2);
            int semi = rhs.indexOf(';');
            char root = rootOperator(semi < 0 ? rhs : rhs.substring(0, semi));
            if (reassociated(c.group(1).charAt(0), root)) {
                return true;
            }
        }
        Matcher m = OPERATOR_PAREN.matcher(line);
        while (m.find()) {
            if (isUnary(line, m.start())) {
                continue;
            }
            int depth = 1;
            int i = m.end();
            while (i < line.length() && depth > 0) {
                char ch = line.charAt(i);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth--;
                }
                i++;
            }
            if (depth != 0) {
                continue; // continues on the next line: judged there by the statement's own parts
            }
            String inner = line.substring(m.end(), i - 1);
            if (CAST.matcher(inner).matches() || CONSTANT.matcher(inner).matches()
                    || (m.group(1).equals("+") && bindsTighterAfter(line, i))) {
                continue;
            }
            char root = rootOperator(inner);
            if (reassociated(m.group(1).charAt(0), root)) {
                return true;
            }
        }
        return false;
    }

    /** In a + (x) * y the right operand of + is (x) * y, not (x): nothing is re-associated. */
    private static boolean bindsTighterAfter(String line, int after) {
        int j = after;
        while (j < line.length() && line.charAt(j) == ' ') {
            j++;
        }
        return j < line.length() && "*/%.[(".indexOf(line.charAt(j)) >= 0;
    }

    /** Whether TeaVM's JS printer drops the parentheses of a right operand with this root. */
    private static boolean reassociated(char outer, char innerRoot) {
        return outer == '+' ? innerRoot == '+' || innerRoot == '-' : innerRoot == '*' || innerRoot == '/';
    }

    private static boolean isComparison(String line, int at) {
        return at > 0 && "<>!=".indexOf(line.charAt(at - 1)) >= 0;
    }

    /** A '+' that starts an operand (unary plus, string concatenation continuation lines). */
    private static boolean isUnary(String line, int at) {
        int j = at - 1;
        while (j >= 0 && line.charAt(j) == ' ') {
            j--;
        }
        return j < 0 || !(Character.isLetterOrDigit(line.charAt(j)) || ")]_.".indexOf(line.charAt(j)) >= 0);
    }

    /**
     * The operator applied last in an expression: the rightmost top-level + or −, else the
     * rightmost top-level * or /; 0 for none (or a conditional, comparison or logical expression).
     */
    static char rootOperator(String expr) {
        char additive = 0;
        char multiplicative = 0;
        int depth = 0;
        for (int i = 0; i < expr.length(); i++) {
            char ch = expr.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (depth == 0 && "?:<>=&|,".indexOf(ch) >= 0) {
                return 0;
            } else if (depth == 0 && "+-*/".indexOf(ch) >= 0 && isBinary(expr, i)) {
                if (ch == '+' || ch == '-') {
                    additive = ch;
                } else {
                    multiplicative = ch;
                }
            }
        }
        return additive != 0 ? additive : multiplicative;
    }

    private static boolean isBinary(String expr, int at) {
        int j = at - 1;
        while (j >= 0 && expr.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char prev = expr.charAt(j);
        if (!(Character.isLetterOrDigit(prev) || ")]_.".indexOf(prev) >= 0)) {
            return false;
        }
        // The sign of an exponent in a literal such as 1e-3 or 0x1.0p-52 is not an operator.
        char op = expr.charAt(at);
        if ((op == '+' || op == '-') && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P') && j > 0) {
            char before = expr.charAt(j - 1);
            return !(Character.isDigit(before) || before == '.');
        }
        return true;
    }

    private static String stripStringsAndComments(String line) {
        StringBuilder sb = new StringBuilder();
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    inString = false;
                    sb.append(quote).append(quote);
                }
                continue;
            }
            if (ch == '"' || ch == '\'') {
                inString = true;
                quote = ch;
                continue;
            }
            if (ch == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    @Test
    void theCheckerSeesTheKnownForms() {
        String[] risky = {"p[i] += a * v + dot(x);", "s = a + (b + c);", "y = x * (a / b);", "r = (s0 + s1) + (s2 + s3);",
            "x *= a * b;", "d = (k - (s - b)) + (l - b);"};
        String[] fine = {"s += a * b;", "s = (b + c) + a;", "y = (a / b) * x;", "z = a * (b + c);", "q = a - (b + c);",
            "i += 1;", "k = (int) x;", "t = f(a + b) + g(c);", "x = 1e-3 + f(2 - y);", "if (a <= b) {", "r = z * (2.0 / 25);", "e = c * (b - a) + (c * c - s * s) * f;", "k += (int) (b >>> 52) - 1023;"};
        for (String s : risky) {
            assertEquals(true, isRisky(s), s);
        }
        for (String s : fine) {
            assertEquals(false, isRisky(s), s);
        }
    }
}
