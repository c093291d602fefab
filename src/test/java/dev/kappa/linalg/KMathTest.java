package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * KMath against StrictMath (fdlibm, an independent implementation in the JDK) on edge cases and
 * on tens of thousands of arguments spread log-uniformly over each function's domain.
 */
class KMathTest {
    private static final long SEED = 0x5eedL;

    /** Distance in units in the last place, counting across zero and exponent boundaries. */
    static long ulpDistance(double a, double b) {
        if (Double.isNaN(a) && Double.isNaN(b)) {
            return 0;
        }
        if (a == b) {
            return 0;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    /** A reproducible stream of doubles without java.util.Random (xorshift on longs). */
    private static final class Args {
        private long s;

        Args(long seed) {
            s = seed * 0x9E3779B97F4A7C15L + 1;
        }

        double unit() {
            s ^= s << 13;
            s ^= s >>> 7;
            s ^= s << 17;
            return (s >>> 11) * 0x1.0p-53;
        }

        /** ±10^e with e uniform in [lo, hi]. */
        double logUniform(double lo, double hi, boolean signed) {
            double v = StrictMath.pow(10, lo + (hi - lo) * unit());
            return signed && unit() < 0.5 ? -v : v;
        }
    }

    private static void assertWithinUlps(String name, DoubleUnaryOperator ours, DoubleUnaryOperator ref,
            double[] xs, long maxUlps) {
        long worst = 0;
        double worstX = 0;
        for (double x : xs) {
            long d = ulpDistance(ours.applyAsDouble(x), ref.applyAsDouble(x));
            if (d > worst) {
                worst = d;
                worstX = x;
            }
        }
        if (worst > maxUlps) {
            fail(name + "(" + worstX + ") = " + ours.applyAsDouble(worstX) + " but StrictMath gives "
                    + ref.applyAsDouble(worstX) + ": " + worst + " ulp apart (allowed " + maxUlps + ")");
        }
    }

    private static double[] sample(int count, double lo, double hi, boolean signed, long seed) {
        Args a = new Args(seed);
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = a.logUniform(lo, hi, signed);
        }
        return xs;
    }

    private static double[] uniform(int count, double lo, double hi, long seed) {
        Args a = new Args(seed);
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = lo + (hi - lo) * a.unit();
        }
        return xs;
    }

    private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        0x1.0p-1030, 1e-310, 1e-300, 1e-200, 1e-100, 1e-20, 1e-16, 1e-10, 1e-8, 1e-5, 0.1, 0.25, 0.5,
        0.6931471805599453, 0.7071067811865476, 0.7853981633974483, 1.0, 1.0 - 0x1.0p-53, 1.0 + 0x1.0p-52,
        1.4142135623730951, 1.5707963267948966, 2.0, 2.718281828459045, 3.141592653589793, 10.0, 100.0,
        709.0, 709.78, 709.782712893384, 710.0, -700.0, -745.0, -745.1332191019411, -746.0, -708.4, -720.0,
        1e10, 1e100, 1e300, Double.MAX_VALUE, -1.0, -0.5, -1e-10, -2.0, -38.8, -40.0, 30.0, 40.0, 0.3, 0.78125,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    void logAgreesWithStrictMathToOneUlp() {
        assertWithinUlps("log", KMath::log, StrictMath::log, EDGES, 0);
        assertWithinUlps("log", KMath::log, StrictMath::log, sample(100000, -320, 308, false, SEED), 1);
        assertWithinUlps("log", KMath::log, StrictMath::log, uniform(100000, 0.5, 2.0, SEED + 1), 1);
    }

    @Test
    void logOfNegativeIsNaNAndOfZeroIsMinusInfinity() {
        assertTrue(Double.isNaN(KMath.log(-1e-300)));
        assertTrue(Double.isNaN(KMath.log(Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, KMath.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, KMath.log(-0.0));
        assertEquals(0.0, KMath.log(1.0));
    }

    @Test
    void expAgreesWithStrictMathToOneUlp() {
        assertWithinUlps("exp", KMath::exp, StrictMath::exp, EDGES, 1);
        assertWithinUlps("exp", KMath::exp, StrictMath::exp, uniform(100000, -745.2, 709.8, SEED + 2), 1);
        assertWithinUlps("exp", KMath::exp, StrictMath::exp, sample(50000, -20, 2.5, true, SEED + 3), 1);
    }

    @Test
    void expEdgeValues() {
        assertEquals(1.0, KMath.exp(0.0));
        assertEquals(Double.POSITIVE_INFINITY, KMath.exp(710.0));
        assertEquals(0.0, KMath.exp(-746.0));
        assertEquals(0.0, KMath.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(KMath.exp(Double.NaN)));
    }

    @Test
    void log1pAgreesWithStrictMathToOneUlp() {
        assertWithinUlps("log1p", KMath::log1p, StrictMath::log1p, EDGES, 1);
        assertWithinUlps("log1p", KMath::log1p, StrictMath::log1p, sample(100000, -320, 308, false, SEED + 4), 1);
        assertWithinUlps("log1p", KMath::log1p, StrictMath::log1p, uniform(100000, -1.0, 3.0, SEED + 5), 1);
        assertWithinUlps("log1p", KMath::log1p, StrictMath::log1p, sample(50000, -17, 0, true, SEED + 6), 1);
    }

    @Test
    void log1pKeepsTheDigitsOfTinyArguments() {
        // log1p(1e-10) = 1e-10 − 5e-21 + …; the naive log(1 + 1e-10) is wrong in the 8th digit.
        assertEquals(9.9999999995e-11, KMath.log1p(1e-10), 3e-26);
        assertEquals(-0.0, KMath.log1p(-0.0));
        assertEquals(Double.NEGATIVE_INFINITY, KMath.log1p(-1.0));
        assertTrue(Double.isNaN(KMath.log1p(-1.5)));
    }

    @Test
    void expm1AgreesWithStrictMathToOneUlp() {
        assertWithinUlps("expm1", KMath::expm1, StrictMath::expm1, EDGES, 1);
        assertWithinUlps("expm1", KMath::expm1, StrictMath::expm1, uniform(100000, -50, 709.7, SEED + 7), 1);
        assertWithinUlps("expm1", KMath::expm1, StrictMath::expm1, sample(100000, -320, 1.5, true, SEED + 8), 1);
    }

    @Test
    void expm1KeepsTheDigitsOfTinyArguments() {
        assertEquals(1.00000000005e-10, KMath.expm1(1e-10), 3e-26);
        assertEquals(-1.0, KMath.expm1(-1000.0));
        assertEquals(Double.POSITIVE_INFINITY, KMath.expm1(1000.0));
    }

    @Test
    void sinAndCosAgreeWithStrictMathToOneUlp() {
        for (double[] xs : new double[][] {EDGES, uniform(100000, -7, 7, SEED + 9),
            sample(100000, -300, 6.2, true, SEED + 10)}) {
            double[] finite = java.util.Arrays.stream(xs).filter(x -> Math.abs(x) <= KMath.TRIG_MAX_ARGUMENT
                    || Double.isNaN(x) || Double.isInfinite(x)).toArray();
            assertWithinUlps("sin", KMath::sin, StrictMath::sin, finite, 1);
            assertWithinUlps("cos", KMath::cos, StrictMath::cos, finite, 1);
        }
    }

    @Test
    void sinAndCosNearMultiplesOfHalfPi() {
        double[] xs = new double[4000];
        for (int k = 1; k <= 1000; k++) {
            double c = k * 1.5707963267948966;
            xs[4 * (k - 1)] = c;
            xs[4 * (k - 1) + 1] = Math.nextUp(c);
            xs[4 * (k - 1) + 2] = Math.nextDown(c);
            xs[4 * (k - 1) + 3] = k * 3.141592653589793;
        }
        assertWithinUlps("sin", KMath::sin, StrictMath::sin, xs, 1);
        assertWithinUlps("cos", KMath::cos, StrictMath::cos, xs, 1);
        // the hardest double for reduction below 2^20·π/2 is close to a multiple of π/2
        assertWithinUlps("sin", KMath::sin, StrictMath::sin, new double[] {6381956970095103.0 * 0x1.0p-35}, 1);
    }

    @Test
    void trigRejectsArgumentsBeyondTheExactReduction() {
        assertThrows(IllegalArgumentException.class, () -> KMath.sin(1e7));
        assertTrue(Double.isNaN(KMath.cos(Double.POSITIVE_INFINITY)));
        assertEquals(-0.0, KMath.sin(-0.0));
        assertEquals(1.0, KMath.cos(-0.0));
    }

    @Test
    void log10AgreesWithStrictMathToTwoUlpAndIsExactOnPowersOfTen() {
        assertWithinUlps("log10", KMath::log10, StrictMath::log10, EDGES, 1);
        assertWithinUlps("log10", KMath::log10, StrictMath::log10, sample(100000, -320, 308, false, SEED + 11), 1);
        double p = 1.0;
        for (int e = 0; e <= 22; e++) {
            assertEquals(e, KMath.log10(p), "log10(1e" + e + ")");
            p *= 10;
        }
    }

    @Test
    void powAgreesWithStrictMathToTwoUlp() {
        Args a = new Args(SEED + 12);
        long worst = 0;
        String where = "";
        for (int i = 0; i < 100000; i++) {
            double x = a.logUniform(-30, 30, false);
            double y = (a.unit() * 2 - 1) * 700 / Math.max(1.0, Math.abs(StrictMath.log(x)));
            long d = ulpDistance(KMath.pow(x, y), StrictMath.pow(x, y));
            if (d > worst) {
                worst = d;
                where = "pow(" + x + ", " + y + ") = " + KMath.pow(x, y) + " vs " + StrictMath.pow(x, y);
            }
        }
        assertTrue(worst <= 1, where + ": " + worst + " ulp");
    }

    @Test
    void powSpecialCasesFollowJava() {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 2.5, -2.5, 1e300, -1e300, 1e-300,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 10.0, 0.1};
        DoubleBinaryOperator ours = KMath::pow;
        for (double x : vals) {
            for (double y : vals) {
                double expected = StrictMath.pow(x, y);
                double actual = ours.applyAsDouble(x, y);
                assertTrue(ulpDistance(expected, actual) <= 1 && (expected != 0 || 1 / expected == 1 / actual),
                        "pow(" + x + ", " + y + "): expected " + expected + " got " + actual);
            }
        }
    }

    @Test
    void powOfSmallIntegersIsExact() {
        for (int b = 2; b <= 10; b++) {
            double exact = 1.0;
            for (int e = 0; e <= 15; e++) {
                assertEquals(exact, KMath.pow(b, e), b + "^" + e);
                exact *= b;
            }
        }
        assertEquals(0.001, KMath.pow(10, -3));
    }
}
