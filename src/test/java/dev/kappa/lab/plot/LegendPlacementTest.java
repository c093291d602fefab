package dev.kappa.lab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LegendPlacementTest {
    private static final double[] BOX = {10, 10, 20, 20};

    @Test
    void segmentsThroughInsideOrPastTheBoxAreToldApart() {
        assertTrue(LegendPlacement.crosses(BOX, 0, 0, 30, 30), "the diagonal passes through");
        assertTrue(LegendPlacement.crosses(BOX, 12, 12, 13, 14), "wholly inside");
        assertTrue(LegendPlacement.crosses(BOX, 15, 0, 15, 30), "vertical through");
        assertTrue(LegendPlacement.crosses(BOX, 0, 20, 30, 20), "along the bottom edge");
        assertFalse(LegendPlacement.crosses(BOX, 0, 0, 9, 30), "left of it");
        assertFalse(LegendPlacement.crosses(BOX, 0, 25, 30, 25), "horizontal below it");
        assertFalse(LegendPlacement.crosses(BOX, 0, 9, 9, 0), "diagonal short of the corner");
        assertFalse(LegendPlacement.crosses(BOX, 0, 0, 0, 0), "a point outside");
        assertTrue(LegendPlacement.crosses(BOX, 15, 15, 15, 15), "a point inside");
    }

    @Test
    void theCornerWithTheLeastDataWins() {
        // Top-right, top-left, bottom-right, bottom-left of a 100×100 plot; an outlier sits top-left.
        double[][] boxes = {{60, 0, 100, 30}, {0, 0, 40, 30}, {60, 70, 100, 100}, {0, 70, 40, 100}};
        LegendPlacement p = new LegendPlacement(boxes);
        p.point(60, 5); // on the top-right box's edge: counts
        p.point(10, 10);
        p.point(20, 20);
        p.segment(0, 95, 100, 95); // a line along the bottom crosses both bottom boxes
        assertEquals(1, p.hits(0));
        assertEquals(2, p.hits(1));
        assertEquals(1, p.hits(2));
        assertEquals(1, p.hits(3));
        assertEquals(0, p.choice(-1), "ties go to the earlier candidate");
        assertEquals(2, p.choice(2), "and to where the legend already is");
        assertEquals(0, p.choice(1), "but not to a worse box");
    }
}
