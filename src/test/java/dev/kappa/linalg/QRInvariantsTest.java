package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invariants of pivoted and unpivoted QR on a few thousand seeded inputs of every shape and kind:
 * orthonormal Q, A·P = Q·R, R upper triangular with non-increasing |diag| (pivoted), a valid
 * permutation, and the rank of products of known rank. Each check is its own test so one failure
 * does not hide the others.
 */
class QRInvariantsTest {
    private static final double EPS = Tolerance.EPS;
    private static final List<Matrix> INPUTS = inputs();

    /** Gaussian of random shapes, rank-deficient products, duplicate and zero columns, huge and tiny scales. */
    static List<Matrix> inputs() {
        Rng rng = new Rng(2026);
        List<Matrix> list = new ArrayList<>();
        for (int t = 0; t < 2400; t++) {
            int m = 1 + rng.nextInt(25);
            int n = 1 + rng.nextInt(25);
            Matrix a;
            switch (t % 6) {
                case 0:
                case 1:
                    a = rng.gaussianMatrix(m, n);
                    break;
                case 2: {
                    int r = 1 + rng.nextInt(Math.min(m, n));
                    a = rng.gaussianMatrix(m, r).times(rng.gaussianMatrix(r, n));
                    break;
                }
                case 3: {
                    double[][] d = rng.gaussianMatrix(m, n).toArray();
                    int j = rng.nextInt(n);
                    int k = rng.nextInt(n);
                    for (int i = 0; i < m; i++) {
                        d[i][k] = d[i][j];
                        if (n > 2) {
                            d[i][(k + 1) % n] = 0.0;
                        }
                    }
                    a = Matrix.of(d);
                    break;
                }
                case 4:
                    a = rng.gaussianMatrix(m, n).scale(t % 12 == 4 ? 1e150 : 1e-150);
                    break;
                default: {
                    // columns of wildly different scales: pivoting must order them
                    double[][] d = rng.gaussianMatrix(m, n).toArray();
                    for (int j = 0; j < n; j++) {
                        double s = KMath.pow(10, rng.uniform(-12, 12));
                        for (int i = 0; i < m; i++) {
                            d[i][j] *= s;
                        }
                    }
                    a = Matrix.of(d);
                }
            }
            list.add(a);
        }
        list.add(rng.gaussianMatrix(200, 50));
        list.add(rng.gaussianMatrix(50, 200));
        list.add(Matrix.zeros(4, 3));
        list.add(Matrix.identity(5));
        return list;
    }

    private static double[][] qtqMinusI(Matrix q) {
        double[][] g = q.transpose().times(q).toArray();
        for (int i = 0; i < g.length; i++) {
            g[i][i] -= 1.0;
        }
        return g;
    }

    /** A·P with P from the index map: column j of A·P is column perm[j] of A. */
    private static double[][] permuteColumns(Matrix a, int[] perm) {
        double[][] d = a.toArray();
        double[][] out = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                out[i][j] = d[i][perm[j]];
            }
        }
        return out;
    }

    @Test
    void qHasOrthonormalColumns() {
        Accuracy acc = new Accuracy("‖QᵀQ − I‖_F / size");
        int idx = 0;
        for (Matrix a : INPUTS) {
            for (QR qr : new QR[] {QR.of(a), QR.unpivoted(a)}) {
                Matrix q = qr.q();
                int size = Math.max(a.rows(), a.cols());
                acc.check("input " + idx + " (" + a.rows() + "×" + a.cols() + ")",
                        Accuracy.frobenius(qtqMinusI(q)) / size, 1e-14);
            }
            idx++;
        }
        acc.assertAllPassed();
    }

    @Test
    void qTimesRReproducesPermutedA() {
        Accuracy acc = new Accuracy("‖A·P − Q·R‖_F / (‖A‖_F · size)");
        int idx = 0;
        for (Matrix a : INPUTS) {
            for (QR qr : new QR[] {QR.of(a), QR.unpivoted(a)}) {
                double[][] ap = permuteColumns(a, qr.permutation());
                double[][] qrProduct = qr.q().times(qr.r()).toArray();
                double scale = Accuracy.frobenius(ap);
                double err = Accuracy.diffFrobenius(qrProduct, ap);
                int size = Math.max(a.rows(), a.cols());
                acc.check("input " + idx + " (" + a.rows() + "×" + a.cols() + ")",
                        (scale == 0 ? err : err / scale) / size, 1e-14);
            }
            idx++;
        }
        acc.assertAllPassed();
    }

    @Test
    void rIsUpperTriangularWithTheRightShape() {
        for (Matrix a : INPUTS) {
            Matrix r = QR.of(a).r();
            int k = Math.min(a.rows(), a.cols());
            assertEquals(k, r.rows(), "rows of R");
            assertEquals(a.cols(), r.cols(), "columns of R");
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < Math.min(i, a.cols()); j++) {
                    assertEquals(0.0, r.get(i, j), "R(" + i + ", " + j + ") below the diagonal");
                }
            }
        }
    }

    @Test
    void pivotedDiagonalIsNonIncreasingAndDominatesEachRemainingColumn() {
        // Downdated norms are accurate to about √ε relative (LAPACK's recompute threshold), so the
        // chosen pivot can lose to another column by that much; below the rank cut-off everything
        // is rounding noise of size ε·size·|R₀₀|.
        Accuracy acc = new Accuracy("pivot order violation relative to |R_pp|");
        int idx = 0;
        for (Matrix a : INPUTS) {
            QR qr = QR.of(a);
            double[][] r = qr.r().toArray();
            int k = r.length;
            int n = a.cols();
            double noise = 64 * EPS * Math.max(a.rows(), n) * (k == 0 ? 0 : Math.abs(r[0][0]));
            for (int p = 0; p < k; p++) {
                double rpp = Math.abs(r[p][p]);
                for (int j = p + 1; j < n; j++) {
                    double tail = 0;
                    for (int i = p; i <= Math.min(j, k - 1); i++) {
                        tail += r[i][j] / Math.max(rpp, Double.MIN_NORMAL) * (r[i][j] / Math.max(rpp, Double.MIN_NORMAL));
                    }
                    double excess = Math.sqrt(tail) - 1.0;
                    if (rpp > noise) {
                        acc.check("input " + idx + " column " + j + " at step " + p, excess, 1e-7);
                    }
                }
            }
            idx++;
        }
        acc.assertAllPassed();
    }

    @Test
    void permutationIsAPermutationAndIdentityWhenUnpivoted() {
        for (Matrix a : INPUTS) {
            int[] p = QR.of(a).permutation();
            boolean[] seen = new boolean[a.cols()];
            for (int v : p) {
                assertEquals(false, seen[v], "index " + v + " repeated");
                seen[v] = true;
            }
            int[] id = new int[a.cols()];
            for (int j = 0; j < id.length; j++) {
                id[j] = j;
            }
            assertArrayEquals(id, QR.unpivoted(a).permutation());
        }
    }

    @Test
    void rankOfProductsOfKnownRank() {
        Rng rng = new Rng(77);
        for (int t = 0; t < 500; t++) {
            int m = 2 + rng.nextInt(30);
            int n = 2 + rng.nextInt(30);
            int r = rng.nextInt(Math.min(m, n) + 1);
            Matrix a = rng.gaussianMatrix(m, r).times(rng.gaussianMatrix(r, n));
            assertEquals(r, QR.of(a).rank(), "rank of a " + m + "×" + r + " times " + r + "×" + n + " product (case " + t + ")");
        }
    }

    @Test
    void emptyShapesGiveEmptyFactors() {
        for (int[] s : new int[][] {{0, 0}, {0, 3}, {3, 0}}) {
            QR qr = QR.of(Matrix.zeros(s[0], s[1]));
            assertEquals(s[0], qr.q().rows());
            assertEquals(0, qr.q().cols());
            assertEquals(0, qr.r().rows());
            assertEquals(s[1], qr.r().cols());
            assertEquals(0, qr.rank());
        }
    }
}
