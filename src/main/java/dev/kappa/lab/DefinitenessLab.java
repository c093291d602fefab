package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.Matrix;
import java.util.List;

/**
 * The {@code definiteness} lab: the contours of f(x) = ½xᵀ(A + λI)x + bᵀx with the eigenvectors of
 * A + λI, the kind of the matrix and the minimizer −(A + λI)⁻¹b when there is one (the maths is in
 * {@link DefinitenessModel}).
 */
public final class DefinitenessLab extends DeclaredLabModel {
    public static final String ID = "definiteness";
    static final String CONTOURS = "contours";
    private static final double V = DefinitenessModel.VIEW;

    static final PlotSpec CONTOUR_PLOT = PlotSpec.of(CONTOURS, "Contours of f with the eigenvectors of A + λI")
            .x("x₁", Axis.LINEAR).y("x₂", Axis.LINEAR).equalAspect().zeroAxes().shape(PlotSpec.Shape.SQUARE)
            .range(-V, V, -V, V)
            .seriesStartingWith("q₁", Look.of(3))
            .seriesStartingWith("q₂", Look.of(4))
            .series("valley of minimizers", Look.of(2).dashed().width(2.5))
            .series("minimizer", Look.of(2).shape(Look.Shape.CIRCLE))
            .help("Solid contours lie above the minimum value; dashed ones below it (a saddle, or no minimum).");

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("PD, PSD and indefinite quadratics")
            .topic(Topic.OPTIMIZATION, 2)
            .blurb("Contours, eigenvectors and the valley of minima.")
            .params(params().params())
            .presets(presets())
            .plots(CONTOUR_PLOT);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.number("a11", "A₁₁", -3, 3, 0.01, 2),
                Param.number("a12", "A₁₂ = A₂₁", -3, 3, 0.01, 0.5),
                Param.number("a22", "A₂₂", -3, 3, 0.01, 1),
                Param.number("shift", "λ added to the diagonal (A + λI)", -2, 3, 0.01, 0),
                Param.number("b1", "b, first coordinate", -1, 1, 0.01, 0),
                Param.number("b2", "b, second coordinate", -1, 1, 0.01, 0),
                Param.flag("axes", "Show eigenvectors", true)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("PD", "a11=2&a12=0.5&a22=1"),
                new Preset("PSD [[1,1],[1,1]]", "a11=1&a12=1&a22=1"),
                new Preset("[[1,1],[1,1]] + 0.1·I", "a11=1&a12=1&a22=1&shift=0.1"),
                new Preset("Saddle diag(1, −1)", "a11=1&a12=0&a22=-1"),
                new Preset("PSD, b not in range", "a11=1&a12=1&a22=1&b1=0.3"),
                new Preset("Negative definite", "a11=-1&a12=0.3&a22=-0.5"));
    }

    public DefinitenessLab() {
        super(DECLARATION);
    }

    @Override
    public LabOutput compute(ParamSet values) {
        LabOutput out = new LabOutput();
        out.notes(values.notes());
        DefinitenessModel m = DefinitenessModel.of(values);
        out.plot(CONTOUR_PLOT);
        out.add(m.field(CONTOURS));
        double[] min = m.minimizer();
        double[] centre = min == null ? new double[2] : min;
        if (m.valley()) {
            double[] dir = m.valleyDirection();
            out.line(CONTOURS, "valley of minimizers", new double[] {centre[0] - 5 * dir[0], centre[0] + 5 * dir[0]},
                    new double[] {centre[1] - 5 * dir[1], centre[1] + 5 * dir[1]});
        } else if (min != null) {
            out.add(Marker.point(CONTOURS, "minimizer", min[0], min[1]));
        }
        if (values.flag("axes")) {
            for (int i = 0; i < 2; i++) {
                double[] q = m.eigenvector(i);
                out.add(Marker.arrow(CONTOURS, "q" + QuadraticGdModel.sub(i) + " (λ = " + NumberText.format(m.clean(i), 4)
                        + ")", centre[0], centre[1], centre[0] + 1.2 * q[0], centre[1] + 1.2 * q[1]));
            }
        }
        out.summary(m.verdict());
        Matrix mm = m.matrix();
        out.readoutText("kind", "A + λI is", m.kind().label());
        out.readoutText("eigenvalues", "Eigenvalues λ₁ ≤ λ₂",
                NumberText.format(m.clean(0), 4) + ", " + NumberText.format(m.clean(1), 4));
        out.readoutText("matrix", "A + λI", "[[" + NumberText.format(mm.get(0, 0), 4) + ", "
                + NumberText.format(mm.get(0, 1), 4) + "], [" + NumberText.format(mm.get(1, 0), 4) + ", "
                + NumberText.format(mm.get(1, 1), 4) + "]]");
        double det = m.clean(0) * m.clean(1);
        out.readoutText("det", "det = λ₁λ₂, trace = λ₁ + λ₂", NumberText.format(det, 4) + ", "
                + NumberText.format(m.clean(0) + m.clean(1), 4));
        String minText;
        if (min == null) {
            minText = "none: f is unbounded below";
        } else if (m.valley()) {
            double[] d = m.valleyDirection();
            minText = "a line: (" + NumberText.format(min[0], 4) + ", " + NumberText.format(min[1], 4) + ") + t·("
                    + NumberText.format(d[0], 3) + ", " + NumberText.format(d[1], 3) + ")";
        } else {
            minText = "(" + NumberText.format(min[0], 4) + ", " + NumberText.format(min[1], 4) + ")";
        }
        out.readoutText("minimizer", "Minimizer −(A + λI)⁻¹b", minText);
        double s = values.number("shift");
        out.rule("f(x) = ½xᵀ(A + λI)x + bᵀx with λ = " + NumberText.format(s, 4) + "\nEigenvalues of A + λI = "
                + "eigenvalues of A + λ: " + NumberText.format(m.clean(0) - s, 4) + " + " + NumberText.format(s, 4)
                + " = " + NumberText.format(m.clean(0), 4) + ", " + NumberText.format(m.clean(1) - s, 4) + " + "
                + NumberText.format(s, 4) + " = " + NumberText.format(m.clean(1), 4));
        return out;
    }
}
