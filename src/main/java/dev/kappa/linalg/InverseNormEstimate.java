package dev.kappa.linalg;

/** Estimates of ‖M⁻¹‖₁ from a few solves with M and Mᵀ, for condition numbers that cost O(n²). */
final class InverseNormEstimate {
    private InverseNormEstimate() {
    }

    /** Solves with M: w ← M⁻¹v, or M⁻ᵀv when {@code transposed}; v may be overwritten. */
    interface Solves {
        void solve(double[] v, double[] w, boolean transposed);
    }

    /**
     * Hager's estimate of ‖M⁻¹‖₁ for an n×n nonsingular M given by its solves, with Higham's extra
     * alternating-sign test vector (LAPACK dlacon's scheme). A lower bound on the true norm, in
     * practice within a factor of 3; at most 6 solves of each kind. v and w are scratch of length n.
     */
    static double oneNorm(int n, Solves m, double[] v, double[] w) {
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / n;
        }
        double est = 0.0;
        int lastJ = -1;
        for (int iter = 0; iter < 5; iter++) {
            m.solve(v, w, false);
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                norm += Math.abs(w[i]);
            }
            if (iter > 0 && norm <= est) {
                break;
            }
            est = norm;
            for (int i = 0; i < n; i++) {
                v[i] = w[i] >= 0.0 ? 1.0 : -1.0;
            }
            m.solve(v, w, true);
            int j = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(w[i]) > Math.abs(w[j])) {
                    j = i;
                }
            }
            if (j == lastJ) {
                break;
            }
            lastJ = j;
            java.util.Arrays.fill(v, 0, n, 0.0);
            v[j] = 1.0;
        }
        for (int i = 0; i < n; i++) {
            double sign = (i & 1) == 0 ? 1.0 : -1.0;
            v[i] = sign * (1.0 + (n > 1 ? (double) i / (n - 1) : 0.0));
        }
        m.solve(v, w, false);
        double alt = 0.0;
        for (int i = 0; i < n; i++) {
            alt += Math.abs(w[i]);
        }
        return Math.max(est, 2.0 * alt / (3.0 * n));
    }
}
