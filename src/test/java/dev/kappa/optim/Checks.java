package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.Arrays;

/** Assertions shared by the optim tests. */
final class Checks {
    private Checks() {
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0.0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    static double norm(double[] a) {
        double s = 0.0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** |a − b|∞ ≤ tol·max(1, |b|∞). */
    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        double scale = 1.0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        double diff = maxAbsDiff(expected, actual);
        assertTrue(diff <= tol * scale, what + ": expected " + Arrays.toString(expected) + " but got "
                + Arrays.toString(actual) + " (max difference " + diff + ", tolerance " + tol * scale + ")");
    }

    static void assertClose(double expected, double actual, double tol, String what) {
        assertClose(new double[] {expected}, new double[] {actual}, tol, what);
    }

    /** Central-difference gradient, step h·max(1, |wᵢ|). */
    static double[] numericGradient(Objective f, double[] w, double h) {
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double step = h * Math.max(1.0, Math.abs(w[i]));
            double[] p = w.clone();
            double[] m = w.clone();
            p[i] += step;
            m[i] -= step;
            g[i] = (f.value(p) - f.value(m)) / (2 * step);
        }
        return g;
    }

    /** Central differences of the analytic gradient, column by column. */
    static double[][] numericHessian(Objective f, double[] w, double h) {
        int n = w.length;
        double[][] hess = new double[n][n];
        for (int j = 0; j < n; j++) {
            double step = h * Math.max(1.0, Math.abs(w[j]));
            double[] p = w.clone();
            double[] m = w.clone();
            p[j] += step;
            m[j] -= step;
            double[] gp = f.gradient(p);
            double[] gm = f.gradient(m);
            for (int i = 0; i < n; i++) {
                hess[i][j] = (gp[i] - gm[i]) / (2 * step);
            }
        }
        return hess;
    }

    static double[] flatten(Matrix m) {
        return m.toRowMajor();
    }

    static double[] flatten(double[][] a) {
        int n = a.length;
        int c = a[0].length;
        double[] out = new double[n * c];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, out, i * c, c);
        }
        return out;
    }
}
