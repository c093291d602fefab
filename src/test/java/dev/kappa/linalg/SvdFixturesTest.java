package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link SVD} against numpy/LAPACK references ({@code fixtures/linalg-decomp/svd.txt}).
 *
 * <p>Tolerances, and why: both implementations are backward stable, so each σᵢ is within
 * c·max(m, n)·ε·σ₀ of the truth; we allow 1e-13·max(m, n)·σ₀ (≤ 1e-12·σ₀ up to 10 rows, 3e-11
 * at 300). κ and A⁺ amplify that error by κ: cond is compared to a relative 1e-13·size·κ, A⁺ to
 * 1e-13·size·κ_r (κ_r = σ₀/σ_{r−1}) relative in Frobenius norm, and only where the rank is
 * unambiguous. Singular values within a factor 10 of the rank cut-off are noise in both
 * libraries, so the rank is required to lie between the counts above 10× and above 0.1× the
 * cut-off (exactly numpy's when no σ is that close).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SvdFixturesTest {
    private static final double PER_SIZE = 1e-13;

    private final List<FixtureReader.Fixture> fixtures = new ArrayList<>();
    private final List<SVD> results = new ArrayList<>();

    @BeforeAll
    void decompose() {
        fixtures.addAll(FixtureReader.read("/fixtures/linalg-decomp/svd.txt"));
        for (FixtureReader.Fixture f : fixtures) {
            results.add(SVD.of(Matrix.of(f.matrix("matrix"))));
        }
    }

    @Test
    void thereAreAFewHundredCases() {
        assertTrue(fixtures.size() >= 200, "only " + fixtures.size() + " fixtures");
    }

    @Test
    void singularValuesMatchNumpy() {
        double worst = 0.0;
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double[] expected = f.list("sv");
            double[] actual = results.get(c).singularValues();
            assertEquals(expected.length, actual.length, f.name);
            double top = expected.length == 0 ? 0.0 : expected[0];
            double tol = PER_SIZE * size(f) * top;
            for (int i = 0; i < expected.length; i++) {
                double err = Math.abs(actual[i] - expected[i]);
                if (!(err <= tol)) {
                    fail(f.name + ": σ" + i + " expected " + expected[i] + " but was " + actual[i]);
                }
                if (top > 0) {
                    worst = Math.max(worst, err / top);
                }
            }
        }
        SvdInvariantsTest.report("|σ − σ_numpy|/σ₀ on fixtures", worst);
    }

    @Test
    void rankMatchesNumpy() {
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double[] s = f.list("sv");
            int expected = (int) f.scalar("rank");
            int actual = results.get(c).rank();
            int m = f.matrix("matrix").length;
            int n = f.matrix("matrix")[0].length;
            double cutoff = Tolerance.rankCutoff(m, n, s.length == 0 ? 0.0 : s[0]);
            int sure = 0;
            int possible = 0;
            for (double v : s) {
                sure += v > 10 * cutoff ? 1 : 0;
                possible += v > 0.1 * cutoff ? 1 : 0;
            }
            if (sure == possible) {
                assertEquals(expected, actual, f.name + ": rank");
            } else {
                assertTrue(actual >= sure && actual <= possible,
                        f.name + ": rank " + actual + " outside [" + sure + ", " + possible + "] (numpy " + expected + ")");
            }
        }
    }

    @Test
    void condMatchesNumpy() {
        double worst = 0.0;
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double expected = f.scalar("cond");
            double actual = results.get(c).cond();
            if (expected > 1e13 || Double.isInfinite(expected)) {
                // Numerically singular: σ_min is rounding noise in both, only "huge" is meaningful.
                assertTrue(actual > 1e11, f.name + ": cond expected ≈ " + expected + " but was " + actual);
                continue;
            }
            double rel = Math.abs(actual - expected) / expected;
            double tol = PER_SIZE * size(f) * Math.max(1.0, expected);
            assertTrue(rel <= tol, f.name + ": cond expected " + expected + " but was " + actual);
            worst = Math.max(worst, rel / Math.max(1.0, expected));
        }
        SvdInvariantsTest.report("|κ − κ_numpy|/(κ_numpy·κ) on fixtures", worst);
    }

    @Test
    void pseudoInverseMatchesNumpy() {
        double worst = 0.0;
        int compared = 0;
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double[][] ref = f.matrix("pinv");
            if (ref == null) {
                continue;
            }
            double[] s = f.list("sv");
            int m = f.matrix("matrix").length;
            int n = f.matrix("matrix")[0].length;
            double cutoff = Tolerance.rankCutoff(m, n, s.length == 0 ? 0.0 : s[0]);
            int r = 0;
            boolean clear = true;
            for (double v : s) {
                r += v > cutoff ? 1 : 0;
                clear &= v > 10 * cutoff || v < 0.1 * cutoff;
            }
            if (!clear) {
                continue;
            }
            Matrix expected = Matrix.of(ref);
            Matrix actual = results.get(c).pseudoInverse();
            double kappa = r == 0 ? 1.0 : s[0] / s[r - 1];
            double err = MatrixChecks.relative(actual.minus(expected).frobeniusNorm(), expected.frobeniusNorm());
            assertTrue(err <= PER_SIZE * size(f) * kappa, f.name + ": ‖A⁺ − A⁺_numpy‖/‖A⁺_numpy‖ = " + err
                    + " with κ_r = " + kappa);
            worst = Math.max(worst, err / kappa);
            compared++;
        }
        assertTrue(compared >= 150, "only " + compared + " pseudo-inverses compared");
        SvdInvariantsTest.report("‖A⁺ − A⁺_numpy‖/(‖A⁺‖·κ_r) on fixtures", worst);
    }

    @Test
    void designExampleUnderdeterminedSystem() {
        // DESIGN.md: A = [[1,2,3],[4,5,6]], b = [7,8] → x = [−3.0556, 0.1111, 3.2778], rank 2.
        SVD svd = SVD.of(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        double[] x = svd.pseudoInverse().times(new double[] {7, 8});
        assertEquals(2, svd.rank());
        assertEquals(-55.0 / 18.0, x[0], 1e-14);
        assertEquals(1.0 / 9.0, x[1], 1e-14);
        assertEquals(59.0 / 18.0, x[2], 1e-14);
    }

    private static int size(FixtureReader.Fixture f) {
        double[][] a = f.matrix("matrix");
        return Math.max(1, Math.max(a.length, a.length == 0 ? 0 : a[0].length));
    }
}
