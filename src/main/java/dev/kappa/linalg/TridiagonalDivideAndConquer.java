package dev.kappa.linalg;

/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix T by Cuppen's divide and
 * conquer with Gu and Eisenstat's stable eigenvectors (the method of LAPACK's dstedc).
 *
 * <p>Tearing T at k with β = e[k−1] gives T = diag(T₁, T₂) + |β|·wwᵀ, where T₁, T₂ have |β|
 * taken off their touching diagonal entries and w = e_{k−1} + sign(β)·e_k. With Tᵢ = QᵢDᵢQᵢᵀ
 * solved recursively, T = Q(D + ρzzᵀ)Qᵀ for Q = diag(Q₁, Q₂), z = Qᵀw/√2, ρ = 2|β|, and the
 * eigenpairs of the rank-one update D + ρzzᵀ come from the secular equation
 * ({@link SecularEquation}). Pieces of at most {@link #LEAF} rows are solved by implicit QR
 * ({@link SymmetricTridiagonalQR}).
 *
 * <p>Deflation (Dongarra and Sorensen): a zⱼ with ρ|zⱼ| ≤ tol leaves (dⱼ, qⱼ) an eigenpair, and of
 * two dⱼ closer than tol/|cs| one is made into one by a rotation of their vectors; both change T
 * by at most tol = 8u·max(|d|, |z|), the size of rounding errors already made. The other
 * eigenvectors are (ẑⱼ/(dⱼ − λᵢ))ⱼ normalized, where ẑ is recomputed from the computed λ
 * (Löwner's formula) so that D + ρẑẑᵀ has exactly those eigenvalues: the vectors are then
 * orthogonal to working precision however close the λ are, and ẑ differs from z by a backward
 * error of the size of the λ's.
 *
 * <p>The cost is dominated by multiplying each piece's Q by the update's eigenvectors, about
 * 4n³/3 flops without deflation, less with it; applying QR's rotations instead took about 6n³
 * (≈ 95 000 rotations of rows of 300 for a 300×300 Gaussian matrix).
 */
final class TridiagonalDivideAndConquer {
    /** Pieces this small are solved by QR (LAPACK's SMLSIZ). */
    static final int LEAF = 25;
    private static final double ROUNDOFF = 0x1.0p-53;

    private TridiagonalDivideAndConquer() {
    }

    /**
     * Diagonalizes T (diagonal d, off-diagonal e): on return d holds the eigenvalues in
     * ascending order, and row i of the result is a unit eigenvector for d[i]. e is destroyed.
     */
    static double[][] diagonalize(double[] d, double[] e) {
        return diagonalize(d, e, LEAF);
    }

    /** As {@link #diagonalize(double[], double[])} with leaves of at most {@code leaf} rows (≥ 1). */
    static double[][] diagonalize(double[] d, double[] e, int leaf) {
        int n = d.length;
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        int start = 0;
        while (start < n) {
            // As dstedc: the blocks between relatively negligible off-diagonal entries
            // (|eᵢ| ≤ u·√|dᵢ|·√|dᵢ₊₁|) are independent problems, each scaled on its own.
            int end = start;
            while (end + 1 < n && Math.abs(e[end]) > (Math.sqrt(Math.abs(d[end]))
                    * Math.sqrt(Math.abs(d[end + 1]))) * ROUNDOFF) {
                end++;
            }
            int m = end - start + 1;
            double[] bd = slice(d, start, m);
            double[] be = slice(e, start, m - 1);
            double[][] rows = solveBlock(bd, be, Math.max(1, leaf));
            for (int i = 0; i < m; i++) {
                values[start + i] = bd[i];
                double[] full = new double[n];
                System.arraycopy(rows[i], 0, full, start, m);
                vectors[start + i] = full;
            }
            start = end + 1;
        }
        int[] order = Sorting.ascending(values, n);
        double[][] sorted = new double[n][];
        for (int i = 0; i < n; i++) {
            d[i] = values[order[i]];
            sorted[i] = vectors[order[i]];
        }
        return sorted;
    }

    /**
     * One unreduced block: on return d holds its eigenvalues ascending, matching the rows returned.
     * Above the leaf size the vectors come from divide and conquer but the values from the QR
     * iteration ({@link SymmetricTridiagonalQR}, values only, O(m²)): tearing T at k subtracts |β|
     * from two diagonal entries and adds it back in the rank-one update, and on a graded matrix
     * |β| ≫ the small eigenvalues, which the merge then only gets to absolute accuracy (LAPACK's
     * dstedc alike: 0.2–0.9 relative error on graded scaled diagonally dominant tridiagonals of
     * order 60–100, where QR keeps 1e-14). Pairing the i-th smallest value with the i-th vector
     * changes the decomposition by at most the absolute error of the merges, ε‖T‖.
     */
    private static double[][] solveBlock(double[] d, double[] e, int leaf) {
        int m = d.length;
        if (m <= leaf) {
            return solve(d, e, 0, m, leaf);
        }
        // The merges' deflation tolerance is absolute (|z| ≤ 1 whatever the scale of T), so the
        // block is first scaled to a largest entry near 1, as dstedc does; a power of two keeps that exact.
        int exponent = Scaling.exponentToUnit(Math.max(Scaling.maxAbs(d), Scaling.maxAbs(e)));
        double[] accurate = d.clone();
        double[] accurateE = e.clone();
        SymmetricTridiagonalQR.diagonalize(accurate, accurateE, null);
        java.util.Arrays.sort(accurate);
        Scaling.scaleAll(d, exponent);
        Scaling.scaleAll(e, exponent);
        double[][] rows = solve(d, e, 0, m, leaf);
        System.arraycopy(accurate, 0, d, 0, m);
        return rows;
    }

    private static double[][] solve(double[] d, double[] e, int lo, int hi, int leaf) {
        int m = hi - lo;
        if (m <= leaf) {
            return solveLeaf(d, e, lo, hi);
        }
        int n1 = m / 2;
        int k = lo + n1;
        double beta = e[k - 1];
        double absBeta = Math.abs(beta);
        d[k - 1] -= absBeta;
        d[k] -= absBeta;
        double[][] top = solve(d, e, lo, k, leaf);
        double[][] bottom = solve(d, e, k, hi, leaf);
        return new Merge(d, lo, n1, m, top, bottom, beta).run();
    }

    private static double[][] solveLeaf(double[] d, double[] e, int lo, int hi) {
        int m = hi - lo;
        double[] ld = slice(d, lo, m);
        double[] le = slice(e, lo, Math.max(m - 1, 0));
        RotationSequence rotations = new RotationSequence();
        SymmetricTridiagonalQR.diagonalize(ld, le, rotations);
        double[][] rows = identity(m);
        rotations.applyToRows(rows);
        int[] order = Sorting.ascending(ld, m);
        double[][] sorted = new double[m][];
        for (int i = 0; i < m; i++) {
            d[lo + i] = ld[order[i]];
            sorted[i] = rows[order[i]];
        }
        return sorted;
    }

    /**
     * One merge: the eigenpairs of diag(T₁, T₂) + |β|wwᵀ from those of T₁ (n1 rows) and T₂, whose
     * eigenvectors are the basis vectors (segments: the n1 top rows, the rest).
     */
    private static final class Merge {
        private final double[] d;
        private final int lo;
        private final int n1;
        private final int m;
        private final double beta;
        private final double[] values;
        private final double[] z;
        private final PartitionedVectors vectors;
        /** The eigenvalues of the undeflated part of the update, ascending. */
        private double[] lambda = new double[0];

        Merge(double[] d, int lo, int n1, int m, double[][] top, double[][] bottom, double beta) {
            this.d = d;
            this.lo = lo;
            this.n1 = n1;
            this.m = m;
            this.beta = beta;
            this.values = new double[m];
            this.z = new double[m];
            this.vectors = new PartitionedVectors(m, m, n1);
            double scale = Math.sqrt(0.5);
            double sign = beta >= 0.0 ? scale : -scale;
            for (int j = 0; j < n1; j++) {
                values[j] = d[lo + j];
                vectors.set(j, 0, top[j]);
                z[j] = top[j][n1 - 1] * scale;
            }
            for (int j = n1; j < m; j++) {
                values[j] = d[lo + j];
                vectors.set(j, 1, bottom[j - n1]);
                z[j] = bottom[j - n1][0] * sign;
            }
        }

        double[][] run() {
            double rho = 2.0 * Math.abs(beta);
            int[] byValue = Sorting.merged(values, n1, m);
            double dMax = 0.0;
            double zMax = 0.0;
            for (int j = 0; j < m; j++) {
                dMax = Math.max(dMax, Math.abs(values[j]));
                zMax = Math.max(zMax, Math.abs(z[j]));
            }
            double tol = 8.0 * ROUNDOFF * Math.max(dMax, zMax);
            int[] kept = new int[m];
            int count = 0;
            int[] deflated = new int[m];
            int deflatedCount = 0;
            if (rho * zMax <= tol) {
                for (int j = 0; j < m; j++) {
                    deflated[deflatedCount++] = byValue[j];
                }
            } else {
                int previous = -1;
                for (int p = 0; p < m; p++) {
                    int j = byValue[p];
                    if (rho * Math.abs(z[j]) <= tol) {
                        deflated[deflatedCount++] = j;
                    } else if (previous < 0) {
                        previous = j;
                    } else if (rotateIfClose(previous, j, tol)) {
                        deflated[deflatedCount++] = previous;
                        previous = j;
                    } else {
                        kept[count++] = previous;
                        previous = j;
                    }
                }
                if (previous >= 0) {
                    kept[count++] = previous;
                }
            }
            double[][] updated = count == 0 ? new double[0][] : solveUpdate(kept, count, rho);
            return assemble(updated, count, deflated, deflatedCount);
        }

        /**
         * When d_q − d_p is so small that rotating vectors p, q to put all of z_p into z_q changes
         * the matrix by at most tol, does so (z_p becomes 0, so p deflates) and returns true.
         */
        private boolean rotateIfClose(int p, int q, double tol) {
            double tau = SymmetricTridiagonalQR.hypot(z[q], z[p]);
            double c = z[q] / tau;
            double s = -z[p] / tau;
            double gap = values[q] - values[p];
            if (Math.abs(gap * c * s) > tol) {
                return false;
            }
            z[q] = tau;
            z[p] = 0.0;
            vectors.rotate(p, q, c, s);
            double dp = values[p];
            double dq = values[q];
            values[p] = (c * c) * dp + (s * s) * dq;
            values[q] = (s * s) * dp + (c * c) * dq;
            return true;
        }

        /**
         * Solves the update restricted to the kept (undeflated) indices and returns its
         * eigenvectors in the original coordinates, in ascending order of their eigenvalues
         * (which go to {@link #lambda}).
         */
        private double[][] solveUpdate(int[] kept, int count, double rho) {
            double[] dk = gather(values, kept, count);
            double[] zk = gather(z, kept, count);
            // delta[i][j] = d_j − λᵢ, then overwritten by eigenvector i of the update.
            double[][] delta = new double[count][count];
            lambda = new double[count];
            SecularEquation secular = SecularEquation.eigen(count, dk, zk, rho);
            for (int i = 0; i < count; i++) {
                lambda[i] = secular.root(i, delta[i]);
            }
            double[] zHat = lowner(dk, zk, delta, count, rho);
            for (int i = 0; i < count; i++) {
                double[] u = delta[i];
                for (int j = 0; j < count; j++) {
                    u[j] = zHat[j] / u[j];
                }
                normalize(u, count);
            }
            return vectors.combine(kept, count, delta, count);
        }

        /**
         * ẑⱼ with ẑⱼ² = Πᵢ(λᵢ − dⱼ) / (ρ·Π_{i≠j}(dᵢ − dⱼ)) and the sign of zⱼ: the vector for which
         * D + ρẑẑᵀ has exactly the computed λ. Each factor is a ratio near the interval it
         * lies in, so the running product neither overflows nor underflows.
         */
        private static double[] lowner(double[] dk, double[] zk, double[][] delta, int count, double rho) {
            double[] zHat = new double[count];
            for (int j = 0; j < count; j++) {
                double w = -delta[j][j] / rho;
                for (int i = 0; i < count; i++) {
                    if (i != j) {
                        w = (-delta[i][j] / (dk[i] - dk[j])) * w;
                    }
                }
                double root = Math.sqrt(w);
                zHat[j] = zk[j] >= 0.0 ? root : -root;
            }
            return zHat;
        }

        /** Writes the sorted eigenvalues into d[lo..lo+m) and returns the matching vectors. */
        private double[][] assemble(double[][] updated, int count, int[] deflated, int deflatedCount) {
            double[] deflatedValues = new double[deflatedCount];
            for (int t = 0; t < deflatedCount; t++) {
                deflatedValues[t] = values[deflated[t]];
            }
            int[] order = Sorting.ascending(deflatedValues, deflatedCount);
            double[][] result = new double[m][];
            int a = 0;
            int b = 0;
            for (int p = 0; p < m; p++) {
                if (b >= deflatedCount || (a < count && lambda[a] <= deflatedValues[order[b]])) {
                    d[lo + p] = lambda[a];
                    result[p] = updated[a];
                    a++;
                } else {
                    d[lo + p] = deflatedValues[order[b]];
                    result[p] = vectors.full(deflated[order[b]]);
                    b++;
                }
            }
            return result;
        }
    }

    /** v[from..from+len) as a new array. */
    static double[] slice(double[] v, int from, int len) {
        double[] out = new double[len];
        System.arraycopy(v, from, out, 0, len);
        return out;
    }

    /** The m×m identity as rows. */
    static double[][] identity(int m) {
        double[][] rows = new double[m][m];
        for (int i = 0; i < m; i++) {
            rows[i][i] = 1.0;
        }
        return rows;
    }

    /** (v[idx[0]], …, v[idx[count − 1]]). */
    static double[] gather(double[] v, int[] idx, int count) {
        double[] out = new double[count];
        for (int t = 0; t < count; t++) {
            out[t] = v[idx[t]];
        }
        return out;
    }

    /** u[0..count) ← u/‖u‖. */
    static void normalize(double[] u, int count) {
        double norm = 0.0;
        for (int j = 0; j < count; j++) {
            norm += u[j] * u[j];
        }
        double inv = 1.0 / Math.sqrt(norm);
        for (int j = 0; j < count; j++) {
            u[j] *= inv;
        }
    }
}
