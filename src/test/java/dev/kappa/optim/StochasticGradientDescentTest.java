package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StochasticGradientDescentTest {
    private static LeastSquaresObjective consistentProblem(long seed, int n, int d, double[] wTrue) {
        Random rnd = new Random(seed);
        Matrix x = LassoSolversTest.randomMatrix(rnd, n, d);
        return new LeastSquaresObjective(x, x.times(wTrue));
    }

    @Test
    void sameSeedSameTrajectoryOtherSeedOtherTrajectory() {
        LeastSquaresObjective f = consistentProblem(1, 30, 3, new double[] {1, -2, 0.5});
        double[][] a = new StochasticGradientDescent(f, new double[3], 0.05, 4, 42).run(100).trajectory().points();
        double[][] b = new StochasticGradientDescent(f, new double[3], 0.05, 4, 42).run(100).trajectory().points();
        double[][] c = new StochasticGradientDescent(f, new double[3], 0.05, 4, 43).run(100).trajectory().points();
        for (int k = 0; k < a.length; k++) {
            assertArrayEquals(a[k], b[k], 0.0, "same seed, step " + k);
        }
        assertFalse(java.util.Arrays.equals(a[10], c[10]), "another seed draws other batches");
    }

    @Test
    void everyEpochVisitsEverySampleOnce() {
        LeastSquaresObjective f = consistentProblem(2, 10, 2, new double[] {1, 1});
        List<Integer> seen = new ArrayList<>();
        FiniteSumObjective spy = new FiniteSumObjective() {
            public int sampleCount() {
                return f.sampleCount();
            }

            public double[] batchGradient(double[] w, int[] idx, int from, int to) {
                for (int k = from; k < to; k++) {
                    seen.add(idx[k]);
                }
                return f.batchGradient(w, idx, from, to);
            }

            public int dimension() {
                return f.dimension();
            }

            public double value(double[] w) {
                return f.value(w);
            }

            public double[] gradient(double[] w) {
                return f.gradient(w);
            }

            public Matrix hessian(double[] w) {
                return f.hessian(w);
            }
        };
        // Batch 3 over 10 samples: batches 3, 3, 3, 1 per epoch; 8 steps = two epochs.
        StochasticGradientDescent sgd = new StochasticGradientDescent(spy, new double[2], 0.01, 3, 7);
        sgd.run(8);
        assertEquals(20, seen.size());
        for (int e = 0; e < 2; e++) {
            boolean[] hit = new boolean[10];
            for (int k = 10 * e; k < 10 * e + 10; k++) {
                assertFalse(hit[seen.get(k)], "sample " + seen.get(k) + " twice in epoch " + e);
                hit[seen.get(k)] = true;
            }
        }
        assertEquals("Mini-batch SGD", sgd.name());
    }

    @Test
    void fullBatchIsGradientDescent() {
        LeastSquaresObjective f = consistentProblem(3, 12, 3, new double[] {0.3, 0.2, -1});
        double[] sgd = new StochasticGradientDescent(f, new double[] {1, 1, 1}, 0.1, 12, 9).run(5).current();
        double[] gd = new GradientDescent(f, new double[] {1, 1, 1}, 0.1).run(5).current();
        Checks.assertClose(gd, sgd, 1e-14, "batch = N");
    }

    @Test
    void sgdConvergesOnAConsistentProblem() {
        double[] wTrue = {1, -2, 0.5};
        LeastSquaresObjective f = consistentProblem(4, 50, 3, wTrue);
        StochasticGradientDescent sgd = new StochasticGradientDescent(f, new double[3], 0.05, 1, 11);
        sgd.run(5000);
        Checks.assertClose(wTrue, sgd.current(), 1e-8, "SGD with zero residual at the solution");
        assertTrue(sgd.epoch() >= 99, "epochs " + sgd.epoch());
    }
}
