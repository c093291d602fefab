package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Heavy ball step by step against its eigen-coordinate closed form, and finite horizons of GD's. */
class MomentumClosedFormTest {
    @Test
    void heavyBallSimulationEqualsClosedForm() {
        Map<String, Quadratic> cases = Map.of(
                "PD", Quadratic.fromEigen2D(1.0, 10.0, 0.5, new double[] {0.3, -0.2}, 0),
                "PSD with drift", Quadratic.fromEigen(new double[] {0.0, 2.0, 5.0}, Matrix.identity(3),
                        new double[] {0.1, 0.3, -0.4}, 0),
                "indefinite", Quadratic.of(Matrix.of(new double[][] {{1, 2}, {2, -1}}), new double[] {0.5, 0}, 0));
        for (Map.Entry<String, Quadratic> e : cases.entrySet()) {
            Quadratic f = e.getValue();
            double[] w0 = new double[f.dimension()];
            java.util.Arrays.fill(w0, 0.7);
            Trajectory t = new HeavyBall(f, w0, 0.05, 0.8).run(30).trajectory();
            for (int k = 0; k <= 30; k++) {
                Checks.assertClose(t.point(k), MomentumAnalysis.heavyBallIterate(f, 0.05, 0.8, w0, k), 1e-12,
                        e.getKey() + ", step " + k);
            }
        }
    }

    @Test
    void tunedParametersGiveEveryEigenvalueTheSameFactor() {
        MomentumAnalysis m = MomentumAnalysis.of(0.5, 50.0);
        for (double lambda = 0.5; lambda <= 50.0; lambda += 0.25) {
            assertEquals(m.rate(), MomentumAnalysis.factor(lambda, m.optimalStep(), m.optimalMomentum()), 1e-7,
                    "factor at λ = " + lambda);
        }
        assertTrue(MomentumAnalysis.factor(60.0, m.optimalStep(), m.optimalMomentum()) > m.rate(),
                "outside [λmin, λmax] the factor is worse");
        // β = 0 is plain GD: factor |1 − αλ|.
        assertEquals(0.6, MomentumAnalysis.factor(4.0, 0.4, 0.0), 1e-15);
    }

    @Test
    void finiteHorizonOfADivergingClosedForm() {
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(Quadratic.fromEigen2D(10, 1, 0.3), 1.0, new double[] {1, 1});
        int k = a.finiteSteps(100000);
        assertTrue(k > 100 && k < 400, "finite up to " + k);
        assertTrue(Vectors.allFinite(a.iterate(k)) && Vectors.isFinite(a.loss(k)));
        assertTrue(!Vectors.allFinite(a.iterate(k + 1)) || !Vectors.isFinite(a.loss(k + 1)));
        assertEquals(50, QuadraticGdAnalysis.of(Quadratic.fromEigen2D(1, 1, 0), 0.5, new double[] {1, 1}).finiteSteps(50));
    }
}
