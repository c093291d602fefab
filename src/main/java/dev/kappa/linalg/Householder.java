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
    private Householder() {
    }

    /**
     * Overwrites x[off..off+len) with v and returns β; α (in x's units) is written to alpha[0].
     * β = 0 means H = I (x is already a multiple of e₁, or zero); v is then zero and α = x₀.
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
        if (scale == 0.0) {
            alpha[0] = 0.0;
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
        return -1.0 / (a * v0);
    }

    /**
     * rows[r] ← rows[r]·H for r in [rowFrom, rowTo), H acting on columns [from, from+len) with
     * v = v[from..from+len): each row takes a dot product and an update, both contiguous.
     */
    static void applyRight(double[][] rows, int rowFrom, int rowTo, double[] v, int from, int len, double beta) {
        if (beta == 0.0) {
            return;
        }
        int to = from + len;
        for (int r = rowFrom; r < rowTo; r++) {
            double[] row = rows[r];
            double dot = 0.0;
            for (int j = from; j < to; j++) {
                dot += row[j] * v[j];
            }
            double f = beta * dot;
            if (f != 0.0) {
                for (int j = from; j < to; j++) {
                    row[j] -= f * v[j];
                }
            }
        }
    }
}
