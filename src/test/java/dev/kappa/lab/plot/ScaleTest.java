package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void linearMapsEndsToPixelsAndInverts() {
        Scale s = Scale.linear(-2, 6, 50, 450);
        assertEquals(50, s.toPixel(-2), 1e-12);
        assertEquals(450, s.toPixel(6), 1e-12);
        assertEquals(150, s.toPixel(0), 1e-12);
        for (double v = -5; v < 9; v += 0.37) {
            assertEquals(v, s.toData(s.toPixel(v)), 1e-12, "round trip of " + v);
        }
    }

    @Test
    void yAxisPixelsGrowDownwards() {
        Scale s = Scale.linear(0, 1, 300, 10);
        assertEquals(300, s.toPixel(0), 1e-12);
        assertEquals(10, s.toPixel(1), 1e-12);
        assertEquals(155, s.toPixel(0.5), 1e-12);
    }

    @Test
    void logSpacesDecadesEvenly() {
        Scale s = Scale.log10(1e-6, 1, 0, 600);
        assertEquals(0, s.toPixel(1e-6), 1e-9);
        assertEquals(100, s.toPixel(1e-5), 1e-9);
        assertEquals(500, s.toPixel(0.1), 1e-9);
        assertEquals(1e-3, s.toData(300), 1e-15);
        assertEquals(true, s.toPixel(0) < -1000, "zero lies far off the low end of a log axis");
    }

    @Test
    void symlogKeepsHugeNegativeValuesAndSmallOnesApart() {
        Scale s = Scale.of(Axis.SYMLOG, -5e32, 2, 400, 0);
        double atZero = s.toPixel(0);
        double atMinusOne = s.toPixel(-1);
        double atMinusTen = s.toPixel(-10);
        assertEquals(400, s.toPixel(-5e32), 1e-9);
        assertEquals(0, s.toPixel(2), 1e-9);
        // on a linear axis 0, −1 and −10 would lie within 1e-29 px of each other
        assertTrue(atMinusTen - atMinusOne > 2 && atMinusOne - atZero > 2, atZero + " " + atMinusOne + " " + atMinusTen);
        for (double v : new double[] {-3e20, -7, -0.5, 0, 0.25, 1.9}) {
            assertEquals(v, s.toData(s.toPixel(v)), 1e-9 * Math.max(1, Math.abs(v)), "round trip of " + v);
        }
    }

    @Test
    void unusableRangesAreRepairedNotThrown() {
        // Issue 15: fast navigation met an uncaught "a scale needs finite lo < hi"; issue 18 a
        // diverging quadratic-gd run "a log scale needs lo > 0".
        for (Axis a : Axis.values()) {
            double[][] bad = {{Double.NaN, 1}, {1, 1}, {0, Double.POSITIVE_INFINITY}, {-1, 0}, {5, -5},
                {Double.NEGATIVE_INFINITY, Double.NaN}};
            for (double[] r : bad) {
                Scale s = Scale.of(a, r[0], r[1], 0, 100);
                assertTrue(s.lo() < s.hi() && Double.isFinite(s.lo()) && Double.isFinite(s.hi()), a + " " + r[0] + " " + r[1]);
                assertTrue(s.ticks(5).length >= 0);
            }
        }
    }

    @Test
    void rejectsEmptyAndNonPositiveLogRanges() {
        assertThrows(IllegalArgumentException.class, () -> Scale.linear(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Scale.log10(-1, 1, 0, 1));
    }
}
