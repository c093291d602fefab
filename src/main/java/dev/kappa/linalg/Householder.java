package dev.kappa.linalg;

/**
 * Householder reflectors H = I − βvvᵀ, the building block of the QR and bidiagonal reductions.
 *
 * <p>For a vector x, {@link #reflect} finds v and β with Hx = αe₁, |α| = ‖x‖. The sign of α is
 * opposite to x₀ so forming v₀ = x₀ − α adds magnitudes instead of cancelling. v is computed from
 * x/max|xᵢ|, which keeps ‖v‖² free of overflow and underflow; H depends only on v's direction,
 * and then vᵀv = −2αv₀ gives β = 2/vᵀv = −1/(αv₀) without a second pass.
 */
final class Householder {
    /** 2⁻¹⁰⁰⁰: a vector whose largest entry is below this reflects as zero (see {@link #reflect}). */
    private static final double NEGLIGIBLE = 0x1.0p-1000;

    private Householder() {
    }

    /**
     * Overwrites x[off..off+len) with v and returns β; α (in x's units) is written to alpha[0].
     * β = 0 means H = I (x is already a multiple of e₁, or zero); v is then zero and α = x₀.
     * If alpha has room, alpha[1] = 1/max|xᵢ| and alpha[2] = α/max|xᵢ|, so that
     * v = x·alpha[1] − alpha[2]·e₁ (callers that accumulated xᵀA can turn it into vᵀA).
     */
    static double reflect(double[] x, int off, int len, double[] alpha) {
        double scale = 0.0;
        for (int i = off; i < off + len; i++) {
            double t = Math.abs(x[i]);
            if (t > scale) {
                scale = t;
            }
        }
        double x0 = len > 0 ? x[off] : 0.0;
        if (scale < NEGLIGIBLE) {
            // Zero, or so small that 1/scale would overflow: its callers work on matrices scaled to a
            // largest entry near 1, where this is far below any rounding error; treat it as zero.
            alpha[0] = 0.0;
            for (int i = off; i < off + len; i++) {
                x[i] = 0.0;
            }
            return 0.0;
        }
        double inv = 1.0 / scale;
        double tail = 0.0;
        for (int i = off + 1; i < off + len; i++) {
            double t = x[i] * inv;
            tail += t * t;
        }
        if (tail == 0.0) {
            // Entries below x₀ are zero (or below scale·2⁻⁵³⁷, negligible): no reflection needed.
            alpha[0] = x0;
            for (int i = off; i < off + len; i++) {
                x[i] = 0.0;
            }
            return 0.0;
        }
        double s0 = x0 * inv;
        double norm = Math.sqrt(s0 * s0 + tail);
        double a = s0 >= 0.0 ? -norm : norm;
        double v0 = s0 - a;
        x[off] = v0;
        for (int i = off + 1; i < off + len; i++) {
            x[i] *= inv;
        }
        alpha[0] = a * scale;
        if (alpha.length >= 3) {
            alpha[1] = inv;
            alpha[2] = a;
        }
        return -1.0 / (a * v0);
    }

    /**
     * x ← H_{count−1}⋯H₀·x for the reflectors of {@link #applyAllRight} (Hₖ acting on entries
     * [k + shift, len)): one vector, H₀ first.
     */
    static void applyToVector(double[][] v, double[] beta, int count, int shift, double[] x) {
        for (int k = 0; k < count; k++) {
            double b = beta[k];
            if (b == 0.0) {
                continue;
            }
            double[] vk = v[k];
            int from = k + shift;
            double f = b * dot(vk, from, x, from, vk.length - from);
            for (int j = from; j < vk.length; j++) {
                x[j] -= f * vk[j];
            }
        }
    }

    /** Rows per block in {@link #applyAllRight}: 8 rows of up to ~500 doubles stay in L1. */
    private static final int ROW_BLOCK = 8;

    /**
     * rows[r] ← rows[r]·H_{count−1}⋯H₀ for every row, where Hₖ = I − βₖvₖvₖᵀ acts on columns
     * [k + shift, len) with vₖ = v[k][k+shift..len). Rows are transformed independently, so this
     * takes them a few at a time and passes each reflector over the whole block while it is in
     * cache, instead of streaming every row through cache once per reflector.
     *
     * <p>Reflectors go in pairs (Hₖ then Hₖ₋₁): with fₖ = βₖ·x·vₖ, the second coefficient is
     * fₖ₋₁ = βₖ₋₁·(x·vₖ₋₁ − fₖ·vₖ·vₖ₋₁), so both dot products come from one pass over the row and
     * both updates from a second pass (vₖ·vₖ₋₁ is computed once per pair). That halves the loads
     * and stores of the row, the cost that dominates in scalar code.
     *
     * <p>With {@code fromIdentity}, row r is assumed to start as the unit row eᵣ: it is then
     * untouched by the reflectors with k + shift &gt; r, which are skipped.
     *
     * <p>Large applications (not from the identity, all rows and reflectors of one length) go to
     * installed {@link VectorKernels}, which compute the same sums in the same order.
     */
    static void applyAllRight(double[][] rows, double[][] v, double[] beta, int count, int shift,
            boolean fromIdentity) {
        double[] cross = crossProducts(v, count, shift);
        int width = rows.length == 0 ? 0 : rows[0].length;
        VectorKernels kernel = fromIdentity ? null : KernelChoice.forWork((long) rows.length * count * width);
        if (kernel != null && sameLength(rows, rows.length, width) && sameLength(v, count, width)) {
            kernel.applyReflectors(rows, v, beta, cross, count, shift);
        } else {
            applyAllRightScalar(rows, v, beta, cross, count, shift, fromIdentity);
        }
    }

    /** cross[k] = vₖ·vₖ₋₁ over vₖ's range (vₖ₋₁'s range contains it), as the paired reflectors need. */
    static double[] crossProducts(double[][] v, int count, int shift) {
        double[] cross = new double[Math.max(count, 1)];
        for (int k = 1; k < count; k++) {
            int from = k + shift;
            double[] vk = v[k];
            if (vk != null && v[k - 1] != null) {
                cross[k] = dot(vk, from, v[k - 1], from, vk.length - from);
            }
        }
        return cross;
    }

    private static boolean sameLength(double[][] arrays, int count, int length) {
        for (int i = 0; i < count; i++) {
            if (arrays[i] == null || arrays[i].length != length) {
                return false;
            }
        }
        return true;
    }

    /** {@link #applyAllRight} in plain Java, given cross[k] = vₖ·vₖ₋₁. */
    static void applyAllRightScalar(double[][] rows, double[][] v, double[] beta, double[] cross, int count,
            int shift, boolean fromIdentity) {
        int total = rows.length;
        for (int r0 = 0; r0 < total; r0 += ROW_BLOCK) {
            int r1 = Math.min(total, r0 + ROW_BLOCK);
            int kMax = fromIdentity ? Math.min(count - 1, r1 - 1 - shift) : count - 1;
            int k = kMax;
            while (k >= 0) {
                double ba = beta[k];
                double bb = k >= 1 ? beta[k - 1] : 0.0;
                if (ba == 0.0 || bb == 0.0) {
                    // One reflector alone (or none): the pairing needs both.
                    if (ba != 0.0) {
                        applyOne(rows, v[k], ba, k + shift, fromIdentity ? Math.max(r0, k + shift) : r0, r1);
                    }
                    k--;
                    continue;
                }
                int fromA = k + shift;
                int fromB = fromA - 1;
                // Rows r < fromA that start as eᵣ get fₖ = 0 exactly, so one start serves both.
                int rStart = fromIdentity ? Math.max(r0, fromB) : r0;
                double[] va = v[k];
                double[] vb = v[k - 1];
                int to = va.length;
                double ab = cross[k];
                int r = rStart;
                for (; r + 1 < r1; r += 2) {
                    applyPairToTwoRows(rows[r], rows[r + 1], va, vb, ba, bb, ab, fromA, to);
                }
                for (; r < r1; r++) {
                    double[] row = rows[r];
                    double sa0 = 0.0;
                    double sa1 = 0.0;
                    double sb0 = row[fromB] * vb[fromB];
                    double sb1 = 0.0;
                    int j = fromA;
                    for (; j + 1 < to; j += 2) {
                        double x0 = row[j];
                        double x1 = row[j + 1];
                        sa0 += x0 * va[j];
                        sb0 += x0 * vb[j];
                        sa1 += x1 * va[j + 1];
                        sb1 += x1 * vb[j + 1];
                    }
                    if (j < to) {
                        double x0 = row[j];
                        sa0 += x0 * va[j];
                        sb0 += x0 * vb[j];
                    }
                    double fa = ba * (sa0 + sa1);
                    double fb = bb * ((sb0 + sb1) - fa * ab);
                    if (fa == 0.0 && fb == 0.0) {
                        continue;
                    }
                    row[fromB] -= fb * vb[fromB];
                    for (j = fromA; j < to; j++) {
                        double t = row[j] - fa * va[j];
                        row[j] = t - fb * vb[j];
                    }
                }
                k -= 2;
            }
        }
    }

    /**
     * The paired update of {@link #applyAllRight} on two rows at once: each row's sums and
     * updates are exactly those of the one-row loop (same partial sums, same order), but each
     * vₖ, vₖ₋₁ entry is loaded (and bounds-checked) once for both rows, which cuts the loads per
     * row entry from three to two in both passes. WebAssembly has no SIMD here, so those loads
     * count: forming U_B for SVD 500×500 went from ≈ 24.5 to ≈ 21.5 ms in WasmGC.
     */
    private static void applyPairToTwoRows(double[] row, double[] row2, double[] va, double[] vb, double ba,
            double bb, double ab, int fromA, int to) {
        int fromB = fromA - 1;
        double vbB = vb[fromB];
        double sa0 = 0.0;
        double sa1 = 0.0;
        double sb0 = row[fromB] * vbB;
        double sb1 = 0.0;
        double ta0 = 0.0;
        double ta1 = 0.0;
        double tb0 = row2[fromB] * vbB;
        double tb1 = 0.0;
        int j = fromA;
        for (; j + 1 < to; j += 2) {
            double a0 = va[j];
            double b0 = vb[j];
            double x0 = row[j];
            double y0 = row2[j];
            sa0 += x0 * a0;
            sb0 += x0 * b0;
            ta0 += y0 * a0;
            tb0 += y0 * b0;
            double a1 = va[j + 1];
            double b1 = vb[j + 1];
            double x1 = row[j + 1];
            double y1 = row2[j + 1];
            sa1 += x1 * a1;
            sb1 += x1 * b1;
            ta1 += y1 * a1;
            tb1 += y1 * b1;
        }
        if (j < to) {
            double a0 = va[j];
            double b0 = vb[j];
            double x0 = row[j];
            double y0 = row2[j];
            sa0 += x0 * a0;
            sb0 += x0 * b0;
            ta0 += y0 * a0;
            tb0 += y0 * b0;
        }
        double fa = ba * (sa0 + sa1);
        double fb = bb * ((sb0 + sb1) - fa * ab);
        double ga = ba * (ta0 + ta1);
        double gb = bb * ((tb0 + tb1) - ga * ab);
        boolean first = fa != 0.0 || fb != 0.0;
        boolean second = ga != 0.0 || gb != 0.0;
        if (first && second) {
            row[fromB] -= fb * vbB;
            row2[fromB] -= gb * vbB;
            for (j = fromA; j < to; j++) {
                double a0 = va[j];
                double b0 = vb[j];
                double t = row[j] - fa * a0;
                row[j] = t - fb * b0;
                double u = row2[j] - ga * a0;
                row2[j] = u - gb * b0;
            }
        } else if (first) {
            updatePair(row, va, vb, fa, fb, fromA, to);
        } else if (second) {
            updatePair(row2, va, vb, ga, gb, fromA, to);
        }
    }

    private static void updatePair(double[] row, double[] va, double[] vb, double fa, double fb, int fromA, int to) {
        int fromB = fromA - 1;
        row[fromB] -= fb * vb[fromB];
        for (int j = fromA; j < to; j++) {
            double t = row[j] - fa * va[j];
            row[j] = t - fb * vb[j];
        }
    }

    /** rows[r] ← rows[r]·(I − β·v·vᵀ) for r in [rStart, r1), v acting on columns [from, v.length). */
    private static void applyOne(double[][] rows, double[] vk, double b, int from, int rStart, int r1) {
        int to = vk.length;
        for (int r = rStart; r < r1; r++) {
            double[] row = rows[r];
            double f = b * dot(row, from, vk, from, to - from);
            if (f != 0.0) {
                for (int j = from; j < to; j++) {
                    row[j] -= f * vk[j];
                }
            }
        }
    }

    /**
     * out[0] = v·a and out[1] = v·b over [off, off+len), each summed exactly as
     * {@link #dot} sums it, with v loaded once for both.
     */
    static void dot2(double[] v, double[] a, double[] b, int off, int len, double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double u0 = 0.0;
        double u1 = 0.0;
        double u2 = 0.0;
        double u3 = 0.0;
        int end = off + len;
        int i = off;
        for (; i + 3 < end; i += 4) {
            double v0 = v[i];
            double v1 = v[i + 1];
            double v2 = v[i + 2];
            double v3 = v[i + 3];
            s0 += v0 * a[i];
            s1 += v1 * a[i + 1];
            s2 += v2 * a[i + 2];
            s3 += v3 * a[i + 3];
            u0 += v0 * b[i];
            u1 += v1 * b[i + 1];
            u2 += v2 * b[i + 2];
            u3 += v3 * b[i + 3];
        }
        for (; i < end; i++) {
            s0 += v[i] * a[i];
            u0 += v[i] * b[i];
        }
        out[0] = ((s0 + s1) + s2) + s3;
        out[1] = ((u0 + u1) + u2) + u3;
    }

    /**
     * Σ a[aOff+i]·b[bOff+i] for i &lt; len, with four independent partial sums: a single running
     * sum is a chain of dependent additions that neither the JIT nor the CPU can overlap, and
     * this is the inner loop of every reflector application. The summation order is fixed (and
     * written so that TeaVM's JS output keeps it), so the result is the same on every engine.
     */
    static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < len; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        // Left-deep on purpose: TeaVM 0.15's JS printer drops the parentheses of a right operand
        // of + ((s0 + s1) + (s2 + s3) would print as s0 + s1 + s2 + s3), see docs/linalg.md.
        return ((s0 + s1) + s2) + s3;
    }
}
