package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Newton, Gauss–Newton, Levenberg–Marquardt and L-BFGS, with the iteration counts they are held to. */
class SecondOrderTest {
    private static final double[] ROSENBROCK_START = {-1.2, 1.0};

    private static Quadratic randomPdQuadratic(long seed, int n) {
        Random rnd = new Random(seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = rnd.nextGaussian();
            }
        }
        Matrix a = Matrix.of(m);
        Matrix spd = a.transpose().times(a).plus(Matrix.identity(n));
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        return Quadratic.of(spd, b, 0.5);
    }

    @Test
    void newtonSolvesAQuadraticInOneStep() {
        for (long seed = 1; seed <= 20; seed++) {
            Quadratic f = randomPdQuadratic(seed, 6);
            Newton n = new Newton(f, new double[6]);
            n.run(1);
            // The minimizer satisfies Ax + b = 0: check the gradient, scaled by ‖A‖‖x‖ + ‖b‖.
            double[] x = n.current();
            double scale = f.matrix().frobeniusNorm() * Checks.norm(x) + Checks.norm(f.linear());
            assertTrue(Checks.norm(f.gradient(x)) <= 1e-14 * scale,
                    "seed " + seed + ": ‖∇f‖ after one Newton step = " + Checks.norm(f.gradient(x)));
        }
    }

    @Test
    void dampedNewtonCoversTheFractionTOfTheWay() {
        Quadratic f = randomPdQuadratic(7, 4);
        double[] exact = new Newton(f, new double[4]).run(1).current();
        double[] half = new Newton(f, new double[4], 0.5).run(1).current();
        Checks.assertClose(Vectors.axpy(new double[4], 0.5, exact), half, 1e-14, "t = ½ step");
    }

    @Test
    void newtonReachesRosenbrocksMinimumWithinTenSteps() {
        Newton n = new Newton(new Rosenbrock(), ROSENBROCK_START);
        assertTrue(n.runUntilGradientBelow(1e-10, 10), "Newton stopped at " + java.util.Arrays.toString(n.current()));
        Checks.assertClose(new double[] {1, 1}, n.current(), 1e-10, "Newton on Rosenbrock");
    }

    @Test
    void lbfgsReachesRosenbrocksMinimumWithinSixtyIterations() {
        Lbfgs l = new Lbfgs(new Rosenbrock(), ROSENBROCK_START);
        assertTrue(l.runUntilGradientBelow(1e-9, 60), "L-BFGS after " + l.iteration() + " iterations at "
                + java.util.Arrays.toString(l.current()));
        Checks.assertClose(new double[] {1, 1}, l.current(), 1e-8, "L-BFGS on Rosenbrock");
    }

    @Test
    void lbfgsMemoryOneStillConverges() {
        Lbfgs l = new Lbfgs(new Rosenbrock(), ROSENBROCK_START, 1);
        assertTrue(l.runUntilGradientBelow(1e-8, 200), "m = 1 after " + l.iteration());
    }

    @Test
    void lbfgsOnAQuadraticMatchesTheMinimizer() {
        Quadratic f = randomPdQuadratic(3, 8);
        Lbfgs l = new Lbfgs(f, new double[8], 5);
        assertTrue(l.runUntilGradientBelow(1e-10, 100), "L-BFGS on an 8-D quadratic, " + l.iteration() + " steps");
    }

    @Test
    void levenbergMarquardtReachesRosenbrocksMinimumWithinFortyIterations() {
        LevenbergMarquardt lm = new LevenbergMarquardt(new Rosenbrock(), ROSENBROCK_START);
        assertTrue(lm.runUntilGradientBelow(1e-10, 40), "LM after " + lm.iteration() + " iterations at "
                + java.util.Arrays.toString(lm.current()));
        Checks.assertClose(new double[] {1, 1}, lm.current(), 1e-10, "LM on Rosenbrock");
    }

    @Test
    void levenbergMarquardtMuUpdate() {
        // From far away with a tiny μ the first trial (nearly Gauss–Newton) fails and μ grows by ν per
        // rejection; after an accepted step μ is divided by ν.
        LevenbergMarquardt lm = new LevenbergMarquardt(new Rosenbrock(), new double[] {-1.2, 1}, 1e-3, 10);
        double before = lm.mu();
        lm.step();
        int rejected = lm.rejectedInLastStep();
        assertEquals(before * Math.pow(10, rejected) / 10, lm.mu(), 1e-12 * lm.mu(), "μ after " + rejected + " rejections");
        assertTrue(lm.trajectory().value(1) < lm.trajectory().value(0), "an accepted step decreases f");
    }

    private static ExponentialFit exactExponentialData() {
        double[] x = new double[12];
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = 0.4 * i;
            y[i] = 2.5 * Math.exp(-1.3 * x[i]) + 0.7;
        }
        return new ExponentialFit(x, y);
    }

    @Test
    void gaussNewtonAndLmFitAZeroResidualExponential() {
        ExponentialFit f = exactExponentialData();
        double[] w0 = {1.0, 1.0, 0.0};
        GaussNewton gn = new GaussNewton(f, w0);
        assertTrue(gn.runUntilGradientBelow(1e-12, 30), "Gauss–Newton after " + gn.iteration());
        Checks.assertClose(new double[] {2.5, 1.3, 0.7}, gn.current(), 1e-9, "Gauss–Newton parameters");
        LevenbergMarquardt lm = new LevenbergMarquardt(f, w0);
        assertTrue(lm.runUntilGradientBelow(1e-12, 50), "LM after " + lm.iteration());
        Checks.assertClose(new double[] {2.5, 1.3, 0.7}, lm.current(), 1e-9, "LM parameters");
    }

    @Test
    void gaussNewtonStepIsTheLinearizedLeastSquaresStep() {
        // One GN step from w satisfies the normal equations JᵀJδ = −Jᵀr of the linearization.
        ExponentialFit f = exactExponentialData();
        double[] w0 = {1.0, 0.5, 0.2};
        double[] w1 = new GaussNewton(f, w0).run(1).current();
        double[] delta = Vectors.axpy(w1, -1.0, w0);
        Matrix j = f.jacobian(w0);
        double[] lhs = j.transposeTimes(j.times(delta));
        double[] rhs = j.transposeTimes(f.residuals(w0));
        for (int i = 0; i < 3; i++) {
            rhs[i] = -rhs[i];
        }
        Checks.assertClose(rhs, lhs, 1e-10, "JᵀJδ = −Jᵀr");
    }
}
