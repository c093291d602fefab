package dev.kappa.linalg;

/**
 * Eigenvalues (and optionally eigenvectors) of a symmetric tridiagonal matrix T by the implicit
 * symmetric QR algorithm with Wilkinson shifts (Golub &amp; Van Loan, §8.3).
 *
 * <p>Each sweep chases a bulge down an unreduced block with Givens rotations G, replacing T by
 * GᵀTG; the Wilkinson shift (the eigenvalue of the trailing 2×2 nearer its last entry) makes the
 * last off-diagonal entry converge cubically in practice. An off-diagonal entry is set to zero
 * once |e[k]| ≤ ε(|d[k]| + |d[k+1]|), which perturbs T by at most ε‖T‖ — the backward error of
 * the whole method. The rotations are recorded (as rotations of rows k, k+1 of Zᵀ for a rotation
 * in plane k, k+1): applied to the rows of Qᵀ, where T = QᵀAQ, they give the eigenvectors of A
 * as rows. Recording them and applying them afterwards in column blocks
 * ({@link RotationSequence}) keeps that O(n³) part in cache.
 *
 * <p>Sweeps are bounded by 30·n; running out throws {@link ArithmeticException}.
 */
final class SymmetricTridiagonalQR {
    private static final int SWEEPS_PER_EIGENVALUE = 30;

    private SymmetricTridiagonalQR() {
    }

    /**
     * Diagonalizes T in place: on return {@code d} holds the eigenvalues (unsorted) and {@code e}
     * is zero. Each rotation is appended to {@code rotations} (may be null).
     */
    static void diagonalize(double[] d, double[] e, RotationSequence rotations) {
        int n = d.length;
        int sweeps = 0;
        int maxSweeps = SWEEPS_PER_EIGENVALUE * Math.max(n, 1);
        int h = n - 1;
        while (h > 0) {
            // l: start of the unreduced block that ends at h.
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
            if (++sweeps > maxSweeps) {
                throw new ArithmeticException("symmetric tridiagonal QR did not converge in " + maxSweeps
                        + " sweeps (block " + l + ".." + h + " of " + n + ")");
            }
            sweep(d, e, rotations, l, h, wilkinsonShift(d[h - 1], d[h], e[h - 1]));
        }
    }

    /**
     * The eigenvalue of [[a, f], [f, b]] nearer b: b − f²/(δ + sign(δ)√(δ² + f²)), δ = (a − b)/2.
     * The sum in the denominator never cancels.
     */
    static double wilkinsonShift(double a, double b, double f) {
        double delta = 0.5 * (a - b);
        double r = hypot(delta, f);
        double denominator = delta >= 0.0 ? delta + r : delta - r;
        if (denominator == 0.0) {
            return b;
        }
        return b - (f / denominator) * f;
    }

    /** One implicit QR sweep with shift mu on the unreduced block l..h. */
    private static void sweep(double[] d, double[] e, RotationSequence rotations, int l, int h, double mu) {
        double x = d[l] - mu;
        double z = e[l];
        for (int k = l; k < h; k++) {
            // G = [[c, −s], [s, c]] with Gᵀ(x, z) = (r, 0).
            double r = hypot(x, z);
            double c;
            double s;
            if (r == 0.0) {
                c = 1.0;
                s = 0.0;
            } else {
                // One division instead of two: this loop is a chain of dependent operations.
                double inv = 1.0 / r;
                c = x * inv;
                s = z * inv;
            }
            if (k > l) {
                // x was e[k−1] and z the bulge at (k−1, k+1): the rotation folds it into e[k−1].
                e[k - 1] = r;
            }
            double a = d[k];
            double b = d[k + 1];
            double f = e[k];
            // GᵀMG for M = [[a, f], [f, b]].
            double cs = c * s;
            double twoCsf = 2.0 * cs * f;
            d[k] = c * c * a + twoCsf + s * s * b;
            d[k + 1] = s * s * a - twoCsf + c * c * b;
            e[k] = cs * (b - a) + (c * c - s * s) * f;
            if (k + 1 < h) {
                // The rotation of rows k, k+1 pushes s·e[k+1] into position (k, k+2): the new bulge.
                z = s * e[k + 1];
                e[k + 1] = c * e[k + 1];
                x = e[k];
            }
            if (rotations != null) {
                rotations.add(k, k + 1, c, s);
            }
        }
    }

    /** √(x² + y²) without overflow or harmful underflow; cheaper than {@code Math.hypot}. */
    static double hypot(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double big = Math.max(ax, ay);
        double small = Math.min(ax, ay);
        if (big == 0.0) {
            return 0.0;
        }
        if (big < 0x1.0p500 && small > 0x1.0p-500) {
            return Math.sqrt(ax * ax + ay * ay);
        }
        double t = small / big;
        return big * Math.sqrt(1.0 + t * t);
    }
}
