package dev.kappa.learn.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kappa.learn.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pca and power-iteration exercises recomputed from the numbers their prompts print, with closed
 * 2×2 formulas (quadratic formula, eigenvector (r, λ − p)), independent of the core's SVD and eigen code.
 */
class LinearAlgebraExercisesTest {
    private static final Pattern MATRIX = Pattern.compile("= \\[\\[([-0-9.e]+), ([-0-9.e]+)\\], \\[([-0-9.e]+), ([-0-9.e]+)\\]\\]");
    private static final Pattern TUPLE = Pattern.compile("\\(([-0-9.e]+), ([-0-9.e]+)\\)");

    private static double[] all(Pattern p, String text, int count) {
        Matcher m = p.matcher(text);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            for (int i = 1; i <= m.groupCount(); i++) {
                out.add(Double.parseDouble(m.group(i)));
            }
        }
        assertTrue(out.size() >= count, "expected " + count + " numbers in: " + text);
        double[] v = new double[out.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = out.get(i);
        }
        return v;
    }

    /** Larger eigenvalue of [[p, r], [r, q]] and its unit eigenvector. */
    private static double[] top(double p, double r, double q) {
        double l = (p + q) / 2 + Math.hypot((p - q) / 2, r);
        double[] v = r != 0 ? new double[] {r, l - p} : p >= q ? new double[] {1, 0} : new double[] {0, 1};
        double n = Math.hypot(v[0], v[1]);
        return new double[] {l, v[0] / n, v[1] / n};
    }

    private static void close(double expected, double actual, double tol, String what) {
        if (!(Math.abs(expected - actual) <= tol * Math.max(1, Math.abs(expected)))) {
            fail(what + ": expected " + expected + " but the generator says " + actual);
        }
    }

    @Test
    void pcaDirectionIsTheTopEigenvectorOfTheScatterMatrix() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new PcaDirection().generate(seed);
            double[] pts = all(TUPLE, e.prompt().plain(), 6);
            double mx = (pts[0] + pts[2] + pts[4]) / 3;
            double my = (pts[1] + pts[3] + pts[5]) / 3;
            double sxx = 0;
            double sxy = 0;
            double syy = 0;
            for (int i = 0; i < 3; i++) {
                double dx = pts[2 * i] - mx;
                double dy = pts[2 * i + 1] - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
            double[] t = top(sxx, sxy, syy);
            double[] got = e.answer().values();
            close(1, Math.abs(got[0] * t[1] + got[1] * t[2]), 1e-10, "seed " + seed + ": " + e.prompt().plain());
        }
    }

    @Test
    void explainedVarianceIsTheTopEigenvalueOverTheTrace() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new ExplainedVariance().generate(seed);
            double[] c = all(MATRIX, e.prompt().plain(), 4);
            close(top(c[0], c[1], c[3])[0] / (c[0] + c[3]), e.answer().scalar(), 1e-12, "seed " + seed);
        }
    }

    @Test
    void rayleighQuotientAndPowerStepFromThePrintedNumbers() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new RayleighQuotient().generate(seed);
            String plain = e.prompt().plain();
            double[] a = all(MATRIX, plain, 4);
            double[] x = all(TUPLE, plain.substring(plain.indexOf("x =")), 2);
            double num = x[0] * (a[0] * x[0] + a[1] * x[1]) + x[1] * (a[2] * x[0] + a[3] * x[1]);
            close(num / (x[0] * x[0] + x[1] * x[1]), e.answer().scalar(), 1e-12, "ρ seed " + seed + ": " + plain);

            Exercise s = new PowerStep().generate(seed);
            plain = s.prompt().plain();
            a = all(MATRIX, plain, 4);
            x = all(TUPLE, plain.substring(plain.indexOf("x₀ =")), 2);
            double y0 = a[0] * x[0] + a[1] * x[1];
            double y1 = a[2] * x[0] + a[3] * x[1];
            double n = Math.hypot(y0, y1);
            double[] got = s.answer().values();
            close(y0 / n, got[0], 1e-12, "x₁[1] seed " + seed + ": " + plain);
            close(y1 / n, got[1], 1e-12, "x₁[2] seed " + seed + ": " + plain);
        }
    }
}
