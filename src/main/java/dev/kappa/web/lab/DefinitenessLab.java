package dev.kappa.web.lab;

import dev.kappa.lab.DefinitenessModel;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.linalg.Matrix;
import dev.kappa.web.plot.Plot;
import java.util.List;

/** The {@code definiteness} lab: draws what {@link DefinitenessModel} computes. */
final class DefinitenessLab implements Lab {
    private static final double V = DefinitenessModel.VIEW;
    private LabPage page;
    private Plot plot;

    @Override
    public String id() {
        return "definiteness";
    }

    @Override
    public ParamSet params() {
        return DefinitenessModel.params();
    }

    @Override
    public List<Preset> presets() {
        return DefinitenessModel.presets();
    }

    @Override
    public int embedHeight() {
        return 950;
    }

    @Override
    public void build(LabPage page) {
        this.page = page;
        plot = page.addPlot("Contours of f with the eigenvectors of A + λI", "kappa-definiteness")
                .equalAspect(true).zeroAxes(true).shape(0.8, 560).range(-V, V, -V, V).axes("x₁", "x₂");
    }

    @Override
    public void update(ParamSet values) {
        DefinitenessModel m = DefinitenessModel.of(values);
        plot.clear();
        double[][] segs = m.contours();
        double[] levels = m.contourLevels();
        double ref = m.referenceValue();
        double top = 0;
        for (double l : levels) {
            top = Math.max(top, Math.abs(l - ref));
        }
        for (int i = 0; i < segs.length; i++) {
            double d = levels[i] - ref;
            double frac = top > 0 ? Math.sqrt(Math.abs(d) / top) : 0;
            String colour = d >= 0 ? mix("--plot-6", "--plot-1", frac) : mix("--plot-4", "--plot-2", frac);
            plot.segments(segs[i], colour, 1.2, d < 0);
        }
        double[] min = m.minimizer();
        double[] centre = min == null ? new double[2] : min;
        if (m.valley()) {
            double[] dir = m.valleyDirection();
            plot.line(new double[] {centre[0] - 5 * dir[0], centre[0] + 5 * dir[0]},
                    new double[] {centre[1] - 5 * dir[1], centre[1] + 5 * dir[1]}, "--plot-2", 2.5, true,
                    "valley of minimizers");
        } else if (min != null) {
            plot.points(new double[] {min[0]}, new double[] {min[1]}, "--plot-2", 5, "minimizer");
        }
        if (min != null) {
            plot.hoverPoint(min[0], min[1], "minimizer (" + NumberText.format(min[0], 4) + ", "
                    + NumberText.format(min[1], 4) + "), f = " + NumberText.format(m.value(min[0], min[1]), 4));
        }
        if (values.flag("axes")) {
            for (int i = 0; i < 2; i++) {
                double[] q = m.eigenvector(i);
                double lam = m.clean(i);
                String colour = lam > 0 ? "--plot-3" : lam < 0 ? "--plot-4" : "--muted";
                plot.arrow(centre[0], centre[1], centre[0] + 1.2 * q[0], centre[1] + 1.2 * q[1], colour, 2,
                        "q" + (i == 0 ? "₁" : "₂") + " (λ = " + NumberText.format(lam, 4) + ")");
            }
        }
        plot.setSummary(m.verdict());
        Matrix mm = m.matrix();
        page.beginReadouts();
        page.readout("kind", "A + λI is", m.kind().label());
        page.readout("eigenvalues", "Eigenvalues λ₁ ≤ λ₂",
                NumberText.format(m.clean(0), 4) + ", " + NumberText.format(m.clean(1), 4));
        page.readout("matrix", "A + λI", "[[" + NumberText.format(mm.get(0, 0), 4) + ", "
                + NumberText.format(mm.get(0, 1), 4) + "], [" + NumberText.format(mm.get(1, 0), 4) + ", "
                + NumberText.format(mm.get(1, 1), 4) + "]]");
        double det = m.clean(0) * m.clean(1);
        page.readout("det", "det = λ₁λ₂, trace = λ₁ + λ₂", NumberText.format(det, 4) + ", "
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
        page.readout("minimizer", "Minimizer", minText);
        page.endReadouts();
        double s = values.number("shift");
        page.rule("f(x) = ½xᵀ(A + λI)x + bᵀx with λ = " + NumberText.format(s, 4) + "\nEigenvalues of A + λI = "
                + "eigenvalues of A + λ: " + NumberText.format(m.clean(0) - s, 4) + " + " + NumberText.format(s, 4)
                + " = " + NumberText.format(m.clean(0), 4) + ", " + NumberText.format(m.clean(1) - s, 4) + " + "
                + NumberText.format(s, 4) + " = " + NumberText.format(m.clean(1), 4));
    }

    private static String mix(String a, String b, double t) {
        return "mix(" + a + "," + b + "," + (Math.round(t * 100) / 100.0) + ")";
    }
}
