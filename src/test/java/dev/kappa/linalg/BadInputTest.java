package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input raises IllegalArgumentException saying what and where; empty input gives empty answers. */
class BadInputTest {
    private static final Matrix A = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}});

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should mention '" + f + "'");
        }
    }

    @Test
    void dimensionMismatchSaysBothSizes() {
        double[] b3 = {1, 2, 3};
        assertRejected(() -> LeastSquares.solve(A, b3), "b has 3 entries but A has 4 rows");
        assertRejected(() -> LeastSquares.viaQR(A, b3), "b has 3 entries but A has 4 rows");
        assertRejected(() -> LeastSquares.viaSVD(A, b3), "b has 3 entries but A has 4 rows");
        assertRejected(() -> LeastSquares.normalEquations(A, b3), "b has 3 entries but A has 4 rows");
        assertRejected(() -> Ridge.solve(A, b3, 1.0), "b has 3 entries but A has 4 rows");
        assertRejected(() -> Ridge.path(A, b3, new double[] {1.0}), "b has 3 entries but A has 4 rows");
    }

    @Test
    void nonFiniteRightHandSideNamesTheEntry() {
        assertRejected(() -> LeastSquares.solve(A, new double[] {1, Double.NaN, 3, 4}), "b[1]", "NaN");
        assertRejected(() -> LeastSquares.viaQR(A, new double[] {1, 2, Double.POSITIVE_INFINITY, 4}), "b[2]", "Infinity");
        assertRejected(() -> Ridge.solve(A, new double[] {1, 2, 3, Double.NEGATIVE_INFINITY}, 1), "b[3]");
    }

    @Test
    void nonFiniteOrRaggedMatricesAreRejectedAtConstruction() {
        assertRejected(() -> Matrix.of(new double[][] {{1, 2}, {3, Double.NaN}}), "(1, 1)", "NaN");
        assertRejected(() -> Matrix.of(new double[][] {{1, 2}, {3}}), "ragged", "row 1");
        assertRejected(() -> RandomMatrices.vandermonde(new double[] {1, Double.NaN}, 3), "x[1]");
    }

    @Test
    void negativeOrNonFiniteLambdaIsRejected() {
        double[] b = {1, 2, 3, 4};
        assertRejected(() -> Ridge.solve(A, b, -0.1), "lambda", "-0.1");
        assertRejected(() -> Ridge.path(A, b, new double[] {1, 0.5, -1}), "lambdas[2]");
        assertRejected(() -> Ridge.solve(A, b, Double.NaN), "lambda");
        assertRejected(() -> Conditioning.gramCond(A, -1), "lambda");
    }

    @Test
    void nullArgumentsAreRejectedWithTheirName() {
        assertRejected(() -> LeastSquares.solve(null, new double[0]), "A is null");
        assertRejected(() -> LeastSquares.solve(A, null), "b is null");
        assertRejected(() -> QR.of(null), "null");
        assertRejected(() -> Cholesky.of(null), "null");
        assertRejected(() -> Ridge.path(A, new double[4], null), "lambdas");
    }

    @Test
    void conditioningRejectsWhatHasNoConditionNumber() {
        assertRejected(() -> Conditioning.cond(Matrix.zeros(0, 3)), "0×3", "undefined");
        assertRejected(() -> Conditioning.digitsLost(0.5), "0.5");
        assertRejected(() -> Conditioning.digitsLost(Double.NaN), "NaN");
        assertEquals(Double.POSITIVE_INFINITY, Conditioning.cond(Matrix.zeros(2, 2)));
        assertEquals(Double.POSITIVE_INFINITY, Conditioning.digitsLost(Double.POSITIVE_INFINITY));
    }

    @Test
    void randomMatricesRejectImpossibleShapes() {
        Rng rng = new Rng(1);
        assertRejected(() -> RandomMatrices.haarOrthonormal(rng, 3, 4), "3×4");
        assertRejected(() -> RandomMatrices.withSingularValues(rng, 2, 3, new double[] {1, 1, 1}), "at most 2");
        assertRejected(() -> RandomMatrices.withSingularValues(rng, 3, 3, new double[] {1, -1}), "sigma[1]");
        assertRejected(() -> RandomMatrices.withCondition(rng, 3, 3, 0.5), "0.5");
        assertRejected(() -> RandomMatrices.hilbert(-1), "-1");
        assertRejected(() -> RandomMatrices.vandermonde(new double[] {1e200}, 3), "overflows");
        assertRejected(() -> RandomMatrices.haarOrthogonal(null, 3), "rng");
    }

    @Test
    void emptyLeastSquaresProblemsGiveEmptyAnswers() {
        // 0 equations in 3 unknowns: every x fits, the minimum-norm one is 0 (numpy agrees).
        for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(Matrix.zeros(0, 3), new double[0]),
            LeastSquares.viaQR(Matrix.zeros(0, 3), new double[0])}) {
            assertArrayEquals(new double[3], r.x(), r.method());
            assertEquals(0, r.rank());
            assertEquals(0.0, r.residualNorm());
        }
        // 3 equations in 0 unknowns: x is empty and the residual is all of b.
        double[] b = {3, 0, 4};
        for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(Matrix.zeros(3, 0), b),
            LeastSquares.viaQR(Matrix.zeros(3, 0), b), LeastSquares.normalEquations(Matrix.zeros(3, 0), b)}) {
            assertEquals(0, r.x().length, r.method());
            assertEquals(5.0, r.residualNorm(), 1e-15, r.method());
        }
        assertEquals(0, Ridge.solve(Matrix.zeros(3, 0), b, 1.0).length);
        assertArrayEquals(new double[2], Ridge.solve(Matrix.zeros(0, 2), new double[0], 1.0));
        assertEquals(0, RandomMatrices.withSingularValues(new Rng(1), 0, 4, new double[0]).rows());
    }

    @Test
    void zeroMatrixGivesZeroSolutionAndRankZero() {
        double[] b = {1, 2, 3};
        for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(Matrix.zeros(3, 2), b),
            LeastSquares.viaQR(Matrix.zeros(3, 2), b)}) {
            assertArrayEquals(new double[2], r.x(), r.method());
            assertEquals(0, r.rank(), r.method());
        }
        assertArrayEquals(new double[2], Ridge.solve(Matrix.zeros(3, 2), b, 0.0));
    }
}
