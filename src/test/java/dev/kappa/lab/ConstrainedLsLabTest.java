package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constrained-ls lab against numpy's solve of the KKT block system and scipy's null_space
 * (tools/fixtures/constrained_ls_fixtures.py), never against its own numbers.
 */
class ConstrainedLsLabTest {
    private static final double[][] REF = LabFixtures.read("constrained-ls.csv");
    private static final String[] SHAPES = {"tilted", "stretched", "rank1"};
    private static final String[] CSETS = {"sum", "partial", "dependent", "infeasible"};
    /** O(1) numbers of 2- and 5-unknown problems with κ(KKT) ≤ 1e3: a few hundred ulps. */
    private static final double TOL = 1e-12;

    private static String query(double[] row) {
        return "problem=" + (row[0] == 0 ? "plane" : "nd") + "&shape=" + SHAPES[(int) row[1]] + "&px=" + row[2]
                + "&py=" + row[3] + "&angle=" + row[4] + "&cset=" + CSETS[(int) row[5]] + "&azero="
                + (row[6] != 0) + "&dd=" + row[7];
    }

    private static ParamSet state(double[] row) {
        return Query.read(ConstrainedLsLab.params(), query(row));
    }

    private static ConstrainedLsLab.Solution solve(double[] row) {
        return ConstrainedLsLab.solve(ConstrainedLsLab.Problem.of(state(row)));
    }

    private static int unknowns(double[] row) {
        return row[0] == 0 ? 2 : 5;
    }

    @Test
    void troubleIsNumpysVerdict() {
        for (double[] row : REF) {
            ConstrainedLsLab.Solution s = solve(row);
            assertEquals(ConstrainedLsLab.Trouble.values()[(int) row[8]], s.trouble, query(row));
        }
    }

    @Test
    void xAndNuMatchNumpysKktSolve() {
        for (double[] row : REF) {
            if (row[8] != 0) {
                continue;
            }
            ConstrainedLsLab.Solution s = solve(row);
            int n = unknowns(row);
            for (int i = 0; i < n; i++) {
                assertEquals(row[9 + i], s.x[i], TOL * Math.max(1, Math.abs(row[9 + i])), query(row) + ": x" + i);
            }
            for (int i = 0; i < (n == 2 ? 1 : 2); i++) {
                assertEquals(row[14 + i], s.nu[i], TOL * Math.max(1, Math.abs(row[14 + i])), query(row) + ": ν" + i);
            }
            assertEquals(row[16], s.value, TOL * Math.max(1, row[16]), query(row) + ": f*");
        }
    }

    @Test
    void unconstrainedSolutionIsNumpysLstsq() {
        for (double[] row : REF) {
            LabOutput out = new ConstrainedLsLab().compute(state(row));
            assertEquals(tuple(row, 18, unknowns(row)), out.readoutNamed("xFree").text(), query(row));
        }
    }

    private static String tuple(double[] row, int from, int n) {
        double[] v = new double[n];
        System.arraycopy(row, from, v, 0, n);
        return NumberText.tuple(v, 4);
    }

    @Test
    void actualChangeOfTheOptimumIsNumpysAndNuPredictsItToFirstOrder() {
        for (double[] row : REF) {
            if (row[8] != 0) {
                continue;
            }
            LabOutput out = new ConstrainedLsLab().compute(state(row));
            double actual = out.readout("actual");
            assertEquals(row[17], actual, TOL * Math.max(1, row[16]), query(row) + ": actual change");
            assertEquals(-row[14] * row[7], out.readout("predicted"), TOL * Math.max(1, Math.abs(row[14])),
                    query(row) + ": −ν₁Δd");
        }
        // first order: halving Δd halves the gap between prediction and change squared (it is O(Δd²))
        double[] base = REF[0];
        ConstrainedLsLab.Problem pr = ConstrainedLsLab.Problem.of(state(base));
        ConstrainedLsLab.Solution s = ConstrainedLsLab.solve(pr);
        double gap1 = ConstrainedLsLab.solve(pr.shifted(0.1)).value - s.value + s.nu[0] * 0.1;
        double gap2 = ConstrainedLsLab.solve(pr.shifted(0.05)).value - s.value + s.nu[0] * 0.05;
        assertEquals(4, gap1 / gap2, 1e-6, "the prediction's error is quadratic in Δd");
    }

    @Test
    void gradientIsParallelToTheConstraintNormalsAtTheOptimum() {
        for (double[] row : REF) {
            if (row[8] != 0) {
                continue;
            }
            LabOutput out = new ConstrainedLsLab().compute(state(row));
            assertTrue(out.readout("stationarity") < 1e-13, query(row) + ": ‖∇f + Cᵀν‖ = " + out.readout("stationarity"));
            assertTrue(out.readout("kktResidual") < 1e-13 * 100, query(row) + ": KKT residual " + out.readout("kktResidual"));
        }
    }

    @Test
    void penaltySolutionsAndKappaMatchNumpy() {
        double[] mus = {1, 1e3, 1e6};
        for (double[] row : REF) {
            ConstrainedLsLab.Problem pr = ConstrainedLsLab.Problem.of(state(row));
            for (int k = 0; k < mus.length; k++) {
                double kappa = row[26 + k];
                if (Double.isFinite(kappa) && kappa < 1e14) {
                    assertRelative(kappa, ConstrainedLsLab.penaltyKappa(pr, mus[k]), 1e-9, query(row) + ": κ at μ = "
                            + mus[k]);
                }
                if (row[8] != 0) {
                    continue;
                }
                double[] x = ConstrainedLsLab.penalty(pr, mus[k]);
                assertNotNull(x, query(row));
                double dist = ConstrainedLsLab.distance(x, solve(row).x);
                // numpy's distance carries its own rounding, about κ·ε
                assertEquals(row[23 + k], dist, 1e-9 * Math.max(row[23 + k], 1e-7) + 1e-15 * kappa, query(row)
                        + ": ‖x_μ − x*‖ at μ = " + mus[k]);
            }
        }
    }

    @Test
    void penaltyDistanceFallsLikeOneOverMuWhileKappaGrows() {
        ConstrainedLsLab lab = new ConstrainedLsLab();
        LabOutput out = lab.compute(ConstrainedLsLab.params());
        double[] d = out.series(ConstrainedLsLab.DISTANCE).ys();
        double[] k = out.series(ConstrainedLsLab.KAPPA).ys();
        // from μ = 10² to 10⁴ (points 16 and 24): distance ÷ ≈ 100, κ × ≈ 100
        assertEquals(100, d[16] / d[24], 5, "distance ∝ 1/μ");
        assertEquals(100, k[24] / k[16], 5, "κ ∝ μ");
    }

    @Test
    void badInputGivesANoteAndKeepsTheParameters() {
        for (double[] row : REF) {
            if (row[8] == 0) {
                continue;
            }
            ParamSet ps = state(row);
            String before = ps.toQuery();
            LabOutput out = new ConstrainedLsLab().compute(ps);
            assertFalse(out.notes().isEmpty(), query(row) + ": a note");
            assertEquals(before, ps.toQuery(), query(row) + ": the state is kept");
            assertTrue(Double.isNaN(out.readout("nu1")), query(row) + ": no multiplier shown");
        }
    }

    @Test
    void dragPutsThePointOnTheLine() {
        ParamSet ps = ConstrainedLsLab.params();
        ConstrainedLsLab.PLANE.handle().move().move(ps, 1.25, -0.5);
        assertEquals(1.25, ps.number("px"));
        assertEquals(-0.5, ps.number("py"));
    }
}
