package dev.kappa.linalg;

/**
 * The loops the large decompositions spend their time in, as a replaceable part: the dense
 * product C = X·Yᵀ of divide and conquer, the application of a sequence of Householder
 * reflectors to rows (forming the vectors of {@link SVD} and {@link SymmetricEigen}), and the
 * bidiagonal reduction of {@link SVD}. An engine
 * with a faster way to run them (WebAssembly SIMD in the browser) installs it with
 * {@link #install}, once, before any decomposition runs.
 *
 * <p>An implementation must give the same bits as {@link #SCALAR}: every sum is formed from the
 * same rounded products, added in the same order (no fused multiply-add). Vector lanes that carry
 * different sums satisfy that; splitting one sum across lanes does not, unless the scalar code
 * already splits it the same way. Results are then identical on every engine whichever kernel
 * runs, and the browser self-check compares the two.
 */
public interface VectorKernels {
    /** The plain-Java loops, the reference every other implementation must match. */
    VectorKernels SCALAR = new VectorKernels() {
        @Override
        public void multiplyTransposed(double[][] x, int xRows, double[][] y, int yRows, int len, double[][] out,
                int offset) {
            DenseProducts.multiplyTransposedScalar(x, xRows, y, yRows, len, out, offset);
        }

        @Override
        public void applyReflectors(double[][] rows, double[][] v, double[] beta, double[] cross, int count,
                int shift) {
            Householder.applyAllRightScalar(rows, v, beta, cross, count, shift, false);
        }

        @Override
        public void bidiagonalize(int m, int n, double[] a, double[][] left, double[] leftBeta, double[][] right,
                double[] rightBeta, double[] d, double[] e) {
            Bidiagonalization.reduceScalar(m, n, a, left, leftBeta, right, rightBeta, d, e);
        }
    };

    /**
     * out[i][offset + r] = Σ_{q &lt; len} x[i][q]·y[r][q] for i &lt; xRows, r &lt; yRows, each entry
     * one running sum over q in order.
     */
    void multiplyTransposed(double[][] x, int xRows, double[][] y, int yRows, int len, double[][] out, int offset);

    /**
     * rows[r] ← rows[r]·H_{count−1}⋯H₀ with Hₖ = I − βₖvₖvₖᵀ acting on columns [k + shift, L),
     * where every row and every vₖ (k &lt; count) has the same length L and cross[k] = vₖ·vₖ₋₁;
     * the arithmetic of {@code Householder.applyAllRight} (reflectors in pairs, its partial sums).
     */
    void applyReflectors(double[][] rows, double[][] v, double[] beta, double[] cross, int count, int shift);

    /**
     * The Golub–Kahan reduction of the m×n row-major a (m ≥ n ≥ 1) to upper bidiagonal form with
     * the arithmetic of {@code Bidiagonalization} (one fused pass per step, rows in pairs): d gets
     * B's diagonal (n), e its superdiagonal (n − 1); left[k] (length m, zero on entry) the left
     * reflector vₖ on entries k.., leftBeta[k] its β; right[k] (length n, zero on entry, for
     * k &lt; n − 1) the right reflector on entries k + 1.., rightBeta[k] its β. a is used up.
     */
    void bidiagonalize(int m, int n, double[] a, double[][] left, double[] leftBeta, double[][] right,
            double[] rightBeta, double[] d, double[] e);

    /**
     * Makes {@code kernels} the ones {@link SVD} and {@link SymmetricEigen} use for their large
     * loops; {@code null} restores {@link #SCALAR}. Engine set-up, not configuration: the
     * browser's WebAssembly entry point calls it once at boot.
     */
    static void install(VectorKernels kernels) {
        KernelChoice.install(kernels);
    }
}
