package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.QR;
import java.util.List;

/**
 * Least squares is orthogonal projection: for A = [a₁ a₂] (3×2) and b ∈ ℝ³ the least-squares
 * solution x̂ = argmin ‖Ax − b‖ makes p = Ax̂ the point of the plane span{a₁, a₂} nearest b, and
 * the residual r = b − p is perpendicular to that plane: Aᵀr = 0 (the normal equations
 * AᵀAx̂ = Aᵀb), hence ‖b‖² = ‖p‖² + ‖r‖² (Pythagoras). The projector is
 * P = A(AᵀA)⁻¹Aᵀ = QQᵀ with Q (3×2, QᵀQ = I) from the QR factorization A = QR: its columns q₁, q₂
 * are an orthonormal basis of the same plane, and p = Q(Qᵀb).
 *
 * <p>Conditioning: x̂ moves by up to ‖δb‖/σ₂(A) when b moves by δb, so nearly parallel columns
 * (σ₂ → 0, κ(A) = σ₁/σ₂ → ∞) make x̂ unstable, while p moves by at most ‖δb‖ (P is an orthogonal
 * projector, ‖P‖ = 1): the plane is still well defined. Parallel columns (rank 1) span a line; then
 * x̂ is not unique (the minimum-norm one, A⁺b, is shown) but p still is.
 *
 * <p>The 3-D view is projected here for an {@link OrbitCamera} (azimuth and elevation are
 * parameters, so the URL keeps the view); the second plot is the same picture in the plane's own
 * coordinates (q₁, q₂), a 2-D view that needs no rotation. Cost: one 3×2 SVD and QR, microseconds.
 */
public final class ProjectionLab extends DeclaredLabModel {
    public static final String ID = "projection";
    static final String SCENE_PLOT = "scene";
    static final String PLANE_PLOT = "plane";
    static final String HANDLE = "drag handle";
    /** How many lines of the plane's grid run each way. */
    private static final int GRID = 9;

    static final String SCENE_HELP = "Drag the ringed tip to move the vector chosen under \"drag moves\" (it moves "
            + "parallel to the screen); drag anywhere else, or use the arrow keys with the view focused (Tab), to turn "
            + "the view (shift: faster). The sliders set every coordinate exactly.";

    static final PlotSpec SCENE = PlotSpec.of(SCENE_PLOT, "b, its projection p onto the plane of a₁, a₂, and r ⟂ plane")
            .x("", Axis.LINEAR).y("", Axis.LINEAR).equalAspect()
            .orbit("az", "el")
            .series("axes x₁, x₂, x₃", Look.of(Look.MUTED).dotted())
            .series("plane span{a₁, a₂}", Look.of(Look.MUTED).width(1))
            .series("a₁", Look.of(1).width(2.5))
            .series("a₂", Look.of(6).width(2.5))
            .series("b", Look.of(Look.INK).width(2.5))
            .series("p = Ax̂", Look.of(3).width(2.5))
            .series("r = b − p", Look.of(2).width(2.5).dashed())
            .series("q₁, q₂ from QR", Look.of(4).dashDot())
            .series("x̂₁a₁ + x̂₂a₂", Look.of(5).dashed())
            .series(HANDLE, Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .handle(HANDLE, SCENE_HELP, ProjectionLab::drag);
    static final PlotSpec PLANE = PlotSpec.of(PLANE_PLOT, "The plane seen face on: coordinates along q₁ and q₂")
            .x("along q₁", Axis.LINEAR).y("along q₂", Axis.LINEAR).equalAspect().zeroAxes()
            .help("The same vectors in the plane's own orthonormal coordinates Qᵀv: b's shadow is p = Q(Qᵀb); the "
                    + "dashed path x̂₁a₁ then x̂₂a₂ ends at p. Point at a mark to read it.")
            .series("a₁", Look.of(1).width(2.5))
            .series("a₂", Look.of(6).width(2.5))
            .series("p = Ax̂", Look.of(3).width(2.5))
            .series("x̂₁a₁ + x̂₂a₂", Look.of(5).dashed());

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Projection: least squares is the nearest point of a plane")
            .topic(Topic.APPLICATIONS, 1)
            .blurb("b, its projection p onto span{a₁, a₂} and r ⟂ the plane, in 3-D.")
            .params(params().params())
            .presets(presets())
            .plots(SCENE, PLANE);

    private static final String[] VECTORS = {"a1", "a2", "b"};

    public static ParamSet params() {
        return new ParamSet(List.of(
                coordinate("a1x", "a₁, x₁", 2), coordinate("a1y", "a₁, x₂", 0), coordinate("a1z", "a₁, x₃", 0.4),
                coordinate("a2x", "a₂, x₁", 0.4), coordinate("a2y", "a₂, x₂", 1.6), coordinate("a2z", "a₂, x₃", 0),
                coordinate("bx", "b, x₁", 1.2), coordinate("by", "b, x₂", 1.4), coordinate("bz", "b, x₃", 1.8),
                Param.choice("drag", "drag moves", "b", Param.option("b", "b"), Param.option("a1", "a₁"),
                        Param.option("a2", "a₂")),
                Param.number("az", "view azimuth (degrees)", -180, 180, 1, 35),
                Param.number("el", "view elevation (degrees)", -85, 85, 1, 25),
                Param.flag("basis", "show Q's columns q₁, q₂", true)));
    }

    private static Param coordinate(String name, String label, double def) {
        return Param.number(name, label, -3, 3, 0.01, def);
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("b above a tilted plane", "bx=1.2&by=1.4&bz=1.8"),
                new Preset("b in the plane: r = 0", "bx=2.4&by=1.6&bz=0.4"),
                new Preset("b perpendicular to the plane: p = 0", "bx=-0.32&by=0.08&bz=1.6"),
                new Preset("Nearly parallel columns: x̂ unstable, p not", "a2x=2&a2y=0.05&a2z=0.4"),
                new Preset("Nearly parallel, b nudged by 0.05", "a2x=2&a2y=0.05&a2z=0.4&by=1.45"),
                new Preset("Parallel columns: a line, not a plane", "a2x=1&a2y=0&a2z=0.2"),
                new Preset("Looking down on the plane x₃ = 0", "a1x=2&a1y=0&a1z=0&a2x=0&a2y=1.5&a2z=0&az=0&el=85"));
    }

    public ProjectionLab() {
        super(DECLARATION);
    }

    /** Column a₁, a₂ or b of a state. */
    static double[] vector(ParamSet p, String name) {
        return new double[] {p.number(name + "x"), p.number(name + "y"), p.number(name + "z")};
    }

    /**
     * A drag of the handle to screen point (x, y): the chosen vector moves parallel to the screen,
     * keeping its depth, so its tip follows the pointer (the sliders clamp each coordinate to ±3).
     */
    static void drag(ParamSet values, double x, double y) {
        String which = values.choice("drag");
        OrbitCamera cam = new OrbitCamera(values.number("az"), values.number("el"));
        double[] v = cam.lift(x, y, cam.depth(vector(values, which)));
        values.set(which + "x", v[0]);
        values.set(which + "y", v[1]);
        values.set(which + "z", v[2]);
    }

    /** The numbers of one state: everything the picture and the readouts show. */
    static final class Solution {
        final Matrix a;
        final double[] b;
        final double[] x;
        final double[] p;
        final double[] r;
        final double[] atr;
        final double[] sigma;
        final int rank;
        /** Orthonormal basis of range(A): rank columns of Q from the QR factorization. */
        final double[][] q;

        Solution(double[] a1, double[] a2, double[] b) {
            a = Matrix.of(new double[][] {{a1[0], a2[0]}, {a1[1], a2[1]}, {a1[2], a2[2]}});
            this.b = b.clone();
            LeastSquares.Result ls = LeastSquares.solve(a, b);
            x = ls.x();
            rank = ls.rank();
            sigma = ls.singularValues();
            p = a.times(x);
            r = new double[3];
            for (int i = 0; i < 3; i++) {
                r[i] = b[i] - p[i];
            }
            atr = a.transposeTimes(r);
            // Unpivoted QR is Gram–Schmidt's basis (q₁ along a₁); with rank 1 pivoted QR puts the longer
            // column first, so its first column spans the line even when a₁ = 0.
            Matrix qm = rank == 2 ? QR.unpivoted(a).q() : QR.of(a).q();
            q = new double[rank][];
            for (int j = 0; j < rank; j++) {
                q[j] = qm.column(j);
            }
        }

        /** P = QQᵀ (3×3). */
        double[][] projector() {
            double[][] out = new double[3][3];
            for (double[] qj : q) {
                for (int i = 0; i < 3; i++) {
                    for (int k = 0; k < 3; k++) {
                        out[i][k] += qj[i] * qj[k];
                    }
                }
            }
            return out;
        }

        /** A(AᵀA)⁻¹Aᵀ by the 2×2 inverse of the Gram matrix (null when AᵀA is singular). */
        double[][] projectorFromGram() {
            double g11 = 0;
            double g12 = 0;
            double g22 = 0;
            for (int i = 0; i < 3; i++) {
                g11 += a.get(i, 0) * a.get(i, 0);
                g12 += a.get(i, 0) * a.get(i, 1);
                g22 += a.get(i, 1) * a.get(i, 1);
            }
            double det = g11 * g22 - g12 * g12;
            if (rank < 2 || !(det > 0)) {
                return null;
            }
            double[][] out = new double[3][3];
            for (int i = 0; i < 3; i++) {
                // row i of A times (AᵀA)⁻¹ = [[g22, −g12], [−g12, g11]]/det
                double u = (a.get(i, 0) * g22 - a.get(i, 1) * g12) / det;
                double w = (-a.get(i, 0) * g12 + a.get(i, 1) * g11) / det;
                for (int k = 0; k < 3; k++) {
                    out[i][k] = u * a.get(k, 0) + w * a.get(k, 1);
                }
            }
            return out;
        }

        /** Coordinates Qᵀv of a vector in the plane's basis (0 for a missing basis vector). */
        double[] inPlane(double[] v) {
            double[] c = new double[2];
            for (int j = 0; j < q.length; j++) {
                c[j] = dot(q[j], v);
            }
            return c;
        }
    }

    @Override
    public LabOutput compute(ParamSet ps) {
        LabOutput out = new LabOutput();
        out.notes(ps.notes());
        double[] a1 = vector(ps, "a1");
        double[] a2 = vector(ps, "a2");
        double[] b = vector(ps, "b");
        Solution s = new Solution(a1, a2, b);
        OrbitCamera cam = new OrbitCamera(ps.number("az"), ps.number("el"));

        // One view size for every rotation: the longest vector drawn, padded (the sum x̂₁a₁ + x̂₂a₂ may leave it).
        double reach = Math.max(1, Math.max(norm(b), Math.max(norm(a1), norm(a2))));
        double half = 1.08 * reach;
        out.plot(SCENE.range(-half, half, -half, half));
        sceneAxes(out, cam, reach);
        planeGrid(out, cam, s, reach);
        arrow(out, SCENE_PLOT, "a₁", cam, new double[3], a1);
        arrow(out, SCENE_PLOT, "a₂", cam, new double[3], a2);
        double[] x1a1 = scaled(a1, s.x[0]);
        polyline(out, SCENE_PLOT, "x̂₁a₁ + x̂₂a₂", cam, new double[][] {new double[3], x1a1, s.p});
        arrow(out, SCENE_PLOT, "p = Ax̂", cam, new double[3], s.p);
        arrow(out, SCENE_PLOT, "b", cam, new double[3], b);
        residual(out, cam, s, reach);
        if (ps.flag("basis") && s.rank > 0) {
            double[][] basis = new double[3 * s.q.length][];
            for (int j = 0; j < s.q.length; j++) {
                basis[3 * j] = new double[3];
                basis[3 * j + 1] = s.q[j];
            }
            polyline(out, SCENE_PLOT, "q₁, q₂ from QR", cam, basis);
        }
        double[] tip = cam.project(vector(ps, ps.choice("drag")));
        out.add(Marker.point(SCENE_PLOT, HANDLE, tip[0], tip[1]));

        out.plot(PLANE.range(-half, half, -half, half));
        double[] c1 = s.inPlane(a1);
        double[] c2 = s.inPlane(a2);
        double[] cp = s.inPlane(s.p);
        out.add(Marker.arrow(PLANE_PLOT, "a₁", 0, 0, c1[0], c1[1]));
        out.add(Marker.arrow(PLANE_PLOT, "a₂", 0, 0, c2[0], c2[1]));
        double[] cx = scaled(c1, s.x[0]);
        out.line(PLANE_PLOT, "x̂₁a₁ + x̂₂a₂", new double[] {0, cx[0], cp[0]}, new double[] {0, cx[1], cp[1]});
        out.add(Marker.arrow(PLANE_PLOT, "p = Ax̂", 0, 0, cp[0], cp[1]));

        notes(out, s);
        readouts(out, s);
        out.rule(rule(s));
        out.summary(summary(s, ps));
        return out;
    }

    private static void notes(LabOutput out, Solution s) {
        if (s.rank == 0) {
            out.note("a₁ and a₂ are both zero: their column space is the single point 0, so p = 0 and r = b");
        } else if (s.rank == 1) {
            out.note("a₁ and a₂ are parallel (or one is zero): they span a line, not a plane. x̂ is not unique (every "
                    + "x with x₁a₁ + x₂a₂ = p fits equally well; the shortest one is shown), but p, the projection onto "
                    + "the line, still is");
        } else if (s.sigma[0] / s.sigma[1] > 100) {
            out.note("the columns are nearly parallel (κ(A) = " + NumberText.format(s.sigma[0] / s.sigma[1], 3)
                    + "): moving b by 0.01 can move x̂ by up to " + NumberText.format(0.01 / s.sigma[1], 3)
                    + ", but p by at most 0.01");
        }
    }

    private static void readouts(LabOutput out, Solution s) {
        out.readout("x1", "x̂₁", s.x[0]);
        out.readout("x2", "x̂₂", s.x[1]);
        out.readoutText("p", "p = Ax̂", tuple(s.p));
        out.readoutText("r", "r = b − p", tuple(s.r));
        out.readout("rNorm", "‖r‖ (distance from b to the plane)", norm(s.r));
        out.readout("atr", "‖Aᵀr‖ (≈ 0: r ⟂ a₁, a₂)", norm(s.atr));
        out.readout("bSquared", "‖b‖²", dot(s.b, s.b));
        out.readout("pythagoras", "‖p‖² + ‖r‖²", dot(s.p, s.p) + dot(s.r, s.r));
        out.readout("rank", "rank of A", s.rank);
        out.readout("cond", "κ(A) = σ₁/σ₂", s.rank == 2 ? s.sigma[0] / s.sigma[1] : Double.POSITIVE_INFINITY);
        out.readout("xShift", "largest move of x̂ when b moves by 0.01", s.rank == 2 ? 0.01 / s.sigma[1]
                : Double.POSITIVE_INFINITY);
        double[][] pq = s.projector();
        double[][] pg = s.projectorFromGram();
        double diff = Double.NaN;
        if (pg != null) {
            diff = 0;
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    diff = Math.max(diff, Math.abs(pq[i][k] - pg[i][k]));
                }
            }
        }
        out.readout("projectorDiff", "max |QQᵀ − A(AᵀA)⁻¹Aᵀ|", diff);
        LabOutput.Table t = out.table("projector P = QQᵀ", "row", "column 1", "column 2", "column 3");
        for (int i = 0; i < 3; i++) {
            t.row("row " + (i + 1), NumberText.format(pq[i][0], 4), NumberText.format(pq[i][1], 4),
                    NumberText.format(pq[i][2], 4));
        }
        LabOutput.Table qt = out.table("Q from A = QR", "row", "q₁", "q₂");
        for (int i = 0; i < 3; i++) {
            qt.row("row " + (i + 1), s.q.length > 0 ? NumberText.format(s.q[0][i], 4) : "—",
                    s.q.length > 1 ? NumberText.format(s.q[1][i], 4) : "—");
        }
    }

    private static String rule(Solution s) {
        return "x̂ = (AᵀA)⁻¹Aᵀb = " + tuple(s.x) + (s.rank < 2 ? " (AᵀA is singular: x̂ = A⁺b)" : "") + "\n"
                + "p = Ax̂ = " + tuple(s.p) + "\n"
                + "r = b − p = " + tuple(s.r) + ",  Aᵀr = " + tuple(s.atr) + "\n"
                + "‖b‖² = " + NumberText.format(dot(s.b, s.b), 6) + " = ‖p‖² + ‖r‖² = "
                + NumberText.format(dot(s.p, s.p), 6) + " + " + NumberText.format(dot(s.r, s.r), 6);
    }

    private static String summary(Solution s, ParamSet ps) {
        String space = s.rank == 2 ? "the plane spanned by a₁ = " + tuple(s.a.column(0)) + " and a₂ = "
                + tuple(s.a.column(1)) : s.rank == 1 ? "the line through a₁ = " + tuple(s.a.column(0)) + " and a₂ = "
                + tuple(s.a.column(1)) : "the zero column space";
        return "3-D view (azimuth " + NumberText.format(ps.number("az"), 4) + "°, elevation "
                + NumberText.format(ps.number("el"), 4) + "°): b = " + tuple(s.b) + " projects onto " + space
                + " at p = Ax̂ = " + tuple(s.p) + " with x̂ = " + tuple(s.x) + "; the residual r = b − p = " + tuple(s.r)
                + " has length " + NumberText.format(norm(s.r), 4) + " and is perpendicular to the columns (‖Aᵀr‖ = "
                + NumberText.format(norm(s.atr), 2) + "); ‖b‖² = " + NumberText.format(dot(s.b, s.b), 4)
                + " = ‖p‖² + ‖r‖².";
    }

    /** The positive half-axes, from 0 to reach·eᵢ (a dotted grey path with gaps). */
    private static void sceneAxes(LabOutput out, OrbitCamera cam, double reach) {
        double[][] pts = new double[9][];
        for (int i = 0; i < 3; i++) {
            double[] e = new double[3];
            e[i] = reach;
            pts[3 * i] = new double[3];
            pts[3 * i + 1] = e;
            pts[3 * i + 2] = null;
        }
        polyline(out, SCENE_PLOT, "axes x₁, x₂, x₃", cam, pts);
    }

    /** A square patch of the column space, ±reach along q₁ and q₂, as grid lines (a segment when rank 1). */
    private static void planeGrid(LabOutput out, OrbitCamera cam, Solution s, double reach) {
        if (s.rank == 0) {
            return;
        }
        if (s.rank == 1) {
            polyline(out, SCENE_PLOT, "plane span{a₁, a₂}", cam,
                    new double[][] {scaled(s.q[0], -reach), scaled(s.q[0], reach)});
            return;
        }
        double[][] pts = new double[GRID * 6][];
        int k = 0;
        for (int g = 0; g < GRID; g++) {
            double t = -reach + 2 * reach * g / (GRID - 1);
            pts[k++] = combine(t, s.q[0], -reach, s.q[1]);
            pts[k++] = combine(t, s.q[0], reach, s.q[1]);
            pts[k++] = null;
            pts[k++] = combine(-reach, s.q[0], t, s.q[1]);
            pts[k++] = combine(reach, s.q[0], t, s.q[1]);
            pts[k++] = null;
        }
        polyline(out, SCENE_PLOT, "plane span{a₁, a₂}", cam, pts);
    }

    /** r from p to b, and a small square corner at p between r and the direction from p back towards 0 (or q₁). */
    private static void residual(LabOutput out, OrbitCamera cam, Solution s, double reach) {
        double rn = norm(s.r);
        if (s.rank == 0 || rn < 1e-9 * reach) {
            polyline(out, SCENE_PLOT, "r = b − p", cam, new double[][] {s.p, s.b});
            return;
        }
        double h = Math.min(0.08 * reach, 0.5 * rn);
        double pn = norm(s.p);
        double[] along = pn > 1e-9 * reach ? scaled(s.p, -1 / pn) : s.q[0];
        double[] up = scaled(s.r, 1 / rn);
        double[] c1 = combine(1, s.p, h, up);
        double[] c3 = combine(1, s.p, h, along);
        double[] c2 = combine(1, c1, h, along);
        polyline(out, SCENE_PLOT, "r = b − p", cam, new double[][] {s.p, s.b, null, c1, c2, c3});
    }

    private static void arrow(LabOutput out, String plot, String name, OrbitCamera cam, double[] from, double[] to) {
        double[] f = cam.project(from);
        double[] t = cam.project(to);
        out.add(Marker.arrow(plot, name, f[0], f[1], t[0], t[1]));
    }

    /** A projected polyline; a null point is a gap. */
    private static void polyline(LabOutput out, String plot, String name, OrbitCamera cam, double[][] pts) {
        double[] xs = new double[pts.length];
        double[] ys = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            if (pts[i] == null) {
                xs[i] = Double.NaN;
                ys[i] = Double.NaN;
            } else {
                double[] s = cam.project(pts[i]);
                xs[i] = s[0];
                ys[i] = s[1];
            }
        }
        out.line(plot, name, xs, ys);
    }

    private static double[] combine(double s, double[] u, double t, double[] v) {
        return new double[] {s * u[0] + t * v[0], s * u[1] + t * v[1], s * u[2] + t * v[2]};
    }

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f * v[i];
        }
        return out;
    }

    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static String tuple(double[] v) {
        return NumberText.tuple(v, 4);
    }
}
