package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.LeastSquares;
import dev.kappa.optim.LeastSquaresObjective;
import dev.kappa.optim.StochasticGradientDescent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link SgdLab} against numpy (tools/fixtures/sgd_fixtures.py): the data, w*, SGD with each schedule, GD, the noise ball. */
class SgdLabTest {
    static final String[] SCHEDULES = {"constant", "inverse", "step", "cosine"};

    static ParamSet state(double[] r) {
        return SgdLab.params().set("n", r[0]).set("noise", r[1]).set("batch", r[2]).set("eta", r[3])
                .setChoice("schedule", SCHEDULES[(int) r[4]]).set("epochs", r[5]).set("w1", r[6]).set("w2", r[7])
                .set("seed", r[8]);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureStateMatchesNumpy() {
        List<DynamicTest> out = new ArrayList<>();
        for (double[] r : LabFixtures.read("sgd-states.csv")) {
            ParamSet p = state(r);
            out.add(DynamicTest.dynamicTest(p.toQuery(), () -> matches(p, r)));
        }
        return out.stream();
    }

    static void matches(ParamSet p, double[] r) {
        LabOutput o = new SgdLab().compute(p);
        String w = "sgd " + p.toQuery();
        Marker star = o.marker(SgdLab.PATH_PLOT, r[0] == 1 ? "w⁺ (minimum norm)" : "w* (least squares)");
        assertRelative(r[9], star.x(), 1e-12, w + " w*₁");
        assertRelative(r[10], star.y(), 1e-12, w + " w*₂");
        assertEquals(r[11], o.readout("fStar"), 1e-12 * Math.max(1, r[11]), w + " f*");
        Series sgd = o.series(SgdLab.SGD);
        int last = sgd.size() - 1;
        // thousands of steps of rounding, and cosine's KMath.cos against math.cos: 1e-9
        assertRelative(r[12], sgd.x(last), 1e-9, w + " SGD's last w₁");
        assertRelative(r[13], sgd.y(last), 1e-9, w + " SGD's last w₂");
        assertEquals(r[14], o.readout("sgdGap"), 1e-9 * Math.abs(r[14]) + 1e-15, w + " SGD's f − f*");
        Series gd = o.series(SgdLab.GD);
        assertRelative(r[15], gd.x(gd.size() - 1), 1e-12, w + " GD's last w₁");
        assertRelative(r[16], gd.y(gd.size() - 1), 1e-12, w + " GD's last w₂");
        assertEquals(r[17], o.readout("sgdRadius"), 1e-9 * r[17] + 1e-15, w + " last-epoch radius");
    }

    @Test
    void noiseBallMatchesNumpy() {
        for (double[] r : LabFixtures.read("sgd-ball.csv")) {
            double[][] d = SgdLab.data((int) r[0], r[1], (long) r[2]);
            LeastSquaresObjective f = new LeastSquaresObjective(SgdLab.design(d[0]), d[1]);
            double[] wStar = LeastSquares.viaSVD(SgdLab.design(d[0]), d[1]).x();
            assertRelative(r[5], SgdLab.radius(f, wStar, r[4], (int) r[3], (long) r[2]), 1e-9,
                    "noise ball n = " + r[0] + ", b = " + r[3] + ", η = " + r[4]);
        }
    }

    @Test
    void theBallRunsTheOptimizersOwnBatches() {
        // radius() skips the trajectory but must take exactly StochasticGradientDescent's steps
        double[][] d = SgdLab.data(60, 1, 3);
        LeastSquaresObjective f = new LeastSquaresObjective(SgdLab.design(d[0]), d[1]);
        double[] wStar = LeastSquares.viaSVD(SgdLab.design(d[0]), d[1]).x();
        StochasticGradientDescent sgd = new StochasticGradientDescent(f, wStar, 0.07, 4, 3);
        double sum = 0;
        for (int k = 1; k <= SgdLab.BALL_STEPS; k++) {
            sgd.step();
            double dist = SgdLab.distance(sgd.current(), wStar);
            if (k > SgdLab.BALL_STEPS / 2) {
                sum += dist * dist;
            }
        }
        assertEquals(Math.sqrt(sum / (SgdLab.BALL_STEPS / 2)), SgdLab.radius(f, wStar, 0.07, 4, 3), 0);
    }

    @Test
    void fromZeroSgdEndsAtTheMinimumNormSolutionAndElsewhereAtItsProjection() {
        LabOutput o = new SgdLab().compute(SgdLab.params().set("n", 1).set("eta", 0.2).set("epochs", 100));
        assertTrue(o.readout("sgdDistance") < 1e-9, "distance to w⁺ " + o.readout("sgdDistance"));
        assertEquals(o.readout("wStarNorm"), o.readout("sgdNorm"), 1e-9);
        // from w₀ it keeps w₀'s component along the solution line: ‖w_end − w⁺‖ = |w₀·u|, u ⟂ x₁
        ParamSet p = SgdLab.params().set("n", 1).set("eta", 0.2).set("epochs", 100).set("w1", 1).set("w2", -2);
        double[][] d = SgdLab.data(1, 1, 1);
        double x = d[0][1];
        double along = Math.abs(1 * -x - 2 * 1) / Math.sqrt(1 + x * x);
        assertEquals(along, new SgdLab().compute(p).readout("sgdDistance"), 1e-9);
    }

    @Test
    void aBatchLargerThanNIsClampedWithANote() {
        LabOutput o = new SgdLab().compute(SgdLab.params().set("n", 10).set("batch", 50));
        assertTrue(o.notes().stream().anyMatch(s -> s.contains("using b = 10")), o.notes().toString());
        assertEquals(1, o.readout("stepsPerEpoch"));
    }

    @Test
    void tooLargeAStepDivergesAsANote() {
        LabOutput o = new SgdLab().compute(SgdLab.params().set("eta", 1));
        assertTrue(o.notes().stream().anyMatch(s -> s.startsWith("SGD diverged")), o.notes().toString());
    }
}
