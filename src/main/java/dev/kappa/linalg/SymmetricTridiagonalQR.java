package dev.kappa.linalg;

/**
 * Eigenvalues (and optionally eigenvectors) of a symmetric tridiagonal matrix T by the implicit
 * symmetric QR algorithm with Wilkinson shifts (Golub &amp; Van Loan, §8.3).
 *
 * <p>Each sweep chases a bulge down an unreduced block with Givens rotations G, replacing T by
 * GᵀTG; the Wilkinson shift (the eigenvalue of the trailing 2×2 nearer its last entry) makes the
 * last off-diagonal entry converge cubically in practice. An off-diagonal entry is set to zero
 * once e[k]² ≤ u²·|d[k]·d[k+1]| (u = 2⁻⁵³, LAPACK dsteqr's relative test), a change below u
 * relative to the geometric mean of its neighbours, and each block is chased towards its smaller
 * end (QR when the last diagonal entry is the smaller, QL otherwise), so graded matrices keep the
 * relative accuracy of their small eigenvalues (measured: within 16nε relative on scaled
 * diagonally dominant tridiagonals graded over 24 decades either way). The rotations are recorded (as rotations of rows k, k+1 of Zᵀ for a rotation
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
                if (negligible(d, e, l - 1)) {
                    e[l - 1] = 0.0;
                    break;
                }
                l--;
            }
            if (l == h) {
                h--;
                continue;
            }
            if (l + 1 == h) {
                solveTwoByTwo(d, e, l, rotations);
                continue;
            }
            if (++sweeps > maxSweeps) {
                throw new ArithmeticException("symmetric tridiagonal QR did not converge in " + maxSweeps
                        + " sweeps (block " + l + ".." + h + " of " + n + ")");
            }
            // Converge at the smaller end (LAPACK's dsteqr choice between QR and QL), so that a
            // graded block gives up its small eigenvalues first, each to high relative accuracy.
            if (Math.abs(d[h]) < Math.abs(d[l])) {
                sweep(d, e, rotations, l, h, wilkinsonShift(d[h - 1], d[h], e[h - 1]));
            } else {
                sweepUp(d, e, rotations, l, h, wilkinsonShift(d[l + 1], d[l], e[l]));
            }
        }
    }

    /**
     * Diagonalizes the 2×2 block [[a, b], [b, c]] at rows k, k+1 in closed form (the method of
     * LAPACK's dlaev2): the larger-magnitude eigenvalue from ½(a + c ± √((a − c)² + 4b²)) without
     * cancellation, the other from the determinant, and the eigenvector from whichever formula
     * avoids cancellation. A QR step would also converge here, but a rounded rotation would leave
     * the eigenvalues of, say, [[0, 1], [1, 0]] a few ulps off ±1, which a learner then reads.
     */
    private static void solveTwoByTwo(double[] d, double[] e, int k, RotationSequence rotations) {
        double a = d[k];
        double b = e[k];
        double c = d[k + 1];
        double sum = a + c;
        double diff = a - c;
        double absDiff = Math.abs(diff);
        double twoB = 2.0 * b;
        double absTwoB = Math.abs(twoB);
        double big = Math.abs(a) > Math.abs(c) ? a : c;
        double small = Math.abs(a) > Math.abs(c) ? c : a;
        double root;
        if (absDiff > absTwoB) {
            double t = absTwoB / absDiff;
            root = absDiff * Math.sqrt(1.0 + t * t);
        } else if (absDiff < absTwoB) {
            double t = absDiff / absTwoB;
            root = absTwoB * Math.sqrt(1.0 + t * t);
        } else {
            root = absTwoB * Math.sqrt(2.0);
        }
        double first;
        double second;
        int sumSign;
        if (sum < 0.0) {
            first = 0.5 * (sum - root);
            second = (big / first) * small - (b / first) * b;
            sumSign = -1;
        } else if (sum > 0.0) {
            first = 0.5 * (sum + root);
            second = (big / first) * small - (b / first) * b;
            sumSign = 1;
        } else {
            first = 0.5 * root;
            second = -0.5 * root;
            sumSign = 1;
        }
        // (cs, sn) is a unit eigenvector for `first`.
        double cs;
        int diffSign;
        if (diff >= 0.0) {
            cs = diff + root;
            diffSign = 1;
        } else {
            cs = diff - root;
            diffSign = -1;
        }
        double sn;
        if (Math.abs(cs) > absTwoB) {
            double ct = -twoB / cs;
            sn = 1.0 / Math.sqrt(1.0 + ct * ct);
            cs = ct * sn;
        } else if (absTwoB == 0.0) {
            cs = 1.0;
            sn = 0.0;
        } else {
            double tn = -cs / twoB;
            cs = 1.0 / Math.sqrt(1.0 + tn * tn);
            sn = tn * cs;
        }
        if (sumSign == diffSign) {
            double t = cs;
            cs = -sn;
            sn = t;
        }
        d[k] = first;
        d[k + 1] = second;
        e[k] = 0.0;
        if (rotations != null) {
            rotations.add(k, k + 1, cs, sn);
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

    /** e[k]² ≤ u²·|d[k]|·|d[k+1]| + the underflow level, without squaring e (no overflow). */
    private static boolean negligible(double[] d, double[] e, int k) {
        double t = Math.abs(e[k]);
        if (t < Tolerance.SAFE_MIN) {
            return true;
        }
        return t <= (Math.sqrt(Math.abs(d[k])) * Math.sqrt(Math.abs(d[k + 1]))) * ROUNDOFF;
    }

    private static final double ROUNDOFF = 0x1.0p-53;
    /** Below this, 1/r overflows or loses bits. */
    private static final double TINY = 0x1.0p-1000;

    /**
     * The mirror image of {@link #sweep}: one implicit QL sweep with shift mu, chasing the bulge
     * from the bottom of the block l..h to its top (the same formulas with the order reversed).
     */
    private static void sweepUp(double[] d, double[] e, RotationSequence rotations, int l, int h, double mu) {
        double x = d[h] - mu;
        double z = e[h - 1];
        for (int k = h; k > l; k--) {
            double r = hypot(x, z);
            double c;
            double s;
            if (r == 0.0) {
                c = 1.0;
                s = 0.0;
            } else if (r < TINY) {
                c = x / r;
                s = z / r;
            } else {
                double inv = 1.0 / r;
                c = x * inv;
                s = z * inv;
            }
            if (k < h) {
                e[k] = r;
            }
            double a = d[k];
            double b = d[k - 1];
            double f = e[k - 1];
            double cs = c * s;
            double twoCsf = 2.0 * cs * f;
            d[k] = c * c * a + twoCsf + s * s * b;
            d[k - 1] = s * s * a - twoCsf + c * c * b;
            e[k - 1] = cs * (b - a) + (c * c - s * s) * f;
            if (k - 1 > l) {
                z = s * e[k - 2];
                e[k - 2] = c * e[k - 2];
                x = e[k - 1];
            }
            if (rotations != null) {
                rotations.add(k, k - 1, c, s);
            }
        }
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
            } else if (r < TINY) {
                // 1/r would overflow (r subnormal): divide instead.
                c = x / r;
                s = z / r;
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
