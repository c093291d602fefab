package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Hyper-parameters and start points are rejected before any step, with a message naming them. */
class BadInputTest {
    private static final Quadratic F = Quadratic.fromEigen2D(1, 2, 0.1);
    private static final double[] W0 = {1, 1};

    private static void rejects(String mention, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(mention), "message '" + ex.getMessage() + "' should mention " + mention);
    }

    @Test
    void startPoints() {
        rejects("w0", () -> new GradientDescent(F, new double[] {1, 2, 3}));
        rejects("w0", () -> new GradientDescent(F, new double[] {1, Double.NaN}));
        rejects("w0", () -> new GradientDescent(F, null));
        rejects("start point", () -> new GradientDescent(new ExponentialFit(new double[] {-1000}, new double[] {0}),
                new double[] {1, 1, 0}));
    }

    @Test
    void stepSizesAndMomenta() {
        rejects("η", () -> new GradientDescent(F, W0, 0.0));
        rejects("η", () -> new GradientDescent(F, W0, Double.POSITIVE_INFINITY));
        rejects("β", () -> new HeavyBall(F, W0, 0.1, 1.0));
        rejects("β", () -> new Nesterov(F, W0, 0.1, -0.1));
        rejects("β₂", () -> new Adam(F, W0, 0.1, 0.9, 1.0, 1e-8, 0));
        rejects("ε", () -> new AdaGrad(F, W0, 0.1, 0.0));
        rejects("weight decay", () -> new Adam(F, W0, 0.1, 0.9, 0.999, 1e-8, -1));
        rejects("ρ", () -> new BacktrackingGradientDescent(F, W0, 1, 1.0, 1e-4));
        rejects("damping", () -> new Newton(F, W0, 1.5));
        rejects("memory", () -> new Lbfgs(F, W0, 0));
        rejects("ν", () -> new LevenbergMarquardt(new Rosenbrock(), W0, 1e-3, 1.0));
        rejects("α", () -> QuadraticGdAnalysis.of(F, -1, W0));
        rejects("λmin", () -> MomentumAnalysis.of(0, 1));
    }

    @Test
    void batchSizes() {
        LeastSquaresObjective ls = new LeastSquaresObjective(Matrix.identity(3), new double[3]);
        rejects("batch size", () -> new StochasticGradientDescent(ls, new double[3], 0.1, 0, 1));
        rejects("batch size", () -> new StochasticGradientDescent(ls, new double[3], 0.1, 4, 1));
    }

    @Test
    void noOptimalStepWithoutPositiveCurvature() {
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(Quadratic.fromEigen2D(-1, 0, 0), 0.1, W0);
        assertThrows(IllegalStateException.class, a::optimalStep);
        assertTrue(a.maxStableStep() == Double.POSITIVE_INFINITY);
        assertTrue(a.iterationsToReach(1e-6) == -1, "a drifting quadratic never reaches ε");
        QuadraticGdAnalysis huge = QuadraticGdAnalysis.of(Quadratic.fromEigen2D(1, 1e-12, 0), 1.0, W0);
        assertTrue(huge.iterationsToReach(1e-6) == Integer.MAX_VALUE, "κ = 1e12 needs more than 2³⁰ steps");
    }
}
