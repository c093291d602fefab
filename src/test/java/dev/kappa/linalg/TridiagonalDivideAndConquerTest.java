package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Divide and conquer on symmetric tridiagonal matrices built to stress it: deep recursion (leaves
 * of 1–3 rows, so every merge path runs on small inputs too), exactly repeated and ulp-split
 * eigenvalues (deflation by rotation), zero and tiny couplings (deflation by small z), glued
 * Wilkinson matrices (pairs agreeing to many digits), graded diagonals. Each result must be an
 * orthonormal eigenbasis (‖WᵀW − I‖, ‖TW − WΛ‖ ≤ 1e-13·n, relative to ‖T‖) whose eigenvalues agree
 * with the QR iteration's, an independent algorithm, and, for the 1-2-1 matrix, with the closed
 * form 2 − 2cos(kπ/(n+1)).
 */
class TridiagonalDivideAndConquerTest {
    private static final double PER_SIZE = 1e-13;
    private static final int[] LEAVES = {1, 2, 3, TridiagonalDivideAndConquer.LEAF};

    @Test
    void randomTridiagonalsOfManySizes() {
        SeededGaussian g = new SeededGaussian(11L);
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
                check("gaussian n=" + n + " leaf=" + leaf, d, e, leaf);
            }
        }
    }

    @Test
    void repeatedAndClusteredEigenvalues() {
        SeededGaussian g = new SeededGaussian(12L);
        for (int rep = 0; rep < 120; rep++) {
            int n = 2 + g.nextInt(90);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            int levels = 1 + g.nextInt(3);
            for (int i = 0; i < n; i++) {
                d[i] = g.nextInt(levels);
            }
            double size = rep % 3 == 0 ? 0.0 : rep % 3 == 1 ? 1e-9 : 1e-15;
            for (int i = 0; i + 1 < n; i++) {
                e[i] = size * g.gaussian();
            }
            for (int leaf : LEAVES) {
                check("clustered levels=" + levels + " coupling=" + size + " n=" + n, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void identityPlusCouplingsAndZeroCouplings() {
        SeededGaussian g = new SeededGaussian(13L);
        for (int n : new int[] {2, 5, 26, 51, 100}) {
            double[] d = new double[n];
            java.util.Arrays.fill(d, 1.0);
            check("identity n=" + n, d.clone(), new double[n - 1], 2);
            double[] e = new double[n - 1];
            for (int i = 0; i + 1 < n; i++) {
                e[i] = i % 7 == 3 ? 0.0 : g.gaussian();
            }
            for (int leaf : LEAVES) {
                check("some zero couplings n=" + n, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void gluedWilkinsonMatrices() {
        for (double glue : new double[] {1e-3, 1e-8, 1e-14, 0.0}) {
            int block = 21;
            int copies = 5;
            int n = block * copies;
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < block; i++) {
                    d[c * block + i] = Math.abs(i - block / 2);
                    if (i + 1 < block) {
                        e[c * block + i] = 1.0;
                    } else if (c + 1 < copies) {
                        e[c * block + i] = glue;
                    }
                }
            }
            for (int leaf : LEAVES) {
                check("glued Wilkinson W21 ×5 glue=" + glue, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void gradedDiagonal() {
        for (int n : new int[] {10, 40, 90}) {
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int i = 0; i < n; i++) {
                d[i] = Math.pow(10.0, -0.25 * i);
            }
            for (int i = 0; i + 1 < n; i++) {
                e[i] = 0.5 * Math.pow(10.0, -0.25 * i - 0.1);
            }
            for (int leaf : LEAVES) {
                check("graded n=" + n, d.clone(), e.clone(), leaf);
            }
        }
    }

    @Test
    void oneTwoOneMatrixMatchesClosedForm() {
        for (int n : new int[] {1, 7, 64, 150}) {
            for (int leaf : LEAVES) {
                double[] d = new double[n];
                double[] e = new double[Math.max(n - 1, 0)];
                java.util.Arrays.fill(d, 2.0);
                java.util.Arrays.fill(e, -1.0);
                double[] lambda = d.clone();
                TridiagonalDivideAndConquer.diagonalize(lambda, e.clone(), leaf);
                for (int k = 1; k <= n; k++) {
                    double exact = 2.0 - 2.0 * Math.cos(k * Math.PI / (n + 1));
                    assertEquals(exact, lambda[k - 1], PER_SIZE * n * 4.0, "1-2-1 n=" + n + " leaf=" + leaf + " k=" + k);
                }
            }
        }
    }

    private static void check(String label, double[] d, double[] e, int leaf) {
        int n = d.length;
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            double row = Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0.0) + (i + 1 < n ? Math.abs(e[i]) : 0.0);
            norm = Math.max(norm, row);
        }
        double scale = Math.max(norm, Double.MIN_NORMAL);
        double[] lambda = d.clone();
        double[][] w = TridiagonalDivideAndConquer.diagonalize(lambda, e.clone(), leaf);
        String where = label + " leaf=" + leaf;
        assertEquals(n, w.length, where);
        double bound = PER_SIZE * Math.max(n, 1);
        for (int i = 0; i + 1 < n; i++) {
            assertTrue(lambda[i] <= lambda[i + 1], where + ": eigenvalues not ascending at " + i);
        }
        double worstOrtho = MatrixChecks.rowOrthonormalityError(w);
        assertTrue(worstOrtho <= bound, where + ": ‖WᵀW − I‖ = " + worstOrtho);
        double worstResidual = 0.0;
        for (int i = 0; i < n; i++) {
            double[] v = w[i];
            for (int r = 0; r < n; r++) {
                double tv = d[r] * v[r];
                if (r > 0) {
                    tv += e[r - 1] * v[r - 1];
                }
                if (r + 1 < n) {
                    tv += e[r] * v[r + 1];
                }
                worstResidual = Math.max(worstResidual, Math.abs(tv - lambda[i] * v[r]));
            }
        }
        assertTrue(worstResidual <= bound * scale, where + ": ‖Tw − λw‖ = " + worstResidual + " for ‖T‖ = " + norm);
        double[] qr = d.clone();
        SymmetricTridiagonalQR.diagonalize(qr, e.clone(), null);
        java.util.Arrays.sort(qr);
        for (int i = 0; i < n; i++) {
            assertEquals(qr[i], lambda[i], bound * scale, where + ": eigenvalue " + i + " against QR");
        }
    }
}
