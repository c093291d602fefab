package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RidgePathLabTest {
    private static final double[][] REF = LabFixtures.read("ridge_path.csv");
    private static final RidgePathLab.Data DATA = RidgePathLab.data(RidgePathLab.params());

    private static LabOutput run(String query) {
        return new RidgePathLab().compute(Query.read(RidgePathLab.params(), query));
    }

    @Test
    void syntheticDataHasFiveTrueWeightsAsInNumpy() {
        int nonzero = 0;
        for (int j = 0; j < 20; j++) {
            assertEquals(REF[0][j + 2], DATA.wTrue[j], 1e-15, "w*" + (j + 1));
            nonzero += DATA.wTrue[j] != 0 ? 1 : 0;
        }
        assertEquals(5, nonzero);
        assertEquals(100, DATA.x.rows());
        assertEquals(20, DATA.x.cols());
    }

    @Test
    void ridgeLassoAndElasticNetMatchNumpy() {
        for (int r = 1; r < REF.length; r++) {
            double alpha = REF[r][0];
            double lambda = REF[r][1];
            double[] w = RidgePathLab.solve(DATA.x, DATA.t, lambda, alpha, null);
            for (int j = 0; j < 20; j++) {
                double expected = REF[r][j + 2];
                assertEquals(expected, w[j], 1e-7 * (1 + Math.abs(expected)),
                        "α = " + alpha + ", λ = " + lambda + ", w" + (j + 1));
                if (alpha > 0 && expected == 0) {
                    assertEquals(0.0, w[j], 0.0, "lasso zero, α = " + alpha + ", λ = " + lambda + ", w" + (j + 1));
                }
            }
        }
    }

    @Test
    void lassoBecomesSparseAsLambdaGrowsAndKeepsTheTrueWeights() {
        LabOutput at30 = run("method=lasso&lambda=30");
        int expected = 0;
        for (int j = 0; j < 20; j++) {
            expected += REF[5][j + 2] != 0 ? 1 : 0;
        }
        assertEquals(expected, at30.readout("nonzero"));
        assertEquals(5, at30.readout("recovered"));
        assertTrue(run("method=lasso&lambda=200").readout("nonzero") <= 2);
        assertEquals(20, run("method=ridge&lambda=30").readout("nonzero"));
    }

    @Test
    void crossValidationChoicesAreOnTheGridAndOneSeIsNotSmaller() {
        for (String m : new String[] {"ridge", "lasso"}) {
            LabOutput out = run("method=" + m);
            double lmin = out.readout("cvLambda");
            double l1se = out.readout("oneSeLambda");
            assertTrue(l1se >= lmin, m + ": one-SE λ " + l1se + " < minimizing λ " + lmin);
            Series cv = out.series("CV mean");
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < cv.size(); i++) {
                best = Math.min(best, cv.y(i));
            }
            for (int i = 0; i < cv.size(); i++) {
                if (cv.x(i) == lmin) {
                    assertEquals(best, cv.y(i), 0.0);
                }
            }
        }
    }

    @Test
    void spectrumShiftsByLambdaForRidge() {
        LabOutput out = run("method=ridge&lambda=10");
        Series ev = out.series("σᵢ²");
        Series shifted = out.series("σᵢ² + λ(1−α)");
        for (int i = 0; i < ev.size(); i++) {
            assertEquals(ev.y(i) + 10, shifted.y(i), 1e-9 * shifted.y(i));
        }
    }

    @Test
    void polyFitSourceUsesThePolyFitLabsTrainingPoints() {
        double[][] split = PolyFitLab.lectureSplit(30, 0.5, 0.3, 1);
        LabOutput poly = new PolyFitLab().compute(PolyFitLab.params());
        assertEquals(poly.series("training points").size(), split[0].length);
        for (int i = 0; i < split[0].length; i++) {
            assertEquals(poly.series("training points").x(i), split[0][i], 0.0);
            assertEquals(poly.series("training points").y(i), split[1][i], 0.0);
        }
        LabOutput out = run("source=polyfit&p=12");
        assertEquals(12, out.series().stream().filter(s -> s.plot().equals(RidgePathLab.PATH_PLOT)).count());
    }
    /**
     * Issue 15: twenty paths were drawn in ~7 colours by position, and the true weights were not
     * marked. Now a path's look says what it is (a true nonzero weight, a true zero, or no truth
     * known), and the true weights are marked where the paths end, at the smallest λ.
     */
    @Test
    void pathsAreStyledByWhatTheyAreAndTheTrueWeightsAreMarked() {
        LabOutput out = run("method=ridge");
        PlotSpec path = out.plotNamed(RidgePathLab.PATH_PLOT);
        Look nonzero = null;
        Look zero = null;
        int paths = 0;
        for (Series s : out.series()) {
            if (!s.plot().equals(RidgePathLab.PATH_PLOT) || s.name().startsWith("true weights")) {
                continue;
            }
            paths++;
            Look l = path.lookOf(s.name());
            int j = Integer.parseInt(s.name().replaceAll("^\\D*(\\d+).*$", "$1")) - 1;
            if (DATA.wTrue[j] != 0) {
                assertTrue(s.name().startsWith("true nonzero w"), s.name());
                nonzero = l;
            } else {
                assertTrue(s.name().startsWith("true zero w"), s.name());
                zero = l;
            }
        }
        assertEquals(20, paths);
        assertTrue(nonzero.colour() != zero.colour(), "true nonzero and true zero weights differ in colour");
        Series marks = out.series("true weights (left edge)");
        assertEquals(5, marks.size(), "one mark per true nonzero weight");
        double smallest = Double.POSITIVE_INFINITY;
        for (Series s : out.series()) {
            if (s.plot().equals(RidgePathLab.PATH_PLOT) && !s.name().startsWith("true weights")) {
                for (double x : s.xs()) {
                    smallest = Math.min(smallest, x);
                }
            }
        }
        int k = 0;
        for (int j = 0; j < 20; j++) {
            if (DATA.wTrue[j] != 0) {
                assertEquals(DATA.wTrue[j], marks.y(k), 0, "mark " + k);
                assertEquals(smallest, marks.x(k), 0, "at the smallest λ");
                k++;
            }
        }
        assertTrue(path.lookOf("true weights (left edge)").shape() != Look.Shape.NONE, "marks are points");
    }
}
