package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import org.junit.jupiter.api.Test;

/** Statuses that tell the truth (issue 16): converged, stalled, line search failed, diverged, invalid input. */
class StatusTest {
    /** A function whose "gradient" points uphill, so no line search along −g can decrease f. */
    private static final class Uphill implements Objective {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] w) {
            return w[0] * w[0] + w[1] * w[1];
        }

        @Override
        public double[] gradient(double[] w) {
            return new double[] {-2 * w[0], -2 * w[1]};
        }

        @Override
        public Matrix hessian(double[] w) {
            return Matrix.identity(2).scale(2);
        }
    }

    /** A quadratic whose Hessian is either not symmetric or overflows, on request. */
    private static final class BadHessian implements Objective {
        private final boolean overflow;

        BadHessian(boolean overflow) {
            this.overflow = overflow;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] w) {
            return w[0] * w[0] + w[1] * w[1];
        }

        @Override
        public double[] gradient(double[] w) {
            return new double[] {2 * w[0], 2 * w[1]};
        }

        @Override
        public Matrix hessian(double[] w) {
            Matrix h = Matrix.of(new double[][] {{2, overflow ? 1e300 : 1}, {overflow ? 1e300 : 0, 2}});
            return overflow ? h.times(h) : h;
        }
    }

    @Test
    void lbfgsReportsAFailedLineSearchNotConvergence() {
        Lbfgs opt = new Lbfgs(new Uphill(), new double[] {1, 1});
        opt.run(5);
        assertEquals(Optimizer.Status.LINE_SEARCH_FAILED, opt.status(), opt.stopReason());
        assertTrue(opt.stopReason().contains("line") || opt.stopReason().contains("decreased"), opt.stopReason());
    }

    /**
     * f = ½wᵀAw + bᵀw + 100: accepting trials with equal f let the iterates wander at the rounding
     * level of f, ≈ 2e-7 relative in w; the approximate Armijo test follows the gradient further.
     */
    @Test
    void backtrackingReachesTheRoundingLevelOfW() {
        Quadratic f = Quadratic.of(Matrix.of(new double[][] {{1, 0.3}, {0.3, 7}}), new double[] {-1, -2}, 100);
        // x* = −A⁻¹b for A = [[1, 0.3], [0.3, 7]], b = (−1, −2): det = 6.91.
        double[] star = {(7 * 1 - 0.3 * 2) / 6.91, (1 * 2 - 0.3 * 1) / 6.91};
        BacktrackingGradientDescent opt = new BacktrackingGradientDescent(f, new double[] {3, -4});
        opt.run(3000);
        double[] w = opt.current();
        double err = Math.hypot(w[0] - star[0], w[1] - star[1]) / Math.hypot(star[0], star[1]);
        assertTrue(err < 1e-12, "relative distance to the minimizer " + err + " (" + opt.status() + ")");
    }

    @Test
    void coordinateDescentConvergesInsteadOfFlipFlopping() {
        Rng rng = new Rng(16);
        for (int trial = 0; trial < 20; trial++) {
            Matrix x = rng.gaussianMatrix(30, 12);
            double[] t = rng.gaussianVector(30);
            LassoCoordinateDescent cd = new LassoCoordinateDescent(new Lasso(x, t, 0.5), new double[12]);
            cd.run(100_000);
            assertEquals(Optimizer.Status.CONVERGED, cd.status(), "trial " + trial + " after " + cd.iteration());
        }
    }

    @Test
    void aNonSymmetricHessianIsInvalidInputNotDivergence() {
        Newton opt = new Newton(new BadHessian(false), new double[] {1, 1});
        opt.step();
        assertEquals(Optimizer.Status.INVALID_INPUT, opt.status(), opt.stopReason());
        assertTrue(opt.stopReason().contains("symmetric"), opt.stopReason());
    }

    @Test
    void anOverflowingHessianIsDivergence() {
        Newton opt = new Newton(new BadHessian(true), new double[] {1, 1});
        opt.step();
        assertEquals(Optimizer.Status.DIVERGED, opt.status(), opt.stopReason());
        assertTrue(opt.trajectory().diverged());
    }
}
