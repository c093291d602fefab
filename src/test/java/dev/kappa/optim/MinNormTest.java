package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Implicit regularization: on an underdetermined least-squares problem GD from 0 finds the
 * minimum-norm solution of {@link LeastSquares#solve}, GD from w₀ finds the projection of w₀ onto
 * the solution set, and ridge solutions tend to the minimum-norm one as λ → 0.
 */
class MinNormTest {
    private static final Matrix LECTURE_X = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private static final double[] LECTURE_T = {7, 8};

    /** w₀ − X⁺(Xw₀ − t): the point of {w : Xw = t} nearest w₀. */
    private static double[] projection(Matrix x, double[] t, double[] w0) {
        double[] r = x.times(w0);
        for (int i = 0; i < r.length; i++) {
            r[i] -= t[i];
        }
        return Vectors.axpy(w0, -1.0, LeastSquares.solve(x, r).x());
    }

    @Test
    void gdFromZeroFindsTheLectureMinimumNormSolution() {
        LeastSquaresObjective f = new LeastSquaresObjective(LECTURE_X, LECTURE_T);
        double[] minNorm = LeastSquares.solve(LECTURE_X, LECTURE_T).x();
        // DESIGN.md: x = [−3.0556, 0.1111, 3.2778] (= [−55, 2, 59]/18).
        Checks.assertClose(new double[] {-55.0 / 18, 2.0 / 18, 59.0 / 18}, minNorm, 1e-13, "lstsq reference");
        double[] gd = new GradientDescent(f, new double[3], 0.04).run(4000).current();
        Checks.assertClose(minNorm, gd, 1e-12, "GD from 0 after 4000 steps");
        double[] cg = new ConjugateGradientNormalEquations(f, new double[3]).run(10).current();
        Checks.assertClose(minNorm, cg, 1e-12, "CGLS from 0");
    }

    @Test
    void gdFromW0FindsTheProjectionOfW0() {
        LeastSquaresObjective f = new LeastSquaresObjective(LECTURE_X, LECTURE_T);
        double[] w0 = {1, -2, 0.5};
        double[] expected = projection(LECTURE_X, LECTURE_T, w0);
        Checks.assertClose(expected, new GradientDescent(f, w0, 0.04).run(4000).current(), 1e-12, "GD from w₀");
        // The closed form agrees: the LS objective is the quadratic ½wᵀ(XᵀX/N)w − (Xᵀt/N)ᵀw + ‖t‖²/2N.
        Quadratic q = Quadratic.of(f.hessian(w0), scaled(LECTURE_X.transposeTimes(LECTURE_T), -0.5), 0.0);
        Checks.assertClose(expected, QuadraticGdAnalysis.of(q, 0.04, w0).limit(), 1e-12, "closed-form w∞");
    }

    @Test
    void randomWideProblemsConvergeToProjectionAndMinNorm() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rnd = new Random(seed);
            Matrix x = LassoSolversTest.randomMatrix(rnd, 5, 12);
            double[] t = LassoSolversTest.randomVector(rnd, 5);
            double[] w0 = LassoSolversTest.randomVector(rnd, 12);
            LeastSquaresObjective f = new LeastSquaresObjective(x, t);
            Quadratic q = Quadratic.of(f.hessian(w0), scaled(x.transposeTimes(t), -1.0 / 5), 0.0);
            QuadraticGdAnalysis a = QuadraticGdAnalysis.of(q, 1.0, w0);
            double eta = a.optimalStep();
            int steps = QuadraticGdAnalysis.of(q, eta, w0).iterationsToReach(1e-15) + 10;
            assertTrue(steps < 20000, "seed " + seed + ": " + steps + " steps predicted");
            double[] fromZero = new GradientDescent(f, new double[12], eta).run(steps).current();
            Checks.assertClose(LeastSquares.solve(x, t).x(), fromZero, 1e-11, "seed " + seed + ": GD from 0");
            double[] fromW0 = new GradientDescent(f, w0, eta).run(steps).current();
            Checks.assertClose(projection(x, t, w0), fromW0, 1e-11, "seed " + seed + ": GD from w₀");
        }
    }

    @Test
    void ridgeTendsToMinimumNormAsLambdaShrinks() {
        double[] minNorm = LeastSquares.solve(LECTURE_X, LECTURE_T).x();
        double previous = Double.POSITIVE_INFINITY;
        for (double lambda = 1.0; lambda >= 1e-10; lambda /= 100) {
            LeastSquaresObjective f = new LeastSquaresObjective(LECTURE_X, LECTURE_T, lambda);
            double[] w = f.ridgeMinimizer();
            double gap = Vectors.distance(w, minNorm);
            assertTrue(gap < previous, "λ = " + lambda + ": gap " + gap + " did not shrink");
            // ‖w(λ) − w⁺‖ = O(λ): the ridge filter σ/(σ² + Nλ) differs from 1/σ by about Nλ/σ³.
            assertTrue(gap <= 100 * lambda + 1e-13, "λ = " + lambda + ": gap " + gap);
            assertTrue(Checks.norm(f.gradient(w)) <= 1e-12, "ridge minimizer is stationary for λ = " + lambda);
            previous = gap;
        }
    }

    @Test
    void gdOnTheRidgeObjectiveConvergesToTheRidgeSolution() {
        LeastSquaresObjective f = new LeastSquaresObjective(LECTURE_X, LECTURE_T, 0.1);
        double[] w = new GradientDescent(f, new double[] {5, 5, 5}, 0.04).run(3000).current();
        Checks.assertClose(f.ridgeMinimizer(), w, 1e-12, "GD on ridge from (5, 5, 5)");
    }

    private static double[] scaled(double[] v, double s) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = s * v[i];
        }
        return out;
    }
}
