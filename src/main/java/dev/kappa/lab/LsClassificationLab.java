package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.LogisticLoss;
import dev.kappa.optim.Newton;
import java.util.ArrayList;
import java.util.List;

/**
 * Two classes in the plane, labels yᵢ = ±1, classified by the sign of an affine score
 * f(x) = w₀ + w₁x₁ + w₂x₂ fitted two ways:
 * <ul>
 *   <li><b>least squares</b>: minimize Σᵢ (f(xᵢ) − yᵢ)², i.e. Σᵢ (1 − mᵢ)² in the margin mᵢ = yᵢf(xᵢ)
 *       (for y = ±1, (f − y)² = (yf − 1)²), solved by Householder QR ({@link LeastSquares#viaQR});</li>
 *   <li><b>logistic regression</b>: minimize (1/N)Σᵢ log(1 + e^{−mᵢ}) + (λ/2)‖w‖² (optim's
 *       {@link LogisticLoss} with labels (y + 1)/2; the penalty includes w₀), by Newton's method from
 *       w = 0 ({@link Newton}, the full step H⁺∇f, the IRLS iteration), at most {@code iters} steps.</li>
 * </ul>
 * The squared loss punishes a margin above 1 as much as one below it, so correctly classified points
 * far from the boundary pull the least-squares boundary towards themselves; the logistic loss is
 * nearly flat there. On separable data with λ = 0 the logistic loss has no minimizer (scaling a
 * separating w lowers it), so Newton's ‖w‖ grows with every step: the iteration cap ends the run.
 *
 * <p>Data (seeded {@link Rng}, n points per class, drawn class +1 then class −1 then the far points,
 * x₁ before x₂): class ±1 at x₁ = 1.5·g, x₂ = ±1 + s·g with s = 0.4 (separable) or 1 (overlapping);
 * "far" adds ⌈n/4⌉ points of class +1 at (4, 6) + 0.5·g, correctly on the +1 side of every sensible
 * boundary. The learner's points per class ({@code pos}, {@code neg}, {@link PointData} form) replace
 * that class's generated ones.
 *
 * <p>Cost: one N×3 QR and at most 100 Newton steps of O(N·9) plus a 3×3 eigen-decomposition; N ≤ 400.
 */
public final class LsClassificationLab extends DeclaredLabModel {
    public static final String ID = "ls-classification";
    static final String DATA_PLOT = "data";
    static final String MARGIN_PLOT = "margin";
    static final String NORM_PLOT = "norm";
    static final String POS = "class +1";
    static final String NEG = "class −1";
    static final String LS = "least-squares boundary";
    static final String LOGISTIC = "logistic boundary";
    static final String LS_WRONG = "misclassified by least squares";
    static final String LOGISTIC_WRONG = "misclassified by logistic";
    static final String SQUARED = "squared loss (1 − m)²";
    static final String LOG_LOSS = "logistic loss log(1 + e⁻ᵐ)";
    static final String LS_MARGINS = "least-squares margins";
    static final String LOGISTIC_MARGINS = "logistic margins";
    static final String NORM = "logistic ‖(w₁, w₂)‖";
    static final String ON_BOUNDARY = "boundary margin";
    static final double SPREAD_X = 1.5;
    static final double FAR_X = 4;
    static final double FAR_Y = 6;
    static final double FAR_SPREAD = 0.5;
    /** Margins are plotted from this value up (at least to 4, further when a margin lies beyond). */
    static final double MARGIN_LO = -3;
    static final double MARGIN_HI = 4;
    /** The margin axis never goes past this, however large the logistic margins become. */
    static final double MARGIN_CAP = 12;
    static final int CURVE_POINTS = 121;

    static final String POINTS_HELP = "The points of the class chosen under 'edit points of class' are editable. "
            + PointEdit.HELP + " Each class keeps at least 2 points; yours are kept in the address (pos, neg).";

    static final PlotSpec DATA = PlotSpec.of(DATA_PLOT, "Two classes and both decision boundaries")
            .x("x₁", Axis.LINEAR).y("x₂", Axis.LINEAR).equalAspect().shape(PlotSpec.Shape.SQUARE)
            .series(POS, Look.of(1).shape(Look.Shape.CIRCLE))
            .series(NEG, Look.of(5).shape(Look.Shape.SQUARE))
            .series(LS, Look.of(2).width(2.5))
            .seriesStartingWith(LOGISTIC, Look.of(3).dashed().width(2.5))
            .series(LS_WRONG, Look.of(2).shape(Look.Shape.DIAMOND))
            .series(LOGISTIC_WRONG, Look.of(Look.INK).shape(Look.Shape.CROSS))
            .editablePoints("pos", POINTS_HELP);
    static final PlotSpec MARGIN = PlotSpec.of(MARGIN_PLOT, "Loss against the margin m = y·f(x)")
            .x("margin m = y·f(x)", Axis.LINEAR).y("loss of one point", Axis.LINEAR)
            .series(SQUARED, Look.of(2))
            .series(LOG_LOSS, Look.of(3).dashed())
            .series(LS_MARGINS, Look.of(2).shape(Look.Shape.CIRCLE))
            .series(LOGISTIC_MARGINS, Look.of(3).shape(Look.Shape.TRIANGLE))
            .series(ON_BOUNDARY, Look.REFERENCE);
    static final PlotSpec NORM_SPEC = PlotSpec.of(NORM_PLOT, "Logistic weights per Newton step")
            .x("Newton step k", Axis.INDEX).y("‖(w₁, w₂)‖", Axis.LOG).floor(1e-3, "10⁻³")
            .series(NORM, Look.of(3).shape(Look.Shape.CIRCLE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Classification: least squares vs logistic regression")
            .topic(Topic.MORE_LEAST_SQUARES, 1)
            .blurb("Fit labels ±1 by least squares and by logistic regression; far-away correct points pull one of them.")
            .params(params().params())
            .presets(presets())
            .plots(DATA, MARGIN, NORM_SPEC);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("data", "generated data", "separable", Param.option("separable", "separable"),
                        Param.option("overlapping", "overlapping"),
                        Param.option("far", "separable, with far-away correct points")),
                Param.integer("n", "points per class n", 2, 100, 20),
                Param.number("lambda", "logistic ℓ2 weight λ", 0, 1, 0.0001, 0),
                Param.integer("iters", "Newton steps at most", 1, 100, 20),
                Param.choice("edit", "edit points of class", "pos", Param.option("pos", "+1"),
                        Param.option("neg", "−1")),
                Param.points("pos", "your class +1 points x,y;x,y;… (or paste CSV x1,x2,label)", 6000)
                        .csv(CsvImport.labelled("pos", "neg")),
                Param.points("neg", "your class −1 points x,y;x,y;…", 6000).csv(null),
                Param.integer("seed", "seed", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Separable: both classify, logistic ‖w‖ grows without bound", "data=separable"),
                new Preset("Overlapping classes", "data=overlapping"),
                new Preset("Far-away correct points pull the least-squares boundary", "data=far"),
                new Preset("Far-away points with ℓ2 λ = 0.01: logistic weights stay finite", "data=far&lambda=0.01"),
                new Preset("Your own points (a one-dimensional toy)",
                        "pos=1,0.2;1.5,-0.3;2,0.1;6,0;8,0.3&neg=-1,0.1;-1.5,-0.2;-2,0.3&lambda=0.001"));
    }

    public LsClassificationLab() {
        super(DECLARATION);
    }

    /** The generated points: {class +1 x₁, x₂, class −1 x₁, x₂} (far points appended to class +1). */
    static double[][] generated(String kind, int n, long seed) {
        Rng rng = new Rng(seed);
        double s = kind.equals("overlapping") ? 1.0 : 0.4;
        int far = kind.equals("far") ? (n + 3) / 4 : 0;
        double[] px = new double[n + far];
        double[] py = new double[n + far];
        double[] nx = new double[n];
        double[] ny = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = SPREAD_X * rng.gaussian();
            py[i] = 1 + s * rng.gaussian();
        }
        for (int i = 0; i < n; i++) {
            nx[i] = SPREAD_X * rng.gaussian();
            ny[i] = -1 + s * rng.gaussian();
        }
        for (int i = n; i < n + far; i++) {
            px[i] = FAR_X + FAR_SPREAD * rng.gaussian();
            py[i] = FAR_Y + FAR_SPREAD * rng.gaussian();
        }
        return new double[][] {px, py, nx, ny};
    }

    /** The points of one class: the learner's ({@code pos} or {@code neg}) when at least 2 are valid. */
    static PointData points(ParamSet p, String param, LabOutput out) {
        double[][] g = generated(p.choice("data"), p.integer("n"), p.integer("seed"));
        int at = param.equals("pos") ? 0 : 2;
        String text = p.text(param);
        if (!text.trim().isEmpty()) {
            PointData own = PointData.fromQuery(text);
            if (out != null) {
                for (String e : own.errors()) {
                    out.note(param + ": " + e);
                }
            }
            if (own.size() >= PointEdit.MIN_POINTS) {
                return own;
            }
            if (out != null) {
                out.note(param + ": fewer than 2 valid points; using the generated class "
                        + (at == 0 ? "+1" : "−1"));
            }
        }
        return PointData.of(g[at], g[at + 1]);
    }

    /** The fits of one data set: least squares and logistic regression's Newton iterates. */
    static final class Fit {
        final double[] ls;
        final double[][] newton;
        final double gradientNorm;

        Fit(double[] ls, double[][] newton, double gradientNorm) {
            this.ls = ls;
            this.newton = newton;
            this.gradientNorm = gradientNorm;
        }

        double[] logistic() {
            return newton[newton.length - 1];
        }
    }

    /** Rows [1, x₁, x₂] of both classes, class +1 first. */
    static Matrix design(PointData pos, PointData neg) {
        int m = pos.size() + neg.size();
        double[][] rows = new double[m][];
        for (int i = 0; i < m; i++) {
            PointData d = i < pos.size() ? pos : neg;
            int j = i < pos.size() ? i : i - pos.size();
            rows[i] = new double[] {1, d.x(j), d.y(j)};
        }
        return Matrix.of(rows);
    }

    static double[] labels(PointData pos, PointData neg) {
        double[] y = new double[pos.size() + neg.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < pos.size() ? 1 : -1;
        }
        return y;
    }

    static Fit fit(Matrix x, double[] y, double lambda, int iters) {
        double[] ls = LeastSquares.viaQR(x, y).x();
        double[] t01 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t01[i] = y[i] > 0 ? 1 : 0;
        }
        LogisticLoss loss = new LogisticLoss(x, t01, lambda);
        Newton newton = new Newton(loss, new double[3]);
        for (int k = 0; k < iters && newton.step(); k++) {
            // each step is recorded in the trajectory
        }
        double[][] path = newton.trajectory().points();
        return new Fit(ls, path, Fits.norm(loss.gradient(path[path.length - 1])));
    }

    /** Margins mᵢ = yᵢ·f(xᵢ) of the score w. */
    static double[] margins(Matrix x, double[] y, double[] w) {
        double[] f = x.times(w);
        for (int i = 0; i < f.length; i++) {
            f[i] = y[i] * f[i];
        }
        return f;
    }

    /** The fraction of points with a positive margin (a point on the boundary counts as wrong). */
    static double accuracy(double[] m) {
        int right = 0;
        for (double v : m) {
            if (v > 0) {
                right++;
            }
        }
        return (double) right / m.length;
    }

    /** The squared loss (1 − m)² of a margin. */
    static double squaredLoss(double m) {
        double r = 1 - m;
        return r * r;
    }

    /** The logistic loss log(1 + e^{−m}), without overflow for either sign. */
    static double logisticLoss(double m) {
        return Math.max(-m, 0.0) + KMath.log1p(KMath.exp(-Math.abs(m)));
    }

    /**
     * The direction of the boundary's normal (w₁, w₂) in degrees, (−180, 180], rounded to 0.01°:
     * Math.atan2 comes from each engine's own library, and the rounding keeps the readout identical
     * on all of them. NaN when w₁ = w₂ = 0 (no boundary).
     */
    static double normalAngle(double[] w) {
        if (w[1] == 0 && w[2] == 0) {
            return Double.NaN;
        }
        return Math.round(Math.toDegrees(Math.atan2(w[2], w[1])) * 100) / 100.0;
    }

    /**
     * The angle between two boundaries' normals, 0…180°, from the rounded directions; NaN when either is
     * missing (never Math.round(NaN): TeaVM's JS build converts the rounded double to a BigInt long, which throws).
     */
    static double angleBetween(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        double d = Math.abs(a - b);
        return Math.round((d > 180 ? 360 - d : d) * 100) / 100.0;
    }

    /**
     * Two points of the line w₀ + w₁x₁ + w₂x₂ = 0 spanning three times the view {xLo, xHi, yLo, yHi}: along x₁
     * when |w₂| ≥ |w₁| (slope at most 1, so the ends stay near the box), else along x₂. NaNs when w₁ = w₂ = 0.
     */
    static double[][] boundary(double[] w, double[] view) {
        // three times the view each way, so the line crosses the whole plot whatever its aspect adds
        double cx = (view[0] + view[1]) / 2;
        double cy = (view[2] + view[3]) / 2;
        double hx = 1.5 * (view[1] - view[0]);
        double hy = 1.5 * (view[3] - view[2]);
        double[] box = {cx - hx, cx + hx, cy - hy, cy + hy};
        if (w[1] == 0 && w[2] == 0) {
            return new double[][] {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}};
        }
        if (Math.abs(w[2]) >= Math.abs(w[1])) {
            double[] xs = {box[0], box[1]};
            double[] ys = {-(w[0] + w[1] * box[0]) / w[2], -(w[0] + w[1] * box[1]) / w[2]};
            return new double[][] {xs, ys};
        }
        double[] ys = {box[2], box[3]};
        double[] xs = {-(w[0] + w[2] * box[2]) / w[1], -(w[0] + w[2] * box[3]) / w[1]};
        return new double[][] {xs, ys};
    }

    /** {xLo, xHi, yLo, yHi}: the points' bounding box, square, padded by 15%. */
    static double[] box(PointData pos, PointData neg) {
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        PointData[] all = {pos, neg};
        for (PointData d : all) {
            for (int i = 0; i < d.size(); i++) {
                xLo = Math.min(xLo, d.x(i));
                xHi = Math.max(xHi, d.x(i));
                yLo = Math.min(yLo, d.y(i));
                yHi = Math.max(yHi, d.y(i));
            }
        }
        double s = Math.max(Math.max(xHi - xLo, yHi - yLo), 1e-3);
        double h = 0.65 * s;
        double cx = (xLo + xHi) / 2;
        double cy = (yLo + yHi) / 2;
        return new double[] {cx - h, cx + h, cy - h, cy + h};
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        PointData pos = points(p, "pos", out);
        PointData neg = points(p, "neg", out);
        Matrix x = design(pos, neg);
        double[] y = labels(pos, neg);
        double lambda = p.number("lambda");
        int iters = p.integer("iters");
        Fit fit = fit(x, y, lambda, iters);
        double[] wl = fit.logistic();
        int steps = fit.newton.length - 1;
        double[] mLs = margins(x, y, fit.ls);
        double[] mLog = margins(x, y, wl);
        double accLs = accuracy(mLs);
        double accLog = accuracy(mLog);

        // the data, both boundaries (the logistic one per Newton step for the player), the misclassified
        double[] box = box(pos, neg);
        String edit = p.choice("edit");
        out.plot(DATA.range(box[0], box[1], box[2], box[3]).editablePoints(edit, POINTS_HELP));
        out.editablePoints(DATA_PLOT, edit.equals("pos") ? pos : neg);
        out.points(DATA_PLOT, POS, pos.xs(), pos.ys());
        out.points(DATA_PLOT, NEG, neg.xs(), neg.ys());
        double[][] lsLine = boundary(fit.ls, box);
        out.line(DATA_PLOT, LS, lsLine[0], lsLine[1]);
        out.steps(steps);
        for (int k = 1; k <= steps; k++) {
            double[][] line = boundary(fit.newton[k], box);
            String name = k == steps ? LOGISTIC : LOGISTIC + " after Newton step " + k;
            // the player's frames are 0 … steps − 1 (the whole run shows the last): step k's line is frame k − 1
            out.add(new Series(DATA_PLOT, name, Series.Style.LINE, line[0], line[1]).shownAt(k - 1, k - 1));
        }
        wrong(out, LS_WRONG, x, mLs);
        wrong(out, LOGISTIC_WRONG, x, mLog);

        // loss against the margin, the data's margins on each curve
        double hi = MARGIN_HI;
        double lo = MARGIN_LO;
        for (double[] ms : new double[][] {mLs, mLog}) {
            for (double m : ms) {
                hi = Math.max(hi, Math.min(m + 0.5, MARGIN_CAP));
                lo = Math.min(lo, Math.max(m - 0.5, -MARGIN_CAP));
            }
        }
        double[] mg = new double[CURVE_POINTS];
        double[] sq = new double[CURVE_POINTS];
        double[] lg = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            mg[i] = lo + (hi - lo) * i / (CURVE_POINTS - 1);
            sq[i] = squaredLoss(mg[i]);
            lg[i] = logisticLoss(mg[i]);
        }
        double top = Math.min(squaredLoss(lo), squaredLoss(hi)) * 1.05;
        out.plot(MARGIN.range(lo, hi, -0.05 * top, top));
        out.line(MARGIN_PLOT, SQUARED, mg, sq);
        out.line(MARGIN_PLOT, LOG_LOSS, mg, lg);
        out.points(MARGIN_PLOT, LS_MARGINS, mLs, map(mLs, true));
        int beyond = 0;
        double[] shown = mLog.clone();
        for (int i = 0; i < shown.length; i++) {
            if (!(shown[i] >= lo && shown[i] <= hi)) {
                shown[i] = Double.NaN;
                beyond++;
            }
        }
        out.points(MARGIN_PLOT, LOGISTIC_MARGINS, shown, map(shown, false));
        out.add(Marker.vertical(MARGIN_PLOT, ON_BOUNDARY, 0));
        if (beyond > 0) {
            out.note(beyond + " of " + mLog.length + " logistic margins lie beyond the margin plot (m > "
                    + NumberText.format(hi, 3) + "), where the logistic loss is below "
                    + NumberText.format(logisticLoss(hi), 2) + ".");
        }

        // ‖(w₁, w₂)‖ per Newton step, revealed by the player
        double[] ks = new double[steps + 1];
        double[] norms = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            ks[k] = k;
            norms[k] = slopeNorm(fit.newton[k]);
        }
        out.plot(NORM_SPEC);
        out.add(new Series(NORM_PLOT, NORM, Series.Style.LINE, ks, norms).animated());

        double aLs = normalAngle(fit.ls);
        double aLog = normalAngle(wl);
        boolean separable = accLog == 1.0 && lambda == 0;
        out.readout("lsAccuracy", "least squares: accuracy", accLs);
        out.readout("logisticAccuracy", "logistic: accuracy", accLog);
        out.readout("lsAngle", "least squares: normal's angle (°)", aLs);
        out.readout("logisticAngle", "logistic: normal's angle (°)", aLog);
        out.readout("angleBetween", "angle between the boundaries (°)", angleBetween(aLs, aLog));
        out.readout("lsNorm", "least squares: ‖(w₁, w₂)‖", slopeNorm(fit.ls));
        out.readout("logisticNorm", "logistic: ‖(w₁, w₂)‖", slopeNorm(wl));
        out.readout("newtonSteps", "Newton steps taken", steps);
        out.readout("gradientNorm", "logistic: final ‖∇f‖", fit.gradientNorm);
        out.readout("lsPull", "least squares: loss of margins m > 1", overshootLoss(mLs));
        if (separable) {
            out.note("The classes are separable and λ = 0: the logistic loss has no minimizer (doubling a separating w "
                    + "lowers it), so Newton's ‖w‖ grows with every step; the run stops at the cap of " + iters
                    + " steps with ‖(w₁, w₂)‖ = " + NumberText.format(slopeNorm(wl), 4)
                    + ". Any λ > 0 gives a finite answer.");
        }
        out.stepRule(Math.max(1, steps), k -> rule(fit.newton, k));
        out.summary(pos.size() + " points of class +1 and " + neg.size() + " of class −1. Least squares classifies "
                + percent(accLs) + " correctly, logistic regression (" + steps + " Newton steps, λ = "
                + NumberText.format(lambda, 3) + ") " + percent(accLog) + (Double.isNaN(angleBetween(aLs, aLog))
                ? "; one of them has no boundary (all its weights but w₀ are 0)."
                : "; their boundaries differ by " + NumberText.format(angleBetween(aLs, aLog), 4) + "°."));
        return out;
    }

    private static String percent(double a) {
        return NumberText.format(100 * a, 3) + "%";
    }

    /**
     * Σ (1 − mᵢ)² over the points with margin mᵢ > 1: the squared loss that points classified correctly
     * "too well" pay, which pulls the least-squares boundary towards them.
     */
    static double overshootLoss(double[] m) {
        double sum = 0;
        for (double v : m) {
            if (v > 1) {
                sum = squaredLoss(v) + sum;
            }
        }
        return sum;
    }

    private static double[] map(double[] m, boolean squared) {
        double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            v[i] = squared ? squaredLoss(m[i]) : logisticLoss(m[i]);
        }
        return v;
    }

    static double slopeNorm(double[] w) {
        return Fits.norm(new double[] {w[1], w[2]});
    }

    private static void wrong(LabOutput out, String name, Matrix x, double[] m) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            if (!(m[i] > 0)) {
                pts.add(new double[] {x.get(i, 1), x.get(i, 2)});
            }
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pts.get(i)[0];
            ys[i] = pts.get(i)[1];
        }
        out.points(DATA_PLOT, name, xs, ys);
    }

    static String rule(double[][] w, int k) {
        int k0 = Math.max(0, Math.min(k - 1, w.length - 1));
        int k1 = Math.min(k0 + 1, w.length - 1);
        return "wₖ₊₁ = wₖ − H(wₖ)⁻¹∇f(wₖ), f(w) = (1/N)Σ log(1 + e^{−yᵢwᵀxᵢ}) + (λ/2)‖w‖², step " + (k0 + 1)
                + "\n(" + vec(w[k0]) + ") → (" + vec(w[k1]) + ")";
    }

    private static String vec(double[] w) {
        return NumberText.format(w[0], 4) + ", " + NumberText.format(w[1], 4) + ", " + NumberText.format(w[2], 4);
    }
}
