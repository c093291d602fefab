package dev.kappa.web;

import dev.kappa.linalg.Matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the numerical core gives the same answers in this engine as on the JVM.
 *
 * <p>Pure Java: the JVM test runs the same suite and records each check's fingerprint (the exact
 * bits of its results), and the browser tests compare the fingerprints the page reports on both
 * engines against those. A check passes in the page when its own invariant holds; identity with
 * the JVM is judged by the test that can see both.
 */
public final class SelfTestSuite {
    /** One check: its name, whether its invariant held, a note, and the bits of what it computed. */
    public record Result(String name, boolean passed, String detail, String fingerprint) {
    }

    private SelfTestSuite() {
    }

    public static List<Result> run() {
        List<Result> results = new ArrayList<>();
        results.add(fixedSolve3x3());
        results.add(productAndTranspose());
        return results;
    }

    /** A one-line summary, e.g. "2/2 passed". */
    public static String summary(List<Result> results) {
        int passed = 0;
        for (Result r : results) {
            if (r.passed()) {
                passed++;
            }
        }
        return passed + "/" + results.size() + " passed";
    }

    /** The summary, then one line per check: {@code name|passed|fingerprint}. */
    public static String report(List<Result> results) {
        StringBuilder sb = new StringBuilder(summary(results));
        for (Result r : results) {
            sb.append('\n').append(r.name()).append('|').append(r.passed()).append('|').append(r.fingerprint());
        }
        return sb.toString();
    }

    /**
     * Solves [[4, −2, 1], [−2, 4, −2], [1, −2, 4]]·x = [11, −16, 17] by elimination with partial
     * pivoting in the engine's arithmetic; the exact answer is x = (1, −2, 3).
     */
    static Result fixedSolve3x3() {
        Matrix a = Matrix.of(new double[][] {{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}});
        double[] b = {11, -16, 17};
        double[] x = eliminate(a.toArray(), b.clone());
        double err = Math.max(Math.abs(x[0] - 1), Math.max(Math.abs(x[1] + 2), Math.abs(x[2] - 3)));
        return new Result("3×3 solve", err < 1e-14, "max error " + err, bits(x));
    }

    static Result productAndTranspose() {
        Matrix a = Matrix.of(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
        Matrix g = a.transpose().times(a);
        boolean symmetric = true;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                symmetric &= g.get(i, j) == g.get(j, i);
            }
        }
        return new Result("AᵀA is symmetric", symmetric, "3×3 Gram matrix", bits(g.toRowMajor()));
    }

    private static double[] eliminate(double[][] a, double[] b) {
        int n = b.length;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
                    p = i;
                }
            }
            double[] rowTmp = a[k];
            a[k] = a[p];
            a[p] = rowTmp;
            double bTmp = b[k];
            b[k] = b[p];
            b[p] = bTmp;
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) {
                    a[i][j] -= f * a[k][j];
                }
                b[i] -= f * b[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    /** The exact bits of the values, as hex: equal strings mean bit-identical results. */
    public static String bits(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        return sb.toString();
    }
}
