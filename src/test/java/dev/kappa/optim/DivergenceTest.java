package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import org.junit.jupiter.api.Test;

/** Divergence is a state: no exception, no non-finite number in the trajectory, the failing step kept. */
class DivergenceTest {
    private static void assertAllFinite(Trajectory t) {
        for (int k = 0; k < t.size(); k++) {
            assertTrue(Vectors.allFinite(t.point(k)) && Vectors.isFinite(t.value(k)), "point " + k + " is finite");
        }
    }

    @Test
    void gdBeyondTheStableStepStopsAtTheLastFinitePoint() {
        // λ = 10, η = 1: the factor is −9, so |w| = 9ᵏ overflows the value (½·10·81ᵏ) near k = 160.
        Quadratic f = Quadratic.fromEigen2D(10.0, 1.0, 0.2);
        GradientDescent gd = new GradientDescent(f, new double[] {1, 1}, 1.0);
        gd.run(100000);
        Trajectory t = gd.trajectory();
        assertEquals(Optimizer.Status.DIVERGED, gd.status());
        assertTrue(t.diverged());
        assertEquals(t.size(), t.divergedAtStep(), "the failing step is the one after the last recorded point");
        assertTrue(t.divergedAtStep() > 100 && t.divergedAtStep() < 400, "diverged at " + t.divergedAtStep());
        assertAllFinite(t);
        assertFalse(gd.step(), "no further steps");
        assertFalse(t.divergenceReason().isEmpty());
    }

    @Test
    void everyMethodDivergesQuietlyOnAnUnboundedSaddle() {
        Saddle f = new Saddle();
        double[] w0 = {0.5, 0.5};
        Optimizer[] opts = {
            new GradientDescent(f, w0, 0.4), new HeavyBall(f, w0, 0.4, 0.9), new Nesterov(f, w0, 0.4, 0.9),
            new BacktrackingGradientDescent(f, w0), new Lbfgs(f, w0),
        };
        for (Optimizer o : opts) {
            o.run(200000);
            assertTrue(o.diverged(), o.name() + " should diverge on x² − y²");
            assertAllFinite(o.trajectory());
            assertEquals(o.trajectory().size(), o.trajectory().divergedAtStep(), o.name());
        }
    }

    @Test
    void adaptiveMethodsRunAwayAtBoundedSpeedAndStayFinite() {
        // AdaGrad, RMSProp and Adam move each coordinate by about η per step at most, so on x² − y²
        // they do not overflow in a bounded number of steps: they slide down without end.
        Saddle f = new Saddle();
        double[] w0 = {0.5, 0.5};
        Optimizer[] opts = {new AdaGrad(f, w0, 1.0, 1e-8), new RmsProp(f, w0, 1.0, 0.9, 1e-8), Adam.adam(f, w0, 1.0)};
        for (Optimizer o : opts) {
            o.run(2000);
            assertAllFinite(o.trajectory());
            assertTrue(o.trajectory().value(2000) < -1e4, o.name() + " slides down, f = " + o.trajectory().value(2000));
        }
    }

    @Test
    void exactLineSearchAndCgReportNegativeCurvature() {
        Quadratic f = Quadratic.of(Matrix.diagonal(new double[] {1, -1}));
        ExactLineSearchGradientDescent e = new ExactLineSearchGradientDescent(f, new double[] {0.1, 1});
        e.run(10);
        assertTrue(e.diverged());
        assertEquals(1, e.trajectory().divergedAtStep());
        ConjugateGradient cg = new ConjugateGradient(f, new double[] {0.1, 1});
        cg.run(10);
        assertTrue(cg.diverged());
        assertAllFinite(cg.trajectory());
    }

    @Test
    void aMatrixTheLinearAlgebraRefusesIsDivergenceNotAnException() {
        // f = w² whose Hessian overflows (as Rosenbrock's would at |x| ≈ 1e154): Matrix rejects ∞.
        Objective f = new Objective() {
            public int dimension() {
                return 1;
            }

            public double value(double[] w) {
                return w[0] * w[0];
            }

            public double[] gradient(double[] w) {
                return new double[] {2 * w[0]};
            }

            public Matrix hessian(double[] w) {
                return Matrix.of(new double[][] {{Double.POSITIVE_INFINITY}});
            }
        };
        Newton n = new Newton(f, new double[] {3});
        assertFalse(n.step());
        assertTrue(n.diverged());
        assertEquals(1, n.trajectory().divergedAtStep());
        assertTrue(n.trajectory().divergenceReason().contains("finite"), n.trajectory().divergenceReason());
        assertEquals(1, n.trajectory().size());
    }
}
