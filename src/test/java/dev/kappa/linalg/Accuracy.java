package dev.kappa.linalg;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * Collects comparisons over many cases so that one test reports every failing case, and tracks
 * the worst error seen (printed only when -Dkappa.accuracyReport=true, for docs/linalg.md).
 */
final class Accuracy {
    private final String what;
    private final List<String> failures = new ArrayList<>();
    private double worstError;
    private String worstCase = "";
    private double worstRatio;
    private int checked;

    Accuracy(String what) {
        this.what = what;
    }

    /** Records err against tol for the named input; fails later if err &gt; tol. */
    void check(String input, double err, double tol) {
        checked++;
        if (err > worstError || Double.isNaN(err)) {
            worstError = err;
            worstCase = input;
        }
        if (tol > 0) {
            worstRatio = Math.max(worstRatio, err / tol);
        }
        if (!(err <= tol)) {
            failures.add(input + ": error " + err + " > tolerance " + tol);
        }
    }

    void fail(String message) {
        failures.add(message);
    }

    void assertAllPassed() {
        if (Boolean.getBoolean("kappa.accuracyReport")) {
            System.out.println("[accuracy] " + what + ": " + checked + " checks, worst error " + worstError + " ("
                    + worstCase + "), worst error/tolerance " + worstRatio);
        }
        if (!failures.isEmpty()) {
            Assertions.fail(what + ": " + failures.size() + " of " + checked + " failed:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** ‖v‖₂, scaled by the largest entry so that 1e±300 entries neither overflow nor underflow. */
    static double norm(double[] v) {
        double big = 0;
        for (double x : v) {
            big = Math.max(big, Math.abs(x));
        }
        if (big == 0 || Double.isInfinite(big) || Double.isNaN(big)) {
            return big;
        }
        double s = 0;
        for (double x : v) {
            double y = x / big;
            s += y * y;
        }
        return big * Math.sqrt(s);
    }

    static double diffNorm(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return norm(d);
    }

    static double frobenius(double[][] a) {
        return norm(flatten(a));
    }

    static double diffFrobenius(double[][] a, double[][] b) {
        double[] fa = flatten(a);
        double[] fb = flatten(b);
        return diffNorm(fa, fb);
    }

    static double[] flatten(double[][] a) {
        int count = 0;
        for (double[] row : a) {
            count += row.length;
        }
        double[] out = new double[count];
        int k = 0;
        for (double[] row : a) {
            System.arraycopy(row, 0, out, k, row.length);
            k += row.length;
        }
        return out;
    }

    /** ‖actual − expected‖/‖expected‖, or the absolute error when expected is zero. */
    static double relative(double[] actual, double[] expected) {
        double scale = norm(expected);
        double d = diffNorm(actual, expected);
        return scale == 0 ? d : d / scale;
    }
}
