package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kalman lab against a numpy filter and numpy's batch lstsq (tools/fixtures/kalman_fixtures.py). */
class KalmanLabTest {
    private static final double[][] REF = LabFixtures.read("kalman.csv");
    private static final double[][] ELLIPSES = LabFixtures.read("kalman_ellipse.csv");

    private static List<double[]> rows(double q, double r, int steps, int seed) {
        List<double[]> out = new ArrayList<>();
        for (double[] row : REF) {
            if (row[0] == q && row[1] == r && row[2] == steps && row[3] == seed) {
                out.add(row);
            }
        }
        return out;
    }

    private static void close(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void filterMatchesNumpyStepByStep() {
        double[][] states = {{0.01, 1, 50, 3}, {0, 1, 50, 3}, {0.01, 5, 50, 3}, {1, 1, 50, 3}, {0, 0.35, 120, 11}};
        for (double[] s : states) {
            KalmanLab.Run run = new KalmanLab.Run(s[0], s[1], (int) s[2], (long) s[3]);
            List<double[]> ref = rows(s[0], s[1], (int) s[2], (int) s[3]);
            assertEquals((int) s[2], ref.size(), "fixture rows for " + java.util.Arrays.toString(s));
            for (double[] row : ref) {
                int t = (int) row[4];
                String what = java.util.Arrays.toString(s) + " t = " + t;
                close(row[5], run.truePos[t], 1e-12, what + " truth");
                close(row[6], run.z[t], 1e-12, what + " z");
                close(row[7], run.est[t][0], 1e-10, what + " position");
                close(row[8], run.est[t][1], 1e-10, what + " velocity");
                close(row[9], run.cov[t][0], 1e-10, what + " P₁₁");
                close(row[10], run.cov[t][1], 1e-10, what + " P₁₂");
                close(row[11], run.cov[t][2], 1e-10, what + " P₂₂");
                close(row[12], run.gain[t][0], 1e-10, what + " K₁");
                close(row[13], run.gain[t][1], 1e-10, what + " K₂");
                close(row[14], run.batch[t][0], 1e-10, what + " batch position");
            }
        }
    }

    @Test
    void withoutProcessNoiseTheFilterIsBatchLeastSquares() {
        for (double r : new double[] {0.35, 1, 5}) {
            KalmanLab.Run run = new KalmanLab.Run(0, r, 200, 5);
            for (int t = 0; t < run.steps; t++) {
                close(run.batch[t][0], run.est[t][0], 1e-10, "r = " + r + ", position at t = " + t);
                close(run.batch[t][1], run.est[t][1], 1e-10, "r = " + r + ", velocity at t = " + t);
            }
        }
        LabOutput out = new KalmanLab().compute(Query.read(KalmanLab.params(), "q=0&r=1"));
        assertTrue(out.readout("batchGap") < 1e-10, "readout " + out.readout("batchGap"));
    }

    @Test
    void largeRShrinksTheGainAndLargeQRaisesIt() {
        double base = new KalmanLab().compute(Query.read(KalmanLab.params(), "q=0.01&r=1")).readout("finalGain");
        double noisy = new KalmanLab().compute(Query.read(KalmanLab.params(), "q=0.01&r=5")).readout("finalGain");
        double agile = new KalmanLab().compute(Query.read(KalmanLab.params(), "q=1&r=1")).readout("finalGain");
        assertTrue(noisy < base && base < agile && agile > 0.5, noisy + " < " + base + " < " + agile);
        LabOutput exact = new KalmanLab().compute(Query.read(KalmanLab.params(), "r=0"));
        assertEquals(1, exact.readout("finalGain"), 1e-15, "exact measurements: gain 1");
        assertTrue(exact.readout("rmseKalman") < 1e-12, "exact measurements: the estimate is the truth");
    }

    @Test
    void predictionGrowsAndUpdateShrinksTheVariance() {
        KalmanLab.Run run = new KalmanLab.Run(0.1, 1, 30, 2);
        for (int t = 1; t < run.steps; t++) {
            assertTrue(run.predCov[t][0] > run.cov[t - 1][0], "predict grows at t = " + t);
            assertTrue(run.cov[t][0] < run.predCov[t][0] && run.cov[t][0] < 1, "update shrinks below P⁻ and R at t = " + t);
        }
    }

    @Test
    void ellipseAxesAreTheSquareRootsOfNumpysEigenvalues() {
        double[][] states = {{0.01, 1, 50, 3}, {0, 1, 50, 3}, {0.01, 5, 50, 3}, {1, 1, 50, 3}, {0, 0.35, 120, 11}};
        int checked = 0;
        for (double[] s : states) {
            KalmanLab.Run run = new KalmanLab.Run(s[0], s[1], (int) s[2], (long) s[3]);
            for (double[] row : ELLIPSES) {
                if (row[0] != s[0] || row[1] != s[1] || row[2] != s[2] || row[3] != s[3]) {
                    continue;
                }
                int t = (int) row[4];
                String what = java.util.Arrays.toString(s) + " t = " + t;
                double[] pc = run.predCov[t];
                double[] c = run.cov[t];
                sameEllipse(row, 5, new CovarianceEllipse(pc[0], pc[1], pc[2]), what + " predicted");
                sameEllipse(row, 10, new CovarianceEllipse(c[0], c[1], c[2]), what + " updated");
                checked++;
            }
        }
        assertEquals(50 * 4 + 120, checked, "fixture rows");
    }

    private static void sameEllipse(double[] row, int at, CovarianceEllipse e, String what) {
        close(row[at], e.major, 1e-10, what + " major semi-axis");
        close(row[at + 1], e.minor, 1e-8, what + " minor semi-axis");
        close(row[at + 4], e.det, 1e-8, what + " det");
        // the direction is defined when the axes differ (P = p₀I at the prior is a circle)
        if (row[at] - row[at + 1] > 1e-6 * row[at]) {
            assertEquals(row[at + 2], e.ux, 1e-8, what + " major axis x");
            assertEquals(row[at + 3], e.uy, 1e-8, what + " major axis y");
        }
    }

    @Test
    void predictGrowsTheDeterminantAndUpdateShrinksIt() {
        for (double[] qr : new double[][] {{0.01, 1}, {0, 1}, {1, 1}, {0.01, 5}, {0.5, 0.1}}) {
            KalmanLab.Run run = new KalmanLab.Run(qr[0], qr[1], 80, 4);
            double before = Double.NaN;
            for (int t = 0; t < run.steps; t++) {
                double[] pc = run.predCov[t];
                double[] c = run.cov[t];
                double predicted = new CovarianceEllipse(pc[0], pc[1], pc[2]).det;
                double updated = new CovarianceEllipse(c[0], c[1], c[2]).det;
                String what = java.util.Arrays.toString(qr) + " t = " + t;
                if (t > 0) {
                    // det F = 1: with Q = 0 the prediction keeps det P (a shear), otherwise it grows
                    assertTrue(qr[0] == 0 ? predicted >= before * (1 - 1e-9) : predicted > before, what + " predict");
                }
                assertTrue(updated < predicted, what + " update");
                before = updated;
            }
        }
    }

    @Test
    void theOutlineIsTheUnitLevelSetOfTheInverseCovariance() {
        double[][] ps = {{2, 0.6, 0.5}, {1000, 0, 1000}, {0.3, -0.2, 4}, {1e-6, 0, 1}};
        for (double[] p : ps) {
            CovarianceEllipse e = new CovarianceEllipse(p[0], p[1], p[2]);
            double[][] xy = e.outline(3, -1);
            double det = p[0] * p[2] - p[1] * p[1];
            for (int j = 0; j < xy[0].length; j++) {
                double dx = xy[0][j] - 3;
                double dy = xy[1][j] + 1;
                // dᵀP⁻¹d with P⁻¹ = [[p11, −p01], [−p01, p00]]/det
                double m = (p[2] * dx * dx - 2 * p[1] * dx * dy + p[0] * dy * dy) / det;
                assertEquals(1, m, 1e-9, java.util.Arrays.toString(p) + " point " + j);
            }
        }
    }

    @Test
    void thePlayerWalksPredictAndUpdateAsHalfSteps() {
        LabOutput out = new KalmanLab().compute(Query.read(KalmanLab.params(), "q=0.01&r=1&steps=20"));
        assertEquals(40, out.steps());
        PlotSpec state = out.plotNamed(KalmanLab.STATE_PLOT);
        for (int k = 0; k < 40; k++) {
            List<String> shown = new ArrayList<>();
            for (Series s : out.series()) {
                if (s.plot().equals(KalmanLab.STATE_PLOT) && s.visibleAt(k, 40)) {
                    shown.add(s.name());
                }
            }
            List<String> expected = k % 2 == 0
                    ? (k == 0 ? List.of(KalmanLab.PREDICTED, KalmanLab.PREDICTED_MEAN, KalmanLab.TRUE_STATE)
                            : List.of(KalmanLab.UPDATED, KalmanLab.UPDATED_MEAN, KalmanLab.PREDICTED,
                                    KalmanLab.PREDICTED_MEAN, KalmanLab.TRUE_STATE))
                    : List.of(KalmanLab.PREDICTED, KalmanLab.PREDICTED_MEAN, KalmanLab.UPDATED, KalmanLab.UPDATED_MEAN,
                            KalmanLab.TRUE_STATE, KalmanLab.MEASURED);
            assertEquals(expected, shown, "half-step " + k);
            assertEquals(k % 2 == 1 ? "updated P" : k == 0 ? "prior P₀" : "predicted P⁻",
                    out.readoutNamed("ellipse").text(k));
            String det = out.readoutNamed("det").text(k);
            assertTrue(det.contains(k % 2 == 1 ? "(shrank from " : k == 0 ? "" : "(grew from "), det);
        }
        // the range follows the step on display: the prior's ellipse (σ ≈ 31.6) is not in the last frame's
        double[] first = PlotRange.of(state, out, 0).range();
        double[] last = PlotRange.of(state, out).range();
        assertTrue(first[3] - first[2] > 60 && last[3] - last[2] < 10, java.util.Arrays.toString(first) + " "
                + java.util.Arrays.toString(last));
    }
}
