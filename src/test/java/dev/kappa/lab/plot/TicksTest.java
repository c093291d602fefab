package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, Ticks.niceStep(1, 5), 0);
        assertEquals(1, Ticks.niceStep(10, 8), 0);
        assertEquals(0.5, Ticks.niceStep(2.5, 5), 0);
        assertEquals(5e-7, Ticks.niceStep(3e-6, 6), 1e-22);
        assertEquals(2000, Ticks.niceStep(9000, 5), 0);
    }

    @Test
    void linearTicksAreExactDecimalsAndIncludeZero() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, Ticks.linear(0, 1, 5), 0);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Ticks.linear(-1.25, 1.25, 5), 0);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, Ticks.linear(0.05, 0.34, 3), 0, "0.3 must read 0.3");
    }

    @Test
    void linearTicksStayInsideTheRangeForManyRanges() {
        for (int i = 1; i < 500; i++) {
            double lo = -i * 0.37;
            double hi = i * i * 0.011 + 0.001;
            double[] t = Ticks.linear(lo, hi, 6);
            assertTrue(t.length >= 2 && t.length <= 15, "tick count " + t.length + " for [" + lo + ", " + hi + "]");
            for (double v : t) {
                assertTrue(v >= lo - 1e-9 * (hi - lo) && v <= hi + 1e-9 * (hi - lo), v + " outside [" + lo + ", " + hi + "]");
            }
        }
    }

    @Test
    void logTicksArePowersOfTenThinnedWhenMany() {
        assertArrayEquals(new double[] {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1}, Ticks.log(5e-7, 2), 1e-20);
        double[] wide = Ticks.log(1e-16, 10);
        assertTrue(wide.length <= 9, "thinned to ≤ 9 ticks, got " + wide.length);
        assertEquals(1, wide[wide.length - 1], 0, "1 stays a tick when thinning by 2: " + java.util.Arrays.toString(wide));
        assertArrayEquals(new double[] {2, 5}, Ticks.log(1.5, 6), 0, "within one decade: 1-2-5 values");
    }

    @Test
    void indexTicksAreWholeNumbersOnEveryRange() {
        // Issue 15: an iteration or degree axis of a short run showed 0.5, 1.5, … as ticks.
        assertArrayEquals(new double[] {0, 1, 2, 3}, Ticks.integer(-0.15, 3.15, 8), 0);
        for (int i = 1; i < 400; i++) {
            double lo = -0.05 * i;
            double hi = 0.37 * i;
            for (double t : Ticks.integer(lo, hi, 8)) {
                assertEquals(Math.rint(t), t, 0, t + " on [" + lo + ", " + hi + "]");
                assertTrue(t >= lo && t <= hi, t + " outside [" + lo + ", " + hi + "]");
            }
        }
    }

    @Test
    void symlogTicksAreZeroAndSignedPowersOfTenSymmetricallyThinned() {
        // Issue 15: the saddle's f(w) falls to −5·10³²; a linear axis flattened every other value.
        double[] t = Ticks.symlog(-5e32, 2);
        assertTrue(t.length >= 3 && t.length <= 11, java.util.Arrays.toString(t));
        boolean zero = false;
        for (int i = 0; i < t.length; i++) {
            double a = Math.abs(t[i]);
            zero |= t[i] == 0;
            assertTrue(t[i] == 0 || Ticks.pow10((int) Math.rint(Math.log10(a))) == a, t[i] + " is 0 or ±10ᵏ");
            assertTrue(i == 0 || t[i] > t[i - 1], "ascending: " + java.util.Arrays.toString(t));
            assertTrue(t[i] >= -5e32 && t[i] <= 2, t[i] + " inside the range");
        }
        assertTrue(zero, "0 is a tick when the range holds it");
        assertArrayEquals(new double[] {-100, -10, -1, 0, 1, 10, 100}, Ticks.symlog(-200, 200), 0);
    }

    @Test
    void badRangesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.linear(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.log(0, 1));
    }
}
