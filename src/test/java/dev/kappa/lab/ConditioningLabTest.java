package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditioningLabTest {
    private static final double[][] REF = LabFixtures.read("conditioning.csv");

    private static LabOutput run(String query) {
        return new ConditioningLab().compute(Query.read(ConditioningLab.params(), query));
    }

    @Test
    void gaussian100x5MatchesNumpy() {
        LabOutput out = run("matrix=gaussian&m=100&n=5");
        assertRelative(REF[0][1], out.readout("condA"), 1e-12, "cond(X)");
        assertRelative(REF[0][3], out.readout("condGram"), 1e-12, "cond(X)²");
        assertRelative(REF[0][2], out.readout("condFormed"), 1e-12, "cond(XᵀX)");
    }

    @Test
    void lecturesExactlyCollinearDesignMatchesNumpy() {
        LabOutput out = run(ConditioningLab.presets().get(1).query());
        // numpy on the same X (fixture row 4): cond(XᵀX) = 1.65e16 of rounding noise, cond(XᵀX + 0.01 I) = 42036
        // numpy forms XᵀX + 0.01·I and rounds; the lab uses (σ₁² + λ)/(σ₂² + λ): they agree to rounding
        assertRelative(REF[4][4], out.readout("condRidge"), 1e-10, "cond(XᵀX + 0.01 I)");
        assertEquals(42036, Math.round(out.readout("condRidge")), "the lecture's 4.2e4");
        assertRelative(1.65e16, REF[4][2], 1e-2, "numpy's cond(X.T @ X) for the lab's X is the lecture's 1.65e16");
        // XᵀX = ‖x‖²·[[1, 2], [2, 4]] is exactly singular: Kappa finds the 0 eigenvalue exactly (∞) where LAPACK
        // leaves noise of ε·‖XᵀX‖; both say "singular to working precision".
        double formed = out.readout("condFormed");
        assertTrue(formed > 1e15, "formed cond " + formed);
        assertTrue(REF[4][2] > 1e15, "numpy's formed cond " + REF[4][2]);
    }

    @Test
    void nearlyCollinear100x5GiveAbout1e16AndRidgeBringsItToAbout4e4() {
        LabOutput out = run(ConditioningLab.presets().get(3).query());
        // κ(A) and the ridge κ are well determined: compare closely.
        assertRelative(REF[1][1], out.readout("condA"), 1e-6, "cond(X), collinear");
        assertRelative(REF[1][4], out.readout("condRidge"), 1e-10, "cond(XᵀX + 0.01 I)");
        // The formed XᵀX has its small eigenvalue (~ σ_min² ≈ 5e-15) buried in rounding ε·‖XᵀX‖ ≈ 5e-14,
        // so its computed condition number is only meaningful to an order of magnitude: a factor 10.
        double formed = out.readout("condFormed");
        assertTrue(formed > REF[1][2] / 10 && formed < REF[1][2] * 10, "formed cond " + formed + " vs " + REF[1][2]);
        assertTrue(formed > 1e15 && formed < 1e18, "lecture says ≈ 1e16, got " + formed);
        double r = out.readout("condRidge");
        assertTrue(r > 1e4 && r < 1e5, "lecture says ~4e4, got " + r);
        // QR keeps about 16 − 8 digits, the normal equations lose (nearly) all of them
        assertTrue(out.readout("errorQr") < 1e-6, "QR error " + out.readout("errorQr"));
        double ne = out.readout("errorNormal");
        assertTrue(Double.isNaN(ne) || ne > 1e-3, "normal equations error " + ne);
    }

    @Test
    void hilbertAndVandermondeMatchNumpy() {
        assertRelative(REF[2][1], run("matrix=hilbert&n=10").readout("condA"), 1e-3, "cond(hilbert(10))");
        assertRelative(REF[3][1], run("matrix=vandermonde&m=100&n=12").readout("condA"), 1e-6, "cond(vander 12)");
    }

    @Test
    void designedMatrixHasTheChosenKappa() {
        for (double k : new double[] {1, 10, 1e4, 1e8, 1e12}) {
            assertRelative(k, run("matrix=designed&kappa=" + k).readout("condA"), 1e-12 * Math.max(1, k / 1e4),
                    "designed κ " + k);
        }
    }

    @Test
    void sweepShowsSlopeOneForQrAndTwoForNormalEquations() {
        LabOutput out = run("matrix=designed");
        double qr = slope(out.series("QR"), 1e3, 1e7);
        double ne = slope(out.series("normal equations"), 1e2, 1e6);
        assertTrue(qr > 0.4 && qr < 1.5, "QR error slope vs κ is " + qr);
        assertTrue(ne > 1.5 && ne < 2.5, "normal-equation error slope vs κ is " + ne);
    }

    @Test
    void theRankCutoffIsMarkedWhereQrAndSvdStopResolvingSigmaMin() {
        LabOutput out = run("matrix=designed&m=100&n=5");
        // numpy's lstsq rcond default: σ ≤ ε·max(m, n)·σ₀ counts as zero, i.e. κ ≥ 1/(ε·100)
        double cut = 1 / (Math.ulp(1.0) * 100);
        assertEquals(cut, out.marker(ConditioningLab.SWEEP_PLOT, ConditioningLab.RANK_CUTOFF).x(), cut * 1e-15);
        Series qr = out.series("QR");
        for (int i = 0; i < qr.size(); i++) {
            if (qr.x(i) <= cut / 3) {
                assertTrue(qr.y(i) < 1e-2, "QR error left of the cutoff at κ = " + qr.x(i) + ": " + qr.y(i));
            } else if (qr.x(i) >= cut * 2) {
                assertTrue(qr.y(i) > 0.1, "QR error right of the cutoff at κ = " + qr.x(i) + ": " + qr.y(i));
            }
        }
        assertNull(run("matrix=vandermonde&m=10&n=5").marker(ConditioningLab.SWEEP_PLOT, ConditioningLab.RANK_CUTOFF),
                "a sweep that stays left of its cutoff (Vandermonde up to 10 columns) has no cutoff marker");
    }

    @Test
    void tooManyColumnsIsNotedAndShrunk() {
        LabOutput out = run("matrix=gaussian&m=3&n=9");
        assertEquals(1, out.notes().size(), out.notes().toString());
    }

    /** Least-squares slope of log10(error) against log10(κ) for κ in [lo, hi]. */
    private static double slope(Series s, double lo, double hi) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.x(i) >= lo && s.x(i) <= hi && s.y(i) > 0) {
                double x = Math.log10(s.x(i));
                double y = Math.log10(s.y(i));
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    @Test
    void aReusedSweepGivesExactlyWhatAFreshModelComputes() {
        ConditioningLab reused = new ConditioningLab();
        String[] states = {"matrix=designed&kappa=1e6", "matrix=designed&kappa=1e10", "matrix=designed&kappa=1e10&n=7",
            "matrix=collinear&gap=1e-4", "matrix=collinear&gap=1e-10&ridge=1&lambda=0.1", "matrix=gaussian&seed=2"};
        for (String q : states) {
            ParamSet p = Query.read(ConditioningLab.params(), q);
            assertEquals(LabFingerprint.of(new ConditioningLab().compute(p)), LabFingerprint.of(reused.compute(p)), q);
        }
    }
}
