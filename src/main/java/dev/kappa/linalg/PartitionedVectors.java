package dev.kappa.linalg;

/**
 * The basis vectors of one divide-and-conquer merge: vectors of length m whose components fall
 * into a few consecutive segments (the rows of each subproblem), most of them zero outside one
 * segment. Each vector is stored as its one nonzero segment until a deflating rotation mixes it
 * with a vector of another segment; then it is stored whole. Knowing which segments a vector
 * touches lets {@link #combine} skip the zero blocks of diag(Q₁, Q₂)-type bases, which halves
 * the flops of the product that dominates the merge.
 */
final class PartitionedVectors {
    private final int length;
    /** Segment s covers components [starts[s], starts[s + 1]). */
    private final int[] starts;
    private final double[][] data;
    /** Bit s set when vector j may be nonzero in segment s. */
    private final int[] segments;

    /** Room for {@code count} vectors of the given length, split at the given segment starts. */
    PartitionedVectors(int count, int length, int... innerStarts) {
        this.length = length;
        this.starts = new int[innerStarts.length + 2];
        for (int s = 0; s < innerStarts.length; s++) {
            starts[s + 1] = innerStarts[s];
        }
        starts[starts.length - 1] = length;
        this.data = new double[count][];
        this.segments = new int[count];
    }

    /** Vector j is the given values in segment s (of that segment's length) and zero elsewhere. */
    void set(int j, int s, double[] values) {
        data[j] = values;
        segments[j] = 1 << s;
    }

    /** Vector j with all components, widened in place if it was stored as one segment. */
    double[] full(int j) {
        double[] v = data[j];
        if (v.length == length) {
            return v;
        }
        double[] wide = new double[length];
        System.arraycopy(v, 0, wide, starts[singleSegment(j)], v.length);
        data[j] = wide;
        return wide;
    }

    /** (v_p, v_q) ← (c·v_p + s·v_q, c·v_q − s·v_p). */
    void rotate(int p, int q, double c, double s) {
        if (c == 1.0 && s == 0.0) {
            return;
        }
        double[] x = full(p);
        double[] y = full(q);
        for (int r = 0; r < length; r++) {
            double a = x[r];
            double b = y[r];
            x[r] = c * a + s * b;
            y[r] = c * b - s * a;
        }
        int both = segments[p] | segments[q];
        segments[p] = both;
        segments[q] = both;
    }

    /**
     * Returns the vectors out_i = Σₜ coeff[i][t]·v_{use[t]} for i &lt; rows, t &lt; count, each of
     * full length, computed segment by segment over only the vectors that touch the segment.
     */
    double[][] combine(int[] use, int count, double[][] coeff, int rows) {
        double[][] out = new double[rows][length];
        int[] touching = new int[count];
        for (int s = 0; s + 1 < starts.length; s++) {
            int from = starts[s];
            int height = starts[s + 1] - from;
            int width = 0;
            for (int t = 0; t < count; t++) {
                if ((segments[use[t]] & (1 << s)) != 0) {
                    touching[width++] = t;
                }
            }
            if (width == 0 || height == 0) {
                continue;
            }
            double[][] x = new double[rows][width];
            for (int i = 0; i < rows; i++) {
                double[] ci = coeff[i];
                double[] xi = x[i];
                for (int q = 0; q < width; q++) {
                    xi[q] = ci[touching[q]];
                }
            }
            double[][] y = new double[height][width];
            for (int q = 0; q < width; q++) {
                int j = use[touching[q]];
                double[] v = data[j];
                int offset = v.length == length ? from : 0;
                for (int r = 0; r < height; r++) {
                    y[r][q] = v[offset + r];
                }
            }
            DenseProducts.multiplyTransposed(x, rows, y, height, width, out, from);
        }
        return out;
    }

    private int singleSegment(int j) {
        int s = 0;
        while ((segments[j] & (1 << s)) == 0) {
            s++;
        }
        return s;
    }
}
