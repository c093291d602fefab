package dev.kappa.lab.plot;

/**
 * Contour levels for a quadratic-looking function: levels ref ± span·(k/n)² for k = 1..n, which
 * for a quadratic bowl around a stationary point with value {@code ref} gives ellipses whose sizes
 * grow evenly (level ∝ radius²). Levels below {@code ref} are included only when the sampled
 * values go below it (a saddle or an unbounded direction).
 */
public final class ContourLevels {
    private ContourLevels() {
    }

    /** Levels for sampled values {@code v} (NaNs ignored) around {@code ref}, at most n on each side. */
    public static double[] around(double[] v, double ref, int n) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                max = Math.max(max, x);
                min = Math.min(min, x);
            }
        }
        if (!(max > min) || n < 1) {
            return new double[0];
        }
        double up = Math.max(0, max - ref);
        double down = Math.max(0, ref - min);
        double span = Math.max(up, down);
        if (!(span > 0)) {
            return new double[0];
        }
        int count = 0;
        double[] out = new double[2 * n];
        for (int k = 1; k <= n; k++) {
            double t = (double) k / n; // named and used twice: see JsSafeArithmeticTest
            double d = span * t * t;
            if (ref + d <= max) {
                out[count++] = ref + d;
            }
            if (ref - d >= min && down > 1e-12 * span) {
                out[count++] = ref - d;
            }
        }
        double[] trimmed = new double[count];
        System.arraycopy(out, 0, trimmed, 0, count);
        return trimmed;
    }
}
