package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rng against streams from an independent Python implementation, plus distribution sanity. */
class RngTest {
    private static final List<FixtureFile.Case> CASES = FixtureFile.read("/fixtures/linalg-core/rng.txt");

    private static long seedOf(FixtureFile.Case c) {
        return Long.parseLong(c.name.substring("seed ".length()));
    }

    @Test
    void rawStreamMatchesPythonBitForBit() {
        for (FixtureFile.Case c : CASES) {
            Rng rng = new Rng(seedOf(c));
            long[] expected = c.longs.get("nextLong");
            long[] actual = new long[expected.length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = rng.nextLong();
            }
            assertArrayEquals(expected, actual, "nextLong stream for " + c);
        }
    }

    @Test
    void uniformStreamMatchesPythonBitForBit() {
        for (FixtureFile.Case c : CASES) {
            Rng rng = new Rng(seedOf(c));
            double[] expected = c.vector("uniform");
            for (int i = 0; i < expected.length; i++) {
                double u = rng.uniform();
                assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(u),
                        "uniform draw " + i + " for " + c + ": expected " + expected[i] + " got " + u);
            }
        }
    }

    @Test
    void gaussianStreamMatchesPythonToRounding() {
        // Python uses the platform libm for log/sin/cos, KMath its own: both within 1 ulp of the
        // true values, so draws agree to a few ulps, not bit for bit.
        for (FixtureFile.Case c : CASES) {
            Rng rng = new Rng(seedOf(c));
            double[] expected = c.vector("gaussian");
            for (int i = 0; i < expected.length; i++) {
                double g = rng.gaussian();
                assertEquals(expected[i], g, 8 * Tolerance.EPS * Math.max(1.0, Math.abs(expected[i])),
                        "gaussian draw " + i + " for " + c);
            }
        }
    }

    @Test
    void nextIntMatchesPython() {
        for (FixtureFile.Case c : CASES) {
            for (String key : new String[] {"nextInt10", "nextInt1000003", "nextIntMax"}) {
                int bound = key.equals("nextInt10") ? 10 : key.equals("nextInt1000003") ? 1000003 : Integer.MAX_VALUE;
                Rng rng = new Rng(seedOf(c));
                long[] expected = c.longs.get(key);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], rng.nextInt(bound), key + " draw " + i + " for " + c);
                }
            }
        }
    }

    @Test
    void uniformMomentsOverHundredThousandDraws() {
        Rng rng = new Rng(7);
        int n = 100_000;
        double sum = 0;
        double sumSq = 0;
        double min = 1;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double u = rng.uniform();
            sum += u;
            sumSq += u * u;
            min = Math.min(min, u);
            max = Math.max(max, u);
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        // standard errors: 0.289/√n ≈ 9e-4 for the mean, ≈ 2.7e-4 for the variance; allow 5σ
        assertEquals(0.5, mean, 5 * 9.2e-4, "mean of uniform draws");
        assertEquals(1.0 / 12, var, 5 * 2.7e-4, "variance of uniform draws");
        assertTrue(min >= 0 && max < 1, "uniform draws in [0, 1): min " + min + " max " + max);
    }

    @Test
    void gaussianMomentsOverHundredThousandDraws() {
        Rng rng = new Rng(11);
        int n = 100_000;
        double sum = 0;
        double sumSq = 0;
        double sum4 = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.gaussian();
            sum += g;
            sumSq += g * g;
            sum4 += g * g * g * g;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        // standard errors: 1/√n ≈ 3.2e-3 (mean), √2/√n ≈ 4.5e-3 (variance), √96/√n ≈ 3.1e-2 (4th moment)
        assertEquals(0.0, mean, 5 * 3.2e-3, "mean of Gaussian draws");
        assertEquals(1.0, var, 5 * 4.5e-3, "variance of Gaussian draws");
        assertEquals(3.0, sum4 / n, 5 * 3.1e-2, "fourth moment of Gaussian draws");
    }

    @Test
    void nextIntIsUniformOverItsRange() {
        Rng rng = new Rng(3);
        int[] counts = new int[7];
        int n = 70_000;
        for (int i = 0; i < n; i++) {
            counts[rng.nextInt(7)]++;
        }
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - 10_000.0) * (c - 10_000.0) / 10_000.0;
        }
        assertTrue(chi2 < 22.5, "chi-square with 6 degrees of freedom is " + chi2 + " (p < 0.001 above 22.5)");
    }

    @Test
    void sameSeedSameStreamDifferentSeedDifferentStream() {
        assertEquals(new Rng(5).gaussianMatrix(3, 4), new Rng(5).gaussianMatrix(3, 4));
        assertTrue(!new Rng(5).gaussianMatrix(3, 4).equals(new Rng(6).gaussianMatrix(3, 4)));
    }

    @Test
    void gaussianMatrixFillsRowByRowFromTheStream() {
        Matrix g = new Rng(42).gaussianMatrix(2, 3);
        Rng rng = new Rng(42);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(rng.gaussian(), g.get(i, j), "entry (" + i + ", " + j + ")");
            }
        }
        assertEquals(0, new Rng(1).gaussianMatrix(0, 5).rows());
    }

    @Test
    void permutationContainsEveryIndexOnce() {
        int[] p = new Rng(9).permutation(50);
        boolean[] seen = new boolean[50];
        for (int v : p) {
            assertTrue(!seen[v], "index " + v + " appears twice");
            seen[v] = true;
        }
    }

    @Test
    void badArgumentsAreRejected() {
        Rng rng = new Rng(1);
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> rng.gaussianMatrix(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> rng.gaussian(0, -1));
        assertThrows(IllegalArgumentException.class, () -> rng.uniform(2, 1));
    }
}
