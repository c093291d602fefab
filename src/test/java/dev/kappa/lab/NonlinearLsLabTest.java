package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link NonlinearLsLab} against scipy (tools/fixtures/nonlinear_ls_fixtures.py): the data, LM's and
 * Gauss–Newton's final parameters against least_squares(method='lm') (and 'trf' and curve_fit where
 * they reach the same minimum), the contour profile against lstsq, and the start where GN diverges.
 */
class NonlinearLsLabTest {
    static ParamSet state(double[] r) {
        boolean exp = r[0] == 1;
        ParamSet p = NonlinearLsLab.params().setChoice("model", exp ? "exp" : "gauss").set("n", r[1])
                .set("noise", r[2]).set("seed", r[3]).set("mu0", r[7]);
        return exp ? p.set("a0", r[4]).set("b0", r[5]).set("c0", r[6])
                : p.set("ga0", r[4]).set("m0", r[5]).set("s0", r[6]);
    }

    @TestFactory
    Stream<DynamicTest> lmEndsWhereScipyDoes() {
        List<DynamicTest> out = new ArrayList<>();
        for (double[] r : LabFixtures.read("nonlinear-ls-fits.csv")) {
            ParamSet p = state(r);
            out.add(DynamicTest.dynamicTest(p.toQuery(), () -> matches(p, r)));
        }
        return out.stream();
    }

    static void matches(ParamSet p, double[] r) {
        boolean exp = r[0] == 1;
        String w = "nonlinear-ls " + p.toQuery();
        PointData d = NonlinearLsLab.points(p);
        int n = (int) r[1];
        assertRelative(r[18], d.y(0), 1e-12, w + " first y");
        assertRelative(r[19], d.y(n - 1), 1e-12, w + " last y");
        LabOutput o = new NonlinearLsLab().compute(p);
        String[] names = exp ? new String[] {"A", "B", "C"} : new String[] {"A", "M", "S"};
        // stalled: no damping decreased f any more, at the rounding level of the minimum
        String lmStatus = o.readoutNamed("lmStatus").text();
        assertTrue(lmStatus.equals("converged") || lmStatus.equals("stalled"), w + " LM's status " + lmStatus);
        for (int j = 0; j < 3; j++) {
            double ref = r[8 + j];
            double got = o.readout("lm" + names[j]);
            // s and −s give the same bump
            if (!exp && j == 2) {
                ref = Math.abs(ref);
                got = Math.abs(got);
            }
            assertEquals(ref, got, 1e-7 * Math.max(1, Math.abs(ref)), w + " LM's " + names[j] + " vs least_squares lm");
            assertEquals(Math.abs(r[14 + j]), Math.abs(got), 1e-5 * Math.max(1, Math.abs(ref)),
                    w + " LM's " + names[j] + " vs curve_fit");
        }
        assertEquals(r[17], o.readout("lmResidual"), 1e-9 * Math.max(1e-6, r[17]), w + " LM's final ‖r‖");
        if ("converged".equals(o.readoutNamed("gnStatus").text())) {
            for (int j = 0; j < 3; j++) {
                double ref = exp || j < 2 ? r[8 + j] : Math.abs(r[8 + j]);
                double got = exp || j < 2 ? o.readout("gn" + names[j]) : Math.abs(o.readout("gn" + names[j]));
                if (Math.abs(o.readout("gnResidual") - r[17]) < 1e-6 * Math.max(1, r[17])) {
                    assertEquals(ref, got, 1e-7 * Math.max(1, Math.abs(ref)), w + " GN's " + names[j]);
                }
            }
        }
    }

    @Test
    void theProfileOnTheContourPlotMatchesLstsq() {
        for (double[] r : LabFixtures.read("nonlinear-ls-profile.csv")) {
            boolean exp = r[0] == 1;
            double[][] d = NonlinearLsLab.data(exp, 20, 0.1, 1);
            assertRelative(r[3], NonlinearLsLab.profile(exp, d[0], d[1], r[1], r[2]), 1e-11,
                    "profile at (" + r[1] + ", " + r[2] + ")");
        }
    }

    @Test
    void fromABumpFarFromTheDataGaussNewtonDivergesAndLevenbergMarquardtConverges() {
        LabOutput o = new NonlinearLsLab().compute(NonlinearLsLab.params().setChoice("model", "gauss")
                .set("m0", 8).set("s0", 1));
        assertEquals("diverged", o.readoutNamed("gnStatus").text());
        assertFalse(o.readoutNamed("lmStatus").text().equals("diverged"));
        assertEquals(0.468, o.readout("lmResidual"), 1e-3);
        assertTrue(o.notes().stream().anyMatch(s -> s.startsWith("Gauss–Newton diverged")), o.notes().toString());
        // LM's damping grew before it fell: it rejected the early Gauss–Newton-like steps
        double[] mu = o.series("μₖ").ys();
        double top = 0;
        for (double m : mu) {
            top = Math.max(top, m);
        }
        assertTrue(top > mu[0], "μ rose above μ₀ = " + mu[0]);
        // the picture stays sane: the contour box does not stretch to the run-away path
        PlotSpec c = o.plotNamed(NonlinearLsLab.CONTOUR_PLOT);
        assertTrue(c.fixedRange()[1] - c.fixedRange()[0] < 100, "contour box " + java.util.Arrays.toString(c.fixedRange()));
    }

    @Test
    void fromTheDefaultStartGaussNewtonsResidualLeapsAndLevenbergMarquardtsFallsEveryStep() {
        LabOutput o = new NonlinearLsLab().compute(NonlinearLsLab.params());
        double[] gn = residuals(o, NonlinearLsLab.GN);
        double top = 0;
        for (double r : gn) {
            top = Math.max(top, r);
        }
        // the quiz and teacher notes say "from about 7 to over 100", "up to about 700"
        assertTrue(gn[0] > 7 && gn[0] < 8 && top > 500 && top < 900, "GN's ‖r‖ from " + gn[0] + " up to " + top);
        double[] lm = residuals(o, NonlinearLsLab.LM);
        for (int k = 1; k < lm.length; k++) {
            assertTrue(lm[k] <= lm[k - 1], "LM's ‖r‖ rose at step " + k);
        }
    }

    private static double[] residuals(LabOutput o, String method) {
        for (Series s : o.series()) {
            if (s.plot().equals(NonlinearLsLab.RESIDUAL_PLOT) && s.name().equals(method)) {
                return s.ys();
            }
        }
        throw new AssertionError("no residual series of " + method);
    }

    @Test
    void anOverflowingStartIsNotedAndNothingRuns() {
        LabOutput o = new NonlinearLsLab().compute(NonlinearLsLab.params().set("b0", -3)
                .setText("pts", "0,1;100,2;300,3;400,4"));
        assertTrue(o.notes().stream().anyMatch(s -> s.contains("overflows")), o.notes().toString());
        assertFalse(o.hasReadout("lmA"));
    }

    @Test
    void fewerPointsThanParametersAreNotedAndStillFitted() {
        LabOutput o = new NonlinearLsLab().compute(NonlinearLsLab.params().setText("pts", "0,1;1,2;x,3"));
        assertTrue(o.notes().stream().anyMatch(s -> s.contains("not a number")), o.notes().toString());
        assertTrue(o.notes().stream().anyMatch(s -> s.contains("only 2 points")), o.notes().toString());
        assertTrue(o.hasReadout("lmA"));
    }

    @Test
    void theHandleMovesTheStartOfTheModelShown() {
        ParamSet p = NonlinearLsLab.params();
        NonlinearLsLab.moveStart(p, 2, 0.5);
        assertEquals(2, p.number("a0"));
        assertEquals(0.5, p.number("b0"));
        ParamSet g = NonlinearLsLab.params().setChoice("model", "gauss");
        NonlinearLsLab.moveStart(g, 6, 2);
        assertEquals(6, g.number("m0"));
        assertEquals(2, g.number("s0"));
    }
}
