package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.SVD;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.LeastSquaresObjective;
import dev.kappa.optim.Trajectory;
import java.util.List;

/**
 * Underdetermined least squares: many solutions, one chosen.
 *
 * <p>Two systems Aw = b: one equation a₁w₁ + a₂w₂ = b (the solution set is a line in the plane), or
 * the lecture's A = [[1,2,3],[4,5,6]], b = (7, 8) (rank 2, the solution set is a line in ℝ³). The
 * minimum-norm solution is w⁺ = A⁺b (SVD), the foot of the perpendicular from 0. Gradient descent on
 * f(w) = (1/2m)‖Aw − b‖² from w₀ never moves in the null space of A (the gradient lies in the row
 * space), so it converges to the projection of w₀ onto the solution set, P(w₀) = w₀ − A⁺(Aw₀ − b);
 * from w₀ = 0 that is w⁺. The ridge solution w(λ) = (AᵀA + λI)⁻¹Aᵀb lies in the row space and tends
 * to w⁺ as λ → 0⁺; its path is sampled at 46 values of λ from 1e3 down to 1e-6 (5 per decade).
 *
 * <p>Plot coordinates: for the 2-unknown system the plane itself (w₁, w₂); for the 3-unknown one the
 * plane through 0 spanned by ŵ⁺ = w⁺/‖w⁺‖ (row space) and the unit null-space vector n, where every
 * solution is w⁺ + s·n: the solution set is the vertical line at ‖w⁺‖. The remaining row-space
 * component of a point is reported as a readout (it tends to 0 along GD).
 *
 * <p>Cost: one 2×3 SVD, the ridge path (46 λ, one SVD) and up to 5000 GD steps in ℝ³: well under 1 ms.
 */
public final class MinNormLab extends DeclaredLabModel {
    public static final String ID = "min-norm";
    static final String PLOT = "space";
    static final String NORM_PLOT = "norm";
    static final double[][] LECTURE_A = {{1, 2, 3}, {4, 5, 6}};
    static final double[] LECTURE_B = {7, 8};

    static final PlotSpec SPACE = PlotSpec.of(PLOT, "Solutions of a₁w₁ + a₂w₂ = b")
            .x("w₁", Axis.LINEAR).y("w₂", Axis.LINEAR).equalAspect().shape(PlotSpec.Shape.SQUARE)
            .series("solution set", Look.of(Look.INK))
            .series("perpendicular from 0", Look.REFERENCE)
            .series("GD path", Look.of(2))
            .series("ridge path w(λ), λ = 1e3 … 1e-6", Look.of(3))
            .series("w₀ to its projection", Look.of(4).dotted())
            .series("min-norm point w⁺", Look.of(1).shape(Look.Shape.DIAMOND))
            .series("start w₀", Look.of(2).shape(Look.Shape.CIRCLE))
            .series("projection of w₀", Look.of(4).shape(Look.Shape.SQUARE))
            .series("GD end", Look.of(2).shape(Look.Shape.TRIANGLE))
            .series("w(λ)", Look.of(3).shape(Look.Shape.SQUARE))
            .handle("start w₀", "Drag the start point w₀, or click anywhere to put it there: the GD path follows and "
                    + "lands on the projection of w₀ onto the solution set (for the 2×3 system the plot is the plane "
                    + "through w⁺ and the null space; w₀ keeps its component off that plane).",
                    (values, x, y) -> {
                        double[] w = startFromPlot(values, x, y);
                        values.set("w1", w[0]).set("w2", w[1]);
                        if (w.length > 2) {
                            values.set("w3", w[2]);
                        }
                    });
    static final PlotSpec NORM = PlotSpec.of(NORM_PLOT, "‖w‖ along the paths")
            .x("GD iteration", Axis.INDEX).y("‖w‖", Axis.LINEAR)
            .series("‖wₖ‖ (GD)", Look.of(2));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Minimum-norm solutions and where gradient descent lands")
            .topic(Topic.LEAST_SQUARES, 2)
            .blurb("Underdetermined systems and the minimum-norm point.")
            .params(params().params())
            .presets(presets())
            .plots(SPACE, NORM);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("system", "system", "line", Param.option("line", "one equation a₁w₁ + a₂w₂ = b"),
                        Param.option("lecture", "the lecture's 2×3 system")),
                Param.number("a1", "a₁ (one-equation system)", -5, 5, 0.1, 1),
                Param.number("a2", "a₂ (one-equation system)", -5, 5, 0.1, 2),
                Param.number("b", "b (one-equation system)", -10, 10, 0.1, 2),
                Param.number("w1", "start w₀, first coordinate", -5, 5, 0.01, 2),
                Param.number("w2", "start w₀, second coordinate", -5, 5, 0.01, 3),
                Param.number("w3", "start w₀, third coordinate (lecture system)", -5, 5, 0.01, 0),
                Param.number("eta", "step η as a multiple of 1/L", 0.01, 1.99, 0.01, 1),
                Param.integer("steps", "GD steps", 0, 5000, 200),
                Param.logNumber("lambda", "ridge λ (marked on the path)", 1e-6, 1e3, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("One equation: GD from 0 finds the min-norm point", "system=line&w1=0&w2=0&w3=0"),
                new Preset("One equation: GD from w₀ lands on the projection of w₀", "system=line&w1=2&w2=3"),
                new Preset("Lecture 2×3 system from 0", "system=lecture&w1=0&w2=0&w3=0&steps=5000"),
                new Preset("Lecture 2×3 system from (1, −1, 2)", "system=lecture&w1=1&w2=-1&w3=2&steps=5000"));
    }

    public MinNormLab() {
        super(DECLARATION);
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        boolean lecture = p.choice("system").equals("lecture");
        Matrix a;
        double[] b;
        double[] w0;
        if (lecture) {
            a = Matrix.of(LECTURE_A);
            b = LECTURE_B.clone();
            w0 = new double[] {p.number("w1"), p.number("w2"), p.number("w3")};
        } else {
            double a1 = p.number("a1");
            double a2 = p.number("a2");
            if (a1 == 0 && a2 == 0) {
                out.note("a₁ = a₂ = 0 has no solution line; using a₁ = 1");
                a1 = 1;
            }
            a = Matrix.of(new double[][] {{a1, a2}});
            b = new double[] {p.number("b")};
            w0 = new double[] {p.number("w1"), p.number("w2")};
        }
        int n = a.cols();
        int m = a.rows();
        SVD svd = SVD.of(a);
        double[] wPlus = LeastSquares.solve(a, b).x();
        double[] projection = sub(w0, svd.solve(sub(a.times(w0), b)));
        double[] nullDir = lecture ? unit(cross(a.row(0), a.row(1))) : unit(new double[] {-a.get(0, 1), a.get(0, 0)});

        // GD on (1/2m)‖Aw − b‖²: L = σ_max²/m
        double lipschitz = svd.norm2() * svd.norm2() / m;
        double eta = p.number("eta") / lipschitz;
        GradientDescent gd = new GradientDescent(new LeastSquaresObjective(a, b), w0, eta);
        gd.run(p.integer("steps"));
        Trajectory tr = gd.trajectory();
        double[] wEnd = tr.last();

        double[] lambdas = new double[46];
        for (int i = 0; i < lambdas.length; i++) {
            lambdas[i] = KMath.pow(10, 3 - 0.2 * i);
        }
        lambdas[lambdas.length - 1] = 1e-6;
        double[][] path = Ridge.path(a, b, lambdas);
        double lambda = p.number("lambda");
        double[] wLambda = Ridge.solve(a, b, lambda);

        Frame f = lecture ? new Frame(wPlus, nullDir) : null;
        out.plot(lecture ? SPACE.titled("Solutions w⁺ + s·n of the 2×3 system").x("along w⁺ (row space)", Axis.LINEAR)
                .y("along the null space n", Axis.LINEAR) : SPACE);
        // the solution set, as a segment of w⁺ + s·n for |s| ≤ 8
        double[][] seg = {add(wPlus, scale(nullDir, -8)), add(wPlus, scale(nullDir, 8))};
        out.line(PLOT, "solution set", xs(seg, f), ys(seg, f));
        double[][] perp = {new double[n], wPlus};
        out.line(PLOT, "perpendicular from 0", xs(perp, f), ys(perp, f));
        double[][] pts = tr.points();
        out.add(new Series(PLOT, "GD path", Series.Style.LINE, xs(pts, f), ys(pts, f)).animated());
        out.steps(pts.length - 1);
        out.line(PLOT, "ridge path w(λ), λ = 1e3 … 1e-6", xs(path, f), ys(path, f));
        double[][] proj = {w0, projection};
        out.line(PLOT, "w₀ to its projection", xs(proj, f), ys(proj, f));
        out.add(point(PLOT, "min-norm point w⁺", wPlus, f));
        out.add(point(PLOT, "start w₀", w0, f));
        out.add(point(PLOT, "projection of w₀", projection, f));
        out.add(point(PLOT, "GD end", wEnd, f));
        out.add(point(PLOT, "w(λ)", wLambda, f));

        out.plot(NORM);
        double[] it = new double[pts.length];
        double[] norms = new double[pts.length];
        for (int k = 0; k < pts.length; k++) {
            it[k] = k;
            norms[k] = Fits.norm(pts[k]);
        }
        out.add(new Series(NORM_PLOT, "‖wₖ‖ (GD)", Series.Style.LINE, it, norms).animated());
        out.add(Marker.horizontal(NORM_PLOT, "‖w⁺‖", Fits.norm(wPlus)));

        for (int j = 0; j < n; j++) {
            out.readout("wPlus" + (j + 1), "w⁺" + (j + 1), wPlus[j]);
        }
        out.readout("rank", "rank", svd.rank());
        out.readout("normWPlus", "‖w⁺‖", Fits.norm(wPlus));
        out.readout("normEnd", "‖w‖ (GD end)", Fits.norm(wEnd));
        out.readout("residualEnd", "residual ‖Aw − b‖ (GD end)", Fits.norm(sub(a.times(wEnd), b)));
        out.readout("endToWPlus", "distance GD end → min-norm point", Fits.norm(sub(wEnd, wPlus)));
        out.readout("endToProjection", "distance GD end → projection of w₀", Fits.norm(sub(wEnd, projection)));
        out.readout("eta", "η", eta);
        out.readout("normRidge", "‖w(λ)‖", Fits.norm(wLambda));
        out.readout("ridgeToWPlus", "distance w(λ) → min-norm point", Fits.norm(sub(wLambda, wPlus)));
        if (f != null) {
            out.readout("offPlaneEnd", "off-plane component of GD end", f.off(wEnd));
        }
        double etaFactor = p.number("eta");
        out.stepRule(pts.length, k -> {
            double[] w = pts[k];
            return "w" + Sub.script(k) + " = (" + join(w, 4) + "), ‖w" + Sub.script(k) + "‖ = "
                    + NumberText.format(Fits.norm(w), 4) + ", ‖Aw" + Sub.script(k) + " − b‖ = "
                    + NumberText.format(Fits.norm(sub(a.times(w), b)), 3) + "\nη = " + NumberText.format(eta, 4)
                    + " (= " + NumberText.format(etaFactor, 3) + "/L); the limit is P(w₀) = (" + join(projection, 4)
                    + ")";
        });
        out.summary("The minimum-norm solution is w⁺ = (" + join(wPlus) + ") with ‖w⁺‖ = "
                + NumberText.format(Fits.norm(wPlus), 4) + "; GD from w₀ = (" + join(w0) + ") ends "
                + NumberText.format(Fits.norm(sub(wEnd, projection)), 2) + " from the projection of w₀ and "
                + NumberText.format(Fits.norm(sub(wEnd, wPlus)), 3) + " from w⁺.");
        return out;
    }

    /**
     * The start w₀ for a point (x, y) picked on the solution-space plot (a drag of the start
     * handle): for one equation the plot is the (w₁, w₂) plane itself, so w₀ = (x, y); for the 2×3
     * system the plot is the plane spanned by e₁ = ŵ⁺ and e₂ = n, so w₀ = x·e₁ + y·e₂ + c·e₃ where
     * c = w₀·e₃ is the current start's component off that plane (kept, since the plot cannot show
     * it). Values are not clamped here; the parameters clamp each coordinate to [−5, 5].
     */
    public static double[] startFromPlot(ParamSet p, double x, double y) {
        if (!p.choice("system").equals("lecture")) {
            return new double[] {x, y};
        }
        Matrix a = Matrix.of(LECTURE_A);
        Frame f = new Frame(LeastSquares.solve(a, LECTURE_B).x(), unit(cross(a.row(0), a.row(1))));
        double c = f.off(new double[] {p.number("w1"), p.number("w2"), p.number("w3")});
        double[] w = new double[3];
        for (int j = 0; j < 3; j++) {
            w[j] = (x * f.e1[j] + y * f.e2[j]) + c * f.e3[j];
        }
        return w;
    }

    /** Orthonormal plot frame for ℝ³: e₁ = w⁺/‖w⁺‖, e₂ = n, e₃ = e₁ × e₂. */
    private static final class Frame {
        final double[] e1;
        final double[] e2;
        final double[] e3;

        Frame(double[] wPlus, double[] nullDir) {
            e1 = unit(wPlus);
            e2 = nullDir;
            e3 = cross(e1, e2);
        }

        double off(double[] w) {
            return dot(w, e3);
        }
    }

    private static Marker point(String plot, String name, double[] w, Frame f) {
        return Marker.point(plot, name, f == null ? w[0] : dot(w, f.e1), f == null ? w[1] : dot(w, f.e2));
    }

    private static double[] xs(double[][] pts, Frame f) {
        double[] out = new double[pts.length];
        for (int k = 0; k < pts.length; k++) {
            out[k] = f == null ? pts[k][0] : dot(pts[k], f.e1);
        }
        return out;
    }

    private static double[] ys(double[][] pts, Frame f) {
        double[] out = new double[pts.length];
        for (int k = 0; k < pts.length; k++) {
            out[k] = f == null ? pts[k][1] : dot(pts[k], f.e2);
        }
        return out;
    }

    private static String join(double[] v) {
        return join(v, 5);
    }

    private static String join(double[] v, int digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(NumberText.format(v[i], digits));
        }
        return sb.toString();
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double[] sub(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] - y[i];
        }
        return r;
    }

    static double[] add(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + y[i];
        }
        return r;
    }

    static double[] scale(double[] x, double s) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = s * x[i];
        }
        return r;
    }

    static double[] unit(double[] x) {
        double nrm = Fits.norm(x);
        return nrm == 0 ? x.clone() : scale(x, 1 / nrm);
    }

    static double[] cross(double[] x, double[] y) {
        return new double[] {x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]};
    }
}
