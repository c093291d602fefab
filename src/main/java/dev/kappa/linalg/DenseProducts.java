package dev.kappa.linalg;

/**
 * The dense matrix product the divide-and-conquer methods spend their time in, C = X·Yᵀ with X
 * and Y stored by rows, so every output entry is a dot product of two contiguous rows: written
 * here for scalar code, and handed to installed {@link VectorKernels} when the product is
 * large enough to repay the kernel's copying.
 */
final class DenseProducts {
    private DenseProducts() {
    }

    /** See {@link VectorKernels#multiplyTransposed}; the result does not depend on which kernel runs. */
    static void multiplyTransposed(double[][] x, int xRows, double[][] y, int yRows, int len, double[][] out,
            int offset) {
        VectorKernels kernel = KernelChoice.forWork((long) xRows * yRows * len);
        if (kernel != null) {
            kernel.multiplyTransposed(x, xRows, y, yRows, len, out, offset);
        } else {
            multiplyTransposedScalar(x, xRows, y, yRows, len, out, offset);
        }
    }

    /**
     * out[i][offset + r] = Σ_{q &lt; len} x[i][q]·y[r][q] for i &lt; xRows, r &lt; yRows.
     *
     * <p>Outputs are computed two rows of X by four rows of Y at a time: each step of q loads 6
     * values for 8 multiply-adds, where one dot product at a time loads 2 for 1, and the loads,
     * not the arithmetic, would bound it. Every output is still one running sum over q in order,
     * so the blocking does not change a single bit (the edge loops sum the same way).
     */
    static void multiplyTransposedScalar(double[][] x, int xRows, double[][] y, int yRows, int len,
            double[][] out, int offset) {
        int i = 0;
        for (; i + 1 < xRows; i += 2) {
            double[] x0 = x[i];
            double[] x1 = x[i + 1];
            double[] o0 = out[i];
            double[] o1 = out[i + 1];
            int r = 0;
            for (; r + 3 < yRows; r += 4) {
                double[] y0 = y[r];
                double[] y1 = y[r + 1];
                double[] y2 = y[r + 2];
                double[] y3 = y[r + 3];
                double s00 = 0.0;
                double s01 = 0.0;
                double s02 = 0.0;
                double s03 = 0.0;
                double s10 = 0.0;
                double s11 = 0.0;
                double s12 = 0.0;
                double s13 = 0.0;
                for (int q = 0; q < len; q++) {
                    double a = x0[q];
                    double b = x1[q];
                    double c0 = y0[q];
                    double c1 = y1[q];
                    double c2 = y2[q];
                    double c3 = y3[q];
                    s00 += a * c0;
                    s01 += a * c1;
                    s02 += a * c2;
                    s03 += a * c3;
                    s10 += b * c0;
                    s11 += b * c1;
                    s12 += b * c2;
                    s13 += b * c3;
                }
                o0[offset + r] = s00;
                o0[offset + r + 1] = s01;
                o0[offset + r + 2] = s02;
                o0[offset + r + 3] = s03;
                o1[offset + r] = s10;
                o1[offset + r + 1] = s11;
                o1[offset + r + 2] = s12;
                o1[offset + r + 3] = s13;
            }
            for (; r < yRows; r++) {
                o0[offset + r] = dot(x0, y[r], len);
                o1[offset + r] = dot(x1, y[r], len);
            }
        }
        for (; i < xRows; i++) {
            for (int r = 0; r < yRows; r++) {
                out[i][offset + r] = dot(x[i], y[r], len);
            }
        }
    }

    private static double dot(double[] a, double[] b, int len) {
        double s = 0.0;
        for (int q = 0; q < len; q++) {
            s += a[q] * b[q];
        }
        return s;
    }
}
