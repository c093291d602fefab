package dev.kappa.linalg;

/**
 * Exact rescaling by powers of two, so decompositions can move any finite input into a range
 * where squares neither overflow nor underflow, and move the results back without rounding.
 *
 * <p>Written without {@code Math.getExponent}/{@code Math.scalb} so every engine computes the
 * same exponents with plain multiplications.
 */
final class Scaling {
    /** Inputs whose largest entry lies in [2⁻²⁵⁶, 2²⁵⁶] are left alone: their squares are safe. */
    private static final double LOW = 0x1.0p-256;
    private static final double HIGH = 0x1.0p256;

    private Scaling() {
    }

    /**
     * The exponent k such that 2ᵏ·maxAbs lies in [1, 2), or 0 when maxAbs is 0 or already within
     * the safe range. Bounded: at most ~1100 halvings or doublings.
     */
    static int exponentFor(double maxAbs) {
        if (maxAbs == 0.0 || (maxAbs >= LOW && maxAbs <= HIGH)) {
            return 0;
        }
        return exponentToUnit(maxAbs);
    }

    /**
     * The exponent k such that 2ᵏ·maxAbs lies in [1, 2) (0 for 0), whatever the finite range of
     * maxAbs. A NaN or an infinity is refused: ∞·2⁻⁶⁴ is still ∞, and the loops would never end.
     */
    static int exponentToUnit(double maxAbs) {
        if (!NonFiniteException.isFinite(maxAbs)) {
            throw new NonFiniteException("the largest entry is " + maxAbs + "; entries must be finite");
        }
        if (maxAbs == 0.0) {
            return 0;
        }
        int k = 0;
        double x = maxAbs;
        while (x >= 0x1.0p64) {
            x *= 0x1.0p-64;
            k -= 64;
        }
        while (x >= 2.0) {
            x *= 0.5;
            k--;
        }
        while (x < 0x1.0p-64) {
            x *= 0x1.0p64;
            k += 64;
        }
        while (x < 1.0) {
            x *= 2.0;
            k++;
        }
        return k;
    }

    /** x·2ᵏ, exact unless the result leaves the normal range. */
    static double scale(double x, int k) {
        double y = x;
        int left = k;
        // Steps of at most 2^±512 keep every factor itself representable.
        while (left > 512) {
            y *= 0x1.0p512;
            left -= 512;
        }
        while (left < -512) {
            y *= 0x1.0p-512;
            left += 512;
        }
        return y * powerOfTwo(left);
    }

    /** Multiplies every entry of a by 2ᵏ. */
    static void scaleAll(double[] a, int k) {
        if (k == 0) {
            return;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = scale(a[i], k);
        }
    }

    /** 2ᵏ for |k| ≤ 512, built by squaring so it is exact. */
    private static double powerOfTwo(int k) {
        double base = k >= 0 ? 2.0 : 0.5;
        int e = Math.abs(k);
        double result = 1.0;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        return result;
    }

    /** max |a[i]|, or NaN if an entry is NaN (so that the callers' checks see it). */
    static double maxAbs(double[] a) {
        double m = 0.0;
        for (double v : a) {
            double x = Math.abs(v);
            if (!(x <= m)) {
                if (x != x) {
                    return x;
                }
                m = x;
            }
        }
        return m;
    }
}
