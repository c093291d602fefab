package dev.kappa.lab;

/** Plot-ready columns of an optimizer's path: its points w₀, w₁, … as rows, and the iteration numbers. */
final class Paths {
    private Paths() {
    }

    /** The j-th coordinate of every point of the path. */
    static double[] column(double[][] w, int j) {
        double[] c = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            c[k] = w[k][j];
        }
        return c;
    }

    /** 0, 1, …, n − 1: the iteration axis of a path of n points. */
    static double[] indices(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
        }
        return k;
    }
}
