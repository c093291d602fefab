package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cholesky against numpy's cholesky and scipy's cho_solve, and on seeded SPD matrices. */
class CholeskyTest {
    private static final List<FixtureFile.Case> CASES = FixtureFile.read("/fixtures/linalg-core/cases.txt");

    @Test
    void factorMatchesNumpy() {
        Accuracy acc = new Accuracy("Cholesky L vs numpy (relative Frobenius)");
        for (FixtureFile.Case c : CASES) {
            if (!"cholesky".equals(c.text.get("kind"))) {
                continue;
            }
            double[][] expected = c.matrixRows("L");
            double[][] actual = Cholesky.of(c.matrix("A")).l().toArray();
            // L is determined to about κ(A)·ε relative (backward stable, well-posed for SPD input)
            acc.check(c.toString(), Accuracy.diffFrobenius(actual, expected) / Accuracy.frobenius(expected),
                    1e-13 + 64 * Tolerance.EPS * c.scalar("cond"));
        }
        acc.assertAllPassed();
    }

    @Test
    void solveMatchesScipyChoSolve() {
        Accuracy acc = new Accuracy("Cholesky solve vs scipy");
        for (FixtureFile.Case c : CASES) {
            if (!"cholesky".equals(c.text.get("kind"))) {
                continue;
            }
            double[] x = Cholesky.of(c.matrix("A")).solve(c.vector("b"));
            acc.check(c.toString(), Accuracy.relative(x, c.vector("x")), 1e-13 + 64 * Tolerance.EPS * c.scalar("cond"));
        }
        acc.assertAllPassed();
    }

    @Test
    void reconstructsSeededSpdMatrices() {
        Accuracy acc = new Accuracy("‖LLᵀ − A‖/‖A‖");
        Rng rng = new Rng(4);
        for (int t = 0; t < 500; t++) {
            int n = 1 + rng.nextInt(30);
            Matrix g = rng.gaussianMatrix(n, n + rng.nextInt(5));
            Matrix a = LeastSquares.gram(g.transpose()).plus(Matrix.identity(n).scale(1e-3));
            Matrix l = Cholesky.of(a).l();
            for (int i = 0; i < n; i++) {
                assertTrue(l.get(i, i) > 0, "positive diagonal");
                for (int j = i + 1; j < n; j++) {
                    assertEquals(0.0, l.get(i, j), "L above the diagonal");
                }
            }
            double err = l.times(l.transpose()).minus(a).frobeniusNorm() / a.frobeniusNorm();
            acc.check("case " + t + " (n = " + n + ")", err, 1e-15 * n);
        }
        acc.assertAllPassed();
    }

    @Test
    void indefiniteMatrixNamesTheFailingPivot() {
        Matrix a = Matrix.of(new double[][] {{4, 2, 0}, {2, 1, 0}, {0, 0, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(a));
        assertTrue(e.getMessage().contains("pivot 1"), e.getMessage());
        Matrix negative = Matrix.of(new double[][] {{1, 0}, {0, -2}});
        e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(negative));
        assertTrue(e.getMessage().contains("pivot 1") && e.getMessage().contains("-2"), e.getMessage());
    }

    @Test
    void nonSymmetricAndNonSquareInputAreRejected() {
        Matrix a = Matrix.of(new double[][] {{2, 1}, {0.5, 2}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(a));
        assertTrue(e.getMessage().contains("not symmetric") && e.getMessage().contains("A[0][1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(Matrix.zeros(2, 3)));
        assertTrue(e.getMessage().contains("2×3"), e.getMessage());
        Cholesky c = Cholesky.of(Matrix.identity(3));
        e = assertThrows(IllegalArgumentException.class, () -> c.solve(new double[2]));
        assertTrue(e.getMessage().contains("b has 2 entries but A has 3 rows"), e.getMessage());
    }

    @Test
    void emptyMatrixFactorsTrivially() {
        Cholesky c = Cholesky.of(Matrix.zeros(0, 0));
        assertEquals(0, c.l().rows());
        assertEquals(0, c.solve(new double[0]).length);
    }
}
