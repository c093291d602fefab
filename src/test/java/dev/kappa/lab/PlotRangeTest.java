package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.plot.Axis;
import dev.kappa.lab.plot.Scale;
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

    private static final PlotSpec LOG = PlotSpec.of("p", "p").x("k", Axis.INDEX).y("f", Axis.LOG);

    @Test
    void valuesBelowTheFloorAreDrawnOnItAndBoundTheRange() {
        PlotSpec floored = LOG.floor(1e-3, "floor");
        LabOutput out = new LabOutput().line("p", "s", new double[] {0, 1, 2}, new double[] {1, 1e-30, 0});
        PlotRange r = PlotRange.of(floored, out);
        assertTrue(r.floored());
        assertTrue(r.range()[2] < 1e-3 && r.range()[2] > 1e-4, "the floor, padded: " + r.range()[2]);
        assertFalse(PlotRange.of(floored, new LabOutput().line("p", "s", new double[] {0, 1}, new double[] {1, 2}))
                .floored());
    }

    @Test
    void explodingValuesAreClippedAboveTheStartWithTheirReach() {
        PlotSpec clip = LOG.clipAboveStart(1e6);
        LabOutput out = new LabOutput().line("p", "a", new double[] {0, 1, 2}, new double[] {1, 0.5, 0.25})
                .line("p", "b", new double[] {0, 1, 2}, new double[] {2, 1e200, Double.POSITIVE_INFINITY});
        PlotRange r = PlotRange.of(clip, out);
        assertTrue(r.range()[3] < 1e7, "top " + r.range()[3]);
        assertEquals(Double.POSITIVE_INFINITY, r.clippedAbove());
        assertTrue(Double.isNaN(PlotRange.of(LOG, out).clippedAbove()), "no clipping unless declared");
    }

    @Test
    void everyRangeIsOneAScaleAccepts() {
        double inf = Double.POSITIVE_INFINITY;
        double[][] data = {{}, {inf}, {Double.NaN}, {0}, {-5}, {-inf, inf}, {1e300, 1e308}, {0, 0}};
        for (Axis axis : Axis.values()) {
            PlotSpec spec = PlotSpec.of("p", "p").x("x", axis).y("y", axis);
            for (double[] ys : data) {
                double[] xs = new double[ys.length];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = ys[i];
                }
                double[] r = PlotRange.of(spec, new LabOutput().line("p", "s", xs, ys)).range();
                Scale.of(axis, r[0], r[1], 0, 100);
                Scale.linear(0, 1, 0, 1);
                assertUsable(new double[] {r[0], r[1]}, axis == Axis.LOG, axis + " x of " + java.util.Arrays.toString(ys));
                assertUsable(new double[] {r[2], r[3]}, axis == Axis.LOG, axis + " y of " + java.util.Arrays.toString(ys));
            }
        }
    }
}
