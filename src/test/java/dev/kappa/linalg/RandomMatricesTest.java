package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The structured test matrices have the structure they promise. */
class RandomMatricesTest {
    @Test
    void haarOrthonormalHasOrthonormalColumns() {
        Accuracy acc = new Accuracy("‖QᵀQ − I‖ of Haar samples");
        Rng rng = new Rng(1);
        for (int t = 0; t < 300; t++) {
            int m = 1 + rng.nextInt(30);
            int k = rng.nextInt(m + 1);
            Matrix q = RandomMatrices.haarOrthonormal(rng, m, k);
            double[][] g = q.transpose().times(q).toArray();
            for (int i = 0; i < k; i++) {
                g[i][i] -= 1;
            }
            acc.check(m + "×" + k, Accuracy.frobenius(g), 1e-14 * m);
        }
        acc.assertAllPassed();
    }

    @Test
    void haarSamplesAreUnbiased() {
        // For Haar Q (n×n), every entry has mean 0 and E[Q_ij²] = 1/n. Without the sign fix the
        // diagonal of a Householder Q would be biased negative.
        Rng rng = new Rng(2);
        int n = 4;
        int draws = 4000;
        double sum = 0;
        double sumSq = 0;
        for (int t = 0; t < draws; t++) {
            double q00 = RandomMatrices.haarOrthogonal(rng, n).get(0, 0);
            sum += q00;
            sumSq += q00 * q00;
        }
        // sd of Q_00 is 1/2, so the mean's standard error is 0.5/√4000 ≈ 0.0079
        assertEquals(0.0, sum / draws, 5 * 0.0079, "mean of Q₀₀");
        assertEquals(1.0 / n, sumSq / draws, 0.02, "mean of Q₀₀²");
    }

    @Test
    void withSingularValuesHasExactlyThoseSingularValues() {
        Accuracy acc = new Accuracy("σ of U·diag(σ)·Vᵀ vs the chosen σ, relative to σ₀");
        Rng rng = new Rng(3);
        for (int t = 0; t < 200; t++) {
            int m = 1 + rng.nextInt(20);
            int n = 1 + rng.nextInt(20);
            int k = Math.min(m, n);
            double[] sigma = new double[k];
            for (int i = 0; i < k; i++) {
                sigma[i] = KMath.pow(10, -8.0 * i / Math.max(1, k - 1));
            }
            Matrix a = RandomMatrices.withSingularValues(rng, m, n, sigma);
            double[] s = SVD.of(a).singularValues();
            for (int i = 0; i < k; i++) {
                acc.check(m + "×" + n + " σ" + i, Math.abs(s[i] - sigma[i]), 1e-14 * Math.max(m, n));
            }
            // Frobenius norm² = Σσ², a check that does not involve the SVD
            double f2 = 0;
            for (double v : sigma) {
                f2 += v * v;
            }
            acc.check(m + "×" + n + " ‖A‖_F", Math.abs(a.frobeniusNorm() - Math.sqrt(f2)), 1e-14 * Math.max(m, n));
        }
        acc.assertAllPassed();
    }

    @Test
    void withConditionHasThatConditionNumber() {
        Rng rng = new Rng(4);
        for (double kappa : new double[] {1, 10, 1e4, 1e8, 1e12}) {
            Matrix a = RandomMatrices.withCondition(rng, 30, 10, kappa);
            double c = Conditioning.cond(a);
            assertEquals(kappa, c, kappa * (1e-13 + 64 * Tolerance.EPS * kappa), "κ of withCondition(" + kappa + ")");
        }
    }

    @Test
    void hilbertAndVandermondeEntries() {
        Matrix h = RandomMatrices.hilbert(4);
        assertEquals(1.0, h.get(0, 0));
        assertEquals(1.0 / 7, h.get(3, 3));
        assertEquals(1.0 / 4, h.get(1, 2));
        Matrix v = RandomMatrices.vandermonde(new double[] {2, -3, 0.5}, 4);
        assertEquals(3, v.rows());
        assertEquals(4, v.cols());
        assertEquals(8.0, v.get(0, 3));
        assertEquals(-27.0, v.get(1, 3));
        assertEquals(1.0, v.get(2, 0));
        assertEquals(0.25, v.get(2, 2));
        assertTrue(Conditioning.cond(RandomMatrices.hilbert(10)) > 1e12, "Hilbert(10) is badly conditioned");
    }

    @Test
    void sameSeedSameMatrix() {
        assertEquals(RandomMatrices.withCondition(new Rng(9), 5, 3, 100), RandomMatrices.withCondition(new Rng(9), 5, 3, 100));
    }
}
