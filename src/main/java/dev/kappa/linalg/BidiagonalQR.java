package dev.kappa.linalg;

/**
 * Singular values of an upper bidiagonal n×n matrix B (diagonal d, superdiagonal e) by the
 * implicit-shift QR algorithm of Golub and Kahan (Golub &amp; Van Loan, §8.6.2).
 *
 * <p>Each step is implicitly a QR step on BᵀB with the Wilkinson shift of its trailing 2×2, done
 * on B itself by chasing a bulge with alternating right and left Givens rotations, so BᵀB is never
 * formed. Deflation sets e[k] to zero once |e[k]| ≤ ε(|d[k]| + |d[k+1]|); a diagonal entry with
 * |d[k]| ≤ ε‖B‖ is set to zero and its row (or, for the last one, its column) is cleared by a
 * zero-shift chase of rotations, which splits the problem. Each such change perturbs B by at most
 * ε‖B‖, so the computed values are backward stable. On return d holds the singular values up to
 * sign (unsorted); the left rotations are recorded in {@code u} and the right ones in {@code v}
 * (as rotations of the rows of Uᵀ and Vᵀ), for the caller to apply in one pass.
 *
 * <p>Steps are bounded by 40·n; running out throws {@link ArithmeticException}.
 */
final class BidiagonalQR {
    private static final int STEPS_PER_VALUE = 40;

    private BidiagonalQR() {
    }

    static void diagonalize(double[] d, double[] e, RotationSequence u, RotationSequence v) {
        int n = d.length;
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + (i + 1 < n ? Math.abs(e[i]) : 0.0));
        }
        double negligible = Tolerance.EPS * norm;
        int steps = 0;
        int maxSteps = STEPS_PER_VALUE * Math.max(n, 1);
        int h = n - 1;
        while (h > 0) {
            int l = h;
            while (l > 0) {
                double t = Math.abs(e[l - 1]);
                if (t <= Tolerance.EPS * (Math.abs(d[l - 1]) + Math.abs(d[l])) || t < Tolerance.SAFE_MIN) {
                    e[l - 1] = 0.0;
                    break;
                }
                l--;
            }
            if (l == h) {
                h--;
                continue;
            }
            if (++steps > maxSteps) {
                throw new ArithmeticException("bidiagonal QR did not converge in " + maxSteps
                        + " steps (block " + l + ".." + h + " of " + n + ")");
            }
            int zero = -1;
            for (int i = l; i <= h; i++) {
                if (Math.abs(d[i]) <= negligible) {
                    d[i] = 0.0;
                    zero = i;
                    break;
                }
            }
            if (zero < 0) {
                shiftedStep(d, e, l, h, u, v);
            } else if (zero < h) {
                clearRow(d, e, zero, h, u);
            } else {
                clearLastColumn(d, e, l, h, v);
            }
        }
    }

    /** One Golub–Kahan step on the unreduced block l..h (all d and e there nonzero). */
    private static void shiftedStep(double[] d, double[] e, int l, int h, RotationSequence u, RotationSequence v) {
        // Trailing 2×2 of BᵀB for the block, and its eigenvalue nearer the last diagonal entry.
        double dm = d[h - 1];
        double em = e[h - 1];
        double above = h - 1 > l ? e[h - 2] : 0.0;
        double mu = SymmetricTridiagonalQR.wilkinsonShift(dm * dm + above * above, d[h] * d[h] + em * em, dm * em);
        double y = d[l] * d[l] - mu;
        double z = d[l] * e[l];
        for (int k = l; k < h; k++) {
            // Right rotation of columns k, k+1 sending (y, z) to (r, 0).
            double r = SymmetricTridiagonalQR.hypot(y, z);
            double inv = r == 0.0 ? 0.0 : 1.0 / r;
            double c = r == 0.0 ? 1.0 : y * inv;
            double s = z * inv;
            if (k > l) {
                e[k - 1] = r;
            }
            double dk = d[k];
            double ek = e[k];
            double dk1 = d[k + 1];
            y = c * dk + s * ek;
            e[k] = c * ek - s * dk;
            z = s * dk1;
            dk1 = c * dk1;
            v.add(k, k + 1, c, s);
            // Left rotation of rows k, k+1 folding the bulge z at (k+1, k) into d[k].
            r = SymmetricTridiagonalQR.hypot(y, z);
            inv = r == 0.0 ? 0.0 : 1.0 / r;
            c = r == 0.0 ? 1.0 : y * inv;
            s = z * inv;
            d[k] = r;
            ek = e[k];
            e[k] = c * ek + s * dk1;
            d[k + 1] = c * dk1 - s * ek;
            if (k + 1 < h) {
                // The left rotation pushes a new bulge to (k, k+2).
                z = s * e[k + 1];
                e[k + 1] = c * e[k + 1];
                y = e[k];
            }
            u.add(k, k + 1, c, s);
        }
    }

    /**
     * d[i] = 0 with i &lt; h: rotate row i against rows i+1..h from the left, which moves the
     * entry e[i] rightwards until it falls off the block, leaving row i zero.
     */
    private static void clearRow(double[] d, double[] e, int i, int h, RotationSequence u) {
        double x = e[i];
        e[i] = 0.0;
        for (int j = i + 1; j <= h && x != 0.0; j++) {
            double r = SymmetricTridiagonalQR.hypot(d[j], x);
            double c = d[j] / r;
            double s = x / r;
            d[j] = r;
            u.add(j, i, c, s);
            if (j < h) {
                x = -s * e[j];
                e[j] = c * e[j];
            }
        }
    }

    /**
     * d[h] = 0: rotate column h against columns h−1..l from the right, which moves e[h−1] upwards
     * until it falls off the block, leaving column h zero.
     */
    private static void clearLastColumn(double[] d, double[] e, int l, int h, RotationSequence v) {
        double x = e[h - 1];
        e[h - 1] = 0.0;
        for (int j = h - 1; j >= l && x != 0.0; j--) {
            double r = SymmetricTridiagonalQR.hypot(d[j], x);
            double c = d[j] / r;
            double s = x / r;
            d[j] = r;
            v.add(j, h, c, s);
            if (j > l) {
                x = -s * e[j - 1];
                e[j - 1] = c * e[j - 1];
            }
        }
    }

    /** Makes every d[i] non-negative, negating right vector i (row i of vt) with it: σᵢ = |dᵢ|. */
    static void makeNonNegative(double[] d, double[][] vt) {
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                double[] row = vt[i];
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
        }
    }
}
