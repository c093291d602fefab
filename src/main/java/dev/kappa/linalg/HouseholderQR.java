package dev.kappa.linalg;

/**
 * Unpivoted Householder QR of a tall m×n matrix (m ≥ n), A = QR, used by {@link SVD} to shrink
 * a tall problem to its n×n triangle before bidiagonalizing (worth it once m ≳ 1.6n, as in
 * LAPACK). Q = P₀P₁⋯P_{n−1} with Pₖ = I − βₖvₖvₖᵀ, vₖ zero above row k; R is n×n upper
 * triangular. Not the public least-squares QR (that one pivots columns and reports rank).
 */
final class HouseholderQR {
    private final int m;
    private final int n;
    /** vₖ in reflectors[k][k..m−1], contiguous so applying Q to rows is contiguous too. */
    private final double[][] reflectors;
    private final double[] beta;
    private final double[] r;

    /**
     * Factors the m×n row-major array a (m ≥ n). The work is done on the columns (one array
     * each), so every reflector meets a trailing column as one contiguous dot product and update
     * of length m − k; column k then becomes reflector k in place.
     */
    HouseholderQR(int m, int n, double[] a) {
        this.m = m;
        this.n = n;
        this.reflectors = new double[n][m];
        this.beta = new double[n];
        this.r = new double[n * n];
        double[][] cols = reflectors;
        for (int i = 0; i < m; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                cols[j][i] = a[row + j];
            }
        }
        double[] alpha = new double[1];
        for (int k = 0; k < n; k++) {
            double[] v = cols[k];
            double b = Householder.reflect(v, k, m - k, alpha);
            beta[k] = b;
            r[k * n + k] = alpha[0];
            // Rows above k of column k are R's final column k: later reflectors act on rows ≥ k+1.
            for (int i = 0; i < k; i++) {
                r[i * n + k] = v[i];
                v[i] = 0.0;
            }
            if (b == 0.0) {
                continue;
            }
            int len = m - k;
            for (int j = k + 1; j < n; j++) {
                double[] c = cols[j];
                double f = b * Householder.dot(v, k, c, k, len);
                if (f != 0.0) {
                    for (int i = k; i < m; i++) {
                        c[i] -= f * v[i];
                    }
                }
            }
        }
    }

    /** R, n×n upper triangular, row-major (a fresh array). */
    double[] r() {
        return r.clone();
    }

    /** b ← Qᵀb = P_{n−1}⋯P₀·b (length m; the first n entries are the thin Qᵀb). */
    void applyQTranspose(double[] b) {
        Householder.applyToVector(reflectors, beta, n, 0, b);
    }

    /**
     * Replaces each row x (length m) of rows by xQᵀ, i.e. maps rows of Wᵀ to rows of (QW)ᵀ: with
     * rows = [U_Rᵀ | 0] this turns the n×n left singular vectors of R into those of A.
     */
    void applyQToTransposedRows(double[][] rows) {
        // (QW)ᵀ = WᵀP_{n−1}⋯P₀: right-multiply by the last reflector first.
        Householder.applyAllRight(rows, reflectors, beta, n, 0, false);
    }
}
