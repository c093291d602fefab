package dev.kappa.web.lab;

import dev.kappa.lab.NumberText;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.lab.QuadraticGdModel;
import dev.kappa.optim.QuadraticGdAnalysis;
import dev.kappa.optim.Trajectory;
import dev.kappa.web.plot.Plot;
import java.util.List;

/** The {@code quadratic-gd} lab: draws what {@link QuadraticGdModel} computes. */
final class QuadraticGdLab implements Lab {
    private static final double V = QuadraticGdModel.VIEW;
    private LabPage page;
    private Plot contour;
    private Plot loss;
    private boolean eigenView;
    private String contourKey = "";
    private double[][] contourSegs = new double[0][];
    private double[] contourLevels = new double[0];
    private double contourRef;

    @Override
    public String id() {
        return "quadratic-gd";
    }

    @Override
    public ParamSet params() {
        return QuadraticGdModel.params();
    }

    @Override
    public List<Preset> presets() {
        return QuadraticGdModel.presets();
    }

    @Override
    public String choiceLabel(String param, String value) {
        if (param.equals("loss")) {
            return value.equals("spectrum") ? "d-dimensional problem with eigenvalues 1…d" : "this 2-D problem";
        }
        return value;
    }

    @Override
    public int embedHeight() {
        return 1100;
    }

    @Override
    public void build(LabPage page) {
        this.page = page;
        contour = page.addPlot("Contours of f and the GD iterates", "kappa-quadratic-gd-contours")
                .equalAspect(true).zeroAxes(true).shape(0.8, 560).range(-V, V, -V, V)
                .handle("Drag the start point w₀, click to move it, or use the arrow keys; Enter takes a step.",
                        true, this::startMoved)
                .action(() -> page.player().step());
        loss = page.addPlot("Loss against iteration (log scale)", "kappa-quadratic-gd-loss")
                .logY(true).shape(0.5, 360).axes("iteration k", "f(wₖ) − f*");
    }

    private void startMoved(double x, double y) {
        double[] w = eigenView ? QuadraticGdModel.of(currentValues).fromEigen(new double[] {x, y}) : new double[] {x, y};
        page.setParam("x0", w[0]);
        page.setParam("y0", w[1]);
    }

    private ParamSet currentValues;

    @Override
    public void update(ParamSet values) {
        currentValues = values;
        QuadraticGdModel m = QuadraticGdModel.of(values);
        QuadraticGdAnalysis a = m.analysis();
        Trajectory t = m.trajectory();
        Player player = page.player();
        player.setMax(values.integer("steps"));
        int shown = Math.min(player.shown(), t.size() - 1);
        eigenView = values.flag("eigen");
        drawContours(m, values, t, shown);
        drawLoss(m, values, shown);
        readouts(m, a, values, t, shown);
        page.rule(rule(m, values, t, shown));
        contour.setSummary(m.verdict());
    }

    private double[] view(QuadraticGdModel m, double[] w) {
        return eigenView ? m.toEigen(w) : w;
    }

    private void drawContours(QuadraticGdModel m, ParamSet v, Trajectory t, int shown) {
        contour.clear();
        contour.axes(eigenView ? "z₁ = q₁ᵀw" : "w₁", eigenView ? "z₂ = q₂ᵀw" : "w₂");
        String key = v.number("l1") + "," + v.number("l2") + "," + v.number("theta") + "," + v.number("b1") + ","
                + v.number("b2") + "," + eigenView;
        if (!key.equals(contourKey)) {
            contourSegs = m.contours(eigenView);
            contourLevels = m.contourLevels();
            contourRef = m.referenceValue();
            contourKey = key;
        }
        double top = 0;
        for (double l : contourLevels) {
            top = Math.max(top, Math.abs(l - contourRef));
        }
        for (int i = 0; i < contourSegs.length; i++) {
            double d = contourLevels[i] - contourRef;
            double frac = top > 0 ? Math.sqrt(Math.abs(d) / top) : 0;
            String colour = d >= 0 ? mix("--plot-6", "--plot-1", frac) : mix("--plot-4", "--plot-2", frac);
            contour.segments(contourSegs[i], colour, 1.2, d < 0);
        }
        QuadraticGdAnalysis a = m.analysis();
        double[] centre = view(m, finiteOrZero(a.limit()));
        if (v.flag("axes")) {
            for (int i = 0; i < 2; i++) {
                double[] q = eigenView ? (i == 0 ? new double[] {1, 0} : new double[] {0, 1}) : m.eigenvector(i);
                String colour = i == 0 ? "--plot-3" : "--plot-4";
                double len = 0.9;
                contour.arrow(centre[0], centre[1], centre[0] + len * q[0], centre[1] + len * q[1], colour, 2,
                        "q" + (i == 0 ? "₁" : "₂") + " (λ = " + NumberText.format(m.lambda(i), 4) + ")");
            }
        }
        for (int i = 0; i < 2; i++) {
            if (a.mode(i) == QuadraticGdAnalysis.Mode.FROZEN) {
                // The valley of minimizers: the limit plus any multiple of the frozen eigenvector.
                double[] q = eigenView ? (i == 0 ? new double[] {1, 0} : new double[] {0, 1}) : m.eigenvector(i);
                contour.line(new double[] {centre[0] - 3 * q[0], centre[0] + 3 * q[0]},
                        new double[] {centre[1] - 3 * q[1], centre[1] + 3 * q[1]}, "--plot-3", 2, true,
                        "valley of minimizers");
            }
        }
        double[] xs = new double[shown + 1];
        double[] ys = new double[shown + 1];
        for (int k = 0; k <= shown; k++) {
            double[] w = view(m, t.point(k));
            xs[k] = w[0];
            ys[k] = w[1];
            double[] raw = t.point(k);
            contour.hoverPoint(w[0], w[1], "w" + subscript(k) + " = (" + NumberText.format(raw[0], 4) + ", "
                    + NumberText.format(raw[1], 4) + "), f = " + NumberText.format(t.value(k), 4));
        }
        contour.line(xs, ys, "--plot-2", 2, false, "GD iterates");
        contour.points(xs, ys, "--plot-2", 3.5, null);
        if (a.converges()) {
            contour.points(new double[] {centre[0]}, new double[] {centre[1]}, "--text", 3.5, null);
            contour.hoverPoint(centre[0], centre[1], "limit w∞, f = " + NumberText.format(a.limitValue(), 4));
        }
        double[] w0 = view(m, t.point(0));
        contour.setHandle(w0[0], w0[1], "--plot-2");
    }

    private static double[] finiteOrZero(double[] w) {
        return Double.isFinite(w[0]) && Double.isFinite(w[1]) ? w : new double[2];
    }

    private static String mix(String a, String b, double t) {
        return "mix(" + a + "," + b + "," + (Math.round(t * 100) / 100.0) + ")";
    }

    private void drawLoss(QuadraticGdModel m, ParamSet v, int shown) {
        loss.clear();
        double[][] curves = m.lossCurves();
        double[] eig = m.lossEigenvalues();
        int steps = curves[0].length - 1;
        double[] ks = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            ks[k] = k;
        }
        double hi = 0;
        double lo = Double.POSITIVE_INFINITY;
        for (double[] c : curves) {
            for (double y : c) {
                double ay = Math.abs(y);
                if (Double.isFinite(ay) && ay > 0) {
                    hi = Math.max(hi, ay);
                    lo = Math.min(lo, ay);
                }
            }
        }
        if (!(hi > 0)) {
            hi = 1;
            lo = 1e-3;
        }
        lo = Math.max(lo, hi * 1e-16);
        loss.range(0, Math.max(1, steps), lo / 2, hi * 2);
        int n = eig.length;
        for (int i = 0; i < n; i++) {
            double[] ys = abs(curves[i + 1]);
            if (m.spectrum()) {
                boolean lowest = i == 0;
                boolean highest = i == n - 1;
                if (lowest || highest) {
                    loss.line(ks, ys, lowest ? "--plot-1" : "--plot-3", 2, !lowest,
                            "component λ = " + NumberText.format(eig[i], 4));
                } else {
                    loss.line(ks, ys, "--muted", 0.8, false, null);
                }
            } else {
                loss.line(ks, ys, i == 0 ? "--plot-3" : "--plot-4", 2, true,
                        "along q" + (i == 0 ? "₁" : "₂") + " (λ = " + NumberText.format(eig[i], 4) + ")");
            }
        }
        double[] total = abs(curves[0]);
        loss.line(ks, total, "--plot-2", 2.5, false, m.spectrum() ? "total (d = " + n + ")" : "total");
        int upTo = m.spectrum() ? steps : shown;
        double[] px = new double[upTo + 1];
        double[] py = new double[upTo + 1];
        for (int k = 0; k <= upTo; k++) {
            px[k] = k;
            py[k] = total[k];
            loss.hoverPoint(k, total[k], "k = " + k + ", f(wₖ) − f* = " + NumberText.format(curves[0][k], 4));
        }
        if (!m.spectrum()) {
            loss.points(px, py, "--plot-2", 3, null);
        }
        String what = m.spectrum() ? "For the " + n + "-dimensional quadratic with eigenvalues 1 to " + n + ", "
                : "";
        // Growing curves fill the top-right corner; decaying ones leave it empty.
        loss.legendLeft(curves[0][steps] > curves[0][0]);
        loss.setSummary(what + "after " + steps + " steps the loss above its limit is "
                + NumberText.format(curves[0][steps], 3) + " (it started at " + NumberText.format(curves[0][0], 3)
                + ").");
    }

    private static double[] abs(double[] ys) {
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = Math.abs(ys[i]);
        }
        return out;
    }

    private void readouts(QuadraticGdModel m, QuadraticGdAnalysis a, ParamSet v, Trajectory t, int shown) {
        double eta = v.number("eta");
        double l1 = m.lambda(0);
        double l2 = m.lambda(1);
        double max = Math.max(l1, l2);
        double min = Math.min(l1, l2);
        page.beginReadouts();
        String kappa;
        if (min > 0) {
            kappa = NumberText.format(max / min, 4);
        } else if (min == 0 && max > 0) {
            kappa = "∞ (λ = 0: a valley of minimizers)";
        } else {
            kappa = "undefined (P is not positive semidefinite)";
        }
        page.readout("kappa", "κ = λmax/λmin", kappa);
        page.readout("maxStep", "Largest stable step 2/λmax", max > 0 ? NumberText.format(2 / max, 4)
                + (eta < 2 / max ? " (η is below it)" : " (η is not below it)") : "none needed (no positive λ)");
        for (int i = 0; i < 2; i++) {
            String s = i == 0 ? "₁" : "₂";
            page.readout("dir" + (i + 1), "Along q" + s + ": |1 − ηλ" + s + "|",
                    NumberText.format(Math.abs(a.factor(i)), 4) + " — " + QuadraticGdModel.caseName(a.mode(i)));
        }
        int k = a.iterationsToReach(QuadraticGdModel.EPSILON);
        page.readout("iterations", "Predicted iterations to 10⁻⁶",
                k >= 0 ? String.valueOf(k) : "never (a factor is not below 1)");
        double[] w = t.point(shown);
        page.readout("current", "w" + subscript(shown) + " and f(w" + subscript(shown) + ")",
                "(" + NumberText.format(w[0], 4) + ", " + NumberText.format(w[1], 4) + "), f = "
                        + NumberText.format(t.value(shown), 4));
        if (t.diverged()) {
            page.readout("diverged", "Stopped", "the values overflowed at step " + t.divergedAtStep());
        }
        page.endReadouts();
    }

    private String rule(QuadraticGdModel m, ParamSet v, Trajectory t, int shown) {
        double eta = v.number("eta");
        StringBuilder sb = new StringBuilder();
        if (t.size() < 2) {
            sb.append("wₖ₊₁ = wₖ − η∇f(wₖ) = wₖ − ").append(NumberText.format(eta, 4)).append("·(Pwₖ + b)");
        } else {
            int k = Math.max(1, shown);
            double[] prev = t.point(k - 1);
            double[] next = t.point(k);
            double[] g = m.quadratic().gradient(prev);
            sb.append('w').append(subscript(k)).append(" = w").append(subscript(k - 1)).append(" − ")
                    .append(NumberText.format(eta, 4)).append("·∇f(w").append(subscript(k - 1)).append(") = ")
                    .append(vec(prev)).append(" − ").append(NumberText.format(eta, 4)).append('·').append(vec(g))
                    .append(" = ").append(vec(next));
        }
        sb.append("\nAlong each eigenvector: zᵢ − zᵢ* is multiplied by 1 − ηλᵢ = ")
                .append(NumberText.format(m.analysis().factor(0), 4)).append(" and ")
                .append(NumberText.format(m.analysis().factor(1), 4)).append(" per step.");
        return sb.toString();
    }

    private static String vec(double[] w) {
        return "(" + NumberText.format(w[0], 4) + ", " + NumberText.format(w[1], 4) + ")";
    }

    /** k written with Unicode subscript digits. */
    static String subscript(int k) {
        String digits = String.valueOf(k);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sb.append(c == '-' ? '₋' : (char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
