package dev.kappa.linalg;

/**
 * A recorded sequence of plane rotations, applied later to the rows of a matrix in one
 * cache-friendly pass.
 *
 * <p>Rotation t acts on rows p = first[t], q = second[t] as (p, q) ← (c·p + s·q, c·q − s·p). The
 * iterative stages of {@link SVD} (and any other user) only record (c, s); the expensive part,
 * applying tens of thousands of rotations to rows of length up to m, is done column-block by
 * column-block, so each block of all rows stays in cache while every rotation sweeps over it.
 * Rotations act on each column independently, so this reordering gives bit-for-bit the same
 * result as applying them one at a time.
 */
final class RotationSequence {
    /**
     * Column blocks are sized so one block of all rows (≤ 8 MB) stays in the last-level cache
     * while every rotation passes over it; the matrices of the labs and benchmarks (up to 500×500)
     * are done in a single block. Blocks sized for L2 (64 Ki doubles, 512 KB) were measured
     * slower: for SVD 500×500 ≈ 155 against ≈ 141 ms in WasmGC and ≈ 31 against ≈ 25 ms on the
     * JVM (AMD EPYC, one core), because each rotation's setup is repeated once per block while
     * its two rows stream sequentially, which the hardware prefetcher keeps up with from L3.
     */
    private static final int CACHE_DOUBLES = 1 << 20;

    private int size;
    private int[] first = new int[64];
    private int[] second = new int[64];
    private double[] cos = new double[64];
    private double[] sin = new double[64];

    int size() {
        return size;
    }

    void add(int p, int q, double c, double s) {
        if (size == first.length) {
            int grown = 2 * size;
            first = java.util.Arrays.copyOf(first, grown);
            second = java.util.Arrays.copyOf(second, grown);
            cos = java.util.Arrays.copyOf(cos, grown);
            sin = java.util.Arrays.copyOf(sin, grown);
        }
        first[size] = p;
        second[size] = q;
        cos[size] = c;
        sin[size] = s;
        size++;
    }

    /** Applies every recorded rotation, in order, to the rows of {@code rows} (all of one length). */
    void applyToRows(double[][] rows) {
        if (rows.length == 0 || size == 0) {
            return;
        }
        int len = rows[0].length;
        int block = Math.max(16, CACHE_DOUBLES / rows.length);
        for (int from = 0; from < len; from += block) {
            int to = Math.min(len, from + block);
            int t = 0;
            while (t < size) {
                double[] p = rows[first[t]];
                double[] q = rows[second[t]];
                double c = cos[t];
                double s = sin[t];
                if (t + 1 < size && second[t] == first[t + 1] && first[t] != second[t + 1]) {
                    // Two chained rotations (p, q) then (q, r), as a bulge chase records them: the
                    // middle row stays in a register, so 3 loads and 3 stores serve 2 rotations.
                    double[] r = rows[second[t + 1]];
                    double c2 = cos[t + 1];
                    double s2 = sin[t + 1];
                    for (int j = from; j < to; j++) {
                        double pj = p[j];
                        double qj = q[j];
                        double rj = r[j];
                        double q1 = c * qj - s * pj;
                        p[j] = c * pj + s * qj;
                        q[j] = c2 * q1 + s2 * rj;
                        r[j] = c2 * rj - s2 * q1;
                    }
                    t += 2;
                    continue;
                }
                for (int j = from; j < to; j++) {
                    double pj = p[j];
                    double qj = q[j];
                    p[j] = c * pj + s * qj;
                    q[j] = c * qj - s * pj;
                }
                t++;
            }
        }
    }
}
