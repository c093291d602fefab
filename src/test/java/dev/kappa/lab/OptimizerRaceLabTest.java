package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimizerRaceLabTest {
    private static final double[][] REF = LabFixtures.read("optimizer_race.csv");

    private static LabOutput run(String query) {
        return new OptimizerRaceLab().compute(Query.read(OptimizerRaceLab.params(), query));
    }

    @Test
    void gdOnTheQuadraticFollowsTheClosedForm() {
        LabOutput out = run("landscape=quadratic&x0=-2&y0=1.5&kappa=50&gd_eta=0.019&steps=300");
        Series path = out.series("GD");
        for (int r = 0; r < REF.length - 1; r++) {
            int k = (int) REF[r][0];
            assertRelative(REF[r][1], path.x(k), 1e-10, "GD x at step " + k);
            assertRelative(REF[r][2], path.y(k), 1e-10, "GD y at step " + k);
            assertRelative(REF[r][3], out.series("GD").size() > k ? lossAt(out, "GD", k) : Double.NaN, 1e-9,
                    "GD loss at step " + k);
        }
    }

    private static double lossAt(LabOutput out, String name, int k) {
        for (Series s : out.series()) {
            if (s.name().equals(name) && s.plot().equals(OptimizerRaceLab.LOSS_PLOT)) {
                return s.y(k);
            }
        }
        throw new AssertionError("no loss series " + name);
    }

    @Test
    void logisticMinimumMatchesScipy() {
        LabOutput out = run("landscape=logistic");
        assertRelative(REF[REF.length - 1][3], out.readout("fStar"), 1e-10, "logistic f*");
    }

    @Test
    void rosenbrockShowsTheClassicLessons() {
        LabOutput out = run("");
        assertTrue(out.readout("newton-iterations") < 20, "Newton " + out.readout("newton-iterations"));
        assertTrue(out.readout("lbfgs-iterations") < 100);
        assertTrue(Double.isNaN(out.readout("gd-iterations")), "GD should still be crawling");
        assertTrue(out.readout("gd-final") > out.readout("momentum-final"), "momentum should beat GD");
    }

    @Test
    void tooLargeAStepDivergesAsAStateWithFinitePoints() {
        LabOutput out = run("landscape=quadratic&gd_eta=0.021&steps=3000");
        assertEquals(1, out.readout("gd-diverged"));
        Series path = out.series("GD");
        for (int k = 0; k < path.size(); k++) {
            assertTrue(Double.isFinite(path.x(k)) && Double.isFinite(path.y(k)), "point " + k);
        }
        assertTrue(out.tableNamed("results").rows().get(0)[4].startsWith("diverged"));
        assertEquals(0, run("landscape=quadratic&gd_eta=0.019").readout("gd-diverged"));
    }

    @Test
    void newtonIsAttractedToTheSaddleWhileGdEscapes() {
        LabOutput out = run("landscape=saddle&x0=1&y0=0.01&gd_eta=0.05&steps=100");
        assertEquals(0.0, out.readout("newton-final"), 1e-15);
        assertTrue(out.readout("gd-final") < -1, "GD final loss " + out.readout("gd-final"));
    }

    @Test
    void landscapeGridHasTheRosenbrockMinimumAndAscendingLevels() {
        FieldGrid g = run("").grids().get(0);
        assertEquals(1.0, g.x(45), 1e-15);
        assertEquals(1.0, g.y(30), 1e-15);
        // the grid holds log₁₀(f − f* + tiny), tiny = 10⁻⁶·(max f − f*): at the minimum f = 0, so 10^value = tiny
        double tiny = Math.pow(10, g.value(45, 30));
        for (int i = 0; i < g.nx(); i++) {
            for (int j = 0; j < g.ny(); j++) {
                assertTrue(g.value(i, j) >= g.value(45, 30), "the minimum is the grid's lowest value");
            }
        }
        double x = g.x(10);
        double y = g.y(50);
        double f = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        assertEquals(f, Math.pow(10, g.value(10, 50)) - tiny, 1e-9 * f);
        double[] levels = g.levels();
        for (int k = 1; k < levels.length; k++) {
            assertTrue(levels[k] > levels[k - 1], "levels must ascend");
        }
    }

    @Test
    void noOptimizerSelectedIsANoteNotAnError() {
        LabOutput out = run("gd=0&momentum=0&adam=0&newton=0&lbfgs=0");
        assertEquals(1, out.notes().size());
    }
}
