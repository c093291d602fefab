package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Tolerance;
import org.junit.jupiter.api.Test;

/** The projection lab against numpy's lstsq and SVD (tools/fixtures/projection_fixtures.py). */
class ProjectionLabTest {
    private static final double[][] REF = LabFixtures.read("projection.csv");
    /** Rounding level for these O(1) numbers of a 3×2 problem (a few ulps times κ). */
    private static final double TOL = 1e-13;

    private static String query(double[] row) {
        String[] names = {"a1x", "a1y", "a1z", "a2x", "a2y", "a2z", "bx", "by", "bz"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : "&").append(names[i]).append('=').append(NumberText.format(row[i], 17));
        }
        return sb.toString();
    }

    private static ProjectionLab.Solution solve(double[] row) {
        return new ProjectionLab.Solution(new double[] {row[0], row[1], row[2]}, new double[] {row[3], row[4], row[5]},
                new double[] {row[6], row[7], row[8]});
    }

    @Test
    void solutionProjectionResidualAndRankMatchNumpy() {
        for (double[] row : REF) {
            String what = query(row);
            ProjectionLab.Solution s = solve(row);
            assertEquals((int) row[27], s.rank, what + ": rank");
            double scale = Math.max(1, ProjectionLab.norm(new double[] {row[6], row[7], row[8]}));
            for (int i = 0; i < 3; i++) {
                assertEquals(row[11 + i], s.p[i], TOL * scale, what + ": p" + i);
                assertEquals(row[14 + i], s.r[i], TOL * scale, what + ": r" + i);
            }
            double cond = row[26];
            // x̂ is as accurate as κ allows (minimum norm when rank deficient)
            double xTol = TOL * (Double.isInfinite(cond) ? 1 : cond) * Math.max(1, Math.abs(row[9]) + Math.abs(row[10]));
            assertEquals(row[9], s.x[0], xTol, what + ": x̂₁");
            assertEquals(row[10], s.x[1], xTol, what + ": x̂₂");
            if (s.rank == 2) {
                assertRelative(cond, s.sigma[0] / s.sigma[1], 1e-12, what + ": κ(A)");
            }
        }
    }

    @Test
    void bothProjectorsAreNumpysProjector() {
        for (double[] row : REF) {
            ProjectionLab.Solution s = solve(row);
            double[][] pq = s.projector();
            double[][] pg = s.projectorFromGram();
            double cond = Double.isInfinite(row[26]) ? 1 : row[26];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    double ref = row[17 + 3 * i + k];
                    assertEquals(ref, pq[i][k], TOL, query(row) + ": (QQᵀ)" + i + k);
                    if (pg != null) {
                        // the Gram route squares κ, as the normal equations do
                        assertEquals(ref, pg[i][k], TOL * cond * cond, query(row) + ": (A(AᵀA)⁻¹Aᵀ)" + i + k);
                    }
                }
            }
            assertEquals(s.rank < 2, pg == null, query(row) + ": the Gram route exists exactly for rank 2");
        }
    }

    @Test
    void residualIsOrthogonalAndPythagorasHolds() {
        for (Preset preset : ProjectionLab.presets()) {
            LabOutput out = new ProjectionLab().compute(preset.applyTo(ProjectionLab.params()));
            double b2 = out.readout("bSquared");
            assertTrue(out.readout("atr") <= 100 * Tolerance.EPS * Math.max(1, b2), preset.label() + ": ‖Aᵀr‖ = "
                    + out.readout("atr"));
            assertEquals(b2, out.readout("pythagoras"), 100 * Tolerance.EPS * Math.max(1, b2), preset.label());
        }
    }

    @Test
    void nearlyParallelColumnsMoveXButNotP() {
        double[] a = REF[3];
        double[] b = REF[4];
        double dx = Math.hypot(a[9] - b[9], a[10] - b[10]);
        double dp = ProjectionLab.norm(new double[] {a[11] - b[11], a[12] - b[12], a[13] - b[13]});
        ProjectionLab.Solution sa = solve(a);
        ProjectionLab.Solution sb = solve(b);
        assertEquals(dx, Math.hypot(sa.x[0] - sb.x[0], sa.x[1] - sb.x[1]), 1e-9 * dx, "x̂ moves as numpy's does");
        assertTrue(dx > 10 * 0.05 && dp <= 0.05 + 1e-12, "b moved by 0.05: x̂ moved " + dx + ", p moved " + dp);
    }

    @Test
    void dragMovesTheTipUnderThePointerAndKeepsItsDepth() {
        ParamSet ps = Query.read(ProjectionLab.params(), "az=60&el=-30&drag=a2");
        OrbitCamera cam = new OrbitCamera(60, -30);
        double[] before = ProjectionLab.vector(ps, "a2");
        ProjectionLab.drag(ps, 0.5, -0.25);
        double[] after = ProjectionLab.vector(ps, "a2");
        double[] screen = cam.project(after);
        // coordinates snap to 0.01, so the tip lands within half a step of the pointer
        assertEquals(0.5, screen[0], 0.01);
        assertEquals(-0.25, screen[1], 0.01);
        assertEquals(cam.depth(before), cam.depth(after), 0.01);
    }

    @Test
    void cameraFrameIsOrthonormalAndTurningWraps() {
        OrbitCamera cam = new OrbitCamera(35, 20);
        double[] t = cam.toward();
        double[] e = cam.lift(1, 0, 0);
        double[] u = cam.lift(0, 1, 0);
        assertEquals(0, ProjectionLab.dot(e, u), 1e-15);
        assertEquals(0, ProjectionLab.dot(e, t), 1e-15);
        assertEquals(1, ProjectionLab.norm(u), 1e-15);
        // right-handed: e × u = t
        assertEquals(t[2], e[0] * u[1] - e[1] * u[0], 1e-15);
        assertTrue(cam.project(new double[] {0, 0, 1})[1] > 0, "x₃ points up on the screen");
        ParamSet ps = Query.read(ProjectionLab.params(), "az=175&el=80");
        OrbitCamera.turn(ps, "az", "el", 10, 10);
        assertEquals(-175, ps.number("az"));
        assertEquals(85, ps.number("el"));
    }
}
