package dev.kappa.linalg;

/**
 * Orders of computed spectra. Insertion sort: the values arrive sorted or nearly so (from QR
 * iterations, which deflate roughly in order, or from merges), where it is linear, and it is
 * stable, so equal values keep their index order and results do not depend on a sort's pivots.
 */
final class Sorting {
    private Sorting() {
    }

    /** Indices of v[0..m) in ascending order of value. */
    static int[] ascending(double[] v, int m) {
        return order(v, m, false);
    }

    /** Indices of v[0..m) in descending order of value. */
    static int[] descending(double[] v, int m) {
        return order(v, m, true);
    }

    /** The order of v[0..m) ascending, given that v[0..split) and v[split..m) each ascend. */
    static int[] merged(double[] v, int split, int m) {
        int[] order = new int[m];
        int a = 0;
        int b = split;
        for (int p = 0; p < m; p++) {
            if (b >= m || (a < split && v[a] <= v[b])) {
                order[p] = a++;
            } else {
                order[p] = b++;
            }
        }
        return order;
    }

    private static int[] order(double[] v, int m, boolean descending) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int i = 1; i < m; i++) {
            int idx = order[i];
            double key = v[idx];
            int j = i - 1;
            while (j >= 0 && (descending ? v[order[j]] < key : v[order[j]] > key)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = idx;
        }
        return order;
    }
}
