package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import org.junit.jupiter.api.Test;

class NonlinearConjugateGradientTest {
    @Test
    void reachesRosenbrocksMinimumWithoutEverRaisingF() {
        NonlinearConjugateGradient cg = new NonlinearConjugateGradient(new Rosenbrock(), new double[] {-1.2, 1});
        assertTrue(cg.runUntilGradientBelow(1e-9, 2000), cg.iteration() + " steps, " + cg.stopReason());
        assertEquals(1.0, cg.current()[0], 1e-8);
        assertEquals(1.0, cg.current()[1], 1e-8);
        double[] f = cg.trajectory().values();
        for (int k = 1; k < f.length; k++) {
            assertTrue(f[k] < f[k - 1] || f[k] <= 1e-20, "f rose at step " + k);
        }
        // Steepest descent with an exact line search needs thousands here (Nocedal & Wright, ch. 3).
        assertTrue(cg.iteration() < 100, cg.iteration() + " steps");
    }

    @Test
    void solvesRandomSpdQuadraticsInAboutNStepsAsLinearCgWould() {
        // With (nearly) exact line searches on a quadratic, PR+ is linear CG: done in n steps.
        Rng rng = new Rng(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + trial % 6;
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = rng.gaussian();
                }
            }
            Matrix b = Matrix.of(m);
            Matrix a = b.transpose().times(b).plus(Matrix.identity(n));
            double[] lin = new double[n];
            for (int i = 0; i < n; i++) {
                lin[i] = rng.gaussian();
            }
            Quadratic q = Quadratic.of(a, lin, 0);
            NonlinearConjugateGradient cg = new NonlinearConjugateGradient(q, new double[n]);
            cg.runUntilGradientBelow(1e-8, 500);
            // ∇f = Ax + b = 0: check the residual directly, independent of the method's own test.
            double[] g = q.gradient(cg.current());
            assertTrue(Vectors.norm(g) <= 1e-8 * (1 + Vectors.norm(lin)) && cg.iteration() <= n + 2, "trial " + trial + ": ‖∇f‖ = " + Vectors.norm(g));
        }
    }
}
