package dev.kappa.learn;

import dev.kappa.linalg.Matrix;

/**
 * Text with maths built at run time (an exercise's random matrix), kept in three renderings at
 * once: HTML with MathML (for the page: no maths script is shipped, the browser renders MathML),
 * plain text (for screen-reader summaries, copying and tests) and TeX (for authors and debugging).
 * Prose is HTML-escaped; numbers are printed with {@link NumberText}, so the numbers shown are
 * the numbers the answer was computed from whenever they have at most 4 significant digits.
 */
public final class MathText {
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder tex = new StringBuilder();

    public String html() {
        return html.toString();
    }

    public String plain() {
        return plain.toString();
    }

    public String tex() {
        return tex.toString();
    }

    /** Prose. */
    public MathText text(String s) {
        html.append(RichText.escapeHtml(s));
        plain.append(s);
        tex.append(s.replace("$", "\\$"));
        return this;
    }

    /** A paragraph break. */
    public MathText paragraph() {
        html.append("<br><br>");
        plain.append("\n\n");
        tex.append("\n\n");
        return this;
    }

    /** An inline formula given in all three forms; {@code mathml} is the content of a {@code <math>} element. */
    public MathText math(String plainForm, String texForm, String mathml) {
        html.append("<math>").append(mathml).append("</math>");
        plain.append(plainForm);
        tex.append('$').append(texForm).append('$');
        return this;
    }

    /** A single identifier such as λ or η. */
    public MathText symbol(String name) {
        return math(name, texSymbol(name), "<mi>" + RichText.escapeHtml(name) + "</mi>");
    }

    /** A number. */
    public MathText number(double v) {
        String s = NumberText.format(v);
        return math(s, texNumber(s), mn(s));
    }

    /** {@code name = matrix}, e.g. A = [[2, 1], [1, 3]], displayed as a bracketed table. */
    public MathText matrix(String name, Matrix a) {
        StringBuilder p = new StringBuilder(name).append(" = [");
        StringBuilder t = new StringBuilder(texSymbol(name)).append(" = \\begin{bmatrix}");
        StringBuilder m = new StringBuilder("<mi>").append(RichText.escapeHtml(name)).append("</mi><mo>=</mo>")
                .append("<mrow><mo>[</mo><mtable>");
        for (int i = 0; i < a.rows(); i++) {
            p.append(i == 0 ? "[" : ", [");
            t.append(i == 0 ? "" : " \\\\ ");
            m.append("<mtr>");
            for (int j = 0; j < a.cols(); j++) {
                String s = NumberText.format(a.get(i, j));
                p.append(j == 0 ? "" : ", ").append(s);
                t.append(j == 0 ? "" : " & ").append(texNumber(s));
                m.append("<mtd>").append(mn(s)).append("</mtd>");
            }
            p.append(']');
            m.append("</mtr>");
        }
        p.append(']');
        t.append("\\end{bmatrix}");
        m.append("</mtable><mo>]</mo></mrow>");
        return math(p.toString(), t.toString(), m.toString());
    }

    /** {@code name = column vector}, written (1, 2, 3) in plain text. */
    public MathText vector(String name, double[] v) {
        StringBuilder t = new StringBuilder(texSymbol(name)).append(" = \\begin{bmatrix}");
        StringBuilder m = new StringBuilder("<mi>").append(RichText.escapeHtml(name)).append("</mi><mo>=</mo>")
                .append("<mrow><mo>[</mo><mtable>");
        for (int i = 0; i < v.length; i++) {
            String s = NumberText.format(v[i]);
            t.append(i == 0 ? "" : " \\\\ ").append(texNumber(s));
            m.append("<mtr><mtd>").append(mn(s)).append("</mtd></mtr>");
        }
        t.append("\\end{bmatrix}");
        m.append("</mtable><mo>]</mo></mrow>");
        return math(name + " = " + NumberText.formatVector(v), t.toString(), m.toString());
    }

    /** A vector written inline as a tuple (1, −2, 3). */
    public MathText tuple(double[] v) {
        StringBuilder t = new StringBuilder("(");
        StringBuilder m = new StringBuilder("<mo>(</mo>");
        for (int i = 0; i < v.length; i++) {
            String s = NumberText.format(v[i]);
            t.append(i == 0 ? "" : ", ").append(texNumber(s));
            m.append(i == 0 ? "" : "<mo>,</mo>").append(mn(s));
        }
        t.append(')');
        m.append("<mo>)</mo>");
        return math(NumberText.formatVector(v), t.toString(), m.toString());
    }

    /** {@code name = value}. */
    public MathText equals(String name, double value) {
        String s = NumberText.format(value);
        return math(name + " = " + s, texSymbol(name) + " = " + texNumber(s),
                "<mi>" + RichText.escapeHtml(name) + "</mi><mo>=</mo>" + mn(s));
    }

    private static String mn(String s) {
        String body = s;
        String exp = null;
        int e = s.indexOf('e');
        if (e >= 0) {
            body = s.substring(0, e);
            exp = s.substring(e + 1);
        }
        String m = signed(body);
        if (exp != null) {
            m = "<mrow>" + m + "<mo>×</mo><msup><mn>10</mn>" + "<mrow>" + signed(exp) + "</mrow></msup></mrow>";
        }
        return m;
    }

    private static String signed(String s) {
        if (s.startsWith("-")) {
            return "<mrow><mo>−</mo><mn>" + s.substring(1) + "</mn></mrow>";
        }
        return "<mn>" + s + "</mn>";
    }

    private static String texNumber(String s) {
        int e = s.indexOf('e');
        return e < 0 ? s : s.substring(0, e) + "\\times 10^{" + s.substring(e + 1) + "}";
    }

    private static String texSymbol(String name) {
        switch (name) {
            case "λ":
                return "\\lambda";
            case "η":
                return "\\eta";
            case "κ":
                return "\\kappa";
            case "σ":
                return "\\sigma";
            case "β":
                return "\\beta";
            case "ε":
                return "\\varepsilon";
            default:
                return name;
        }
    }
}
