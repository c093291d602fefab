package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointEditTest {
    private static final double[] VIEW = {-1, 6, -2, 5}; // spans 7 and 7: resolution 0.001

    private static PointData pts(String q) {
        return PointData.fromQuery(q);
    }

    @Test
    void addRoundsClampsIntoTheViewAndSelectsTheNewPoint() {
        PointEdit e = PointEdit.add(pts("0,1;1,3"), 2.34567, 9.9, VIEW);
        assertEquals("", e.message());
        assertEquals(2, e.selected());
        assertEquals("0,1;1,3;2.346,5", e.query());
        PointEdit left = PointEdit.add(pts("0,1;1,3"), -40, -0.00049, VIEW);
        assertEquals("0,1;1,3;-1,0", left.query(), "x clamped to the view's left edge, y rounded to 0");
    }

    @Test
    void resolutionIsAThousandthOfTheLargerSpanAsAPowerOfTen() {
        assertEquals(1e-3, PointEdit.resolution(new double[] {0, 5, 0, 1}), 1e-18);
        assertEquals(1e-3, PointEdit.resolution(new double[] {0, 1, 0, 1}), 1e-18);
        assertEquals(10, PointEdit.resolution(new double[] {0, 20000, 0, 1}), 1e-12);
        assertEquals(1e-5, PointEdit.resolution(new double[] {0, 0.05, 0, 0.01}), 1e-20);
        assertEquals(1e-3, PointEdit.resolution(new double[] {0, Double.NaN, 0, 1}), 1e-18);
        PointEdit big = PointEdit.add(pts("0,1;1,3"), 1234.5678, 1, new double[] {0, 20000, 0, 1});
        assertEquals(1230, big.points().x(2), 1e-9);
    }

    @Test
    void refusedEditsSayWhyAndChangeNothing() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < PointData.MAX_POINTS; i++) {
            many.append(i == 0 ? "" : ";").append(i).append(",0");
        }
        PointData full = pts(many.toString());
        PointEdit e = PointEdit.add(full, 1, 1, VIEW);
        assertEquals(PointData.MAX_POINTS, e.points().size());
        assertTrue(e.message().contains("at most 200"), e.message());
        PointEdit two = PointEdit.delete(pts("0,1;1,3"), 1);
        assertEquals("0,1;1,3", two.query());
        assertEquals(1, two.selected(), "the point stays selected");
        assertTrue(two.message().contains("at least 2 points"), two.message());
        assertEquals("no point is selected", PointEdit.delete(pts("0,1;1,3;2,2"), 3).message());
        assertEquals("no point is selected", PointEdit.move(pts("0,1;1,3"), -1, 0, 0, VIEW).message());
        assertEquals("a point needs finite coordinates", PointEdit.add(pts("0,1;1,3"), Double.NaN, 0, VIEW).message());
    }

    @Test
    void moveClampsAndKeepsTheSelection() {
        PointEdit e = PointEdit.move(pts("0,1;1,3;2,2"), 1, 1.5, -7, VIEW);
        assertEquals("0,1;1.5,-2;2,2", e.query());
        assertEquals(1, e.selected());
        assertEquals("", e.message());
    }

    @Test
    void neighboursFollowXOrderWithTiesByIndex() {
        // x order: index 2 (x=-1), 0 (x=0), 3 (x=0), 1 (x=4)
        PointData d = pts("0,1;4,3;-1,2;0,5");
        assertEquals(2, PointEdit.neighbour(d, -1, 1), "none selected: → the leftmost");
        assertEquals(1, PointEdit.neighbour(d, -1, -1), "none selected: ← the rightmost");
        assertEquals(0, PointEdit.neighbour(d, 2, 1));
        assertEquals(3, PointEdit.neighbour(d, 0, 1), "equal x: the later index comes next");
        assertEquals(1, PointEdit.neighbour(d, 3, 1));
        assertEquals(1, PointEdit.neighbour(d, 1, 1), "the rightmost stays");
        assertEquals(3, PointEdit.neighbour(d, 1, -1));
        assertEquals(0, PointEdit.neighbour(d, 3, -1));
        assertEquals(2, PointEdit.neighbour(d, 2, -1), "the leftmost stays");
        assertEquals(-1, PointEdit.neighbour(pts(""), -1, 1));
    }

    @Test
    void deleteSelectsTheNextPointInXOrderOrThePreviousAtTheEnd() {
        PointData d = pts("0,1;4,3;-1,2;0,5");
        PointEdit mid = PointEdit.delete(d, 0);
        assertEquals("4,3;-1,2;0,5", mid.query());
        assertEquals(2, mid.selected(), "(0,5) was index 3, now 2");
        PointEdit last = PointEdit.delete(d, 1);
        assertEquals("0,1;-1,2;0,5", last.query());
        assertEquals(2, last.selected(), "the rightmost went: its left neighbour (0,5)");
        assertArrayEquals(new double[] {4, -1, 0}, mid.points().xs());
    }

    @Test
    void pointDataOfKeepsValuesAndChecksLengths() {
        PointData d = PointData.of(new double[] {1, 2e7}, new double[] {3, -4});
        assertEquals("1,3;1e6,-4", d.toQuery(), "clamped to ±1e6 like every edit");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PointData.of(new double[] {1}, new double[0]));
    }
}
