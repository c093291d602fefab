package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kappa.linalg.Rng;
import dev.kappa.optim.Objective;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.Rosenbrock;
import dev.kappa.optim.Saddle;
import org.junit.jupiter.api.Test;

class TwoTermLandscapeTest {
    private static final int[] BOTH = {0, 1};

    @Test
    void theAverageOfBothTermsIsTheLandscapesGradient() {
        Objective[] landscapes = {Quadratic.fromEigen2D(100, 2, Math.PI / 6), new Rosenbrock(), new Saddle()};
        Rng rng = new Rng(3);
        for (Objective f : landscapes) {
            TwoTermLandscape sum = new TwoTermLandscape(f);
            for (int trial = 0; trial < 50; trial++) {
                double[] w = {3 * rng.gaussian(), 3 * rng.gaussian()};
                double[] g = f.gradient(w);
                double[] both = sum.batchGradient(w, BOTH, 0, 2);
                double[] one = sum.batchGradient(w, BOTH, 0, 1);
                double[] two = sum.batchGradient(w, BOTH, 1, 2);
                for (int i = 0; i < 2; i++) {
                    double scale = 1e-12 * (1 + Math.abs(g[i]));
                    assertEquals(g[i], both[i], scale, f + " at trial " + trial);
                    // unbiased: the mean of the two single-term gradients is ∇f
                    assertEquals(g[i], 0.5 * (one[i] + two[i]), scale, f + " at trial " + trial);
                }
            }
        }
    }

    @Test
    void otherObjectivesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TwoTermLandscape(new Rosenbrock(2, 50)));
        assertThrows(IllegalArgumentException.class, () -> new TwoTermLandscape(
                Quadratic.fromEigen2D(1, 2, 0, new double[] {1, 0}, 0)));
    }
}
