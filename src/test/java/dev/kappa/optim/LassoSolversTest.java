package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ISTA, FISTA and coordinate descent: hand cases, KKT conditions, and agreement with each other. */
class LassoSolversTest {
    @Test
    void orthogonalDesignIsSoftThresholdingInOneStep() {
        // X = I: the lasso decouples, w = S_λ(t) = (2, 0, 0.2) for t = (3, −0.5, 1.2), λ = 1.
        Lasso f = new Lasso(Matrix.identity(3), new double[] {3, -0.5, 1.2}, 1.0);
        double[] expected = {2, 0, 0.2};
        Checks.assertClose(expected, new LassoCoordinateDescent(f, new double[3]).run(1).current(), 1e-15, "CD");
        Checks.assertClose(expected, ProximalGradient.ista(f, new double[3], 1.0).run(1).current(), 1e-15, "ISTA η = 1");
        assertEquals(1.0, ProximalGradient.defaultStep(f), 1e-15, "1/L for X = I");
        assertEquals(0.0, f.kktViolation(expected), 1e-15);
    }

    @Test
    void largeLambdaGivesZero() {
        Random rnd = new Random(3);
        Matrix x = randomMatrix(rnd, 20, 5);
        double[] t = randomVector(rnd, 20);
        double lambdaMax = 0;
        for (double v : x.transposeTimes(t)) {
            lambdaMax = Math.max(lambdaMax, Math.abs(v));
        }
        Lasso f = new Lasso(x, t, lambdaMax * 1.0001);
        assertEquals(0.0, f.kktViolation(new double[5]), 0.0, "w = 0 is optimal for λ ≥ ‖Xᵀt‖∞");
        Checks.assertClose(new double[5], new LassoCoordinateDescent(f, new double[5]).run(5).current(), 0.0, "CD");
    }

    @Test
    void solversSatisfyKktAndAgree() {
        for (long seed = 10; seed < 15; seed++) {
            Random rnd = new Random(seed);
            Matrix x = randomMatrix(rnd, 40, 10);
            double[] wTrue = {3, 0, 0, -2, 0, 0, 0, 1.5, 0, 0};
            double[] t = x.times(wTrue);
            for (int i = 0; i < t.length; i++) {
                t[i] += 0.5 * rnd.nextGaussian();
            }
            Lasso f = new Lasso(x, t, 8.0);
            LassoCoordinateDescent cd = new LassoCoordinateDescent(f, new double[10]);
            cd.run(5000);
            double[] wCd = cd.current();
            assertTrue(f.kktViolation(wCd) <= 1e-9, "seed " + seed + ": CD KKT violation " + f.kktViolation(wCd));
            ProximalGradient fista = ProximalGradient.fista(f, new double[10]);
            fista.run(3000);
            ProximalGradient ista = ProximalGradient.ista(f, new double[10]);
            ista.run(20000);
            Checks.assertClose(wCd, fista.current(), 1e-7, "seed " + seed + ": FISTA vs CD");
            Checks.assertClose(wCd, ista.current(), 1e-7, "seed " + seed + ": ISTA vs CD");
            assertTrue(f.kktViolation(fista.current()) <= 1e-6, "FISTA KKT " + f.kktViolation(fista.current()));
            int zeros = 0;
            for (int j = 0; j < 10; j++) {
                if (wCd[j] == 0.0) {
                    zeros++;
                    assertEquals(0.0, fista.current()[j], 0.0, "seed " + seed + ": FISTA keeps w" + j + " exactly 0");
                }
            }
            assertTrue(zeros >= 3, "seed " + seed + ": the lasso is sparse, " + zeros + " zeros");
        }
    }

    @Test
    void istaDecreasesTheObjectiveEveryStep() {
        Random rnd = new Random(21);
        Lasso f = new Lasso(randomMatrix(rnd, 15, 6), randomVector(rnd, 15), 1.0);
        Trajectory t = ProximalGradient.ista(f, new double[6]).run(200).trajectory();
        for (int k = 1; k < t.size(); k++) {
            assertTrue(t.value(k) <= t.value(k - 1) + 1e-12, "ISTA step " + k);
        }
    }

    static Matrix randomMatrix(Random rnd, int m, int n) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextGaussian();
            }
        }
        return Matrix.of(a);
    }

    static double[] randomVector(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
        }
        return v;
    }
}
