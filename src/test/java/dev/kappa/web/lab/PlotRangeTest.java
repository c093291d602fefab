package dev.kappa.web.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The padded ranges stay finite, ordered and (on log axes) positive, whatever the data did. */
class PlotRangeTest {
    private static void assertUsable(double[] r, boolean log, String what) {
        assertTrue(Double.isFinite(r[0]) && Double.isFinite(r[1]) && r[0] < r[1] && (!log || r[0] > 0),
                what + ": [" + r[0] + ", " + r[1] + "]");
    }

    @Test
    void linearPadsFivePercentOfTheSpan() {
        assertArrayEquals(new double[] {-0.5, 10.5}, PlotRange.pad(new double[] {0, 10}, false), 1e-12);
    }

    @Test
    void logPadsBySixteenthRootOfTheRatio() {
        // (1e16)^(1/16) = 10.
        assertArrayEquals(new double[] {1e-9, 1e9}, PlotRange.pad(new double[] {1e-8, 1e8}, true), 1e-20 + 1e-6);
    }

    @Test
    void divergedEmptyAndSingleValuesGiveUsableRanges() {
        double big = Double.MAX_VALUE;
        assertUsable(PlotRange.pad(new double[] {1e-300, big}, true), true, "log, diverged");
        assertUsable(PlotRange.pad(new double[] {Double.MIN_VALUE, 1}, true), true, "log, underflow");
        assertUsable(PlotRange.pad(new double[] {-big, big}, false), false, "linear, diverged");
        assertUsable(PlotRange.pad(new double[] {3, 3}, false), false, "linear, one value");
        assertUsable(PlotRange.pad(new double[] {2, 2}, true), true, "log, one value");
        double inf = Double.POSITIVE_INFINITY;
        assertUsable(PlotRange.pad(new double[] {inf, -inf}, true), true, "log, empty");
        assertUsable(PlotRange.pad(new double[] {inf, -inf}, false), false, "linear, empty");
        assertUsable(PlotRange.pad(new double[] {1e260, 1e270}, true), true, "log, all above the cap");
    }
}
