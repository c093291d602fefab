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
    void badRangesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.linear(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.log(0, 1));
    }
}
