package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * First steps of the adaptive methods computed by hand from the published update rules, three
 * steps against numpy (adaptive_steps.csv), and the momentum methods' recurrences.
 *
 * <p>The hand problem: f(w) = ½(w₁² + 4w₂²) at w₀ = (2, −1), so g₀ = (2, −4).
 */
class FirstOrderOptimizersTest {
    private static final Quadratic DIAG = Quadratic.fromEigen(new double[] {1, 4}, Matrix.identity(2));
    private static final double[] W0 = {2, -1};

    @Test
    void gradientDescentFirstStep() {
        // w₁ = w₀ − 0.1·(2, −4) = (1.8, −0.6).
        Checks.assertClose(new double[] {1.8, -0.6}, new GradientDescent(DIAG, W0, 0.1).run(1).trajectory().point(1),
                1e-16, "GD η = 0.1");
    }

    @Test
    void adaGradFirstStep() {
        // G = g² = (4, 16); w₁ = w₀ − η·g/(√G + ε) = (2 − 0.1·2/(2 + 1e-8), −1 + 0.1·4/(4 + 1e-8)).
        double[] expected = {2 - 0.1 * 2 / (2 + 1e-8), -1 + 0.1 * 4 / (4 + 1e-8)};
        Checks.assertClose(expected, new AdaGrad(DIAG, W0, 0.1, 1e-8).run(1).current(), 1e-16, "AdaGrad");
        assertEquals(1.9, expected[0], 1e-9);
    }

    @Test
    void rmsPropFirstStep() {
        // s = (1 − β)g² = (0.4, 1.6), √s = (√0.4, √1.6); w₁ = w₀ − η·g/(√s + ε) ≈ w₀ ∓ η·√10.
        double[] expected = {2 - 0.01 * 2 / (Math.sqrt(0.4) + 1e-8), -1 + 0.01 * 4 / (Math.sqrt(1.6) + 1e-8)};
        Checks.assertClose(expected, new RmsProp(DIAG, W0, 0.01, 0.9, 1e-8).run(1).current(), 1e-15, "RMSProp");
        assertEquals(2 - 0.01 * Math.sqrt(10), expected[0], 1e-9);
    }

    @Test
    void adamFirstStep() {
        // m = 0.1g, v = 0.001g²; m̂ = g, v̂ = g²; the first step is η·g/(|g| + ε) ≈ η·sign(g).
        double[] expected = {2 - 0.1 * 2 / (2 + 1e-8), -1 + 0.1 * 4 / (4 + 1e-8)};
        Checks.assertClose(expected, Adam.adam(DIAG, W0, 0.1).run(1).current(), 1e-15, "Adam");
        assertEquals(1.9, expected[0], 1e-9);
    }

    @Test
    void adamWFirstStep() {
        // Decoupled decay: w₁ = w₀ − ηλw₀ − η·m̂/(√v̂ + ε) = (2 − 0.1 − 0.1, −1 + 0.05 + 0.1) up to ε.
        Adam adamW = Adam.adamW(DIAG, W0, 0.1, 0.5);
        assertEquals("AdamW", adamW.name());
        double[] expected = {2 - 0.1 * 0.5 * 2 - 0.1 * 2 / (2 + 1e-8), -1 + 0.1 * 0.5 * 1 + 0.1 * 4 / (4 + 1e-8)};
        Checks.assertClose(expected, adamW.run(1).current(), 1e-15, "AdamW");
        Checks.assertClose(new double[] {1.8, -0.85}, expected, 1e-8, "AdamW ≈ hand value");
    }

    @Test
    void adaptiveMethodsMatchNumpyForThreeSteps() {
        Quadratic f = Quadratic.of(Matrix.of(new double[][] {{3, 1}, {1, 2}}), new double[] {1, -1}, 0.0);
        double[] w0 = {1, 2};
        Optimizer[] opts = {
            new AdaGrad(f, w0, 0.1, 1e-8),
            new RmsProp(f, w0, 0.01, 0.9, 1e-8),
            Adam.adam(f, w0, 0.1),
            Adam.adamW(f, w0, 0.1, 0.05),
        };
        String[] names = {"adagrad", "rmsprop", "adam", "adamw"};
        List<String[]> rows = Fixtures.rows("adaptive_steps.csv");
        for (int m = 0; m < 4; m++) {
            Trajectory t = opts[m].run(3).trajectory();
            for (String[] r : rows) {
                if (r[0].equals(names[m])) {
                    int k = Integer.parseInt(r[1]);
                    double[] expected = {Double.parseDouble(r[2]), Double.parseDouble(r[3])};
                    Checks.assertClose(expected, t.point(k), 1e-14, names[m] + " step " + k);
                }
            }
        }
    }

    @Test
    void heavyBallAndNesterovRecurrences() {
        // Step 1 of both is a GD step: (1.8, −0.6). Heavy ball step 2: w₁ − η∇f(w₁) + β(w₁ − w₀)
        // = (1.8 − 0.18 − 0.18, −0.6 + 0.24 + 0.36) with η = 0.1, β = 0.9.
        Trajectory hb = new HeavyBall(DIAG, W0, 0.1, 0.9).run(2).trajectory();
        Checks.assertClose(new double[] {1.8, -0.6}, hb.point(1), 1e-15, "heavy ball step 1");
        Checks.assertClose(new double[] {1.44, 0.0}, hb.point(2), 1e-15, "heavy ball step 2");
        // Nesterov step 2: y = w₁ + 0.9(w₁ − w₀) = (1.62, −0.24); w₂ = y − 0.1·(1.62, −0.96) = (1.458, −0.144).
        Trajectory nag = new Nesterov(DIAG, W0, 0.1, 0.9).run(2).trajectory();
        Checks.assertClose(new double[] {1.8, -0.6}, nag.point(1), 1e-15, "Nesterov step 1");
        Checks.assertClose(new double[] {1.458, -0.144}, nag.point(2), 1e-15, "Nesterov step 2");
    }

    @Test
    void tunedMomentumReachesTheSqrtKappaRate() {
        // κ = 100: α = (2/(10 + 1))² = 4/121, β = (9/11)² = 81/121, rate 9/11 ≈ 0.818 vs GD's 99/101 ≈ 0.980.
        MomentumAnalysis m = MomentumAnalysis.of(1.0, 100.0);
        assertEquals(4.0 / 121.0, m.optimalStep(), 1e-16);
        assertEquals(81.0 / 121.0, m.optimalMomentum(), 1e-15);
        assertEquals(9.0 / 11.0, m.rate(), 1e-15);
        assertEquals(99.0 / 101.0, m.gradientDescentRate(), 1e-15);
        Quadratic f = Quadratic.fromEigen2D(1.0, 100.0, 0.6);
        double[] w0 = {1.0, 1.0};
        Trajectory t = new HeavyBall(f, w0, m.optimalStep(), m.optimalMomentum()).run(120).trajectory();
        double e0 = Checks.norm(w0);
        for (int k = 1; k <= 120; k++) {
            double ek = Checks.norm(t.point(k));
            // With a double root the error is at most (1 + c·k)·rateᵏ; c = 2√κ/(√κ+1)… bounded by 2.
            assertTrue(ek <= e0 * (1 + 2.0 * k) * Math.pow(m.rate(), k), "step " + k + ": ‖e‖ = " + ek);
        }
        double observed = Math.pow(Checks.norm(t.point(120)) / Checks.norm(t.point(60)), 1.0 / 60);
        assertTrue(observed < 0.84 && observed > 0.80, "observed rate " + observed + " vs (√κ−1)/(√κ+1) = 0.818");
        // GD at its own best step is far slower on the same problem.
        Trajectory gd = new GradientDescent(f, w0, 2.0 / 101.0).run(120).trajectory();
        assertTrue(Checks.norm(gd.point(120)) > 1e6 * Checks.norm(t.point(120)), "momentum beats GD by orders");
    }

    @Test
    void backtrackingDecreasesEveryStepAndExactLineSearchZigZags() {
        Quadratic f = Quadratic.fromEigen2D(1.0, 20.0, 0.3);
        Trajectory bt = new BacktrackingGradientDescent(f, new double[] {1, 1}).run(200).trajectory();
        for (int k = 1; k < bt.size(); k++) {
            assertTrue(bt.value(k) < bt.value(k - 1), "Armijo decrease at step " + k);
        }
        assertTrue(bt.value(bt.size() - 1) < 1e-12, "backtracking reaches the minimum, f = " + bt.value(bt.size() - 1));
        ExactLineSearchGradientDescent exact = new ExactLineSearchGradientDescent(f, new double[] {1, 1});
        exact.run(3);
        Trajectory t = exact.trajectory();
        double[] g1 = f.gradient(t.point(1));
        double[] g2 = f.gradient(t.point(2));
        assertEquals(0.0, Vectors.dot(g1, g2) / (Checks.norm(g1) * Checks.norm(g2)), 1e-12,
                "successive exact-line-search gradients are orthogonal");
        double[] g0 = f.gradient(t.point(0));
        double alpha = Vectors.dot(g0, g0) / Vectors.dot(g0, f.times(g0));
        Checks.assertClose(Vectors.axpy(t.point(0), -alpha, g0), t.point(1), 1e-15, "α = gᵀg/gᵀAg");
    }
}
