package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DoubleDescentLabTest {
    private static final LabOutput LECTURE = new DoubleDescentLab().compute(DoubleDescentLab.params());

    @Test
    void lectureCurvesMatchNumpy() {
        double[][] ref = LabFixtures.read("double_descent.csv");
        String[] names = {"min-norm train", "min-norm test", "ridge train", "ridge test", "smallest nonzero σ"};
        assertEquals(200, ref.length);
        for (int c = 0; c < names.length; c++) {
            Series s = LECTURE.series(names[c]);
            for (int i = 0; i < ref.length; i++) {
                assertEquals(ref[i][0], s.x(i));
                double expected = ref[i][c + 1];
                if (names[c].equals("min-norm train") && i < 50) {
                    // interpolation: both are rounding noise around 0
                    assertTrue(s.y(i) < 1e-20, "train error at N = " + (i + 1) + " is " + s.y(i));
                    continue;
                }
                // around N = D the fit amplifies rounding by κ(X) ~ 1e3, hence the loose tolerance
                assertRelative(expected, s.y(i), 1e-8, names[c] + " at N = " + (i + 1));
            }
        }
    }

    @Test
    void minNormTestErrorPeaksAtTheInterpolationThreshold() {
        Series test = LECTURE.series("min-norm test");
        Series sigma = LECTURE.series("smallest nonzero σ");
        for (int n = 30; n <= 70; n++) {
            if (n != 50) {
                assertTrue(test.y(n - 1) < test.y(49), "test error at N = " + n + " exceeds N = D's");
                assertTrue(sigma.y(n - 1) > sigma.y(49), "σ_min at N = " + n + " is below N = D's");
            }
        }
        assertEquals(50, LECTURE.readout("peakN"));
    }

    @Test
    void ridgeWithLambdaOneRemovesThePeak() {
        Series ridge = LECTURE.series("ridge test");
        Series minNorm = LECTURE.series("min-norm test");
        double maxNearD = 0;
        for (int n = 30; n <= 70; n++) {
            maxNearD = Math.max(maxNearD, ridge.y(n - 1));
        }
        assertTrue(ridge.y(49) < maxNearD, "ridge still peaks at N = D");
        assertTrue(ridge.y(49) < minNorm.y(49) / 100, "ridge at N = D " + ridge.y(49) + " vs " + minNorm.y(49));
    }

    @Test
    void changingOnlyLambdaReusesTheSweepAndMatchesAFreshModel() {
        DoubleDescentLab lab = new DoubleDescentLab();
        lab.compute(DoubleDescentLab.params());
        ParamSet p = DoubleDescentLab.params().set("lambda", 0.01);
        LabContractTest.assertSame(new DoubleDescentLab().compute(p), lab.compute(p), "cached vs fresh");
    }

    @Test
    void averagingOverSeedsKeepsTheFirstSeedsData() {
        ParamSet one = DoubleDescentLab.params().set("nmax", 60);
        ParamSet two = DoubleDescentLab.params().set("nmax", 60).set("seeds", 2);
        double a = new DoubleDescentLab().compute(one).series("min-norm test").y(10);
        double b = new DoubleDescentLab().compute(two).series("min-norm test").y(10);
        assertTrue(a != b && Double.isFinite(b), a + " " + b);
    }

    @Test
    void aSweepPreparedInSlicesGivesWhatOneGoGives() {
        DoubleDescentLab sliced = new DoubleDescentLab();
        ParamSet p = DoubleDescentLab.params().set("nmax", 60).set("seeds", 2);
        assertTrue(!sliced.prepare(p, 0), "nothing computed yet");
        assertEquals(0.0, sliced.progress());
        // units of work: drawing a data set, then one N each (1 + 60 per seed)
        assertTrue(!sliced.prepare(p, 46));
        assertEquals(45.0 / 120, sliced.progress(), 1e-15, "45 of 2 × 60 values of N after its data");
        assertTrue(!sliced.prepare(p, 75));
        assertTrue(sliced.prepare(p, 1), "the 120th N completes it");
        assertEquals(1.0, sliced.progress());
        LabContractTest.assertSame(new DoubleDescentLab().compute(p), sliced.compute(p), "sliced vs one go");
        ParamSet q = DoubleDescentLab.params().set("nmax", 60).set("noise", 0.5);
        assertTrue(!sliced.prepare(q, 11), "new data: the sweep starts again");
        assertEquals(10.0 / 60, sliced.progress(), 1e-15);
        assertTrue(sliced.prepare(DoubleDescentLab.params().set("nmax", 60).set("noise", 0.5).set("lambda", 0.1),
                Integer.MAX_VALUE), "λ is not part of the sweep");
    }
}
