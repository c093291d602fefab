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
 * {@link LsClassificationLab} against numpy lstsq and scipy.optimize (tools/fixtures/ls_classification_fixtures.py):
 * the least-squares and logistic weights, accuracies, boundary angles, the Newton iterates on separable data.
 */
class LsClassificationLabTest {
    /** data, n, λ, iters, seed of the fixture's states, in its order. */
    static final Object[][] STATES = {
        {"separable", 20, 0.0, 20, 1}, {"overlapping", 20, 0.0, 20, 1}, {"far", 20, 0.0, 20, 1},
        {"far", 20, 0.01, 20, 1}, {"separable", 20, 0.001, 50, 1}, {"overlapping", 57, 0.05, 30, 7},
        {"far", 9, 0.2, 30, 123}, {"overlapping", 100, 0.0, 40, 99},
    };

    static ParamSet state(int i) {
        Object[] s = STATES[i];
        return LsClassificationLab.params().setChoice("data", (String) s[0]).set("n", (Integer) s[1])
                .set("lambda", (Double) s[2]).set("iters", (Integer) s[3]).set("seed", (Integer) s[4]);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureStateMatchesNumpyAndScipy() {
        List<DynamicTest> out = new ArrayList<>();
        for (double[] r : LabFixtures.read("ls-classification-states.csv")) {
            ParamSet p = state((int) r[0]);
            out.add(DynamicTest.dynamicTest(p.toQuery(), () -> matches(p, r)));
        }
        return out.stream();
    }

    static void matches(ParamSet p, double[] r) {
        String w = "ls-classification " + p.toQuery();
        PointData pos = LsClassificationLab.points(p, "pos", null);
        PointData neg = LsClassificationLab.points(p, "neg", null);
        assertEquals((int) r[1], pos.size() + neg.size(), w + " N");
        LsClassificationLab.Fit fit = LsClassificationLab.fit(LsClassificationLab.design(pos, neg),
                LsClassificationLab.labels(pos, neg), p.number("lambda"), p.integer("iters"));
        for (int j = 0; j < 3; j++) {
            assertRelative(r[2 + j], fit.ls[j], 1e-12, w + " least-squares w" + j);
        }
        // a minimizer (λ > 0 or overlapping): to 1e-10 of scipy's; separable: Newton's iterate k = iters
        for (int j = 0; j < 3; j++) {
            assertRelative(r[7 + j], fit.logistic()[j], r[12] == 1 ? 1e-8 : 1e-10, w + " logistic w" + j);
        }
        LabOutput o = new LsClassificationLab().compute(p);
        assertEquals(r[5], o.readout("lsAccuracy"), 1e-15, w + " least-squares accuracy");
        assertEquals(r[10], o.readout("logisticAccuracy"), 1e-15, w + " logistic accuracy");
        // rounded to 0.01° for the engines' atan2
        assertEquals(r[6], o.readout("lsAngle"), 0.005 + 1e-9, w + " least-squares angle");
        assertEquals(r[11], o.readout("logisticAngle"), 0.005 + 1e-9, w + " logistic angle");
        assertEquals(r[12] == 1, o.notes().stream().anyMatch(n -> n.contains("no minimizer")),
                w + " the separable note exactly when separable with λ = 0");
        // both boundaries drawn where their score is 0
        for (String name : new String[] {LsClassificationLab.LS, LsClassificationLab.LOGISTIC}) {
            Series line = o.series(name);
            double[] wt = name.equals(LsClassificationLab.LS) ? fit.ls : fit.logistic();
            for (int i = 0; i < 2; i++) {
                double score = wt[0] + wt[1] * line.x(i) + wt[2] * line.y(i);
                assertEquals(0, score, 1e-12 * (Math.abs(wt[0]) + LsClassificationLab.slopeNorm(wt) * 20),
                        w + " " + name + " end " + i + " off the line");
            }
        }
    }

    @Test
    void separableNewtonIteratesMatchNumpyAndTheirNormGrows() {
        double[][] rows = LabFixtures.read("ls-classification-newton.csv");
        for (int s = 0; s < STATES.length; s++) {
            ParamSet p = state(s);
            List<double[]> mine = new ArrayList<>();
            for (double[] r : rows) {
                if (r[0] == s) {
                    mine.add(r);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            LabOutput o = new LsClassificationLab().compute(p);
            Series norms = o.series(LsClassificationLab.NORM);
            assertEquals(mine.size(), norms.size(), "state " + s + ": Newton steps");
            for (int k = 0; k < mine.size(); k++) {
                double[] r = mine.get(k);
                assertEquals(r[5], norms.y(k), 1e-8 * Math.max(1, r[5]), "state " + s + " ‖(w₁, w₂)‖ at k = " + k);
                if (k > 0) {
                    assertTrue(norms.y(k) > norms.y(k - 1), "state " + s + ": ‖w‖ grows at step " + k);
                }
            }
            // no minimizer: by the end each Newton step adds about the same length (linear growth)
            int n = norms.size() - 1;
            assertTrue(norms.y(n) - norms.y(n - 1) > 1, "state " + s + ": still growing by > 1 per step at the cap");
        }
    }

    @Test
    void lossCurvesMatchNumpy() {
        for (double[] r : LabFixtures.read("ls-classification-losses.csv")) {
            assertRelative(r[1], LsClassificationLab.squaredLoss(r[0]), 1e-15, "(1 − m)² at m = " + r[0]);
            assertRelative(r[2], LsClassificationLab.logisticLoss(r[0]), 1e-14, "log(1 + e^−m) at m = " + r[0]);
        }
    }

    @Test
    void farAwayCorrectPointsMisleadLeastSquaresButNotLogistic() {
        LabOutput sep = new LsClassificationLab().compute(LsClassificationLab.params());
        LabOutput far = new LsClassificationLab().compute(LsClassificationLab.params().setChoice("data", "far"));
        assertEquals(1.0, sep.readout("lsAccuracy"), "separable: least squares classifies every point");
        assertTrue(far.readout("lsAccuracy") < 0.95, "far: least squares misclassifies, " + far.readout("lsAccuracy"));
        assertEquals(1.0, far.readout("logisticAccuracy"), "far: logistic still classifies every point");
        assertTrue(far.readout("lsPull") > 3 * sep.readout("lsPull"),
                "far: the squared loss of margins beyond 1 pulls harder, " + far.readout("lsPull") + " against "
                        + sep.readout("lsPull"));
        assertTrue(far.series(LsClassificationLab.LS_WRONG).size() > 0, "far: the misclassified are marked");
    }

    @Test
    void ownPointsReplaceOneClassAndBadOnesFallBackWithANote() {
        ParamSet p = LsClassificationLab.params().setText("pos", "1,1;2,2;3,1");
        LabOutput o = new LsClassificationLab().compute(p);
        assertEquals(3, o.series(LsClassificationLab.POS).size());
        assertEquals(20, o.series(LsClassificationLab.NEG).size(), "the other class stays generated");
        LabOutput bad = new LsClassificationLab().compute(LsClassificationLab.params().setText("neg", "1,x;garbage"));
        assertEquals(20, bad.series(LsClassificationLab.NEG).size());
        assertTrue(bad.notes().stream().anyMatch(n -> n.startsWith("neg: fewer than 2")), String.valueOf(bad.notes()));
        LabOutput edit = new LsClassificationLab().compute(LsClassificationLab.params().setChoice("edit", "neg"));
        assertEquals("neg", edit.plotNamed(LsClassificationLab.DATA_PLOT).pointsParam());
        assertEquals(20, edit.editablePoints(LsClassificationLab.DATA_PLOT).size());
    }

    @Test
    void identicalClassesGiveNoBoundaryAndNoException() {
        ParamSet p = LsClassificationLab.params().setText("pos", "1,1;1,1").setText("neg", "1,1;1,1");
        LabOutput o = new LsClassificationLab().compute(p);
        assertFalse(o.summary().isEmpty());
        // logistic regression stays at w = 0 (its gradient there is 0): no boundary, and no angle between them
        assertEquals(0, o.steps(), "Newton stops at once");
        assertEquals(0.0, o.readout("logisticAccuracy"), "points on the boundary are not classified");
        assertTrue(Double.isNaN(o.readout("logisticAngle")));
        assertTrue(Double.isNaN(o.readout("angleBetween")), "no Math.round(NaN), which throws in the JS build");
    }
}
