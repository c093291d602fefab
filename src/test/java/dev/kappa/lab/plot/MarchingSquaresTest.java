package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    @Test
    void circleContourLiesOnTheCircleAndHasItsLength() {
        int n = 101;
        double r = 0.7;
        double[] v = MarchingSquares.sample((x, y) -> x * x + y * y, -1, 1, n, -1, 1, n);
        double[] segs = MarchingSquares.contour(v, n, n, -1, 1, -1, 1, r * r);
        double h = 2.0 / (n - 1);
        double length = 0;
        double worst = 0;
        for (int i = 0; i < segs.length; i += 4) {
            for (int e = 0; e < 4; e += 2) {
                double rad = Math.hypot(segs[i + e], segs[i + e + 1]);
                worst = Math.max(worst, Math.abs(rad - r));
            }
            length += Math.hypot(segs[i + 2] - segs[i], segs[i + 3] - segs[i + 1]);
        }
        // Linear interpolation of r² along an edge is off by at most h²/(8r)-ish.
        assertTrue(worst < h * h, "worst radial error " + worst + " for cell size " + h);
        assertEquals(2 * Math.PI * r, length, 2 * Math.PI * r * 1e-3, "contour length");
        // A closed curve: every endpoint is shared by exactly two segments.
        for (int i = 0; i < segs.length; i += 2) {
            int shared = 0;
            for (int j = 0; j < segs.length; j += 2) {
                if (Math.abs(segs[i] - segs[j]) < 1e-12 && Math.abs(segs[i + 1] - segs[j + 1]) < 1e-12) {
                    shared++;
                }
            }
            assertTrue(shared >= 2 && shared % 2 == 0,
                    "endpoint (" + segs[i] + ", " + segs[i + 1] + ") shared by " + shared + " segment ends");
        }
    }

    @Test
    void levelsOutsideTheValuesGiveNothing() {
        double[] v = MarchingSquares.sample((x, y) -> x + y, 0, 1, 11, 0, 1, 11);
        assertEquals(0, MarchingSquares.contour(v, 11, 11, 0, 1, 0, 1, 5).length);
        assertEquals(0, MarchingSquares.contour(v, 11, 11, 0, 1, 0, 1, -1).length);
    }

    @Test
    void straightContourOfALinearFunctionIsExact() {
        double[] v = MarchingSquares.sample((x, y) -> 2 * x - y, -1, 1, 9, -1, 1, 9);
        double[] segs = MarchingSquares.contour(v, 9, 9, -1, 1, -1, 1, 0.3);
        assertTrue(segs.length > 0);
        for (int i = 0; i < segs.length; i += 2) {
            assertEquals(0.3, 2 * segs[i] - segs[i + 1], 1e-12, "point on 2x − y = 0.3");
        }
    }

    @Test
    void saddleCellsAreResolvedWithoutCrossings() {
        // x·y = 0.01 has two branches in opposite quadrants; no segment may cross the axes.
        double[] v = MarchingSquares.sample((x, y) -> x * y, -1, 1, 2, -1, 1, 2);
        double[] one = MarchingSquares.contour(v, 2, 2, -1, 1, -1, 1, 0.0);
        assertEquals(8, one.length, "a single saddle cell gives two segments");
        double[] grid = MarchingSquares.sample((x, y) -> x * y, -1, 1, 40, -1, 1, 40);
        double[] segs = MarchingSquares.contour(grid, 40, 40, -1, 1, -1, 1, 0.01);
        for (int i = 0; i < segs.length; i += 4) {
            assertTrue(segs[i] * segs[i + 2] >= 0 && segs[i + 1] * segs[i + 3] >= 0,
                    "segment crosses an axis at " + segs[i] + ", " + segs[i + 1]);
        }
    }

    @Test
    void wrongSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(new double[5], 2, 2, 0, 1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.sample((x, y) -> 0, 0, 1, 1, 0, 1, 5));
    }

    @Test
    void contourLevelsGrowQuadraticallyAroundTheReference() {
        double[] levels = ContourLevels.around(new double[] {0, 4}, 0, 4);
        assertEquals(4, levels.length);
        assertEquals(0.25, levels[0], 1e-15);
        assertEquals(4, levels[3], 1e-15);
        double[] both = ContourLevels.around(new double[] {-1, 1}, 0, 2);
        assertEquals(4, both.length, "a saddle gets levels on both sides");
    }
}
