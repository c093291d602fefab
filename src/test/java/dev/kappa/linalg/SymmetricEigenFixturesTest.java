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
 * {@link SymmetricEigen} against numpy's eigh ({@code fixtures/linalg-decomp/eig.txt}).
 *
 * <p>Eigenvalues of a symmetric matrix are perfectly conditioned, so both backward-stable
 * results lie within c·n·ε·max|λ| of the truth: we allow 1e-13·n·max|λ|. An eigenvector is
 * determined (up to sign) only as well as ε‖A‖/gap, gap the distance to the nearest other
 * eigenvalue; vectors are compared as 1 − |vᵀv_numpy| ≤ 1e-13·n·(‖A‖/gap)² · 10, and only when
 * the relative gap exceeds 1e-6.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymmetricEigenFixturesTest {
    private static final double PER_SIZE = 1e-13;

    private final List<FixtureReader.Fixture> fixtures = new ArrayList<>();
    private final List<SymmetricEigen> results = new ArrayList<>();

    @BeforeAll
    void decompose() {
        fixtures.addAll(FixtureReader.read("/fixtures/linalg-decomp/eig.txt"));
        for (FixtureReader.Fixture f : fixtures) {
            results.add(SymmetricEigen.of(Matrix.of(f.matrix("matrix"))));
        }
    }

    @Test
    void thereAreOverAHundredCases() {
        assertTrue(fixtures.size() >= 100, "only " + fixtures.size() + " fixtures");
    }

    @Test
    void eigenvaluesMatchNumpy() {
        double worst = 0.0;
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double[] expected = f.list("eig");
            double[] actual = results.get(c).values();
            assertEquals(expected.length, actual.length, f.name);
            double top = maxAbs(expected);
            int n = Math.max(1, expected.length);
            for (int i = 0; i < expected.length; i++) {
                double err = Math.abs(actual[i] - expected[i]);
                if (!(err <= PER_SIZE * n * top)) {
                    fail(f.name + ": λ" + i + " expected " + expected[i] + " but was " + actual[i]);
                }
                if (top > 0) {
                    worst = Math.max(worst, err / top);
                }
            }
        }
        SymmetricEigenInvariantsTest.report("|λ − λ_numpy|/max|λ| on fixtures", worst);
    }

    @Test
    void isolatedEigenvectorsMatchNumpyUpToSign() {
        double worst = 0.0;
        int compared = 0;
        for (int c = 0; c < fixtures.size(); c++) {
            FixtureReader.Fixture f = fixtures.get(c);
            double[][] ref = f.matrix("vectors");
            if (ref == null) {
                continue;
            }
            double[] lambda = f.list("eig");
            double top = maxAbs(lambda);
            int n = lambda.length;
            Matrix v = results.get(c).vectors();
            for (int j = 0; j < n; j++) {
                double gap = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (i != j) {
                        gap = Math.min(gap, Math.abs(lambda[i] - lambda[j]));
                    }
                }
                if (top == 0.0 || gap <= 1e-6 * top) {
                    continue;
                }
                double dot = 0.0;
                for (int i = 0; i < n; i++) {
                    dot += v.get(i, j) * ref[i][j];
                }
                double err = 1.0 - Math.abs(dot);
                double ratio = top / gap;
                assertTrue(err <= 10 * PER_SIZE * n * Math.max(1.0, ratio * ratio),
                        f.name + ": eigenvector " + j + " has |vᵀv_numpy| = " + Math.abs(dot));
                worst = Math.max(worst, err);
                compared++;
            }
        }
        assertTrue(compared >= 300, "only " + compared + " eigenvectors compared");
        SymmetricEigenInvariantsTest.report("1 − |vᵀv_numpy| on fixtures", worst);
    }

    private static double maxAbs(double[] v) {
        double m = 0.0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
