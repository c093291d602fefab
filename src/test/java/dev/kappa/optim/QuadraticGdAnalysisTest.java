package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import dev.kappa.optim.QuadraticGdAnalysis.Mode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuadraticGdAnalysisTest {
    /** Observed worst agreement is 1.2e-15 (relative); 1e-13 leaves room for other eigen-solvers. */
    private static final double CLOSE = 1e-13;

    /** DESIGN.md's five lecture pictures, iterates computed by numpy (lecture_gd.csv). */
    @Test
    void lectureConfigurationsMatchNumpySimulationAndClosedForm() {
        List<String[]> rows = Fixtures.rows("lecture_gd.csv");
        assertEquals(30, rows.size(), "five spectra × six iterates");
        for (int c = 0; c < 5; c++) {
            double l1 = Double.parseDouble(rows.get(6 * c)[0]);
            double l2 = Double.parseDouble(rows.get(6 * c)[1]);
            Quadratic f = Quadratic.fromEigen2D(l1, l2, Math.PI / 4);
            double[] x0 = {0.9, 0.0};
            Trajectory sim = new GradientDescent(f, x0, 0.5).run(5).trajectory();
            QuadraticGdAnalysis closed = QuadraticGdAnalysis.of(f, 0.5, x0);
            assertEquals(6, sim.size());
            for (int k = 0; k <= 5; k++) {
                String[] r = rows.get(6 * c + k);
                double[] expected = {Double.parseDouble(r[3]), Double.parseDouble(r[4])};
                String what = "Λ = (" + l1 + ", " + l2 + "), step " + k;
                Checks.assertClose(expected, sim.point(k), CLOSE, "simulated GD, " + what);
                Checks.assertClose(expected, closed.iterate(k), CLOSE, "closed form, " + what);
            }
        }
    }

    @Test
    void lectureValleyConvergesToTheProjectionOfTheStart() {
        // Λ = (1, 0): the null direction is q₂ = (−1, 1)/√2, so w∞ = (q₂·x₀)q₂ = (0.45, −0.45).
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(Quadratic.fromEigen2D(1, 0, Math.PI / 4), 0.5,
                new double[] {0.9, 0});
        Checks.assertClose(new double[] {0.45, -0.45}, a.limit(), 1e-15, "w∞");
        assertEquals(Mode.MONOTONE, a.mode(0));
        assertEquals(Mode.FROZEN, a.mode(1));
        assertTrue(a.converges());
    }

    private static Map<String, Object[]> closedFormCases() {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        for (String[] r : Fixtures.rows("gd_closed_form_inputs.csv")) {
            int n = Integer.parseInt(r[1]);
            Object[] c = cases.computeIfAbsent(r[0], k -> new Object[] {new double[n][n], new double[n], new double[n],
                new double[1]});
            int i = Integer.parseInt(r[3]);
            int j = Integer.parseInt(r[4]);
            double v = Double.parseDouble(r[5]);
            switch (r[2]) {
                case "A": ((double[][]) c[0])[i][j] = v; break;
                case "b": ((double[]) c[1])[i] = v; break;
                case "w0": ((double[]) c[2])[i] = v; break;
                default: ((double[]) c[3])[0] = v; break;
            }
        }
        return cases;
    }

    /** PD, PSD, indefinite and drifting quadratics: closed form and simulation against numpy's eigh closed form. */
    @Test
    void closedFormAndSimulationMatchNumpyForPdPsdAndIndefinite() {
        Map<String, Object[]> cases = closedFormCases();
        List<String[]> rows = Fixtures.rows("gd_closed_form.csv");
        Map<String, Mode[]> expectedModes = new LinkedHashMap<>();
        expectedModes.put("pd", new Mode[] {Mode.MONOTONE, Mode.MONOTONE, Mode.MONOTONE, Mode.OSCILLATING});
        expectedModes.put("pd-oscillating", new Mode[] {Mode.MONOTONE, Mode.MONOTONE, Mode.OSCILLATING});
        expectedModes.put("psd", new Mode[] {Mode.FROZEN, Mode.FROZEN, Mode.MONOTONE, Mode.OSCILLATING});
        expectedModes.put("indefinite", new Mode[] {Mode.DRIFTING, Mode.MONOTONE, Mode.MONOTONE});
        expectedModes.put("psd-drifting", new Mode[] {Mode.DRIFTING, Mode.MONOTONE, Mode.OSCILLATING});
        assertEquals(expectedModes.keySet(), cases.keySet());
        for (Map.Entry<String, Object[]> e : cases.entrySet()) {
            String name = e.getKey();
            Object[] c = e.getValue();
            double[] w0 = (double[]) c[2];
            double alpha = ((double[]) c[3])[0];
            Quadratic f = Quadratic.of(Matrix.of((double[][]) c[0]), (double[]) c[1], 0.0);
            QuadraticGdAnalysis closed = QuadraticGdAnalysis.of(f, alpha, w0);
            assertArrayEquals(expectedModes.get(name), closed.modes(), "modes of " + name);
            Trajectory sim = new GradientDescent(f, w0, alpha).run(8).trajectory();
            int n = w0.length;
            for (int k = 0; k <= 8; k++) {
                double[] expected = new double[n];
                for (String[] r : rows) {
                    if (r[0].equals(name) && Integer.parseInt(r[2]) == k) {
                        expected[Integer.parseInt(r[3])] = Double.parseDouble(r[4]);
                    }
                }
                Checks.assertClose(expected, closed.iterate(k), CLOSE, name + " closed form, step " + k);
                Checks.assertClose(expected, sim.point(k), CLOSE, name + " simulation, step " + k);
                Checks.assertClose(f.value(expected), closed.loss(k), CLOSE, name + " loss, step " + k);
            }
        }
    }

    @Test
    void psdLimitIsTheProjectionOntoTheMinimizers() {
        Object[] c = closedFormCases().get("psd");
        Quadratic f = Quadratic.of(Matrix.of((double[][]) c[0]), (double[]) c[1], 0.0);
        double[] w0 = (double[]) c[2];
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(f, 0.5, w0);
        double[] wInf = a.limit();
        assertTrue(Checks.norm(f.gradient(wInf)) < 1e-13, "∇f(w∞) = 0");
        // w₀ − w∞ must be orthogonal to the null space of A, i.e. to the FROZEN eigenvectors.
        double[] d = Vectors.axpy(w0, -1.0, wInf);
        for (int i = 0; i < 4; i++) {
            if (a.mode(i) == Mode.FROZEN) {
                double along = Vectors.dot(d, a.eigenvectors().column(i));
                assertTrue(Math.abs(along) < 1e-14, "w₀ − w∞ has component " + along + " along null vector " + i);
            }
        }
        Trajectory sim = new GradientDescent(f, w0, 0.5).run(300).trajectory();
        Checks.assertClose(wInf, sim.last(), 1e-12, "GD after 300 steps vs w∞");
    }

    @Test
    void boundaryLabelsAtAlphaLambdaOneAndTwo() {
        Quadratic f = Quadratic.fromEigen2D(1.0, 0.5, 0.3);
        double[] w0 = {1, 1};
        assertArrayEquals(new Mode[] {Mode.ONE_STEP, Mode.MONOTONE}, QuadraticGdAnalysis.of(f, 1.0, w0).modes());
        assertArrayEquals(new Mode[] {Mode.BOUNCING, Mode.ONE_STEP}, QuadraticGdAnalysis.of(f, 2.0, w0).modes());
        assertArrayEquals(new Mode[] {Mode.DIVERGING, Mode.BOUNCING}, QuadraticGdAnalysis.of(f, 4.0, w0).modes());
        assertArrayEquals(new Mode[] {Mode.OSCILLATING, Mode.MONOTONE},
                QuadraticGdAnalysis.of(f, 2.0 * (1 - 1e-9), w0).modes());
        assertArrayEquals(new Mode[] {Mode.DIVERGING, Mode.OSCILLATING},
                QuadraticGdAnalysis.of(f, 2.0 * (1 + 1e-9), w0).modes());
        assertArrayEquals(new Mode[] {Mode.OSCILLATING, Mode.MONOTONE},
                QuadraticGdAnalysis.of(f, 1.0 + 1e-9, w0).modes());
        assertArrayEquals(new Mode[] {Mode.MONOTONE, Mode.MONOTONE},
                QuadraticGdAnalysis.of(f, 1.0 - 1e-9, w0).modes());
    }

    @Test
    void boundaryLabelsSurviveRoundingOfTheStepAndOfComputedEigenvalues() {
        // 0.1·20 and (1/3)·3 are boundaries typed as decimals; [[2,1],[1,2]] has eigenvalues 1 and 3
        // computed by SymmetricEigen, and η = 2/3 must still be BOUNCING for λ = 3.
        assertEquals(Mode.BOUNCING, QuadraticGdAnalysis.of(Quadratic.fromEigen2D(20, 1, 0), 0.1, new double[2]).mode(0));
        assertEquals(Mode.ONE_STEP,
                QuadraticGdAnalysis.of(Quadratic.fromEigen2D(3, 1, 0), 1.0 / 3.0, new double[2]).mode(0));
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(Quadratic.of(Matrix.of(new double[][] {{2, 1}, {1, 2}})),
                2.0 / 3.0, new double[] {1, 0});
        assertEquals(1.0, a.eigenvalues()[0], 1e-15);
        assertArrayEquals(new Mode[] {Mode.MONOTONE, Mode.BOUNCING}, a.modes());
        assertEquals(Mode.ONE_STEP, QuadraticGdAnalysis.of(Quadratic.of(Matrix.of(new double[][] {{2, 1}, {1, 2}})),
                1.0 / 3.0, new double[] {1, 0}).mode(1));
    }

    @Test
    void bouncingKeepsItsMagnitudeAndFlipsSign() {
        Quadratic f = Quadratic.fromEigen2D(2.0, 1.0, 0.0);
        Trajectory t = new GradientDescent(f, new double[] {0.3, 0.0}, 1.0).run(6).trajectory();
        for (int k = 0; k <= 6; k++) {
            assertEquals(k % 2 == 0 ? 0.3 : -0.3, t.point(k)[0], 0.0, "bouncing component at step " + k);
        }
    }

    @Test
    void frozenAndDriftingDirections() {
        Matrix q = Matrix.identity(3);
        Quadratic f = Quadratic.fromEigen(new double[] {0.0, -1.0, 0.0}, q, new double[] {0.0, 0.0, 0.5}, 0.0);
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(f, 0.1, new double[] {1, 1, 1});
        assertArrayEquals(new Mode[] {Mode.FROZEN, Mode.DRIFTING, Mode.DRIFTING}, a.modes());
        assertFalse(a.converges());
        Checks.assertClose(new double[] {1.0, Math.pow(1.1, 10), 1.0 - 10 * 0.1 * 0.5}, a.iterate(10), 1e-14,
                "frozen stays, negative curvature grows by 1.1, linear term drifts by αβ per step");
    }

    @Test
    void stepSizesAndRates() {
        Quadratic f = Quadratic.fromEigen(new double[] {1.0, 10.0, 0.0}, Matrix.identity(3));
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(f, 0.1, new double[] {1, 1, 1});
        assertEquals(0.2, a.maxStableStep(), 0.0);
        assertEquals(2.0 / 11.0, a.optimalStep(), 1e-16);
        assertEquals(10.0, a.conditionNumber(), 0.0);
        assertEquals(9.0 / 11.0, a.optimalRate(), 1e-16);
        assertEquals(0.9, a.rate(), 1e-16);
        // At the optimal step both extreme directions contract by exactly (κ−1)/(κ+1).
        QuadraticGdAnalysis best = QuadraticGdAnalysis.of(f, a.optimalStep(), new double[] {1, 1, 1});
        assertEquals(9.0 / 11.0, Math.abs(best.factor(0)), 1e-15);
        assertEquals(9.0 / 11.0, Math.abs(best.factor(1)), 1e-15);
        // Just below 2/λmax GD converges, just above it diverges.
        Quadratic pd = Quadratic.fromEigen2D(1.0, 10.0, 0.4);
        assertFalse(new GradientDescent(pd, new double[] {1, 1}, 0.199).run(3000).diverged());
        GradientDescent over = new GradientDescent(pd, new double[] {1, 1}, 0.201);
        over.run(100000);
        assertTrue(over.diverged(), "η = 0.201 > 2/λmax must diverge");
    }

    @Test
    void predictedIterationsAreTheFirstKWithRateToTheKBelowEpsilon() {
        Quadratic f = Quadratic.fromEigen2D(1.0, 0.5, 0.0);
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(f, 1.0, new double[] {0, 1});
        assertEquals(0.5, a.rate(), 0.0);
        assertEquals(10, a.iterationsToReach(1e-3), "0.5⁹ ≈ 1.95e-3 > 1e-3 ≥ 0.5¹⁰");
        assertEquals(20, a.iterationsToReach(0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5
                * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5), "exactly 0.5²⁰");
        assertEquals(0, a.iterationsToReach(1.0));
        assertEquals(-1, QuadraticGdAnalysis.of(f, 4.0, new double[2]).iterationsToReach(1e-6));
        // Worst-case start (along the slowest direction): the simulated error crosses ε exactly there.
        Quadratic g = Quadratic.fromEigen2D(1.0, 0.01, 0.7);
        double eta = 1.5;
        double[] start = {-Math.sin(0.7), Math.cos(0.7)};
        QuadraticGdAnalysis b = QuadraticGdAnalysis.of(g, eta, start);
        int k = b.iterationsToReach(1e-6);
        Trajectory t = new GradientDescent(g, start, eta).run(k).trajectory();
        assertTrue(Checks.norm(t.point(k)) <= 1e-6 * (1 + 1e-12), "error after k = " + k + " steps");
        assertTrue(Checks.norm(t.point(k - 1)) > 1e-6, "error after k − 1 steps");
        assertEquals(Math.ceil(Math.log(1e-6) / Math.log(1 - 0.015)), k, 1.0);
    }

    @Test
    void lossSplitsIntoEigenTerms() {
        // The lecture's loss figure: eigenvalues 1..10, the lowest-curvature term dominates late.
        double[] lambda = new double[10];
        for (int i = 0; i < 10; i++) {
            lambda[i] = i + 1;
        }
        Quadratic f = Quadratic.fromEigen(lambda, Matrix.identity(10));
        double[] w0 = new double[10];
        java.util.Arrays.fill(w0, 1.0);
        QuadraticGdAnalysis a = QuadraticGdAnalysis.of(f, 0.1, w0);
        for (int k = 0; k <= 50; k += 10) {
            double[] terms = a.excessLossTerms(k);
            for (int i = 0; i < 10; i++) {
                // ½λᵢ(1 − 0.1λᵢ)^{2k}: direction 10 has factor 0 and vanishes after one step.
                double expected = 0.5 * lambda[i] * Math.pow(1 - 0.1 * lambda[i], 2 * k);
                assertEquals(expected, terms[i], 1e-15 * Math.max(1, expected), "term " + i + " at step " + k);
            }
            double sum = 0;
            for (double v : a.lossTerms(k)) {
                sum += v;
            }
            assertEquals(f.value(a.iterate(k)), sum, 1e-14, "Σ terms = f(w_k) at step " + k);
        }
        assertTrue(a.excessLossTerms(50)[0] > 0.99 * a.loss(50), "lowest curvature dominates at step 50");
    }

    @Test
    void gdIsRotationInvariant() {
        // Rotating the quadratic by φ and the start point by φ rotates every iterate by φ.
        double phi = 0.9;
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        double[] w0 = {0.9, -0.3};
        double[] w0Rotated = {c * w0[0] - s * w0[1], s * w0[0] + c * w0[1]};
        Trajectory a = new GradientDescent(Quadratic.fromEigen2D(1.0, 0.1, 0.2), w0, 0.5).run(20).trajectory();
        Trajectory b = new GradientDescent(Quadratic.fromEigen2D(1.0, 0.1, 0.2 + phi), w0Rotated, 0.5).run(20).trajectory();
        for (int k = 0; k <= 20; k++) {
            double[] p = a.point(k);
            Checks.assertClose(new double[] {c * p[0] - s * p[1], s * p[0] + c * p[1]}, b.point(k), 1e-14,
                    "rotated iterate " + k);
        }
    }
}
