package dev.kappa.learn.exercise;

import dev.kappa.learn.Answer;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;

/** Random small integer matrices with the properties exercises need, drawn from an {@link Rng}. */
final class Draws {
    private Draws() {
    }

    static int between(Rng rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    static double pick(Rng rng, double[] values) {
        return values[rng.nextInt(values.length)];
    }

    /** A symmetric 2×2 integer matrix [[a, b], [b, c]] with a, c ∈ 1…9, b ∈ −4…4 and det ≥ 1 (so PD). */
    static Matrix positiveDefinite2(Rng rng) {
        for (int i = 0; i < 200; i++) {
            int a = between(rng, 1, 9);
            int c = between(rng, 1, 9);
            int b = between(rng, -4, 4);
            if (a * c - b * b >= 1) {
                return Matrix.of(new double[][] {{a, b}, {b, c}});
            }
        }
        return Matrix.of(new double[][] {{2, 1}, {1, 3}});
    }

    /**
     * A symmetric [[p, r], [r, q]] with p, q ∈ −range…range and r ∈ ±(1…4) (never 0, so the
     * eigenvectors are off the axes), drawn in that order until {@code accept} takes its ascending
     * eigenvalues; {@code fallback} if none is taken within {@code tries} draws.
     */
    static Matrix symmetricOffAxis(Rng rng, int range, java.util.function.Predicate<double[]> accept, int tries,
            Matrix fallback) {
        for (int i = 0; i < tries; i++) {
            int p = between(rng, -range, range);
            int q = between(rng, -range, range);
            int r = between(rng, 1, 4) * (rng.nextInt(2) == 0 ? 1 : -1);
            Matrix c = Matrix.of(new double[][] {{p, r}, {r, q}});
            if (accept.test(eigenvalues(c))) {
                return c;
            }
        }
        return fallback;
    }

    /** An m×n integer matrix with entries in −r…r. */
    static Matrix integers(Rng rng, int m, int n, int r) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = between(rng, -r, r);
            }
        }
        return Matrix.of(a);
    }

    static double[] integerVector(Rng rng, int n, int r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = between(rng, -r, r);
        }
        return v;
    }

    /** True when the smallest singular value of {@code a} (min(m, n) of them) is at least {@code min}. */
    static boolean wellConditioned(Matrix a, double min) {
        double[] s = SVD.of(a).singularValues();
        return s.length == Math.min(a.rows(), a.cols()) && s[s.length - 1] >= min;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    static boolean isZero(double[] v) {
        return maxAbs(v) == 0;
    }

    static double[] eigenvalues(Matrix a) {
        return SymmetricEigen.of(a).values();
    }

    /**
     * Entries below rounding noise, |vᵢ| ≤ 1024·ε·scale with scale = max(‖v‖∞, {@code problemScale}),
     * set to exactly 0. The exercises' data are small integers, so a true value that small is 0:
     * the worked solution then prints 0 (not 1.282e-16) and the answer key holds 0.
     */
    static double[] cleaned(double[] v, double problemScale) {
        double scale = Math.max(maxAbs(v), Math.abs(problemScale));
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(out[i]) <= NOISE * scale) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** The relative size of rounding noise that {@link #cleaned} removes. */
    static final double NOISE = 1024 * Tolerance.EPS;

    /** A vector key judged entry by entry, with the absolute floor tied to the answer's own scale. */
    static Answer vectorAnswer(double[] v) {
        return Answer.vector(v, Answer.DEFAULT_REL_TOL, Answer.floorFor(maxAbs(v)));
    }
}
