package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Divide and conquer on upper bidiagonal matrices built to stress it: deep recursion (leaves of
 * 2–3 rows), zero and tiny entries on either diagonal (exact and near-zero singular values, the
 * fold into the arrow's zero pole), repeated and ulp-split singular values (deflation by
 * rotation), graded entries. Each result must satisfy Bvᵢ = σᵢuᵢ and UᵀU = VᵀV = I to 1e-13·n
 * (relative to ‖B‖), with σ ascending, non-negative, and equal to the bidiagonal QR iteration's
 * (an independent algorithm); the all-ones bidiagonal is also checked against its closed form
 * σₖ = 2cos(kπ/(2n+1)).
 */
class BidiagonalDivideAndConquerTest {
    private static final double PER_SIZE = 1e-13;
    private static final int[] LEAVES = {2, 3, BidiagonalDivideAndConquer.LEAF};

    @Test
    void randomBidiagonalsOfManySizes() {
        SeededGaussian g = new SeededGaussian(21L);
        for (int n = 1; n <= 70; n++) {
            for (int leaf : LEAVES) {
                double[] d = new double[n];
                double[] e = new double[Math.max(n - 1, 0)];
                for (int i = 0; i < n; i++) {
                    d[i] = g.gaussian();
                }
                for (int i = 0; i + 1 < n; i++) {
                    e[i] = g.gaussian();
                }
                check("gaussian n=" + n, d, e, leaf);
            }
        }
    }

    @Test
    void zerosAndTinyEntries() {
        SeededGaussian g = new SeededGaussian(22L);
        for (int rep = 0; rep < 90; rep++) {
            int n = 2 + g.nextInt(80);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int i = 0; i < n; i++) {
                double u = g.uniform();
                d[i] = u < 0.2 ? 0.0 : u < 0.3 ? 1e-17 * g.gaussian() : g.gaussian();
            }
            for (int i = 0; i + 1 < n; i++) {
                double u = g.uniform();
                e[i] = u < 0.2 ? 0.0 : u < 0.3 ? 1e-17 * g.gaussian() : g.gaussian();
            }
            for (int leaf : LEAVES) {
                check("zeros and tiny entries n=" + n + " #" + rep, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void repeatedSingularValues() {
        SeededGaussian g = new SeededGaussian(23L);
        for (int rep = 0; rep < 60; rep++) {
            int n = 2 + g.nextInt(80);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            int levels = 1 + g.nextInt(3);
            for (int i = 0; i < n; i++) {
                d[i] = 1.0 + g.nextInt(levels) + (rep % 2 == 0 ? 0.0 : i * 3 * Tolerance.EPS);
            }
            double size = rep % 3 == 0 ? 0.0 : rep % 3 == 1 ? 1e-9 : 1e-15;
            for (int i = 0; i + 1 < n; i++) {
                e[i] = size * g.gaussian();
            }
            for (int leaf : LEAVES) {
                check("repeated levels=" + levels + " coupling=" + size + " n=" + n, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void gradedAndZeroMatrices() {
        for (int n : new int[] {10, 40, 90}) {
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int i = 0; i < n; i++) {
                d[i] = Math.pow(10.0, -0.2 * i);
            }
            for (int i = 0; i + 1 < n; i++) {
                e[i] = 0.7 * Math.pow(10.0, -0.2 * i - 0.1);
            }
            for (int leaf : LEAVES) {
                check("graded n=" + n, d.clone(), e.clone(), leaf);
                check("zero n=" + n, new double[n], new double[n - 1], leaf);
            }
        }
    }

    @Test
    void allOnesMatchesClosedForm() {
        for (int n : new int[] {1, 9, 64, 150}) {
            for (int leaf : LEAVES) {
                double[] d = new double[n];
                double[] e = new double[Math.max(n - 1, 0)];
                java.util.Arrays.fill(d, 1.0);
                java.util.Arrays.fill(e, 1.0);
                BidiagonalDivideAndConquer.diagonalize(d, e, leaf);
                for (int k = 1; k <= n; k++) {
                    double exact = 2.0 * Math.cos(k * Math.PI / (2 * n + 1));
                    assertEquals(exact, d[n - k], PER_SIZE * n * 2.0, "ones n=" + n + " leaf=" + leaf + " k=" + k);
                }
            }
        }
    }

    private static void check(String label, double[] d, double[] e, int leaf) {
        int n = d.length;
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + (i + 1 < n ? Math.abs(e[i]) : 0.0) + (i > 0 ? Math.abs(e[i - 1]) : 0.0));
        }
        double scale = Math.max(norm, Double.MIN_NORMAL);
        double[] sigma = d.clone();
        BidiagonalDivideAndConquer.Vectors vectors = BidiagonalDivideAndConquer.diagonalize(sigma, e.clone(), leaf);
        String where = label + " leaf=" + leaf;
        double bound = PER_SIZE * Math.max(n, 1);
        for (int i = 0; i < n; i++) {
            assertTrue(sigma[i] >= 0.0, where + ": σ" + i + " = " + sigma[i]);
            assertTrue(i == 0 || sigma[i - 1] <= sigma[i], where + ": σ not ascending at " + i);
        }
        double leftError = MatrixChecks.rowOrthonormalityError(vectors.left);
        double rightError = MatrixChecks.rowOrthonormalityError(vectors.right);
        assertTrue(leftError <= bound, where + ": ‖UᵀU − I‖ = " + leftError);
        assertTrue(rightError <= bound, where + ": ‖VᵀV − I‖ = " + rightError);
        double worst = 0.0;
        for (int i = 0; i < n; i++) {
            double[] u = vectors.left[i];
            double[] v = vectors.right[i];
            for (int r = 0; r < n; r++) {
                double bv = d[r] * v[r] + (r + 1 < n ? e[r] * v[r + 1] : 0.0);
                worst = Math.max(worst, Math.abs(bv - sigma[i] * u[r]));
            }
        }
        assertTrue(worst <= bound * scale, where + ": ‖Bv − σu‖ = " + worst + " for ‖B‖ ≈ " + norm);
        double[] qr = d.clone();
        BidiagonalQR.diagonalize(qr, e.clone(), new RotationSequence(), new RotationSequence());
        for (int i = 0; i < n; i++) {
            qr[i] = Math.abs(qr[i]);
        }
        java.util.Arrays.sort(qr);
        for (int i = 0; i < n; i++) {
            assertEquals(qr[i], sigma[i], bound * scale, where + ": σ" + i + " against QR");
        }
    }
}
