package dev.kappa.bench;

/**
 * Seeded benchmark inputs shared by the Kappa and EJML benchmarks: the same numbers go to both
 * libraries. (numpy's script draws its own Gaussian matrices of the same shapes; timings of
 * these kernels do not depend on the particular draw.)
 */
final class Inputs {
    private long state;

    Inputs(long seed) {
        this.state = seed;
    }

    private double uniform() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    double gaussian() {
        return Math.sqrt(-2.0 * Math.log(uniform())) * Math.cos(2.0 * Math.PI * uniform());
    }

    double[][] gaussian(int m, int n) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = gaussian();
            }
        }
        return a;
    }

    double[][] symmetric(int n) {
        double[][] b = gaussian(n, n);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = 0.5 * (b[i][j] + b[j][i]);
            }
        }
        return a;
    }

    double[] vector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gaussian();
        }
        return v;
    }
}
