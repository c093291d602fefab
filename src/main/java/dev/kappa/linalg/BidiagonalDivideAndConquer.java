package dev.kappa.linalg;

/**
 * Singular values and vectors of an upper bidiagonal n×n matrix B by divide and conquer (Gu and
 * Eisenstat's method, as in LAPACK's dbdsdc), for the same reason as
 * {@link TridiagonalDivideAndConquer}: applying QR's rotations to the vectors costs more flops
 * than the merges' matrix products.
 *
 * <p>B is torn at a middle row k: rows above it form a k×(k+1) bidiagonal block B₁′, rows below a
 * square block B₂, and row k holds α = d[k] and β = e[k]. A sweep of k right rotations moves
 * B₁′'s last column into the others (B₁′G = [B₁ 0], B₁ square bidiagonal), so both halves are
 * square problems solved recursively, and B₁′ = U₁[Σ₁ 0]V₁′ᵀ with V₁′ = G·diag(W₁, 1), whose last
 * column spans B₁′'s null space. In the bases so found, B = L·M·Rᵀ with M the "broken arrow"
 * whose first row is z = (α·V₁′[k,:], β·V₂[0,:]) and whose diagonal is (0, Σ₁, Σ₂). Since MᵀM =
 * D² + zzᵀ, the singular values of M solve 1 + Σⱼ zⱼ²/(dⱼ² − σ²) = 0
 * ({@link SecularEquation#singular}); its right vectors are (zⱼ/(dⱼ² − σ²))ⱼ and its left
 * ones (−1, (dⱼzⱼ/(dⱼ² − σ²))ⱼ₌₁..), both with z recomputed from the computed σ (Löwner's
 * formula) so that they are orthogonal to working precision.
 *
 * <p>Deflation is relative, so that small singular values keep their relative accuracy (LAPACK's
 * dlasd2 deflates with the absolute tolerance 64u·‖B‖ and loses them on graded matrices). Each
 * step is a multiplicative perturbation of M of relative size at most tol = 8u, which moves every
 * singular value by at most that relative amount: a zⱼ with |zⱼ| ≤ tol·dⱼ is set to zero (that is
 * M ← (I − (zⱼ/dⱼ)e₀eⱼᵀ)M, since row j of M is dⱼeⱼᵀ), leaving (dⱼ, Lⱼ, Rⱼ) a singular triplet; of
 * two dⱼ within tol·dⱼ of each other, one zⱼ is rotated into the other (rotating both L and R).
 * Only below {@link #NEGLIGIBLE} (2⁻²⁰⁰ ≈ 6e-61 after scaling B to a largest entry near 1, where
 * the squares and products of squares the secular equation forms would approach underflow) is
 * anything treated as an absolute zero: such a dⱼ is set to 0 and
 * its zⱼ rotated into z₀, and a z₀ that small is raised to it (as dlasd2 raises it to its tol).
 * Pieces of at most {@link #LEAF} rows are solved by bidiagonal QR ({@link BidiagonalQR}).
 */
final class BidiagonalDivideAndConquer {
    /** Pieces this small are solved by QR (LAPACK's SMLSIZ). */
    static final int LEAF = 25;
    private static final double ROUNDOFF = 0x1.0p-53;
    /** Relative deflation tolerance (see the class comment). */
    private static final double TOL = 8.0 * ROUNDOFF;
    /** Absolute zero for poles and for z₀, B being scaled to a largest entry in [1, 2). */
    static final double NEGLIGIBLE = 0x1.0p-200;

    private BidiagonalDivideAndConquer() {
    }

    /** Unit singular vectors as rows: B·right[i] = σᵢ·left[i]. */
    static final class Vectors {
        final double[][] left;
        final double[][] right;

        Vectors(double[][] left, double[][] right) {
            this.left = left;
            this.right = right;
        }
    }

    /**
     * Decomposes B (diagonal d, superdiagonal e): on return d holds the singular values in
     * ascending order; e is destroyed.
     */
    static Vectors diagonalize(double[] d, double[] e) {
        return diagonalize(d, e, LEAF);
    }

    /** As {@link #diagonalize(double[], double[])} with leaves of at most {@code leaf} rows (≥ 2). */
    static Vectors diagonalize(double[] d, double[] e, int leaf) {
        // Scale to a largest entry near 1, so that NEGLIGIBLE means the same at every scale.
        int exponent = Scaling.exponentToUnit(Math.max(Scaling.maxAbs(d), Scaling.maxAbs(e)));
        Scaling.scaleAll(d, exponent);
        Scaling.scaleAll(e, exponent);
        Vectors result = solve(d, e, 0, d.length, Math.max(2, leaf));
        for (int i = 0; i < d.length; i++) {
            d[i] = Scaling.scale(d[i], -exponent);
        }
        return result;
    }

    private static Vectors solve(double[] d, double[] e, int lo, int hi, int leaf) {
        int m = hi - lo;
        if (m <= leaf) {
            return solveLeaf(d, e, lo, hi);
        }
        int k = m / 2;
        int mid = lo + k;
        double alpha = d[mid];
        double beta = mid + 1 < hi ? e[mid] : 0.0;
        // Right rotations G⁽ʲ⁾ of columns j, k (j = k−1 down to 0) chase B₁′'s last column away.
        double[] cos = new double[k];
        double[] sin = new double[k];
        double fill = e[mid - 1];
        for (int j = k - 1; j >= 0; j--) {
            double dj = d[lo + j];
            double r = SymmetricTridiagonalQR.hypot(dj, fill);
            double c = 1.0;
            double s = 0.0;
            if (r != 0.0) {
                c = dj / r;
                s = fill / r;
            }
            d[lo + j] = r;
            cos[j] = c;
            sin[j] = s;
            if (j > 0) {
                double above = e[lo + j - 1];
                e[lo + j - 1] = c * above;
                fill = -s * above;
            }
        }
        Vectors top = solve(d, e, lo, mid, leaf);
        Vectors bottom = solve(d, e, mid + 1, hi, leaf);
        double[][] topRight = new double[k + 1][];
        for (int i = 0; i <= k; i++) {
            double[] x = new double[k + 1];
            if (i < k) {
                System.arraycopy(top.right[i], 0, x, 0, k);
            } else {
                x[k] = 1.0;
            }
            // V₁′ = G·diag(W₁, 1) with G = G⁽ᵏ⁻¹⁾⋯G⁽⁰⁾: G⁽⁰⁾ acts first.
            for (int j = 0; j < k; j++) {
                double xj = x[j];
                double xk = x[k];
                x[j] = cos[j] * xj - sin[j] * xk;
                x[k] = sin[j] * xj + cos[j] * xk;
            }
            topRight[i] = x;
        }
        return new Merge(d, lo, k, m, alpha, beta, top.left, topRight, bottom).run();
    }

    private static Vectors solveLeaf(double[] d, double[] e, int lo, int hi) {
        int m = hi - lo;
        double[] ld = TridiagonalDivideAndConquer.slice(d, lo, m);
        double[] le = TridiagonalDivideAndConquer.slice(e, lo, Math.max(m - 1, 0));
        RotationSequence leftRotations = new RotationSequence();
        RotationSequence rightRotations = new RotationSequence();
        BidiagonalQR.diagonalize(ld, le, leftRotations, rightRotations);
        double[][] left = TridiagonalDivideAndConquer.identity(m);
        double[][] right = TridiagonalDivideAndConquer.identity(m);
        leftRotations.applyToRows(left);
        rightRotations.applyToRows(right);
        BidiagonalQR.makeNonNegative(ld, right);
        int[] order = Sorting.ascending(ld, m);
        double[][] sortedLeft = new double[m][];
        double[][] sortedRight = new double[m][];
        for (int i = 0; i < m; i++) {
            d[lo + i] = ld[order[i]];
            sortedLeft[i] = left[order[i]];
            sortedRight[i] = right[order[i]];
        }
        return new Vectors(sortedLeft, sortedRight);
    }

    /**
     * One merge. Arrow index 0 is the middle row (left vector e_k, right vector B₁′'s null
     * vector, d = 0); indices 1..k are B₁′'s triplets and k+1..m−1 are B₂'s. Left vectors have
     * segments [0, k), [k, k+1), [k+1, m); right ones [0, k+1), [k+1, m).
     */
    private static final class Merge {
        private final double[] d;
        private final int lo;
        private final int k;
        private final int m;
        private final double[] poles;
        private final double[] z;
        private final PartitionedVectors left;
        private final PartitionedVectors right;
        private double[] sigma = new double[0];

        Merge(double[] d, int lo, int k, int m, double alpha, double beta, double[][] topLeft, double[][] topRight,
                Vectors bottom) {
            this.d = d;
            this.lo = lo;
            this.k = k;
            this.m = m;
            this.poles = new double[m];
            this.z = new double[m];
            this.left = new PartitionedVectors(m, m, k, k + 1);
            this.right = new PartitionedVectors(m, m, k + 1);
            left.set(0, 1, new double[] {1.0});
            right.set(0, 0, topRight[k]);
            z[0] = alpha * topRight[k][k];
            for (int i = 0; i < k; i++) {
                poles[1 + i] = d[lo + i];
                left.set(1 + i, 0, topLeft[i]);
                right.set(1 + i, 0, topRight[i]);
                z[1 + i] = alpha * topRight[i][k];
            }
            for (int i = 0; k + 1 + i < m; i++) {
                poles[k + 1 + i] = d[lo + k + 1 + i];
                left.set(k + 1 + i, 2, bottom.left[i]);
                right.set(k + 1 + i, 1, bottom.right[i]);
                z[k + 1 + i] = beta * bottom.right[i][0];
            }
        }

        Vectors run() {
            double[] others = new double[m - 1];
            System.arraycopy(poles, 1, others, 0, m - 1);
            int[] byValue = Sorting.merged(others, k, m - 1);
            int[] kept = new int[m];
            kept[0] = 0;
            int count = 1;
            int[] deflated = new int[m];
            int deflatedCount = 0;
            int previous = -1;
            for (int p = 0; p < m - 1; p++) {
                int j = 1 + byValue[p];
                if (Math.abs(z[j]) <= TOL * poles[j]) {
                    deflated[deflatedCount++] = j;
                } else if (poles[j] <= NEGLIGIBLE) {
                    // dⱼ ≈ 0 duplicates the pole at 0: fold zⱼ into z₀ (right vectors only: row j
                    // of M is then zero, so its left vector is untouched).
                    double tau = SymmetricTridiagonalQR.hypot(z[0], z[j]);
                    right.rotate(0, j, z[0] / tau, z[j] / tau);
                    z[0] = tau;
                    z[j] = 0.0;
                    poles[j] = 0.0;
                    deflated[deflatedCount++] = j;
                } else if (previous >= 0 && poles[j] - poles[previous] <= TOL * poles[j]) {
                    double tau = SymmetricTridiagonalQR.hypot(z[j], z[previous]);
                    double c = z[j] / tau;
                    double s = -z[previous] / tau;
                    right.rotate(previous, j, c, s);
                    left.rotate(previous, j, c, s);
                    z[j] = tau;
                    z[previous] = 0.0;
                    deflated[deflatedCount++] = previous;
                    previous = j;
                } else {
                    if (previous >= 0) {
                        kept[count++] = previous;
                    }
                    previous = j;
                }
            }
            if (previous >= 0) {
                kept[count++] = previous;
            }
            Vectors updated;
            if (count == 1) {
                updated = single();
            } else {
                if (Math.abs(z[0]) <= NEGLIGIBLE) {
                    // The pole at 0 needs a nonzero weight; this changes M by at most NEGLIGIBLE.
                    z[0] = z[0] >= 0.0 ? NEGLIGIBLE : -NEGLIGIBLE;
                }
                updated = solveUpdate(kept, count);
            }
            return assemble(updated, count, deflated, deflatedCount);
        }

        /** Only the middle row is left: M restricted to it is [z₀], so σ = |z₀|. */
        private Vectors single() {
            double[] u = left.full(0);
            double[] flipped = new double[m];
            for (int r = 0; r < m; r++) {
                flipped[r] = z[0] >= 0.0 ? u[r] : -u[r];
            }
            sigma = new double[] {Math.abs(z[0])};
            return new Vectors(new double[][] {flipped}, new double[][] {right.full(0)});
        }

        private Vectors solveUpdate(int[] kept, int count) {
            double[] dk = TridiagonalDivideAndConquer.gather(poles, kept, count);
            double[] zk = TridiagonalDivideAndConquer.gather(z, kept, count);
            // delta[i][j] = dⱼ² − σᵢ², then overwritten by right vector i of M.
            double[][] delta = new double[count][count];
            sigma = new double[count];
            SecularEquation secular = SecularEquation.singular(count, dk, zk);
            for (int i = 0; i < count; i++) {
                sigma[i] = secular.root(i, delta[i]);
            }
            double[] zHat = lowner(dk, zk, delta, count);
            double[][] u = new double[count][count];
            for (int i = 0; i < count; i++) {
                double[] v = delta[i];
                double[] ui = u[i];
                ui[0] = -1.0;
                for (int j = 0; j < count; j++) {
                    double x = zHat[j] / v[j];
                    v[j] = x;
                    if (j > 0) {
                        ui[j] = dk[j] * x;
                    }
                }
                TridiagonalDivideAndConquer.normalize(v, count);
                TridiagonalDivideAndConquer.normalize(ui, count);
            }
            return new Vectors(left.combine(kept, count, u, count), right.combine(kept, count, delta, count));
        }

        /**
         * ẑⱼ with ẑⱼ² = Πᵢ(σᵢ² − dⱼ²) / Π_{i≠j}(dᵢ² − dⱼ²) and the sign of zⱼ: the vector for which
         * D² + ẑẑᵀ has exactly the computed σ². Differences of squares are formed as products of
         * a difference and a sum.
         */
        private static double[] lowner(double[] dk, double[] zk, double[][] delta, int count) {
            double[] zHat = new double[count];
            for (int j = 0; j < count; j++) {
                double w = -delta[j][j];
                for (int i = 0; i < count; i++) {
                    if (i != j) {
                        w = ((-delta[i][j] / (dk[i] - dk[j])) / (dk[i] + dk[j])) * w;
                    }
                }
                double root = Math.sqrt(w);
                zHat[j] = zk[j] >= 0.0 ? root : -root;
            }
            return zHat;
        }

        /** Writes the sorted singular values into d[lo..lo+m) and returns the matching vectors. */
        private Vectors assemble(Vectors updated, int count, int[] deflated, int deflatedCount) {
            double[] deflatedValues = new double[deflatedCount];
            for (int t = 0; t < deflatedCount; t++) {
                deflatedValues[t] = poles[deflated[t]];
            }
            int[] order = Sorting.ascending(deflatedValues, deflatedCount);
            double[][] u = new double[m][];
            double[][] v = new double[m][];
            int a = 0;
            int b = 0;
            for (int p = 0; p < m; p++) {
                if (b >= deflatedCount || (a < count && sigma[a] <= deflatedValues[order[b]])) {
                    d[lo + p] = sigma[a];
                    u[p] = updated.left[a];
                    v[p] = updated.right[a];
                    a++;
                } else {
                    int j = deflated[order[b]];
                    d[lo + p] = deflatedValues[order[b]];
                    u[p] = left.full(j);
                    v[p] = right.full(j);
                    b++;
                }
            }
            return new Vectors(u, v);
        }
    }
}
