package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point returns or throws, in bounded time, on any input (issue 16), and the
 * issue's examples each fail the way they should. Before: {@code SVD.of(a.times(a))} with
 * a = [[1e200, 1], [1, 1e200]] never returned, NaN gave σ = [0, 0], gramCond(1e-200·I) = ∞.
 */
class HostileInputTest {
    private static final double[] PALETTE = {0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, -3e-320,
        1e-300, -1e-300, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, 0x1.0p-1022, 1e154, 1e-154};

    /** An entry from the palette, or a Gaussian scaled by 10^u, u uniform in [−300, 300]. */
    private static double hostile(Rng rng) {
        if (rng.uniform() < 0.5) {
            return PALETTE[rng.nextInt(PALETTE.length)];
        }
        return rng.gaussian() * KMath.pow(10, 600 * rng.uniform() - 300);
    }

    /** Runs f; a returned array must be finite; IllegalArgumentException and ArithmeticException are allowed. */
    private static void returnsOrRefuses(String what, Supplier<Object> f) {
        Object r;
        try {
            r = f.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), what + ": exception without a message");
            return;
        }
        if (r instanceof double[]) {
            for (double v : (double[]) r) {
                if (!NonFiniteException.isFinite(v) && v != Double.POSITIVE_INFINITY) {
                    fail(what + " returned " + v);
                }
            }
        }
    }

    @Test
    void thousandsOfHostileMatricesAllReturnOrRefuseInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Rng rng = new Rng(1616);
            for (int t = 0; t < 3000; t++) {
                int m = 1 + rng.nextInt(7);
                int n = 1 + rng.nextInt(7);
                double[][] rows = new double[m][n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        rows[i][j] = hostile(rng);
                    }
                }
                double[] b = new double[m];
                for (int i = 0; i < m; i++) {
                    b[i] = hostile(rng);
                }
                Matrix a = Matrix.of(rows);
                String c = "case " + t + " " + a;
                returnsOrRefuses(c + " svd", () -> SVD.of(a).singularValues());
                returnsOrRefuses(c + " values", () -> SVD.singularValuesOf(a));
                returnsOrRefuses(c + " cond", () -> new double[] {Conditioning.cond(a)});
                returnsOrRefuses(c + " gramCond", () -> new double[] {Conditioning.gramCond(a, 1.0)});
                returnsOrRefuses(c + " lstsq", () -> LeastSquares.solve(a, b).x());
                returnsOrRefuses(c + " qr", () -> LeastSquares.viaQR(a, b).x());
                returnsOrRefuses(c + " normal", () -> LeastSquares.normalEquations(a, b).x());
                returnsOrRefuses(c + " ridge", () -> Ridge.solve(a, b, 0.5));
                returnsOrRefuses(c + " pinv", () -> SVD.of(a).pseudoInverse().toRowMajor());
                returnsOrRefuses(c + " product", () -> a.times(a.transpose()).toRowMajor());
                returnsOrRefuses(c + " gram", () -> LeastSquares.gram(a).toRowMajor());
                if (m == n) {
                    Matrix s = a.scale(0.25).plus(a.transpose().scale(0.25));
                    returnsOrRefuses(c + " eigen", () -> SymmetricEigen.of(s).values());
                    returnsOrRefuses(c + " eigenvalues", () -> SymmetricEigen.eigenvaluesOf(s));
                    returnsOrRefuses(c + " cholesky", () -> Cholesky.of(s).l().toRowMajor());
                }
                double[] bad = b.clone();
                bad[rng.nextInt(m)] = rng.uniform() < 0.5 ? Double.NaN : Double.NEGATIVE_INFINITY;
                assertThrows(NonFiniteException.class, () -> LeastSquares.solve(a, bad), c);
                assertThrows(NonFiniteException.class, () -> SVD.of(a).solve(bad), c);
            }
        });
    }

    @Test
    void theOverflowingSquareIsRefusedNamingTheEntry() {
        Matrix a = Matrix.of(new double[][] {{1e200, 1}, {1, 1e200}});
        NonFiniteException e = assertThrows(NonFiniteException.class, () -> a.times(a));
        assertTrue(e.getMessage().contains("(0, 0)") && e.getMessage().contains("Infinity"), e.getMessage());
        assertThrows(NonFiniteException.class, () -> a.scale(1e200));
        assertThrows(NonFiniteException.class, () -> a.scale(1e200).minus(a.scale(-1e200)));
        assertThrows(NonFiniteException.class, () -> Matrix.of(new double[][] {{Double.NaN}}));
    }

    @Test
    void gramCondIsScaleFree() {
        assertEquals(1.0, Conditioning.gramCond(Matrix.identity(3).scale(1e-200), 0));
        assertEquals(1.0, Conditioning.gramCond(Matrix.identity(3).scale(1e200), 0));
        assertEquals(100.0, Conditioning.gramCond(Matrix.of(new double[][] {{0x1.0p700, 0}, {0, 0x1.0p700 / 10}}), 0), 1e-13);
    }

    @Test
    void normalEquationsSurviveScaleAndSayWhyTheyFail() {
        Matrix a = Matrix.of(new double[][] {{1, 2}, {3, 5}, {1, 1}});
        double[] b = {1, 2, 3};
        double[] x = LeastSquares.solve(a, b).x();
        for (double s : new double[] {1e200, 1e-200}) {
            LeastSquares.Result r = LeastSquares.normalEquations(a.scale(s), b);
            assertEquals(x[0] / s, r.x()[0], 1e-12 * Math.abs(x[0] / s));
            assertTrue(r.gramCondition() > 1 && r.gramCondition() < 1e4, "κ estimate " + r.gramCondition());
        }
        Matrix bad = RandomMatrices.withCondition(new Rng(3), 20, 6, 5.8e9);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> LeastSquares.normalEquations(bad, bad.times(new double[] {1, 1, 1, 1, 1, 1})));
        assertTrue(e.getMessage().contains("1/ε"), e.getMessage());
    }

    @Test
    void sizesAndNullsAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(65536, 65537));
        assertThrows(IllegalArgumentException.class, () -> Matrix.column(null));
        assertThrows(IllegalArgumentException.class, () -> Matrix.diagonal(null));
        assertThrows(IllegalArgumentException.class, () -> Matrix.identity(2).times((Matrix) null));
        assertThrows(IllegalArgumentException.class, () -> Matrix.identity(2).times((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> Matrix.identity(2).plus(null));
    }

    @Test
    void anOverflowingSolutionIsAnArithmeticException() {
        Matrix a = Matrix.of(new double[][] {{1e-300, 0}, {0, 1e-300}});
        assertThrows(ArithmeticException.class, () -> LeastSquares.solve(a, new double[] {1e300, 1}));
        assertThrows(ArithmeticException.class, () -> LeastSquares.viaQR(a, new double[] {1e300, 1}));
    }

    @Test
    void subnormalQrIsFinite() {
        double s = 4 * Double.MIN_VALUE;
        Matrix a = Matrix.of(new double[][] {{s, s}, {s, 2 * s}, {s, s}});
        for (double v : QR.of(a).r().toRowMajor()) {
            assertTrue(NonFiniteException.isFinite(v), QR.of(a).r().toString());
        }
        double[] x = LeastSquares.viaQR(a, new double[] {s, 2 * s, s}).x();
        assertEquals(0.0, x[0], 1e-12);
        assertEquals(1.0, x[1], 1e-12);
    }
}
