package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pca lab against numpy (tools/fixtures/pca_fixtures.py): SVD of the centred data, eigvalsh of C. */
class PcaLabTest {
    private static final double[][] PCA = LabFixtures.read("pca.csv");
    /** The states of the fixture, by index (the script's STATES). */
    private static final List<String> STATES = List.of("", "data=stretched&angle=30&spread=4", "data=clusters",
            "data=cloud3d&k=2", "prep=raw&mx=6&my=2&corr=-0.8", "scale=10&corr=0.5", "scale=10&corr=0.5&prep=standardize",
            "data=stretched&angle=-70&spread=12&n=37&seed=5",
            "data=cloud3d&angle=10&spread=2&n=300&seed=9&prep=standardize");

    private static ParamSet state(String query) {
        return Query.read(PcaLab.params(), query);
    }

    private static LabOutput run(String query) {
        return new PcaLab().compute(state(query));
    }

    @Test
    void axesAreNumpysSvdOfTheCentredDataUpToSign() {
        for (double[] row : PCA) {
            String query = STATES.get((int) row[0]);
            int d = (int) row[1];
            int i = (int) row[2] - 1;
            PcaLab.Analysis a = PcaLab.analysis(state(query), new LabOutput());
            assertEquals(d, a.d, "dimension of " + query);
            assertRelative(row[3], a.sigma[i], 1e-12, "σ" + (i + 1) + " of " + query);
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += row[6 + j] * a.v[i][j];
            }
            assertTrue(Math.abs(Math.abs(dot) - 1) < 1e-12, "v" + (i + 1) + " of " + query + " is numpy's up to sign: "
                    + "|vᵀv_numpy| = " + Math.abs(dot));
            for (int j = 0; j < d; j++) {
                assertEquals(row[9 + j], a.mean[j], 1e-13, "mean of " + query);
            }
        }
    }

    @Test
    void eigenvaluesOfTheCovarianceAreEigvalshs() {
        for (double[] row : PCA) {
            String query = STATES.get((int) row[0]);
            int i = (int) row[2] - 1;
            PcaLab.Analysis a = PcaLab.analysis(state(query), new LabOutput());
            double scale = a.lambda[0];
            assertTrue(Math.abs(row[4] - a.lambda[i]) <= 1e-12 * scale, "λ" + (i + 1) + " of C for " + query + ": numpy "
                    + row[4] + ", SymmetricEigen " + a.lambda[i]);
            LabOutput out = run(query);
            assertRelative(row[5], out.readout("ratio" + (i + 1)), 1e-11, "explained ratio " + (i + 1) + " of " + query);
            assertTrue(out.readout("eigGap") <= 1e-12 * scale, "σᵢ²/(n−1) = λᵢ for " + query + ": " + out.readout("eigGap"));
            assertTrue(Math.abs(out.readout("align") - 1) < 1e-12, "SVD and eigen axes agree for " + query);
        }
    }

    @Test
    void withoutCentringTheFirstAxisPointsAtTheMean() {
        String query = STATES.get(4);
        LabOutput out = run(query);
        double[] first = null;
        for (double[] row : PCA) {
            if (row[0] == 4 && row[2] == 1) {
                first = row;
            }
        }
        assertRelative(first[12], out.readout("cosMean"), 1e-12, "|cos∠(v₁, μ)| without centring");
        assertRelative(first[13], out.readout("cosCentred"), 1e-12, "|cos∠(v₁ raw, v₁ centred)|");
        assertTrue(out.readout("cosMean") > 0.99, "v₁ points at the mean: " + out.readout("cosMean"));
        assertTrue(out.readout("cosCentred") < 0.9, "and away from the centred axis: " + out.readout("cosCentred"));
        assertTrue(out.series("0 to the mean μ") != null, "the line from 0 to μ is drawn");
    }

    @Test
    void projectionLeavesTheDroppedVariance() {
        for (String query : List.of("", "k=0", "k=2", "data=cloud3d&k=1", "data=cloud3d&k=2", "prep=raw&k=1")) {
            LabOutput out = run(query);
            double expected = out.readout("residual");
            assertTrue(Math.abs(expected - out.readout("residualMeasured")) <= 1e-10 * expected + 1e-25,
                    "Σ_{i>k} σᵢ²/(n−1) = " + expected + " is the measured distance for " + query + ": "
                            + out.readout("residualMeasured"));
        }
        assertTrue(run("k=2").readout("residualMeasured") < 1e-25, "k = d: the projections are the points");
    }

    @Test
    void zeroVarianceDataGiveANoteAndNoAxes() {
        LabOutput out = run("pts=2,3;2,3;2,3");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("zero variance")), out.notes().toString());
        assertNull(out.series(PcaLab.AXES[0]), "no axis drawn");
        assertEquals("—", out.readoutNamed("ratio1").text(), "no ratio");
        LabOutput std = run("pts=1,3;2,3;4,3&prep=standardize");
        assertTrue(std.notes().stream().anyMatch(n -> n.contains("x₂ is constant")), std.notes().toString());
        assertEquals(1.0, std.readout("ratio1"), 1e-15, "all the variance is in x₁");
    }

    @Test
    void equalVariancesSayTheAxesAreNotUnique() {
        LabOutput out = run("pts=1,0;0,1;-1,0;0,-1");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("not unique")), out.notes().toString());
        assertEquals(0.5, out.readout("ratio1"), 1e-15);
    }

    @Test
    void badPointsAreNamedAndTheRestUsed() {
        LabOutput out = run("pts=1,2;abc,3;2,5;3,7");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("'abc' is not a number")), out.notes().toString());
        assertEquals("3 points in 2-D", out.readoutNamed("size").text());
        LabOutput one = run("pts=1,2");
        assertTrue(one.notes().stream().anyMatch(n -> n.contains("fewer than 2")), one.notes().toString());
        assertEquals("200 points in 2-D", one.readoutNamed("size").text());
    }

    @Test
    void kBeyondTheDimensionIsClamped() {
        LabOutput out = run("k=3");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("using k = 2")), out.notes().toString());
        assertEquals(1.0, out.readout("kept"), 1e-15);
    }
}
