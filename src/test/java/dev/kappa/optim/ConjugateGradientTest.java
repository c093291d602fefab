package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {
    private static Matrix randomOrthogonal(long seed, int n) {
        Random rnd = new Random(seed);
        Matrix m = LassoSolversTest.randomMatrix(rnd, n, n);
        return SymmetricEigen.of(m.plus(m.transpose())).vectors();
    }

    @Test
    void terminatesInAtMostNSteps() {
        for (long seed = 1; seed <= 10; seed++) {
            int n = 7;
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = 1 + 3 * i;
            }
            Random rnd = new Random(seed);
            Quadratic f = Quadratic.fromEigen(lambda, randomOrthogonal(seed, n), LassoSolversTest.randomVector(rnd, n), 0);
            ConjugateGradient cg = new ConjugateGradient(f, new double[n]);
            cg.run(n);
            double g = Checks.norm(f.gradient(cg.current()));
            assertTrue(g <= 1e-12 * Checks.norm(f.linear()) * 20, "seed " + seed + ": ‖∇f‖ after n steps = " + g);
        }
    }

    @Test
    void threeDistinctEigenvaluesTakeThreeSteps() {
        double[] lambda = {1, 1, 1, 4, 4, 9, 9, 9};
        Random rnd = new Random(5);
        Quadratic f = Quadratic.fromEigen(lambda, randomOrthogonal(5, 8), LassoSolversTest.randomVector(rnd, 8), 0);
        ConjugateGradient cg = new ConjugateGradient(f, new double[8]);
        cg.run(3);
        assertTrue(Checks.norm(f.gradient(cg.current())) <= 1e-12, "‖∇f‖ after 3 steps = "
                + Checks.norm(f.gradient(cg.current())));
    }

    @Test
    void firstStepIsTheExactLineSearchStep() {
        Quadratic f = Quadratic.fromEigen2D(1, 10, 0.3, new double[] {1, -2}, 0);
        double[] cg = new ConjugateGradient(f, new double[] {1, 1}).run(1).current();
        double[] sd = new ExactLineSearchGradientDescent(f, new double[] {1, 1}).run(1).current();
        Checks.assertClose(sd, cg, 1e-15, "CG step 1 = steepest descent with exact line search");
    }

    @Test
    void stopsWhenTheResidualVanishes() {
        Quadratic f = Quadratic.fromEigen2D(2, 2, 0.0);
        ConjugateGradient cg = new ConjugateGradient(f, new double[] {1, 1});
        cg.run(10);
        assertEquals(Optimizer.Status.CONVERGED, cg.status());
        assertEquals(1, cg.iteration(), "a multiple of I is solved in one step");
    }
}
