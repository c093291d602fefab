package dev.kappa.linalg;

/**
 * A test-only seeded generator (SplitMix64 bits, Box–Muller normals), independent of the
 * production {@code Rng}, so invariant tests do not depend on the code they could help test.
 */
final class SeededGaussian {
    private long state;
    private double spare;
    private boolean hasSpare;

    SeededGaussian(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in (0, 1). */
    double uniform() {
        return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double r = Math.sqrt(-2.0 * Math.log(uniform()));
        double t = 2.0 * Math.PI * uniform();
        spare = r * Math.sin(t);
        hasSpare = true;
        return r * Math.cos(t);
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
}
