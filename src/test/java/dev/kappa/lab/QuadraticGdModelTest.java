package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.optim.QuadraticGdAnalysis.Mode;
import dev.kappa.optim.Trajectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuadraticGdModelTest {
    private static ParamSet with(String query) {
        return QuadraticGdLab.params().readFrom(Preset.parseQuery(query));
    }

    /** GD by plain 2×2 arithmetic: P = QΛQᵀ written out, w ← w − η(Pw + b). */
    private static double[][] handTrajectory(double l1, double l2, double thetaDeg, double eta, double x0, double y0,
            int steps) {
        double t = thetaDeg * Math.PI / 180;
        double c = Math.cos(t);
        double s = Math.sin(t);
        double p11 = l1 * c * c + l2 * s * s;
        double p12 = (l2 - l1) * c * s;
        double p22 = l1 * s * s + l2 * c * c;
        double[][] out = new double[steps + 1][];
        double x = x0;
        double y = y0;
        for (int k = 0; k <= steps; k++) {
            out[k] = new double[] {x, y};
            double gx = p11 * x + p12 * y;
            double gy = p12 * x + p22 * y;
            x -= eta * gx;
            y -= eta * gy;
        }
        return out;
    }

    @Test
    void theFiveLecturePresetsMatchNumpyWithTheLecturesRotation() {
        double[][] ref = LabFixtures.read("quadratic_gd.csv");
        List<Preset> presets = QuadraticGdLab.presets();
        int checked = 0;
        for (int p = 0; p < 5; p++) {
            ParamSet v = presets.get(p).applyTo(QuadraticGdLab.params());
            Trajectory t = QuadraticGdModel.of(v).trajectory();
            assertEquals(6, t.size(), "5 steps in preset " + presets.get(p).label());
            for (double[] row : ref) {
                if (row[0] != v.number("l1") || row[1] != v.number("l2")) {
                    continue;
                }
                int k = (int) row[2];
                double[] w = t.point(k);
                assertEquals(row[3], w[0], 1e-14, "w₁ of w" + k + " in " + presets.get(p).label());
                assertEquals(row[4], w[1], 1e-14, "w₂ of w" + k + " in " + presets.get(p).label());
                checked++;
            }
        }
        assertEquals(30, checked, "fixture rows compared");
    }

    @Test
    void lectureFigureWithLambda001EndsAtPlus04248() {
        ParamSet v = QuadraticGdLab.presets().get(3).applyTo(QuadraticGdLab.params());
        double[] w5 = QuadraticGdModel.of(v).trajectory().point(5);
        assertEquals("0.4529", NumberText.format(w5[0], 4));
        assertEquals("0.4248", NumberText.format(w5[1], 4), "the lecture's w₅ is (0.4529, +0.4248), not mirrored");
    }

    @Test
    void divergingRunWithLargeEigenvaluesComputesAndHasAUsableLogRange() {
        // #/lab/quadratic-gd?l1=10&l2=10&eta=3&steps=200&b1=1&b2=1&x0=9&y0=9 once threw "a log scale needs lo > 0"
        ParamSet v = with("l1=10&l2=10&eta=3&steps=200&b1=1&b2=1&x0=9&y0=9");
        LabOutput out = new QuadraticGdLab().compute(v);
        PlotSpec loss = out.plotNamed("loss");
        double[] r = PlotRange.of(loss, out).range();
        assertTrue(r[2] > 0 && r[2] < r[3] && Double.isFinite(r[3]), "log y range " + r[2] + " … " + r[3]);
        assertTrue(!Double.isNaN(PlotRange.of(loss, out).clippedAbove()), "the overflow is clipped with a note");
        dev.kappa.lab.plot.Scale.of(loss.yAxis(), r[2], r[3], 300, 0); // must not throw
    }

    @Test
    void trajectoriesMatchHandArithmeticForManySettings() {
        double[] ls = {-0.5, 0, 0.01, 0.3, 1, 2.5};
        for (double l1 : ls) {
            for (double l2 : ls) {
                for (double eta : new double[] {0.1, 0.5, 1, 1.7}) {
                    ParamSet v = with("l1=" + l1 + "&l2=" + l2 + "&theta=30&eta=" + eta + "&steps=12&x0=0.7&y0=-0.4");
                    Trajectory t = QuadraticGdModel.of(v).trajectory();
                    double[][] hand = handTrajectory(l1, l2, 30, eta, 0.7, -0.4, 12);
                    for (int k = 0; k < t.size(); k++) {
                        double[] w = t.point(k);
                        double scale = 1 + Math.abs(hand[k][0]) + Math.abs(hand[k][1]);
                        assertEquals(hand[k][0], w[0], 1e-12 * scale, "x, k=" + k + " λ=" + l1 + "," + l2 + " η=" + eta);
                        assertEquals(hand[k][1], w[1], 1e-12 * scale, "y, k=" + k + " λ=" + l1 + "," + l2 + " η=" + eta);
                    }
                }
            }
        }
    }

    @Test
    void caseLabelsAtTheBoundariesOneAndTwo() {
        assertEquals(Mode.ONE_STEP, QuadraticGdModel.of(with("l1=1&eta=1")).analysis().mode(0));
        assertEquals(Mode.BOUNCING, QuadraticGdModel.of(with("l1=1&eta=2")).analysis().mode(0));
        assertEquals(Mode.ONE_STEP, QuadraticGdModel.of(with("l1=2&eta=0.5")).analysis().mode(0));
        assertEquals(Mode.BOUNCING, QuadraticGdModel.of(with("l1=4&eta=0.5")).analysis().mode(0));
        assertEquals(Mode.MONOTONE, QuadraticGdModel.of(with("l1=1&eta=0.999")).analysis().mode(0));
        assertEquals(Mode.OSCILLATING, QuadraticGdModel.of(with("l1=1&eta=1.001")).analysis().mode(0));
        assertEquals(Mode.OSCILLATING, QuadraticGdModel.of(with("l1=1&eta=1.999")).analysis().mode(0));
        assertEquals(Mode.DIVERGING, QuadraticGdModel.of(with("l1=1&eta=2.001")).analysis().mode(0));
        assertEquals(Mode.FROZEN, QuadraticGdModel.of(with("l2=0")).analysis().mode(1));
        assertEquals(Mode.DRIFTING, QuadraticGdModel.of(with("l2=-0.5")).analysis().mode(1));
        assertEquals("bouncing (ηλ = 2)", QuadraticGdModel.caseName(Mode.BOUNCING));
    }

    @Test
    void verdictNamesTheDivergingDirection() {
        String v = QuadraticGdModel.of(with("l1=1.2&l2=0.1&eta=2")).verdict();
        assertEquals("GD diverges along q₁: ηλ₁ = 2.4 > 2.", v);
        assertTrue(QuadraticGdModel.of(with("l1=1&l2=0&eta=0.5")).verdict().contains("valley"), "frozen verdict");
    }

    @Test
    void spectrumLossIsTheSumOfIndependentGeometricTerms() {
        ParamSet v = QuadraticGdLab.presets().get(5).applyTo(QuadraticGdLab.params());
        QuadraticGdModel m = QuadraticGdModel.of(v);
        assertTrue(m.spectrum());
        double[][] curves = m.lossCurves();
        double eta = v.number("eta");
        int d = v.integer("dim");
        assertEquals(d + 1, curves.length);
        for (int k = 0; k <= v.integer("steps"); k += 7) {
            double total = 0;
            for (int i = 1; i <= d; i++) {
                // From z = 1: ½·i·(1 − ηi)^(2k), computed by repeated multiplication here.
                double f = 1;
                for (int j = 0; j < k; j++) {
                    f *= (1 - eta * i);
                }
                double term = 0.5 * i * f * f;
                assertEquals(term, curves[i][k], 1e-13 * Math.max(term, 1e-300) + 1e-300, "term λ=" + i + " k=" + k);
                total += term;
            }
            assertEquals(total, curves[0][k], 1e-13 * total, "total at k=" + k);
        }
    }

    @Test
    void contoursOfTheRoundBowlAreCircles() {
        QuadraticGdModel m = QuadraticGdModel.of(with("l1=1&l2=1&theta=0"));
        double[][] segs = m.contours(false);
        double[] levels = m.contourLevels();
        assertTrue(levels.length > 3);
        for (int i = 0; i < levels.length; i++) {
            double r = Math.sqrt(2 * levels[i]);
            for (int j = 0; j < segs[i].length; j += 2) {
                assertEquals(r, Math.hypot(segs[i][j], segs[i][j + 1]), 5e-3, "radius of level " + levels[i]);
            }
        }
    }

    @Test
    void urlValuesAreClampedWithNotes() {
        ParamSet v = QuadraticGdLab.params().readFrom(Map.of("eta", "abc", "l1", "99"));
        assertEquals(0.5, v.number("eta"));
        assertEquals(10, v.number("l1"));
        assertEquals(2, v.notes().size(), "one note each: " + v.notes());
    }
}
