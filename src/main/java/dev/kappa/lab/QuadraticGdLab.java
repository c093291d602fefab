package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.optim.QuadraticGdAnalysis;
import dev.kappa.optim.Trajectory;
import java.util.List;

/**
 * The {@code quadratic-gd} lab: gradient descent on f(w) = ½wᵀPw + bᵀw, P = QΛQᵀ, drawn as the
 * iterates on the contours of f and the loss per iteration (the maths is in {@link QuadraticGdModel}).
 * The lecture's figures are its presets: Q at θ = 45°, x₀ = (0.9, 0), η = 0.5, 5 steps, for
 * Λ = (1, 1), (1, 0.5), (1, 0.1), (1, 0.01), (1, 0); and the loss of the d-dimensional quadratic with
 * eigenvalues 1…10.
 */
public final class QuadraticGdLab extends DeclaredLabModel {
    public static final String ID = "quadratic-gd";
    static final String CONTOURS = "contours";
    static final String LOSS = "loss";
    private static final double V = QuadraticGdModel.VIEW;

    static final PlotSpec CONTOUR_PLOT = PlotSpec.of(CONTOURS, "Contours of f and the GD iterates")
            .x("w₁", Axis.LINEAR).y("w₂", Axis.LINEAR).equalAspect().zeroAxes().shape(PlotSpec.Shape.SQUARE)
            .range(-V, V, -V, V)
            .series("GD iterates", Look.of(2).shape(Look.Shape.CIRCLE))
            .seriesStartingWith("q₁", Look.of(3))
            .seriesStartingWith("q₂", Look.of(4))
            .series("valley of minimizers", Look.of(3).dashed())
            .series("limit w∞", Look.of(Look.INK).shape(Look.Shape.DIAMOND))
            .series("start w₀", Look.of(2).shape(Look.Shape.SQUARE))
            .handle("start w₀", "Drag the start point w₀, click to move it, or use the arrow keys (shift: five times "
                    + "further); Play and Step show the iterates one by one.", (values, x, y) -> {
                        double[] w = values.flag("eigen") ? QuadraticGdModel.of(values).fromEigen(new double[] {x, y})
                                : new double[] {x, y};
                        values.set("x0", w[0]).set("y0", w[1]);
                    });
    static final PlotSpec LOSS_PLOT = PlotSpec.of(LOSS, "Loss against iteration (log scale)")
            .x("iteration k", Axis.INDEX).y("f(wₖ) − f*", Axis.LOG)
            // A diverging run overflows; clipped, the first steps stay readable.
            .clipAboveStart(1e6)
            .seriesStartingWith("total", Look.of(2).width(2.5))
            .seriesStartingWith("along q₁", Look.of(3).dashed())
            .seriesStartingWith("along q₂", Look.of(4).dashed())
            .seriesStartingWith("slowest component", Look.of(1))
            .seriesStartingWith("fastest component", Look.of(3).dotted())
            .seriesStartingWith("other component", Look.of(Look.MUTED).width(0.8));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Gradient descent on a quadratic")
            .topic(Topic.OPTIMIZATION, 1)
            .blurb("Step size, eigen-directions and the five cases.")
            .params(params().params())
            .presets(presets())
            .plots(CONTOUR_PLOT, LOSS_PLOT);

    /** The lab's parameters, declared once. */
    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.number("l1", "λ₁ (curvature along q₁)", -1, 10, 0.001, 1),
                Param.number("l2", "λ₂ (curvature along q₂)", -1, 10, 0.001, 0.1),
                Param.number("theta", "θ (rotation of the axes, degrees)", -90, 90, 1, 45),
                Param.number("eta", "η (step size)", 0.001, 3, 0.001, 0.5),
                Param.integer("steps", "Number of steps", 0, 200, 5),
                Param.number("x0", "Start w₀, first coordinate", -V, V, 0.001, 0.9),
                Param.number("y0", "Start w₀, second coordinate", -V, V, 0.001, 0),
                Param.number("b1", "b, first coordinate (linear term)", -1, 1, 0.01, 0),
                Param.number("b2", "b, second coordinate (linear term)", -1, 1, 0.01, 0),
                Param.flag("axes", "Show eigenvector axes", true),
                Param.flag("eigen", "Draw in eigen-coordinates (z = Qᵀw)", false),
                Param.choice("loss", "Loss plot", "this", Param.option("this", "this 2-D problem"),
                        Param.option("spectrum", "d-dimensional problem with eigenvalues 1…d")),
                Param.integer("dim", "Dimension of the spectrum problem (eigenvalues 1…d)", 2, 50, 10)));
    }

    /** The lecture pictures: x₀ = (0.9, 0), η = 0.5, 5 steps, θ = 45°, and the eigenvalues 1..10 figure. */
    public static List<Preset> presets() {
        return List.of(
                new Preset("Λ = (1, 1)", "l1=1&l2=1"),
                new Preset("Λ = (1, 0.5)", "l1=1&l2=0.5"),
                new Preset("Λ = (1, 0.1)", "l1=1&l2=0.1"),
                new Preset("Λ = (1, 0.01)", "l1=1&l2=0.01"),
                new Preset("Λ = (1, 0)", "l1=1&l2=0"),
                new Preset("Eigenvalues 1…10 (loss)", "loss=spectrum&dim=10&eta=0.09&steps=100&l1=10&l2=1"),
                new Preset("Oscillating (ηλ₁ = 1.5)", "l1=1&l2=0.1&eta=1.5&steps=20"),
                new Preset("Diverging (ηλ₁ = 2.4)", "l1=1.2&l2=0.1&eta=2&steps=12"),
                new Preset("Saddle (λ₂ = −0.5)", "l1=1&l2=-0.5&theta=30&steps=10&y0=0.05"));
    }

    public QuadraticGdLab() {
        super(DECLARATION);
    }

    @Override
    public LabOutput compute(ParamSet values) {
        LabOutput out = new LabOutput();
        out.notes(values.notes());
        QuadraticGdModel m = QuadraticGdModel.of(values);
        QuadraticGdAnalysis a = m.analysis();
        Trajectory t = m.trajectory();
        boolean eigen = values.flag("eigen");
        int steps = t.size() - 1;
        out.steps(steps);
        contours(out, m, values, t, eigen);
        loss(out, m);
        readouts(out, m, a, values, t);
        out.stepRule(Math.max(1, t.size()), k -> rule(m, values, t, k));
        out.summary(m.verdict());
        return out;
    }

    private static double[] view(QuadraticGdModel m, double[] w, boolean eigen) {
        return eigen ? m.toEigen(w) : w;
    }

    private static void contours(LabOutput out, QuadraticGdModel m, ParamSet v, Trajectory t, boolean eigen) {
        out.plot(eigen ? CONTOUR_PLOT.x("z₁ = q₁ᵀw", Axis.LINEAR).y("z₂ = q₂ᵀw", Axis.LINEAR) : CONTOUR_PLOT);
        out.add(m.field(CONTOURS, eigen));
        QuadraticGdAnalysis a = m.analysis();
        double[] limit = a.limit();
        boolean finite = Double.isFinite(limit[0]) && Double.isFinite(limit[1]);
        double[] centre = view(m, finite ? limit : new double[2], eigen);
        for (int i = 0; i < 2; i++) {
            double[] q = eigen ? (i == 0 ? new double[] {1, 0} : new double[] {0, 1}) : m.eigenvector(i);
            String name = "q" + QuadraticGdModel.sub(i);
            if (v.flag("axes")) {
                double len = 0.9;
                out.add(Marker.arrow(CONTOURS, name + " (λ = " + NumberText.format(m.lambda(i), 4) + ")", centre[0],
                        centre[1], centre[0] + len * q[0], centre[1] + len * q[1]));
            }
            if (a.mode(i) == QuadraticGdAnalysis.Mode.FROZEN) {
                // The valley of minimizers: the limit plus any multiple of the frozen eigenvector.
                out.line(CONTOURS, "valley of minimizers", new double[] {centre[0] - 3 * q[0], centre[0] + 3 * q[0]},
                        new double[] {centre[1] - 3 * q[1], centre[1] + 3 * q[1]});
            }
        }
        double[] xs = new double[t.size()];
        double[] ys = new double[t.size()];
        for (int k = 0; k < t.size(); k++) {
            double[] w = view(m, t.point(k), eigen);
            xs[k] = w[0];
            ys[k] = w[1];
        }
        out.add(new Series(CONTOURS, "GD iterates", Series.Style.LINE, xs, ys).animated());
        if (a.converges() && finite) {
            out.add(Marker.point(CONTOURS, "limit w∞", centre[0], centre[1]));
        }
        double[] w0 = view(m, t.point(0), eigen);
        out.add(Marker.point(CONTOURS, "start w₀", w0[0], w0[1]));
    }

    private static void loss(LabOutput out, QuadraticGdModel m) {
        out.plot(LOSS_PLOT);
        double[][] curves = m.lossCurves();
        double[] eig = m.lossEigenvalues();
        int steps = curves[0].length - 1;
        double[] ks = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            ks[k] = k;
        }
        int n = eig.length;
        boolean spectrum = m.spectrum();
        for (int i = 0; i < n; i++) {
            double[] ys = abs(curves[i + 1]);
            String name;
            if (spectrum) {
                name = (i == 0 ? "slowest component" : i == n - 1 ? "fastest component" : "other component")
                        + " λ = " + NumberText.format(eig[i], 4);
            } else {
                name = "along q" + QuadraticGdModel.sub(i) + " (λ = " + NumberText.format(eig[i], 4) + ")";
            }
            Series s = new Series(LOSS, name, Series.Style.LINE, ks, ys);
            out.add(spectrum ? s : s.animated());
        }
        Series total = new Series(LOSS, spectrum ? "total (d = " + n + ")" : "total", Series.Style.LINE, ks,
                abs(curves[0]));
        out.add(spectrum ? total : total.animated());
    }

    private static double[] abs(double[] ys) {
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = Math.abs(ys[i]);
        }
        return out;
    }

    private static void readouts(LabOutput out, QuadraticGdModel m, QuadraticGdAnalysis a, ParamSet v, Trajectory t) {
        double eta = v.number("eta");
        double l1 = m.lambda(0);
        double l2 = m.lambda(1);
        double max = Math.max(l1, l2);
        double min = Math.min(l1, l2);
        String kappa;
        if (min > 0) {
            kappa = NumberText.format(max / min, 4);
        } else if (min == 0 && max > 0) {
            kappa = "∞ (λ = 0: a valley of minimizers)";
        } else {
            kappa = "undefined (P is not positive semidefinite)";
        }
        out.readoutText("kappa", "κ = λmax/λmin", kappa);
        out.readoutText("maxStep", "Largest stable step 2/λmax", max > 0 ? NumberText.format(2 / max, 4)
                + (eta < 2 / max ? " (η is below it)" : " (η is not below it)") : "none needed (no positive λ)");
        for (int i = 0; i < 2; i++) {
            String s = QuadraticGdModel.sub(i);
            out.readoutText("dir" + (i + 1), "Along q" + s + ": |1 − ηλ" + s + "|",
                    NumberText.format(Math.abs(a.factor(i)), 4) + " — " + QuadraticGdModel.caseName(a.mode(i)));
        }
        int k = a.iterationsToReach(QuadraticGdModel.EPSILON);
        out.readoutText("iterations", "Predicted iterations to 10⁻⁶",
                k >= 0 ? String.valueOf(k) : "never (a factor is not below 1)");
        out.stepReadout("current", "wₖ and f(wₖ) at the step shown", t.size(), s -> {
            double[] w = t.point(s);
            return "(" + NumberText.format(w[0], 4) + ", " + NumberText.format(w[1], 4) + "), f = "
                    + NumberText.format(t.value(s), 4);
        });
        if (t.diverged()) {
            out.readoutText("diverged", "Stopped", "the values overflowed at step " + t.divergedAtStep());
        }
    }

    /** The rule at the step shown: the last step taken, with its numbers. */
    private static String rule(QuadraticGdModel m, ParamSet v, Trajectory t, int shown) {
        double eta = v.number("eta");
        String along = "\nAlong each eigenvector: zᵢ − zᵢ* is multiplied by 1 − ηλᵢ = "
                + NumberText.format(m.analysis().factor(0), 4) + " and "
                + NumberText.format(m.analysis().factor(1), 4) + " per step.";
        if (t.size() < 2) {
            return "wₖ₊₁ = wₖ − η∇f(wₖ) = wₖ − " + NumberText.format(eta, 4) + "·(Pwₖ + b)" + along;
        }
        int k = Math.max(1, shown);
        double[] prev = t.point(k - 1);
        double[] next = t.point(k);
        double[] g = m.quadratic().gradient(prev);
        return "w" + Sub.script(k) + " = w" + Sub.script(k - 1) + " − " + NumberText.format(eta, 4) + "·∇f(w"
                + Sub.script(k - 1) + ") = " + vec(prev) + " − " + NumberText.format(eta, 4) + "·" + vec(g) + " = "
                + vec(next) + along;
    }

    private static String vec(double[] v) {
        return NumberText.tuple(v, 4);
    }
}
