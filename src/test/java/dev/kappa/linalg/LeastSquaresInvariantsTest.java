package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Properties every least-squares answer must have, on thousands of seeded inputs: the residual
 * is orthogonal to range(A); the minimum-norm solution is orthogonal to null(A), and adding any
 * null-space vector makes it longer; ridge tends to it as λ → 0; the normal equations lose
 * κ² where QR loses κ.
 *
 * <p>Null spaces are known by construction, independently of the code under test: A = [G 0]·H
 * with G Gaussian and H = I − 2hhᵀ a reflector built here, so the last d columns of H span null(A).
 */
class LeastSquaresInvariantsTest {
    private static final double EPS = Tolerance.EPS;

    /** A with a known null space: A = [G 0]·H; the columns of {@link #nullBasis} span null(A). */
    private static final class KnownNullSpace {
        final Matrix a;
        final double[][] nullBasis;

        KnownNullSpace(Rng rng, int m, int n, int d) {
            double[] h = rng.gaussianVector(n);
            double hn = Accuracy.norm(h);
            for (int i = 0; i < n; i++) {
                h[i] /= hn;
            }
            double[][] reflector = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reflector[i][j] = (i == j ? 1.0 : 0.0) - 2 * h[i] * h[j];
                }
            }
            double[][] g = rng.gaussianMatrix(m, n).toArray();
            for (int i = 0; i < m; i++) {
                for (int j = n - d; j < n; j++) {
                    g[i][j] = 0.0;
                }
            }
            a = Matrix.of(g).times(Matrix.of(reflector));
            nullBasis = new double[d][];
            for (int t = 0; t < d; t++) {
                nullBasis[t] = reflector[n - d + t].clone(); // H is symmetric: row = column
            }
        }
    }

    private static KnownNullSpace[] nullSpaceProblems() {
        Rng rng = new Rng(31);
        KnownNullSpace[] out = new KnownNullSpace[600];
        for (int t = 0; t < out.length; t++) {
            int n = 2 + rng.nextInt(20);
            int d = 1 + rng.nextInt(n - 1);
            // rank n − d needs m ≥ n − d rows; half the problems are wide (m < n)
            int m = (n - d) + rng.nextInt(t % 2 == 0 ? 25 : d + 1);
            out[t] = new KnownNullSpace(rng, m, n, d);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void residualIsOrthogonalToTheColumnSpace() {
        Accuracy acc = new Accuracy("‖Aᵀr‖ / (‖A‖(‖A‖‖x‖ + ‖b‖)·size)");
        Rng rng = new Rng(5);
        for (int t = 0; t < 2000; t++) {
            int m = 1 + rng.nextInt(30);
            int n = 1 + rng.nextInt(30);
            Matrix a;
            if (t % 3 == 0) {
                int r = 1 + rng.nextInt(Math.min(m, n));
                a = rng.gaussianMatrix(m, r).times(rng.gaussianMatrix(r, n)); // rank r
            } else {
                a = rng.gaussianMatrix(m, n);
            }
            double[] b = rng.gaussianVector(m);
            double an = a.frobeniusNorm();
            for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(a, b), LeastSquares.viaQR(a, b)}) {
                double[] x = r.x();
                double[] res = a.times(x);
                for (int i = 0; i < m; i++) {
                    res[i] = b[i] - res[i];
                }
                double atr = Accuracy.norm(a.transposeTimes(res));
                double scale = an * (an * Accuracy.norm(x) + Accuracy.norm(b)) * Math.max(m, n);
                acc.check(r.method() + " case " + t + " (" + m + "×" + n + ")", scale == 0 ? atr : atr / scale, 1e-14);
            }
        }
        acc.assertAllPassed();
    }

    @Test
    void minimumNormSolutionIsOrthogonalToTheNullSpace() {
        Accuracy acc = new Accuracy("|xᵀz| / (‖x‖‖z‖) for z in null(A)");
        Rng rng = new Rng(6);
        int t = 0;
        for (KnownNullSpace p : nullSpaceProblems()) {
            double[] b = rng.gaussianVector(p.a.rows());
            double[][] candidates = {LeastSquares.solve(p.a, b).x(), LeastSquares.viaQR(p.a, b).x(),
                SVD.of(p.a).pseudoInverse().times(b), Ridge.solve(p.a, b, 0.0)};
            String[] names = {"solve", "viaQR", "pinv·b", "ridge λ=0"};
            for (int c = 0; c < candidates.length; c++) {
                double[] x = candidates[c];
                for (double[] z : p.nullBasis) {
                    acc.check(names[c] + " problem " + t, Math.abs(dot(x, z)) / Accuracy.norm(x), 1e-12);
                }
            }
            t++;
        }
        acc.assertAllPassed();
    }

    @Test
    void addingANullSpaceVectorKeepsTheResidualButIncreasesTheNorm() {
        Rng rng = new Rng(7);
        int t = 0;
        for (KnownNullSpace p : nullSpaceProblems()) {
            double[] b = rng.gaussianVector(p.a.rows());
            for (LeastSquares.Result r : new LeastSquares.Result[] {LeastSquares.solve(p.a, b), LeastSquares.viaQR(p.a, b)}) {
                double[] x = r.x();
                double xn = Accuracy.norm(x);
                for (int trial = 0; trial < 5; trial++) {
                    double[] z = new double[x.length];
                    for (double[] basis : p.nullBasis) {
                        double c = rng.gaussian();
                        for (int i = 0; i < z.length; i++) {
                            z[i] += c * basis[i];
                        }
                    }
                    double zn = Accuracy.norm(z);
                    double size = KMath.pow(10, rng.uniform(-4, 1)) * xn / zn;
                    double[] y = x.clone();
                    for (int i = 0; i < y.length; i++) {
                        y[i] += size * z[i];
                    }
                    // y solves the same problem (z is in the null space) …
                    assertEquals(r.residualNorm(), Checks.residualNorm(p.a, y, b),
                            1e-10 * (Accuracy.norm(b) + p.a.frobeniusNorm() * Accuracy.norm(y)),
                            "x + z is another least-squares solution (" + r.method() + ", problem " + t + ")");
                    // … but is longer: ‖x + z‖ > ‖x‖ for every nonzero null-space z.
                    assertTrue(Accuracy.norm(y) > xn, r.method() + " problem " + t + ": ‖x + z‖ = " + Accuracy.norm(y)
                            + " is not larger than ‖x‖ = " + xn);
                }
            }
            t++;
        }
    }

    @Test
    void ridgeTendsToTheMinimumNormSolutionAsLambdaVanishes() {
        // |σ/(σ² + λ) − 1/σ|·|uᵀb| = λ/(σ² + λ)·|uᵀb/σ|, so ‖x(λ) − x⁺‖ ≤ (λ/σ_r²)·‖x⁺‖ exactly.
        Rng rng = new Rng(8);
        for (int t = 0; t < 200; t++) {
            int m = 2 + rng.nextInt(15);
            int n = 2 + rng.nextInt(15);
            int k = Math.min(m, n);
            int r = 1 + rng.nextInt(k);
            double[] sigma = new double[k];
            for (int i = 0; i < r; i++) {
                sigma[i] = KMath.pow(10, rng.uniform(-2, 1));
            }
            double sr = Double.MAX_VALUE;
            for (int i = 0; i < r; i++) {
                sr = Math.min(sr, sigma[i]);
            }
            Matrix a = RandomMatrices.withSingularValues(rng, m, n, sigma);
            double[] b = rng.gaussianVector(m);
            double[] xPlus = LeastSquares.solve(a, b).x();
            double xn = Accuracy.norm(xPlus);
            double previous = Double.POSITIVE_INFINITY;
            double[] lambdas = {1e-1, 1e-3, 1e-5, 1e-7, 1e-9};
            double[][] path = Ridge.path(a, b, lambdas);
            for (int p = 0; p < lambdas.length; p++) {
                double lambda = lambdas[p] * sr * sr;
                double[] x = Ridge.solve(a, b, lambda);
                double dist = Accuracy.diffNorm(x, xPlus);
                assertTrue(dist <= (lambda / (sr * sr)) * xn + 1e-11 * xn,
                        "case " + t + " λ = " + lambda + ": ‖x(λ) − x⁺‖ = " + dist + ", bound " + (lambda / (sr * sr)) * xn);
                assertTrue(dist <= previous * 1.0000001 + 1e-12 * xn, "distance to x⁺ shrinks as λ decreases, case " + t);
                previous = dist;
                assertTrue(Accuracy.norm(path[p]) <= xn * (1 + 1e-12), "‖x(λ)‖ ≤ ‖x⁺‖, case " + t);
            }
        }
    }

    @Test
    void ridgeSolvesItsNormalEquations() {
        Accuracy acc = new Accuracy("‖(AᵀA + λI)x − Aᵀb‖ / ((‖A‖² + λ)‖x‖ + ‖A‖‖b‖)");
        Rng rng = new Rng(9);
        for (int t = 0; t < 500; t++) {
            int m = 1 + rng.nextInt(20);
            int n = 1 + rng.nextInt(20);
            Matrix a = rng.gaussianMatrix(m, n);
            double[] b = rng.gaussianVector(m);
            double lambda = KMath.pow(10, rng.uniform(-4, 3));
            double[] x = Ridge.solve(a, b, lambda);
            double[] lhs = a.transposeTimes(a.times(x));
            double[] atb = a.transposeTimes(b);
            for (int i = 0; i < n; i++) {
                lhs[i] += lambda * x[i] - atb[i];
            }
            double an = a.frobeniusNorm();
            double scale = (an * an + lambda) * Accuracy.norm(x) + an * Accuracy.norm(b);
            acc.check("case " + t + " λ=" + lambda, Accuracy.norm(lhs) / scale, 1e-14 * Math.max(m, n));
        }
        acc.assertAllPassed();
    }

    @Test
    void ridgeNormDecreasesAlongThePath() {
        Rng rng = new Rng(10);
        for (int t = 0; t < 100; t++) {
            Matrix a = rng.gaussianMatrix(3 + rng.nextInt(10), 3 + rng.nextInt(10));
            double[] b = rng.gaussianVector(a.rows());
            double[] lambdas = {1e-6, 1e-3, 1e-1, 1, 10, 1e3, 1e6};
            double[][] path = Ridge.path(a, b, lambdas);
            for (int p = 1; p < path.length; p++) {
                assertTrue(Accuracy.norm(path[p]) <= Accuracy.norm(path[p - 1]) * (1 + 1e-13),
                        "‖x(λ)‖ must not grow with λ, case " + t + " at λ = " + lambdas[p]);
            }
        }
    }

    @Test
    void consistentFullRankSystemsAreSolvedExactlyByEveryRoute() {
        Accuracy acc = new Accuracy("‖x − x_true‖/‖x_true‖ on consistent κ ≤ 100 systems");
        Rng rng = new Rng(11);
        for (int t = 0; t < 300; t++) {
            int n = 1 + rng.nextInt(12);
            int m = n + rng.nextInt(20);
            double[] sigma = new double[n];
            for (int i = 0; i < n; i++) {
                sigma[i] = KMath.pow(10, -2.0 * i / Math.max(1, n - 1));
            }
            Matrix a = RandomMatrices.withSingularValues(rng, m, n, sigma);
            double[] xTrue = rng.gaussianVector(n);
            double[] b = a.times(xTrue);
            acc.check("svd case " + t, Accuracy.relative(LeastSquares.solve(a, b).x(), xTrue), 1e-12);
            acc.check("qr case " + t, Accuracy.relative(LeastSquares.viaQR(a, b).x(), xTrue), 1e-12);
            // normal equations square κ: 1e4·ε·size
            acc.check("normal equations case " + t,
                    Accuracy.relative(LeastSquares.normalEquations(a, b).x(), xTrue), 1e-10);
        }
        acc.assertAllPassed();
    }

    @Test
    void normalEquationsLoseTwiceTheDigitsOfQR() {
        // κ = 1e6: QR's error ≈ κ·ε ≈ 1e-10, the normal equations' ≈ κ²·ε ≈ 1e-4.
        Rng rng = new Rng(12);
        int worse = 0;
        for (int t = 0; t < 20; t++) {
            Matrix a = RandomMatrices.withCondition(rng, 40, 8, 1e6);
            double[] xTrue = rng.gaussianVector(8);
            double[] b = a.times(xTrue);
            double qr = Accuracy.relative(LeastSquares.viaQR(a, b).x(), xTrue);
            double ne = Accuracy.relative(LeastSquares.normalEquations(a, b).x(), xTrue);
            assertTrue(qr < 1e-8, "QR error " + qr + " should be about κ·ε");
            if (ne > 100 * qr) {
                worse++;
            }
        }
        assertTrue(worse >= 18, "normal equations were much worse than QR in only " + worse + " of 20 cases");
    }

    @Test
    void normalEquationsFailClearlyWhenAtAIsSingular() {
        Matrix zeroColumn = Matrix.of(new double[][] {{1, 0}, {2, 0}, {3, 0}});
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> LeastSquares.normalEquations(zeroColumn, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("pivot 1"), e.getMessage());
        assertThrows(ArithmeticException.class,
                () -> LeastSquares.normalEquations(Matrix.zeros(0, 2), new double[0]));
    }
}
