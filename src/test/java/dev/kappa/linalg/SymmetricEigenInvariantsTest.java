package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared invariant checks for {@link SymmetricEigen}, each its own test, over a few thousand
 * seeded inputs: Gaussian symmetric matrices, QΛQᵀ with chosen spectra (κ up to 1e15, repeated
 * and clustered eigenvalues, indefinite, singular), Gram matrices of low rank, tiny and huge
 * scales, and hand-made special matrices. Bounds are 1e-13·n (Frobenius, relative to ‖A‖_F).
 * Run with {@code -Dkappa.accuracy=true} to print the worst figure of each check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymmetricEigenInvariantsTest {
    private static final double PER_SIZE = 1e-13;

    private final List<Case> cases = new ArrayList<>();

    private record Case(String label, Matrix a, SymmetricEigen eig) {
        int n() {
            return a.rows();
        }
    }

    @BeforeAll
    void decomposeAll() {
        SeededGaussian g = new SeededGaussian(20261124L);
        for (int n = 1; n <= 12; n++) {
            for (int rep = 0; rep < 40; rep++) {
                add("gaussian symmetric n=" + n + " #" + rep, TestMatrices.gaussianSymmetric(g, n));
            }
        }
        for (int rep = 0; rep < 250; rep++) {
            int n = 13 + g.nextInt(28);
            add("gaussian symmetric n=" + n + " #" + rep, TestMatrices.gaussianSymmetric(g, n));
        }
        for (int n : new int[] {50, 64, 100, 120}) {
            add("gaussian symmetric n=" + n, TestMatrices.gaussianSymmetric(g, n));
        }
        double[] kappas = {1.0, 10.0, 1e3, 1e6, 1e9, 1e12, 1e15};
        for (int rep = 0; rep < 420; rep++) {
            int n = 2 + g.nextInt(30);
            double kappa = kappas[rep % kappas.length];
            double[] lambda = TestMatrices.geometric(n, kappa);
            boolean indefinite = rep % 2 == 1;
            for (int i = 0; indefinite && i < n; i++) {
                if (g.uniform() < 0.5) {
                    lambda[i] = -lambda[i];
                }
            }
            add("QΛQᵀ κ=" + kappa + (indefinite ? " indefinite" : " SPD") + " n=" + n + " #" + rep,
                    TestMatrices.withEigenvalues(g, lambda));
        }
        for (int rep = 0; rep < 200; rep++) {
            int n = 2 + g.nextInt(25);
            double[] lambda = new double[n];
            int clusters = 1 + g.nextInt(3);
            for (int i = 0; i < n; i++) {
                // Values repeated exactly, or split by a few ulps, to stress deflation.
                lambda[i] = (i % clusters) - 1.0 + (rep % 2 == 0 ? 0.0 : i * 4 * Tolerance.EPS);
            }
            add("repeated eigenvalues clusters=" + clusters + " n=" + n + " #" + rep,
                    TestMatrices.withEigenvalues(g, lambda));
        }
        for (int rep = 0; rep < 200; rep++) {
            int n = 2 + g.nextInt(25);
            int r = g.nextInt(n);
            add("Gram XXᵀ rank " + r + " n=" + n + " #" + rep, gram(g.gaussian(n, r)));
        }
        double[] scales = {1e-300, 1e-150, 1e-20, 1e20, 1e150, 1e300};
        for (int rep = 0; rep < 180; rep++) {
            int n = 1 + g.nextInt(15);
            double s = scales[rep % scales.length];
            add("gaussian symmetric ×" + s + " n=" + n + " #" + rep,
                    TestMatrices.scaled(TestMatrices.gaussianSymmetric(g, n), s));
        }
        // Above TridiagonalDivideAndConquer.LEAF rows the tridiagonal stage is divide and
        // conquer: the same hard spectra again at sizes that take one to three merges.
        for (int rep = 0; rep < 36; rep++) {
            int n = 26 + g.nextInt(110);
            double[] lambda;
            String kind;
            if (rep % 3 == 0) {
                lambda = TestMatrices.geometric(n, kappas[rep % kappas.length]);
                kind = "κ=" + kappas[rep % kappas.length];
            } else {
                lambda = new double[n];
                int clusters = 1 + rep % 4;
                for (int i = 0; i < n; i++) {
                    lambda[i] = (i % clusters) - 1.0 + (rep % 2 == 0 ? 0.0 : i * 4 * Tolerance.EPS);
                }
                kind = "clusters=" + clusters;
            }
            add("QΛQᵀ " + kind + " n=" + n + " #" + rep, TestMatrices.withEigenvalues(g, lambda));
        }
        for (int n = 26; n <= 120; n += 47) {
            add("Gram XXᵀ rank " + (n / 3) + " n=" + n, gram(g.gaussian(n, n / 3)));
        }
        for (int n = 1; n <= 100; n += n < 30 ? 7 : 35) {
            add("zero n=" + n, new double[n][n]);
            add("identity n=" + n, Matrix.identity(n).toArray());
            add("Wilkinson W+ n=" + n, wilkinson(n));
            add("diagonal unsorted n=" + n, diagonal(g, n));
            add("huge dynamic range diagonal n=" + n, dynamicRange(n));
        }
    }

    private void add(String label, double[][] a) {
        Matrix m = Matrix.of(a);
        SymmetricEigen eig;
        try {
            eig = SymmetricEigen.of(m);
        } catch (RuntimeException e) {
            throw new AssertionError("SymmetricEigen.of failed on " + label + ": " + e.getMessage(), e);
        }
        cases.add(new Case(label, m, eig));
    }

    @Test
    void vectorsAreOrthonormal() {
        check("‖VᵀV − I‖_F", c -> MatrixChecks.orthonormalityError(c.eig().vectors()));
    }

    @Test
    void eigenEquationHolds() {
        check("‖AV − VΛ‖_F/‖A‖_F", c -> MatrixChecks.eigenResidual(c.a(), c.eig().vectors(), c.eig().values()));
    }

    @Test
    void reconstructsA() {
        check("‖A − VΛVᵀ‖_F/‖A‖_F", c -> MatrixChecks.reconstructionError(
                c.a(), c.eig().vectors(), c.eig().values(), c.eig().vectors()));
    }

    @Test
    void valuesAscendAndSumToTrace() {
        for (Case c : cases) {
            double[] v = c.eig().values();
            double trace = 0.0;
            double sum = 0.0;
            for (int i = 0; i < v.length; i++) {
                if (i > 0 && v[i - 1] > v[i]) {
                    fail("values not ascending for " + c.label() + ": λ" + (i - 1) + " = " + v[i - 1]
                            + " > λ" + i + " = " + v[i]);
                }
                trace += c.a().get(i, i);
                sum += v[i];
            }
            double scale = c.a().frobeniusNorm() * Math.sqrt(c.n());
            assertTrue(Math.abs(trace - sum) <= PER_SIZE * c.n() * scale,
                    "Σλ = " + sum + " but trace = " + trace + " for " + c.label());
        }
    }

    @Test
    void knownSpectraAreRecovered() {
        SeededGaussian g = new SeededGaussian(7L);
        double worst = 0.0;
        for (int rep = 0; rep < 200; rep++) {
            int n = 1 + g.nextInt(30);
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = g.gaussian();
            }
            SymmetricEigen eig = SymmetricEigen.of(Matrix.of(TestMatrices.withEigenvalues(g, lambda)));
            java.util.Arrays.sort(lambda);
            double norm = 0.0;
            for (double l : lambda) {
                norm = Math.max(norm, Math.abs(l));
            }
            double[] got = eig.values();
            for (int i = 0; i < n; i++) {
                double err = Math.abs(got[i] - lambda[i]) / norm;
                worst = Math.max(worst, err);
                assertTrue(err <= PER_SIZE * n, "λ" + i + " expected " + lambda[i] + " got " + got[i]
                        + " (n=" + n + ", rep " + rep + ")");
            }
        }
        report("|λ − λ_true|/max|λ|", worst);
    }

    @Test
    void emptyAndOneByOne() {
        SymmetricEigen empty = SymmetricEigen.of(Matrix.zeros(0, 0));
        assertEquals(0, empty.values().length);
        assertEquals(0, empty.vectors().rows());
        assertEquals(0, empty.vectors().cols());
        SymmetricEigen one = SymmetricEigen.of(Matrix.of(new double[][] {{-3.5}}));
        assertArrayEquals(new double[] {-3.5}, one.values());
        assertEquals(Matrix.of(new double[][] {{1.0}}), one.vectors());
    }

    @Test
    void smallIntegerSpectraAreExact() {
        // Closed-form 2×2 blocks: what a learner types into the definiteness lab comes back exact.
        assertArrayEquals(new double[] {-1.0, 1.0}, SymmetricEigen.of(Matrix.of(new double[][] {{0, 1}, {1, 0}})).values());
        assertArrayEquals(new double[] {1.0, 3.0}, SymmetricEigen.of(Matrix.of(new double[][] {{2, 1}, {1, 2}})).values());
        assertArrayEquals(new double[] {-2.0, 3.0}, SymmetricEigen.of(Matrix.of(new double[][] {{-2, 0}, {0, 3}})).values());
        assertArrayEquals(new double[] {0.0, 2.0}, SymmetricEigen.of(Matrix.of(new double[][] {{1, -1}, {-1, 1}})).values());
    }

    @Test
    void shapesMatch() {
        for (Case c : cases) {
            assertEquals(c.n(), c.eig().values().length, c.label());
            assertEquals(c.n(), c.eig().vectors().rows(), c.label());
            assertEquals(c.n(), c.eig().vectors().cols(), c.label());
        }
    }

    @Test
    void rejectsNonSquare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.zeros(2, 3)));
        assertTrue(e.getMessage().contains("2×3"), e.getMessage());
    }

    @Test
    void rejectsAsymmetricNamingTheWorstPair() {
        Matrix a = Matrix.of(new double[][] {{1, 0.1, 1}, {0.1, 2, 0.3}, {1.5, 0.3, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(a));
        assertEquals("A is not symmetric: |A[0][2] − A[2][0]| = 0.5", e.getMessage());
    }

    @Test
    void acceptsRoundingLevelAsymmetry() {
        double[][] a = {{2.0, 1.0}, {1.0 + 4 * Tolerance.EPS, 3.0}};
        assertEquals(2, SymmetricEigen.of(Matrix.of(a)).values().length);
    }

    @Test
    void returnedArraysAreCopies() {
        SymmetricEigen eig = SymmetricEigen.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}));
        eig.values()[0] = 99.0;
        assertEquals(1.0, eig.values()[0], 1e-15);
    }

    private interface Measure {
        double of(Case c);
    }

    private void check(String what, Measure measure) {
        double worst = 0.0;
        String worstLabel = "";
        for (Case c : cases) {
            double err = measure.of(c);
            double bound = PER_SIZE * Math.max(c.n(), 1);
            if (!(err <= bound)) {
                fail(what + " = " + err + " exceeds " + bound + " for " + c.label());
            }
            if (err > worst) {
                worst = err;
                worstLabel = c.label();
            }
        }
        report(what + " (" + worstLabel + ")", worst);
    }

    static void report(String what, double worst) {
        if (Boolean.getBoolean("kappa.accuracy")) {
            System.out.println("[accuracy] SymmetricEigen worst " + what + " = " + worst);
        }
    }

    private static double[][] gram(double[][] x) {
        int n = x.length;
        int r = n == 0 ? 0 : x[0].length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0.0;
                for (int p = 0; p < r; p++) {
                    s += x[i][p] * x[j][p];
                }
                a[i][j] = s;
                a[j][i] = s;
            }
        }
        return a;
    }

    private static double[][] wilkinson(int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = Math.abs((n - 1) / 2.0 - i);
            if (i + 1 < n) {
                a[i][i + 1] = 1.0;
                a[i + 1][i] = 1.0;
            }
        }
        return a;
    }

    private static double[][] diagonal(SeededGaussian g, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = g.gaussian();
        }
        return a;
    }

    private static double[][] dynamicRange(int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = n == 1 ? 1.0 : Math.pow(10.0, -300.0 + 600.0 * i / (n - 1)) * (i % 2 == 0 ? 1 : -1);
        }
        return a;
    }
}
