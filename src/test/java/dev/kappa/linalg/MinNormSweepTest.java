package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MinNormSweep} against numpy's per-N {@code pinv(X[:N]) @ t[:N]}
 * ({@code fixtures/min-norm-sweep/sweep.txt}, written by
 * {@code tools/fixtures/min_norm_sweep_fixtures.py}).
 *
 * <p>Tolerance as in docs/linalg.md: both sides are backward stable, so x_N carries a relative
 * error of about κ·ε, plus κ²·ε·‖r‖/(σ₀‖x‖) for a large residual r, with κ = σ₀/σ_{r−1} of the
 * rank-r prefix. Allowed: 1e-12 + 64·ε·κ·(1 + κ·‖r‖/(σ₀‖x‖)) relative to ‖x‖ (1e-12 on
 * well-conditioned prefixes). No fixture prefix has a singular value near the rank cut-off.
 */
class MinNormSweepTest {
    private static final List<FixtureReader.Fixture> FIXTURES =
            FixtureReader.read("/fixtures/min-norm-sweep/sweep.txt");

    @Test
    void everyPrefixMatchesNumpyPinv() {
        Accuracy acc = new Accuracy("MinNormSweep vs numpy pinv per prefix");
        for (FixtureReader.Fixture f : FIXTURES) {
            MinNormSweep sweep = MinNormSweep.of(Matrix.of(f.matrix("matrix")), f.list("t"));
            double[][] expected = f.matrix("solutions");
            assertEquals(expected.length, sweep.count(), f.name);
            for (int n = 1; n <= expected.length; n++) {
                double[] ref = expected[n - 1];
                double kappa = f.list("kappa")[n - 1];
                double xNorm = Accuracy.norm(ref);
                double sigma0 = f.list("sigma0")[n - 1];
                double growth = xNorm == 0.0 || sigma0 == 0.0 ? 0.0 : kappa * f.list("resid")[n - 1] / (sigma0 * xNorm);
                double tol = 1e-12 + 64 * Tolerance.EPS * kappa * (1.0 + growth);
                double err = Accuracy.diffNorm(sweep.solution(n), ref) / Math.max(xNorm, Double.MIN_NORMAL);
                acc.check(f.name + " N=" + n + " (κ=" + kappa + ")", err, tol);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void fullRankGaussianPrefixesNeverNeedAnSvd() {
        for (FixtureReader.Fixture f : FIXTURES) {
            if (f.name.startsWith("gauss_") || f.name.startsWith("lab_like")) {
                MinNormSweep sweep = MinNormSweep.of(Matrix.of(f.matrix("matrix")), f.list("t"));
                assertEquals(0, sweep.svdCount(), f.name);
            }
        }
    }

    @Test
    void rankDeficientPrefixesFallBackToTheSvd() {
        for (FixtureReader.Fixture f : FIXTURES) {
            double[] rank = f.list("rank");
            int m = rank.length;
            int d = f.matrix("matrix")[0].length;
            int deficient = 0;
            for (int n = 1; n <= m; n++) {
                if (rank[n - 1] < Math.min(n, d)) {
                    deficient++;
                }
            }
            MinNormSweep sweep = MinNormSweep.of(Matrix.of(f.matrix("matrix")), f.list("t"));
            assertTrue(sweep.svdCount() >= deficient, f.name + ": " + deficient + " rank-deficient prefixes but "
                    + sweep.svdCount() + " SVD solves");
        }
    }

    @Test
    void agreesWithPerPrefixSvdOnRandomShapes() {
        SeededGaussian g = new SeededGaussian(77);
        Accuracy acc = new Accuracy("MinNormSweep vs SVD.solve per prefix, random shapes");
        for (int trial = 0; trial < 60; trial++) {
            int m = 1 + g.nextInt(40);
            int d = 1 + g.nextInt(25);
            double[][] x = new double[m][d];
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    row[j] = g.gaussian();
                }
            }
            if (trial % 3 == 0 && m > 2) {
                x[m / 2] = x[0].clone(); // a repeated row: one rank-deficient stretch
            }
            double[] t = new double[m];
            for (int i = 0; i < m; i++) {
                t[i] = g.gaussian();
            }
            Matrix xm = Matrix.of(x);
            MinNormSweep sweep = MinNormSweep.of(xm, t);
            for (int n = 1; n <= m; n++) {
                double[] tn = new double[n];
                System.arraycopy(t, 0, tn, 0, n);
                SVD svd = SVD.of(xm.topRows(n));
                double[] ref = svd.solve(tn);
                double[] s = svd.singularValues();
                double kappa = s[0] / s[Math.max(svd.rank() - 1, 0)];
                double err = Accuracy.diffNorm(sweep.solution(n), ref) / Math.max(Accuracy.norm(ref), Double.MIN_NORMAL);
                acc.check(m + "×" + d + " trial " + trial + " N=" + n, err, 1e-12 + 64 * Tolerance.EPS * kappa * kappa);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void badInputIsRejected() {
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        assertThrows(IllegalArgumentException.class, () -> MinNormSweep.of(x, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MinNormSweep.of(x, new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> MinNormSweep.of(null, new double[] {1}));
        MinNormSweep s = MinNormSweep.of(x, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> s.solution(0));
        assertThrows(IllegalArgumentException.class, () -> s.solution(3));
    }

    @Test
    void emptyShapes() {
        MinNormSweep none = MinNormSweep.of(Matrix.zeros(0, 3), new double[0]);
        assertEquals(0, none.count());
        MinNormSweep noColumns = MinNormSweep.of(Matrix.zeros(2, 0), new double[] {1, 2});
        assertEquals(0, noColumns.solution(2).length);
    }
}
