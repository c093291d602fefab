package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Least squares, pseudo-inverse, ridge, conditioning and pivoted QR against numpy/scipy (LAPACK)
 * on the cases of tools/fixtures/linalg_core_fixtures.py.
 *
 * <p>Tolerance policy. Both sides are backward stable, so each solution carries a forward error
 * of about κ·ε (plus κ²·ε·‖r‖/(σ₀‖x‖) for a large residual r), with κ = σ₀/σ_{r−1} the
 * condition number of the rank-r problem. The allowed relative difference is therefore
 * 1e-12 + 64·ε·κ·(1 + κ·‖r‖/(σ₀‖x‖)): 1e-12 on well-conditioned inputs, growing with κ exactly
 * as perturbation theory says it must. Cases whose rank is ambiguous (a singular value within a
 * factor 100 of the cut-off, flagged by the script) are compared only when both sides agree on
 * the rank.
 */
class LeastSquaresFixtureTest {
    private static final List<FixtureFile.Case> CASES = FixtureFile.read("/fixtures/linalg-core/cases.txt");
    private static final double EPS = Tolerance.EPS;

    private static final java.util.Map<FixtureFile.Case, LeastSquares.Result> SVD_RESULTS = new java.util.HashMap<>();
    private static final java.util.Map<FixtureFile.Case, LeastSquares.Result> QR_RESULTS = new java.util.HashMap<>();

    /** LeastSquares.solve on a case, computed once for all the tests that look at it. */
    private static synchronized LeastSquares.Result svdResult(FixtureFile.Case c) {
        return SVD_RESULTS.computeIfAbsent(c, k -> LeastSquares.solve(k.matrix("A"), k.vector("b")));
    }

    private static synchronized LeastSquares.Result qrResult(FixtureFile.Case c) {
        return QR_RESULTS.computeIfAbsent(c, k -> LeastSquares.viaQR(k.matrix("A"), k.vector("b")));
    }

    private static boolean isLstsqCase(FixtureFile.Case c) {
        return c.has("sv");
    }

    /** The allowed relative error of a least-squares solution (see the class comment). */
    private static double solutionTolerance(FixtureFile.Case c) {
        double kappa = c.scalar("kappaEff");
        double[] sv = c.vector("sv");
        double xNorm = Accuracy.norm(c.vector("x"));
        double resid = c.scalar("residualNorm");
        double residualTerm = sv.length == 0 || sv[0] == 0 || xNorm == 0 ? 0 : kappa * resid / (sv[0] * xNorm);
        return 1e-12 + 64 * EPS * kappa * (1 + residualTerm);
    }

    private static boolean rankComparable(FixtureFile.Case c, int ourRank) {
        return ourRank == (int) c.scalar("rank");
    }

    private void checkSolutions(String method, java.util.function.Function<FixtureFile.Case, LeastSquares.Result> solver) {
        Accuracy acc = new Accuracy("lstsq x via " + method + " vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!isLstsqCase(c)) {
                continue;
            }
            LeastSquares.Result r = solver.apply(c);
            if (!rankComparable(c, r.rank())) {
                if (c.scalar("rankSafe") == 1.0) {
                    acc.fail(c + ": rank " + r.rank() + " but numpy says " + (int) c.scalar("rank"));
                }
                continue;
            }
            acc.check(c.toString(), Accuracy.relative(r.x(), c.vector("x")), solutionTolerance(c));
        }
        acc.assertAllPassed();
    }

    @Test
    void solveMatchesNumpyLstsq() {
        checkSolutions("solve (SVD)", LeastSquaresFixtureTest::svdResult);
    }

    @Test
    void viaQRMatchesNumpyLstsqIncludingMinimumNormCases() {
        checkSolutions("pivoted QR", LeastSquaresFixtureTest::qrResult);
    }

    @Test
    void ranksMatchNumpyWhereUnambiguous() {
        Accuracy acc = new Accuracy("rank vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!isLstsqCase(c) || c.scalar("rankSafe") != 1.0) {
                continue;
            }
            int expected = (int) c.scalar("rank");
            Matrix a = c.matrix("A");
            int svdRank = svdResult(c).rank();
            int qrRank = QR.of(a).rank();
            acc.check(c + " (svd rank " + svdRank + " vs " + expected + ")", Math.abs(svdRank - expected), 0);
            acc.check(c + " (qr rank " + qrRank + " vs " + expected + ")", Math.abs(qrRank - expected), 0);
        }
        acc.assertAllPassed();
    }

    @Test
    void singularValuesReturnedBySolveMatchNumpy() {
        Accuracy acc = new Accuracy("lstsq singular values vs numpy (relative to σ₀)");
        for (FixtureFile.Case c : CASES) {
            if (!isLstsqCase(c)) {
                continue;
            }
            Matrix a = c.matrix("A");
            double[] expected = c.vector("sv");
            double[] actual = svdResult(c).singularValues();
            if (actual.length != expected.length) {
                acc.fail(c + ": " + actual.length + " singular values, numpy has " + expected.length);
                continue;
            }
            double s0 = expected.length == 0 ? 0 : expected[0];
            double tol = 1e-13 + 16 * EPS * Math.max(a.rows(), a.cols());
            for (int i = 0; i < expected.length; i++) {
                acc.check(c + " σ" + i, s0 == 0 ? actual[i] : Math.abs(actual[i] - expected[i]) / s0, tol);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void residualNormsMatchNumpy() {
        Accuracy acc = new Accuracy("residual norm vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!isLstsqCase(c)) {
                continue;
            }
            LeastSquares.Result r = svdResult(c);
            if (!rankComparable(c, r.rank())) {
                continue;
            }
            double expected = c.scalar("residualNorm");
            double scale = Accuracy.norm(c.vector("b"));
            // ‖r‖ is well-conditioned relative to ‖b‖ (it is a projection of b), up to κ·ε.
            double tol = 1e-12 + 64 * EPS * c.scalar("kappaEff");
            acc.check(c.toString(), scale == 0 ? Math.abs(r.residualNorm()) : Math.abs(r.residualNorm() - expected) / scale, tol);
        }
        acc.assertAllPassed();
    }

    @Test
    void pseudoInverseMatchesNumpyPinv() {
        Accuracy acc = new Accuracy("pinv vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!c.has("pinv")) {
                continue;
            }
            SVD svd = SVD.of(c.matrix("A"));
            if (!rankComparable(c, svd.rank())) {
                continue;
            }
            double[][] expected = c.matrixRows("pinv");
            double[][] actual = svd.pseudoInverse().toArray();
            double scale = Accuracy.frobenius(expected);
            double err = Accuracy.diffFrobenius(actual, expected);
            acc.check(c.toString(), scale == 0 ? err : err / scale, 1e-12 + 64 * EPS * c.scalar("kappaEff"));
        }
        acc.assertAllPassed();
    }

    @Test
    void ridgeMatchesAugmentedLeastSquaresInNumpy() {
        Accuracy acc = new Accuracy("ridge vs numpy augmented lstsq");
        for (FixtureFile.Case c : CASES) {
            if (!c.has("ridge")) {
                continue;
            }
            Matrix a = c.matrix("A");
            double[] lambdas = c.vector("lambdas");
            double[][] expected = c.matrixRows("ridge");
            double[][] path = Ridge.path(a, c.vector("b"), lambdas);
            double[] sv = c.vector("sv");
            double smin = a.cols() > a.rows() ? 0.0 : sv[sv.length - 1];
            for (int p = 0; p < lambdas.length; p++) {
                // [A; √λ I] has κ = √((σ₀² + λ)/(σ_min² + λ)); its least-squares error is up to κ²·ε.
                double kappaAug2 = (sv[0] * sv[0] + lambdas[p]) / (smin * smin + lambdas[p]);
                double tol = 1e-12 + 64 * EPS * kappaAug2;
                acc.check(c + " λ=" + lambdas[p], Accuracy.relative(path[p], expected[p]), tol);
                double[] single = Ridge.solve(a, c.vector("b"), lambdas[p]);
                assertArrayEquals(path[p], single, 0.0, "Ridge.solve equals the path entry for " + c);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void condMatchesNumpy() {
        Accuracy acc = new Accuracy("cond vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!c.has("cond") || !c.has("A")) {
                continue;
            }
            Matrix a = c.matrix("A");
            double expected = c.scalar("cond");
            double actual = Conditioning.cond(a);
            if (expected > 1e13 || Double.isInfinite(expected)) {
                // σ_min is rounding noise here: only "numerically singular" is meaningful.
                if (!(actual > 1e12)) {
                    acc.fail(c + ": numpy cond " + expected + " but ours " + actual);
                }
                continue;
            }
            // σ_min carries an absolute error ≈ ε·σ₀·size, so κ has a relative error ≈ κ·ε·size.
            double tol = 1e-12 + 16 * EPS * expected * Math.max(a.rows(), a.cols());
            acc.check(c.toString(), Math.abs(actual - expected) / expected, tol);
        }
        acc.assertAllPassed();
    }

    @Test
    void pivotedQRDiagonalMatchesScipy() {
        Accuracy acc = new Accuracy("|diag R| of pivoted QR vs scipy (relative to |R00|)");
        for (FixtureFile.Case c : CASES) {
            if (!c.has("qrDiag")) {
                continue;
            }
            Matrix a = c.matrix("A");
            double[] expected = c.vector("qrDiag");
            QR qr = QR.of(a);
            double[] actual = qr.diagonalOfR();
            double d0 = expected[0];
            // Beyond the numerical rank the pivot order among noise columns is arbitrary.
            int compare = c.scalar("rankSafe") == 1.0 ? (int) c.scalar("rank") : 1;
            for (int i = 0; i < Math.min(compare, expected.length); i++) {
                double tol = 1e-12 + 16 * EPS * Math.max(a.rows(), a.cols()) * c.scalar("kappaEff");
                acc.check(c + " R" + i + i, d0 == 0 ? actual[i] : Math.abs(actual[i] - expected[i]) / d0, tol);
            }
        }
        acc.assertAllPassed();
    }

    /** The issue's headline figure: ≲1e-12 relative on well-conditioned inputs, for every route. */
    @Test
    void wellConditionedCasesAgreeWithNumpyTo1e12() {
        Accuracy acc = new Accuracy("well-conditioned (κ < 1e3) solutions, ridge and pinv vs numpy");
        for (FixtureFile.Case c : CASES) {
            if (!isLstsqCase(c) || c.scalar("kappaEff") >= 1e3 || c.scalar("rankSafe") != 1.0) {
                continue;
            }
            Matrix a = c.matrix("A");
            double[] b = c.vector("b");
            double[] x = c.vector("x");
            acc.check(c + " solve", Accuracy.relative(svdResult(c).x(), x), 1e-12);
            acc.check(c + " viaQR", Accuracy.relative(qrResult(c).x(), x), 1e-12);
            if (c.has("ridge")) {
                double[] lambdas = c.vector("lambdas");
                double[][] path = Ridge.path(a, b, lambdas);
                double[] sv = c.vector("sv");
                double smin = a.cols() > a.rows() ? 0.0 : sv[sv.length - 1];
                for (int p = 0; p < path.length; p++) {
                    // the ridge problem is well-conditioned only if (σ₀² + λ)/(σ_min² + λ) is small
                    if ((sv[0] * sv[0] + lambdas[p]) / (smin * smin + lambdas[p]) >= 1e3) {
                        continue;
                    }
                    acc.check(c + " ridge " + p, Accuracy.relative(path[p], c.matrixRows("ridge")[p]), 1e-12);
                }
            }
            if (c.has("pinv")) {
                double[][] expected = c.matrixRows("pinv");
                double scale = Accuracy.frobenius(expected);
                double err = Accuracy.diffFrobenius(SVD.of(a).pseudoInverse().toArray(), expected);
                acc.check(c + " pinv", scale == 0 ? err : err / scale, 1e-12);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void designUnderdeterminedExample() {
        // DESIGN.md: A = [[1,2,3],[4,5,6]], b = [7,8] → x = [−3.0556, 0.1111, 3.2778], rank 2.
        Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        double[] b = {7, 8};
        for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(a, b), LeastSquares.viaQR(a, b)}) {
            double[] x = r.x();
            assertEquals(2, r.rank(), r.method() + " rank");
            assertEquals(-3.0556, x[0], 5e-5, r.method() + " x0");
            assertEquals(0.1111, x[1], 5e-5, r.method() + " x1");
            assertEquals(3.2778, x[2], 5e-5, r.method() + " x2");
            // exactly x = [-55/18, 1/9, 59/18]
            assertEquals(-55.0 / 18, x[0], 1e-14, r.method());
            assertEquals(1.0 / 9, x[1], 1e-14, r.method());
            assertEquals(59.0 / 18, x[2], 1e-14, r.method());
            assertEquals(0.0, r.residualNorm(), 1e-13, r.method() + " residual");
        }
    }

    @Test
    void designConditioningExamples() {
        FixtureFile.Case gauss = find("design cond gaussian 100x5");
        Matrix x = gauss.matrix("A");
        double kx = Conditioning.cond(x);
        assertEquals(gauss.scalar("cond"), kx, 1e-12 * kx, "cond of the 100×5 Gaussian");
        double kg = Conditioning.cond(gauss.matrix("gram"));
        assertEquals(gauss.scalar("gramCond"), kg, 1e-11 * kg, "cond of its Gram matrix");
        assertEquals(kx * kx, kg, 1e-10 * kg, "κ(XᵀX) = κ(X)²");
        assertEquals(kx * kx, Conditioning.gramCond(x, 0.0), 1e-12 * kg, "gramCond from σ");
        assertEquals(2 * Conditioning.digitsLost(kx), Conditioning.digitsLost(kg), 1e-10, "digits lost double");

        FixtureFile.Case col = find("design collinear 100x2");
        double collinear = Conditioning.cond(col.matrix("gram"));
        assertTrue(collinear > 1e15, "cond(XᵀX) for collinear columns is ≈1e16 or more, got " + collinear);
        double ridge = Conditioning.cond(col.matrix("gramRidge"));
        assertEquals(col.scalar("gramRidgeCond"), ridge, 1e-12 * ridge, "cond(XᵀX + 0.01·I)");
        assertTrue(ridge > 1e4 && ridge < 1e5, "cond(XᵀX + 0.01·I) ≈ 4e4, got " + ridge);
        Matrix formed = LeastSquares.gram(col.matrix("A"));
        assertTrue(Conditioning.cond(formed) > 1e15, "cond of the Gram matrix formed in Java");
    }

    private static FixtureFile.Case find(String name) {
        for (FixtureFile.Case c : CASES) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("no fixture case " + name);
    }
}
