package dev.kappa.linalg;

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
 * The shared invariant checks for {@link SVD}, each its own test, over a few thousand seeded
 * inputs: Gaussian matrices of every small shape and of random tall and wide shapes,
 * U·diag(σ)·Vᵀ with chosen σ (κ up to 1e15, exact rank deficiency), duplicated and collinear
 * columns, tiny and huge scales, and special matrices. Bounds are 1e-13·max(m, n) (Frobenius,
 * relative to ‖A‖_F). Run with {@code -Dkappa.accuracy=true} to print the worst figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SvdInvariantsTest {
    private static final double PER_SIZE = 1e-13;

    private final List<Case> cases = new ArrayList<>();

    /** sigma is the exact spectrum when the input was built from it, else null. */
    private record Case(String label, Matrix a, SVD svd, double[] sigma) {
        int size() {
            return Math.max(1, Math.max(a.rows(), a.cols()));
        }
    }

    @BeforeAll
    void decomposeAll() {
        SeededGaussian g = new SeededGaussian(424242L);
        for (int m = 1; m <= 12; m++) {
            for (int n = 1; n <= 12; n++) {
                for (int rep = 0; rep < 3; rep++) {
                    add("gaussian " + m + "×" + n + " #" + rep, g.gaussian(m, n), null);
                }
            }
        }
        for (int rep = 0; rep < 300; rep++) {
            int m = 1 + g.nextInt(60);
            int n = 1 + g.nextInt(60);
            if (rep % 3 == 0) {
                m = n * (2 + g.nextInt(4));
            }
            add("gaussian " + m + "×" + n + " #" + rep, g.gaussian(m, n), null);
        }
        int[][] big = {{200, 50}, {50, 200}, {100, 100}, {150, 40}, {64, 96}};
        for (int[] s : big) {
            add("gaussian " + s[0] + "×" + s[1], g.gaussian(s[0], s[1]), null);
        }
        double[] kappas = {1.0, 10.0, 1e3, 1e6, 1e9, 1e12, 1e15};
        for (int rep = 0; rep < 700; rep++) {
            int m = 1 + g.nextInt(40);
            int n = 1 + g.nextInt(40);
            int k = Math.min(m, n);
            double kappa = kappas[rep % kappas.length];
            double[] sigma = TestMatrices.geometric(k, kappa);
            add("UΣVᵀ κ=" + kappa + " " + m + "×" + n + " #" + rep,
                    TestMatrices.withSingularValues(g, m, n, sigma), sigma);
        }
        for (int rep = 0; rep < 300; rep++) {
            int m = 2 + g.nextInt(35);
            int n = 2 + g.nextInt(35);
            int k = Math.min(m, n);
            int r = g.nextInt(k);
            double[] sigma = new double[k];
            for (int i = 0; i < r; i++) {
                sigma[i] = 1.0 + g.uniform();
            }
            java.util.Arrays.sort(sigma);
            reverse(sigma);
            double[][] a = TestMatrices.withSingularValues(g, m, n, java.util.Arrays.copyOf(sigma, r));
            add("rank " + r + " " + m + "×" + n + " #" + rep, a, sigma);
        }
        for (int rep = 0; rep < 150; rep++) {
            int m = 2 + g.nextInt(30);
            int n = 2 + g.nextInt(10);
            double[][] a = g.gaussian(m, n);
            int src = g.nextInt(n);
            int dst = (src + 1 + g.nextInt(n - 1)) % n;
            double factor = rep % 2 == 0 ? 1.0 : g.gaussian();
            for (int i = 0; i < m; i++) {
                a[i][dst] = factor * a[i][src] + (rep % 4 == 3 ? 1e-9 * g.gaussian() : 0.0);
            }
            add("collinear columns " + src + "," + dst + " " + m + "×" + n + " #" + rep, a, null);
        }
        // Above BidiagonalDivideAndConquer.LEAF columns the bidiagonal stage is divide and
        // conquer: hard spectra at sizes that take one to three merges.
        for (int rep = 0; rep < 42; rep++) {
            int n = 26 + g.nextInt(130);
            int m = n + (rep % 3 == 0 ? 0 : g.nextInt(n / 2 + 1));
            double[] sigma;
            String kind;
            if (rep % 3 == 0) {
                sigma = TestMatrices.geometric(n, kappas[rep % kappas.length]);
                kind = "κ=" + kappas[rep % kappas.length];
            } else if (rep % 3 == 1) {
                int r = g.nextInt(n);
                sigma = new double[n];
                for (int i = 0; i < r; i++) {
                    sigma[i] = 1.0 + g.uniform();
                }
                java.util.Arrays.sort(sigma);
                reverse(sigma);
                kind = "rank " + r;
            } else {
                sigma = new double[n];
                int levels = 1 + rep % 4;
                for (int i = 0; i < n; i++) {
                    sigma[i] = levels - (i * levels) / n + (rep % 2 == 0 ? 0.0 : i * 4 * Tolerance.EPS);
                }
                kind = "repeated σ levels=" + levels;
            }
            add("UΣVᵀ " + kind + " " + m + "×" + n + " #" + rep,
                    (rep & 1) == 0 ? TestMatrices.withSingularValues(g, m, n, sigma)
                            : transpose(TestMatrices.withSingularValues(g, m, n, sigma)), sigma);
        }
        double[] scales = {1e-300, 1e-150, 1e-20, 1e20, 1e150, 1e300};
        for (int rep = 0; rep < 180; rep++) {
            int m = 1 + g.nextInt(15);
            int n = 1 + g.nextInt(15);
            double s = scales[rep % scales.length];
            add("gaussian ×" + s + " " + m + "×" + n + " #" + rep, TestMatrices.scaled(g.gaussian(m, n), s), null);
        }
        for (int n = 1; n <= 13; n += 4) {
            add("zero " + n + "×" + (n + 2), new double[n][n + 2], new double[n]);
            add("identity " + n, Matrix.identity(n).toArray(), null);
            add("Hilbert " + n, hilbert(n), null);
            add("Vandermonde " + (2 * n) + "×" + n, vandermonde(2 * n, n), null);
            add("huge dynamic range diagonal " + n, dynamicRange(n), null);
        }
    }

    private void add(String label, double[][] a, double[] sigma) {
        Matrix m = Matrix.of(a);
        try {
            cases.add(new Case(label, m, SVD.of(m), sigma));
        } catch (RuntimeException e) {
            throw new AssertionError("SVD.of failed on " + label + ": " + e.getMessage(), e);
        }
    }

    @Test
    void leftVectorsAreOrthonormal() {
        check("‖UᵀU − I‖_F", c -> MatrixChecks.orthonormalityError(c.svd().u()));
    }

    @Test
    void rightVectorsAreOrthonormal() {
        check("‖VᵀV − I‖_F", c -> MatrixChecks.orthonormalityError(c.svd().v()));
    }

    @Test
    void reconstructsA() {
        check("‖A − UΣVᵀ‖_F/‖A‖_F",
                c -> MatrixChecks.reconstructionError(c.a(), c.svd().u(), c.svd().singularValues(), c.svd().v()));
    }

    @Test
    void knownSingularValuesAreRecovered() {
        check("max|σ − σ_true|/σ₀", c -> {
            if (c.sigma() == null) {
                return 0.0;
            }
            double[] got = c.svd().singularValues();
            double top = Math.max(c.sigma()[0], Double.MIN_VALUE);
            double worst = 0.0;
            for (int i = 0; i < got.length; i++) {
                worst = Math.max(worst, Math.abs(got[i] - c.sigma()[i]) / top);
            }
            return worst;
        });
    }

    @Test
    void valuesDescendAndAreNonNegative() {
        for (Case c : cases) {
            double[] s = c.svd().singularValues();
            for (int i = 0; i < s.length; i++) {
                if (!(s[i] >= 0.0) || (i > 0 && s[i - 1] < s[i])) {
                    fail("σ not descending and non-negative for " + c.label() + " at " + i + ": "
                            + java.util.Arrays.toString(s));
                }
            }
        }
    }

    @Test
    void shapesAreThin() {
        for (Case c : cases) {
            int m = c.a().rows();
            int n = c.a().cols();
            int k = Math.min(m, n);
            SVD s = c.svd();
            assertEquals(k, s.singularValues().length, c.label());
            assertEquals(m, s.u().rows(), c.label());
            assertEquals(k, s.u().cols(), c.label());
            assertEquals(n, s.v().rows(), c.label());
            assertEquals(k, s.v().cols(), c.label());
            assertEquals(n, s.pseudoInverse().rows(), c.label());
            assertEquals(m, s.pseudoInverse().cols(), c.label());
        }
    }

    @Test
    void emptyShapes() {
        int[][] shapes = {{0, 0}, {0, 4}, {4, 0}};
        for (int[] sh : shapes) {
            SVD s = SVD.of(Matrix.zeros(sh[0], sh[1]));
            String what = sh[0] + "×" + sh[1];
            assertEquals(0, s.singularValues().length, what);
            assertEquals(sh[0], s.u().rows(), what);
            assertEquals(0, s.u().cols(), what);
            assertEquals(sh[1], s.v().rows(), what);
            assertEquals(0, s.v().cols(), what);
            assertEquals(0, s.rank(), what);
            assertEquals(Matrix.zeros(sh[1], sh[0]), s.pseudoInverse(), what);
            assertThrows(IllegalStateException.class, s::cond, what);
        }
    }

    @Test
    void oneByOne() {
        SVD s = SVD.of(Matrix.of(new double[][] {{-2.5}}));
        assertEquals(2.5, s.singularValues()[0]);
        assertEquals(-1.0, s.u().get(0, 0) * s.v().get(0, 0));
        assertEquals(1.0, s.cond());
        assertEquals(-0.4, s.pseudoInverse().get(0, 0));
    }

    @Test
    void rankMatchesConstructionWhenTheGapIsClear() {
        for (Case c : cases) {
            if (c.sigma() == null || !c.label().startsWith("rank ")) {
                continue;
            }
            int expected = 0;
            while (expected < c.sigma().length && c.sigma()[expected] > 0.0) {
                expected++;
            }
            assertEquals(expected, c.svd().rank(), "rank of " + c.label());
        }
    }

    @Test
    void condOfZeroIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, SVD.of(Matrix.zeros(3, 2)).cond());
    }

    @Test
    void pseudoInverseSatisfiesPenroseConditions() {
        check("Penrose ‖AA⁺A − A‖/‖A‖ + ‖A⁺AA⁺ − A⁺‖/‖A⁺‖ + symmetry of AA⁺, A⁺A", c -> {
            boolean clearGap = c.sigma() != null && (c.label().startsWith("rank ")
                    || c.label().contains("κ=1.0 ") || c.label().contains("κ=10.0 ") || c.label().contains("κ=1000.0 "));
            if (!clearGap && !c.label().startsWith("gaussian ")) {
                return 0.0;
            }
            Matrix a = c.a();
            Matrix p = c.svd().pseudoInverse();
            Matrix ap = a.times(p);
            Matrix pa = p.times(a);
            double e1 = MatrixChecks.relative(ap.times(a).minus(a).frobeniusNorm(), a.frobeniusNorm());
            double e2 = MatrixChecks.relative(pa.times(p).minus(p).frobeniusNorm(), p.frobeniusNorm());
            double e3 = ap.minus(ap.transpose()).frobeniusNorm();
            double e4 = pa.minus(pa.transpose()).frobeniusNorm();
            // A⁺ amplifies by 1/σ_min: scale by κ on the Gaussian (possibly ill-conditioned) inputs.
            double kappa = c.svd().rank() == 0 ? 1.0 : c.svd().singularValues()[0]
                    / c.svd().singularValues()[c.svd().rank() - 1];
            return (e1 + e2 + e3 + e4) / Math.max(1.0, kappa / 100.0);
        });
    }

    @Test
    void pseudoInverseGivesTheMinimumNormSolution() {
        SeededGaussian g = new SeededGaussian(99L);
        double worst = 0.0;
        for (int rep = 0; rep < 300; rep++) {
            int m = 1 + g.nextInt(20);
            int n = 1 + g.nextInt(20);
            int r = 1 + g.nextInt(Math.min(m, n));
            // A = U_r Σ V_rᵀ with V_full = [V_r | N] Haar-orthogonal, so null(A) = span(N) is known.
            double[][] ufull = TestMatrices.haarOrthonormal(g, m, r);
            double[][] vfull = TestMatrices.haarOrthonormal(g, n, n);
            double[][] a = new double[m][n];
            for (int p = 0; p < r; p++) {
                double s = 0.5 + g.uniform();
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        a[i][j] += ufull[i][p] * s * vfull[j][p];
                    }
                }
            }
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                b[i] = g.gaussian();
            }
            SVD svd = SVD.of(Matrix.of(a));
            double[] x = svd.pseudoInverse().times(b);
            double[] x2 = svd.solve(b);
            double xnorm = 0.0;
            for (double xi : x) {
                xnorm += xi * xi;
            }
            xnorm = Math.sqrt(xnorm) + 1.0;
            for (int p = r; p < n; p++) {
                double dot = 0.0;
                for (int j = 0; j < n; j++) {
                    dot += x[j] * vfull[j][p];
                }
                worst = Math.max(worst, Math.abs(dot) / xnorm);
                assertTrue(Math.abs(dot) <= PER_SIZE * n * xnorm, "A⁺b not ⟂ null(A): |xᵀn_" + p + "| = "
                        + Math.abs(dot) + " for " + m + "×" + n + " rank " + r + " rep " + rep);
            }
            // The residual is ⟂ range(A): Aᵀ(Ax − b) = 0.
            double[] res = Matrix.of(a).times(x);
            for (int i = 0; i < m; i++) {
                res[i] -= b[i];
            }
            double[] normal = Matrix.of(a).transposeTimes(res);
            for (int j = 0; j < n; j++) {
                assertTrue(Math.abs(normal[j]) <= PER_SIZE * Math.max(m, n) * 10, "Aᵀ(Ax − b)[" + j + "] = "
                        + normal[j] + " for " + m + "×" + n + " rank " + r + " rep " + rep);
                assertTrue(Math.abs(x[j] - x2[j]) <= PER_SIZE * xnorm,
                        "solve(b) differs from A⁺b at " + j + ": " + x2[j] + " vs " + x[j]);
            }
        }
        report("min-norm |xᵀz|/‖x‖ over z ∈ null(A)", worst);
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> SVD.of(null));
        SVD s = SVD.of(Matrix.identity(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.solve(new double[3]));
        assertEquals("b has 3 entries but A has 2 rows", e.getMessage());
    }

    private interface Measure {
        double of(Case c);
    }

    private void check(String what, Measure measure) {
        double worst = 0.0;
        String worstLabel = "";
        for (Case c : cases) {
            double err = measure.of(c);
            double bound = PER_SIZE * c.size();
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
            System.out.println("[accuracy] SVD worst " + what + " = " + worst);
        }
    }

    private static void reverse(double[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }

    static double[][] hilbert(int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = 1.0 / (i + j + 1);
            }
        }
        return a;
    }

    static double[][] vandermonde(int m, int n) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            double x = (double) i / Math.max(m - 1, 1);
            double p = 1.0;
            for (int j = 0; j < n; j++) {
                a[i][j] = p;
                p *= x;
            }
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

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
