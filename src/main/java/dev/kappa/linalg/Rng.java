package dev.kappa.linalg;

/**
 * A seeded pseudo-random generator whose streams are bit-identical on the JVM, in WasmGC and in
 * the JavaScript build.
 *
 * <p>The core is xoshiro256** (Blackman and Vigna, 2018): 256 bits of state, period 2²⁵⁶ − 1,
 * only 64-bit shifts, rotations, xors and multiplications modulo 2⁶⁴, which every engine performs
 * exactly. The state is filled from the seed by SplitMix64, so nearby seeds give unrelated
 * streams. Derived draws use only IEEE-exact arithmetic and {@link KMath}:
 * <ul>
 *   <li>{@link #uniform()}: the top 53 bits of the next word times 2⁻⁵³, in [0, 1);</li>
 *   <li>{@link #gaussian()}: Box–Muller, r = √(−2·log(1−u₁)), θ = 2π·u₂, giving r·cos θ and then
 *       r·sin θ from the same pair (the second is kept for the next call);</li>
 *   <li>{@link #nextInt(int)}: unbiased, by rejecting the top partial block of the 63-bit range.</li>
 * </ul>
 * The reference test recomputes these streams with an independent Python implementation.
 *
 * <p>Not thread-safe; not for cryptography. Use one instance per data set and seed it from the URL
 * or the exercise so that a picture or a question can be reproduced.
 */
public final class Rng {
    private static final double TWO_PI = 6.283185307179586;

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean hasSpareGaussian;
    private double spareGaussian;

    /** A generator whose stream is determined by {@code seed} alone. */
    public Rng(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** SplitMix64's output function: a bijection on 64-bit words with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform draw from [0, 1) on the grid of multiples of 2⁻⁵³. */
    public double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform draw from [lo, hi). */
    public double uniform(double lo, double hi) {
        if (!(lo <= hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("uniform needs finite lo ≤ hi but got [" + lo + ", " + hi + ")");
        }
        return lo + (hi - lo) * uniform();
    }

    /** A standard normal draw (mean 0, variance 1). */
    public double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u1 = uniform();
        double u2 = uniform();
        // 1 − u1 lies in (0, 1], so the logarithm is finite.
        double r = Math.sqrt(-2.0 * KMath.log(1.0 - u1));
        double theta = TWO_PI * u2;
        spareGaussian = r * KMath.sin(theta);
        hasSpareGaussian = true;
        return r * KMath.cos(theta);
    }

    /** A normal draw with the given mean and standard deviation (sd ≥ 0). */
    public double gaussian(double mean, double sd) {
        if (!(sd >= 0) || Double.isInfinite(sd) || Double.isNaN(mean) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("gaussian needs a finite mean and sd ≥ 0 but got mean " + mean
                    + ", sd " + sd);
        }
        return mean + sd * gaussian();
    }

    /** An m×n matrix of independent standard normal draws, filled row by row. */
    public Matrix gaussianMatrix(int m, int n) {
        if (m < 0 || n < 0) {
            throw new IllegalArgumentException("a Gaussian matrix cannot be " + m + "×" + n);
        }
        double[] data = new double[m * n];
        for (int k = 0; k < data.length; k++) {
            data[k] = gaussian();
        }
        return Matrix.wrap(m, n, data);
    }

    /** A vector of n independent standard normal draws. */
    public double[] gaussianVector(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a vector cannot have " + n + " entries");
        }
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = gaussian();
        }
        return v;
    }

    /** A uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nextInt needs a positive bound but got " + bound);
        }
        // Draw 63 bits; reject the incomplete block at the top of [0, 2^63) so every residue is
        // equally likely. A rejection has probability below 2^-32, so 64 tries never run out in practice.
        for (int attempt = 0; attempt < 64; attempt++) {
            long u = nextLong() >>> 1;
            long r = u % bound;
            if (u - r + (bound - 1) >= 0) {
                return (int) r;
            }
        }
        throw new IllegalStateException("nextInt rejected 64 draws in a row; the generator is broken");
    }

    /** A uniformly random permutation of 0 … n−1 (Fisher–Yates, drawing from the end). */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a permutation cannot have " + n + " entries");
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
