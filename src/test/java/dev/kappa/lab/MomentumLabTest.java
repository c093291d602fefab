package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Matrix;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.Quadratic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link MomentumLab} against numpy (tools/fixtures/momentum_fixtures.py) and the closed forms it shows. */
class MomentumLabTest {
    static ParamSet state(double[] r) {
        return MomentumLab.params().set("lmin", r[0]).set("dim", r[1]).set("tuned", r[2]).set("alpha", r[3])
                .set("beta", r[4]).set("x0", r[5]).set("y0", r[6]).set("steps", r[7]);
    }

    static String what(ParamSet p) {
        return "momentum " + p.toQuery();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureStateMatchesNumpy() {
        List<DynamicTest> out = new ArrayList<>();
        for (double[] r : LabFixtures.read("momentum-states.csv")) {
            ParamSet p = state(r);
            out.add(DynamicTest.dynamicTest(p.toQuery(), () -> matches(p, r)));
        }
        return out.stream();
    }

    static void matches(ParamSet p, double[] r) {
        LabOutput o = new MomentumLab().compute(p);
        String w = what(p);
        assertRelative(r[8], o.readout("alpha"), 1e-14, w + " α");
        assertRelative(r[9], o.readout("beta"), 1e-14, w + " β");
        // numpy's eigvals of the defective (double-root) matrices of the tuned setting are only
        // good to about √ε, hence 1e-7
        assertRelative(r[10], o.readout("rate"), 1e-7, w + " rate");
        assertRelative(r[11], o.readout("tunedRate"), 1e-14, w + " tuned rate");
        assertRelative(r[12], o.readout("gdRate"), 1e-14, w + " GD rate");
        assertEquals(r[13], o.readout("momentumIterations"), 0, w + " momentum iterations");
        assertEquals(r[14], o.readout("gdIterations"), 0, w + " GD iterations");
        Series mom = seriesOn(o, MomentumLab.CONTOUR_PLOT, MomentumLab.MOMENTUM);
        Series gd = seriesOn(o, MomentumLab.CONTOUR_PLOT, MomentumLab.GD);
        assertEquals((int) r[19] + 1, mom.size(), w + " momentum iterations run");
        int last = mom.size() - 1;
        double scale = Math.max(1e-300, Math.hypot(r[15], r[16]));
        assertEquals(r[15], mom.x(last), 1e-9 * scale, w + " last momentum iterate, λ₁ component");
        assertEquals(r[16], mom.y(last), 1e-9 * scale, w + " last momentum iterate, λₙ component");
        double gScale = Math.hypot(r[17], r[18]);
        assertEquals(r[17], gd.x(gd.size() - 1), 1e-9 * gScale, w + " last GD iterate, λ₁ component");
        assertEquals(r[18], gd.y(gd.size() - 1), 1e-9 * gScale, w + " last GD iterate, λₙ component");
    }

    static Series seriesOn(LabOutput o, String plot, String name) {
        for (Series s : o.series()) {
            if (s.plot().equals(plot) && s.name().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name + " on " + plot);
    }

    @Test
    void ratePlaneMatchesNumpy() {
        for (double[] r : LabFixtures.read("momentum-plane.csv")) {
            ParamSet p = MomentumLab.params().set("lmin", r[0]).set("dim", r[1]);
            FieldGrid plane = null;
            for (FieldGrid g : new MomentumLab().compute(p).grids()) {
                if (g.plot().equals(MomentumLab.PLANE_PLOT)) {
                    plane = g;
                }
            }
            assertRelative(r[4], plane.value((int) r[2], (int) r[3]), 1e-7, what(p) + " rate at node " + r[2] + ", "
                    + r[3]);
        }
    }

    @Test
    void filterMatchesNumpy() {
        for (double[] r : LabFixtures.read("momentum-filter.csv")) {
            double fit = 1 - MomentumLab.response(r[0], r[1], r[2], (int) r[3]);
            assertEquals(r[4], fit, 1e-12 * Math.max(1, Math.abs(r[4])), "filter at λ = " + r[0] + ", k = " + r[3]);
        }
    }

    @Test
    void tunedExtremesAreCriticallyDampedAndTheMiddleSpirals() {
        LabOutput o = new MomentumLab().compute(MomentumLab.params());
        assertEquals("critically damped, flipping sign", o.readoutNamed("top").text());
        assertEquals("critically damped", o.readoutNamed("bottom").text());
        assertTrue(o.tableNamed("components").rows().get(1)[4].startsWith("under-damped"));
    }

    @Test
    void betaZeroIsGradientDescentBitForBit() {
        ParamSet p = MomentumLab.params().set("tuned", 0).set("beta", 0).set("alpha", 1.7).set("steps", 50);
        LabOutput o = new MomentumLab().compute(p);
        double[] lambda = MomentumLab.spectrum(p.number("lmin"), p.integer("dim"));
        double[] w0 = MomentumLab.start(p, lambda.length);
        GradientDescent gd = new GradientDescent(Quadratic.fromEigen(lambda, Matrix.identity(lambda.length)), w0, 1.7);
        gd.run(50);
        Series mom = seriesOn(o, MomentumLab.CONTOUR_PLOT, MomentumLab.MOMENTUM);
        for (int k = 0; k <= 50; k++) {
            assertEquals(gd.trajectory().point(k)[0], mom.x(k), 0, "step " + k);
            assertEquals(gd.trajectory().point(k)[lambda.length - 1], mom.y(k), 0, "step " + k);
        }
    }

    @Test
    void divergenceIsANoteAndTheSeriesStayFinite() {
        ParamSet p = MomentumLab.params().set("tuned", 0).set("alpha", 3.5).set("beta", 0.5).set("steps", 2000);
        LabOutput o = new MomentumLab().compute(p);
        assertTrue(o.notes().stream().anyMatch(s -> s.startsWith("momentum diverged")), o.notes().toString());
        for (Series s : o.series()) {
            for (int k = 0; k < s.size(); k++) {
                assertTrue(Double.isFinite(s.y(k)) || s.plot().equals(MomentumLab.FILTER_PLOT), s.name() + " at " + k);
            }
        }
        assertTrue(o.readoutNamed("top").text().startsWith("diverges"));
    }

    @Test
    void draggingThePlanePointTurnsTheTunedSettingOff() {
        ParamSet p = MomentumLab.params();
        MomentumLab.PLANE.handle().move().move(p, 2.2, 0.7);
        assertFalse(p.flag("tuned"));
        assertEquals(2.2, p.number("alpha"), 0);
        assertEquals(0.7, p.number("beta"), 0);
    }

    @Test
    void theComponentCurvesAreTheRecurrenceStepByStep() {
        double[] z = MomentumLab.responses(0.3, 2.1, 0.6, 40);
        for (int k = 0; k <= 40; k++) {
            assertEquals(MomentumLab.response(0.3, 2.1, 0.6, k), z[k], 0, "k = " + k);
        }
    }

    /** The race's quadratic preset (λ = 2 … 100, κ = 50) runs momentum at this lab's α*, β*: √κ against κ. */
    @Test
    void theRacesQuadraticPresetIsTunedMomentum() {
        OptimizerRaceLab race = new OptimizerRaceLab();
        Preset preset = race.allPresets().get(1);
        ParamSet p = preset.applyTo(race.spec());
        dev.kappa.optim.MomentumAnalysis tuned = dev.kappa.optim.MomentumAnalysis.of(2, 100);
        assertEquals(tuned.optimalStep(), p.number("mom_eta"), 1e-3 * tuned.optimalStep(), preset.label());
        assertEquals(tuned.optimalMomentum(), p.number("mom_beta"), 1e-3, preset.label());
        LabOutput o = race.compute(p);
        double gd = o.readout("gd-iterations");
        double mom = o.readout("momentum-iterations");
        assertTrue(mom * 3 < gd, "tuned momentum " + mom + " iterations against GD's " + gd);
    }
}
