package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kalman lab against a numpy filter and numpy's batch lstsq (tools/fixtures/kalman_fixtures.py). */
class KalmanLabTest {
    private static final double[][] REF = LabFixtures.read("kalman.csv");

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
}
