package dev.kappa.linalg;

/**
 * The one place that names machine precision and the tolerances derived from it.
 *
 * <p>{@code Math.ulp(1.0)} is not used: TeaVM 0.15's class library returns a wrong value for it,
 * and every engine must agree bit for bit.
 */
public final class Tolerance {
    /** Machine epsilon for doubles, 2⁻⁵²: the gap between 1 and the next double. */
    public static final double EPS = 0x1.0p-52;

    /** The smallest positive normal double, below which scaling loses precision. */
    public static final double SAFE_MIN = 0x1.0p-1022;

    private Tolerance() {
    }

    /**
     * numpy's {@code lstsq(rcond=None)} rank cut-off: singular values at or below
     * eps · max(m, n) · σ_max count as zero.
     */
    public static double rankCutoff(int m, int n, double sigmaMax) {
        return EPS * Math.max(m, n) * sigmaMax;
    }

    /**
     * Relative tolerance for "symmetric up to rounding": a matrix built as QΛQᵀ or XᵀX in floating
     * point differs from its transpose by a few ε·n·max|A|, so entries may differ by
     * 64·n·ε times the largest entry before a decomposition for symmetric input rejects it.
     */
    public static double symmetry(int n) {
        return 64.0 * Math.max(n, 1) * EPS;
    }
}
