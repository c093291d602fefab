package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void rejectsEmptyAndNonPositiveLogRanges() {
        assertThrows(IllegalArgumentException.class, () -> Scale.linear(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Scale.log10(-1, 1, 0, 1));
    }
}
