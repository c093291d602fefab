package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinNormLabTest {
    private static final double[][] REF = LabFixtures.read("min_norm.csv");

    private static LabOutput run(String query) {
        return new MinNormLab().compute(Query.read(MinNormLab.params(), query));
    }

    @Test
    void lectureSystemGivesTheLectureMinimumNormSolution() {
        LabOutput out = run("system=lecture&w1=0&w2=0&w3=0&steps=5000");
        double[] lecture = {-3.0556, 0.1111, 3.2778};
        for (int j = 0; j < 3; j++) {
            assertRelative(REF[0][j + 1], out.readout("wPlus" + (j + 1)), 1e-13, "w⁺" + (j + 1));
            assertEquals(lecture[j], out.readout("wPlus" + (j + 1)), 5e-5, "lecture's 4-digit value");
        }
        assertEquals(2, out.readout("rank"));
        assertTrue(out.readout("endToWPlus") < 1e-9,
                "GD from 0: " + out.readout("endToWPlus"));
    }

    @Test
    void gdFromAStartPointLandsOnItsProjection() {
        String[] starts = {"w1=0&w2=0&w3=0", "w1=1&w2=-1&w3=2", "w1=2&w2=3&w3=0"};
        for (int c = 0; c < starts.length; c++) {
            LabOutput out = run("system=lecture&steps=5000&" + starts[c]);
            assertTrue(out.readout("endToProjection") < 1e-9, starts[c] + ": "
                    + out.readout("endToProjection"));
            Marker proj = null;
            for (Marker m : out.markers()) {
                if (m.name().equals("projection of w₀")) {
                    proj = m;
                }
            }
            // the projection computed by numpy, in the plot frame: its distance to 0 must match
            double[] ref = {REF[c + 1][1], REF[c + 1][2], REF[c + 1][3]};
            double normRef = Math.sqrt(ref[0] * ref[0] + ref[1] * ref[1] + ref[2] * ref[2]);
            assertRelative(normRef, Math.hypot(proj.x(), proj.y()), 1e-12, "‖P(w₀)‖ for " + starts[c]);
        }
        LabOutput far = run("system=lecture&steps=5000&w1=2&w2=3&w3=0");
        assertTrue(far.readout("endToWPlus") > 1, "GD from (2,3,0) should not reach w⁺");
    }

    @Test
    void ridgePathTendsToTheMinimumNormPoint() {
        LabOutput out = run("system=lecture&lambda=1e-6");
        assertTrue(out.readout("ridgeToWPlus") < 1e-5, "" + out.readout("ridgeToWPlus"));
        Series path = out.series("ridge path w(λ), λ = 1e3 … 1e-6");
        assertEquals(46, path.size());
        // path points are in the (ŵ⁺, n) frame: the last one is ‖w⁺‖ along ŵ⁺ and ~0 along n
        double normPlus = out.readout("normWPlus");
        assertEquals(normPlus, path.x(45), 1e-5);
        assertEquals(0, path.y(45), 1e-9);
        double[] ref = {REF[5][1], REF[5][2], REF[5][3]};
        assertRelative(Math.sqrt(ref[0] * ref[0] + ref[1] * ref[1] + ref[2] * ref[2]),
                run("system=lecture&lambda=1").readout("normRidge"), 1e-12, "‖w(λ=1)‖");
    }

    @Test
    void oneEquationSystemInThePlane() {
        LabOutput out = run("system=line&a1=1&a2=2&b=2&w1=2&w2=3&steps=500");
        assertEquals(0.4, out.readout("wPlus1"), 1e-15);
        assertEquals(0.8, out.readout("wPlus2"), 1e-15);
        assertTrue(out.readout("endToProjection") < 1e-12);
        assertTrue(out.readout("residualEnd") < 1e-12);
        assertEquals(1, run("system=line&a1=0&a2=0").notes().size());
    }

    @Test
    void aPointPickedOnThePlotBecomesTheStart() {
        ParamSet line = Query.read(MinNormLab.params(), "system=line&w1=2&w2=3");
        assertArrayEquals(new double[] {-1.5, 0.25}, MinNormLab.startFromPlot(line, -1.5, 0.25), 0);
        // 2×3 system: the plot axes are ŵ⁺ (numpy's w⁺, normalized) and n = (1,2,3)×(4,5,6)/‖·‖ = (−3, 6, −3)/√54;
        // the third direction e₃ = ŵ⁺ × n is not shown, so a picked point keeps the start's e₃ component.
        double[] wPlus = {REF[0][1], REF[0][2], REF[0][3]};
        double[] e1 = scale(wPlus, 1 / Math.sqrt(dot(wPlus, wPlus)));
        double[] n = scale(new double[] {-3, 6, -3}, 1 / Math.sqrt(54));
        double[] e3 = {e1[1] * n[2] - e1[2] * n[1], e1[2] * n[0] - e1[0] * n[2], e1[0] * n[1] - e1[1] * n[0]};
        ParamSet lecture = Query.read(MinNormLab.params(), "system=lecture&w1=1&w2=-1&w3=2");
        double[] w0 = {1, -1, 2};
        double[] w = MinNormLab.startFromPlot(lecture, 2.5, -1.25);
        assertEquals(2.5, dot(w, e1), 1e-12, "along ŵ⁺");
        assertEquals(-1.25, dot(w, n), 1e-12, "along the null space");
        assertEquals(dot(w0, e3), dot(w, e3), 1e-12, "the off-plane component of w₀ is kept");
        // The start marker is where the handle is drawn: picking it again gives back w₀.
        LabOutput out = new MinNormLab().compute(lecture);
        Marker start = null;
        for (Marker m : out.markers()) {
            if (m.name().equals("start w₀")) {
                start = m;
            }
        }
        assertArrayEquals(w0, MinNormLab.startFromPlot(lecture, start.x(), start.y()), 1e-12);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }
}
