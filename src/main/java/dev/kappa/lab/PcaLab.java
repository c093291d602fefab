package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import java.util.ArrayList;
import java.util.List;

/**
 * Principal component analysis as the SVD of the centred data. X is n×d (d = 2 or 3), μ its column
 * means; the centred data X̃ = X − 1μᵀ has the thin SVD X̃ = UΣVᵀ, and the columns vᵢ of V are the
 * principal axes: the sample covariance C = X̃ᵀX̃/(n − 1) = V·Σ²/(n − 1)·Vᵀ, so vᵢ is an eigenvector
 * of C with eigenvalue λᵢ = σᵢ²/(n − 1), the variance of the data along vᵢ. The explained variance
 * ratio of component i is σᵢ²/Σⱼσⱼ²; projecting onto the first k axes, x̂ = μ + V_kV_kᵀ(x − μ),
 * leaves a mean squared distance Σ_{i>k} σᵢ²/(n − 1) (Eckart–Young for the centred data).
 *
 * <p>The lab computes both roads, {@link SVD} of X̃ and {@link SymmetricEigen} of C, and shows that
 * they agree (λᵢ = σᵢ²/(n − 1) to rounding, |vᵢᵀqᵢ| = 1: the same axes up to sign). Without
 * centring (X̃ = X) the "axes" are those of the second-moment matrix XᵀX/(n − 1), and when the mean is
 * far from 0 the first one points at the mean: the lab shows the line from 0 to μ and |cos∠(v₁, μ)|.
 * Standardizing divides each centred column by its standard deviation (correlation-matrix PCA).
 *
 * <p>Data: seeded clouds drawn by {@link Rng} (a correlated Gaussian with a second feature in other
 * units, a stretched cloud rotated by an angle whose cosine and sine come from {@link KMath}, two
 * clusters, a stretched 3-D cloud), or the learner's 2-D points ({@code pts}, pasted CSV; see
 * {@link PointData}). Cost: one n×d SVD and one d×d eigen-decomposition, n ≤ 300 (the learner's points ≤ 200).
 */
public final class PcaLab extends DeclaredLabModel {
    public static final String ID = "pca";
    static final String DATA_PLOT = "data";
    static final String SCENE_PLOT = "scene";
    static final String VARIANCE_PLOT = "variance";
    static final String POINTS = "data points";
    static final String PROJECTED = "projections onto the first k axes";
    static final String TO_PROJECTION = "point to its projection";
    static final String MEAN = "mean μ";
    static final String TO_MEAN = "0 to the mean μ";
    static final String[] AXES = {"axis 1: ±(σ₁/√(n−1))·v₁", "axis 2: ±(σ₂/√(n−1))·v₂", "axis 3: ±(σ₃/√(n−1))·v₃"};
    /** Radians per degree, named so no product has a compound right operand (TeaVM 0.15's JS printer). */
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;
    /** Two leading variances closer than this (relative) make the first axes not unique: a note says so. */
    static final double TIE = 1e-9;

    static final PlotSpec DATA = withLooks(PlotSpec.of(DATA_PLOT, "The data and its principal axes")
            .x("x₁", Axis.LINEAR).y("x₂", Axis.LINEAR).equalAspect()
            .help("Each axis is drawn from the centre ±σᵢ/√(n−1)·vᵢ, one standard deviation of the data along "
                    + "it; the filled points are the projections onto the first k axes. Point at a mark to read it."));
    static final PlotSpec SCENE = withLooks(PlotSpec.of(SCENE_PLOT, "The 3-D data and its principal axes")
            .x("", Axis.LINEAR).y("", Axis.LINEAR).equalAspect().orbit("az", "el")
            .series("coordinate axes x₁, x₂, x₃", Look.of(Look.MUTED).dotted()));
    static final PlotSpec VARIANCE = PlotSpec.of(VARIANCE_PLOT, "Explained variance ratio σᵢ²/Σⱼσⱼ²")
            .x("component i", Axis.INDEX).y("fraction of the variance", Axis.LINEAR)
            .series("component i alone", Look.of(1).shape(Look.Shape.SQUARE))
            .series("first i together (cumulative)", Look.of(3).dashed().shape(Look.Shape.CIRCLE))
            .series("kept: the first k", Look.of(2).shape(Look.Shape.DIAMOND));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("PCA: principal components are the SVD of centred data")
            .topic(Topic.LINEAR_ALGEBRA, 2)
            .blurb("Principal axes of a point cloud from the SVD of the centred data; explained variance; "
                    + "why centre and when to standardize.")
            .params(params().params())
            .presets(presets())
            .plots(DATA, SCENE, VARIANCE);

    private static PlotSpec withLooks(PlotSpec spec) {
        return spec.series(POINTS, Look.of(Look.MUTED).shape(Look.Shape.CIRCLE))
                .series(PROJECTED, Look.of(2).shape(Look.Shape.CROSS))
                .series(TO_PROJECTION, Look.of(2).dotted().width(1))
                .series(AXES[0], Look.of(1).width(3))
                .series(AXES[1], Look.of(6).width(3).dashed())
                .series(AXES[2], Look.of(4).width(3).dashDot())
                .series(MEAN, Look.of(Look.INK).shape(Look.Shape.DIAMOND))
                .series(TO_MEAN, Look.of(Look.INK).dashed().width(1.5));
    }

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("data", "data", "correlated",
                        Param.option("correlated", "correlated Gaussian (2-D)"),
                        Param.option("stretched", "stretched, rotated cloud (2-D)"),
                        Param.option("clusters", "two clusters (2-D)"),
                        Param.option("cloud3d", "stretched cloud (3-D)")),
                Param.choice("prep", "before the SVD", "centre",
                        Param.option("centre", "centre (subtract the mean)"),
                        Param.option("standardize", "standardize (centre, divide by the std)"),
                        Param.option("raw", "nothing (not centred)")),
                Param.integer("k", "components kept k", 0, 3, 1),
                Param.integer("n", "number of points n", 10, 300, 200),
                Param.number("corr", "correlation ρ (correlated)", -0.99, 0.99, 0.01, 0.8),
                Param.number("scale", "units of x₂: scale factor (correlated)", 0.1, 20, 0.1, 1),
                Param.number("angle", "angle of the long axis, degrees (stretched, 3-D)", -90, 90, 1, 30),
                Param.number("spread", "ratio of the axes' lengths (stretched, 3-D)", 1, 20, 0.5, 4),
                Param.number("mx", "mean, x₁", -10, 10, 0.1, 3),
                Param.number("my", "mean, x₂", -10, 10, 0.1, 2),
                Param.number("mz", "mean, x₃ (3-D)", -10, 10, 0.1, 1),
                Param.integer("seed", "seed", 0, 999999, 1),
                Param.number("az", "view azimuth, degrees (3-D)", -180, 180, 1, 35),
                Param.number("el", "view elevation, degrees (3-D)", -85, 85, 1, 20),
                Param.points("pts", "your 2-D points x,y;x,y;… (or paste CSV)", 8000)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Correlated Gaussian: one axis holds most", "corr=0.8"),
                new Preset("Stretched cloud rotated by 30°", "data=stretched&angle=30&spread=4"),
                new Preset("Two clusters: the first axis joins them", "data=clusters"),
                new Preset("3-D cloud: two components keep most", "data=cloud3d&k=2"),
                new Preset("Not centred: the first axis points at the mean", "prep=raw&mx=6&my=2&corr=-0.8"),
                new Preset("Different units: raw PCA follows the big feature", "scale=10&corr=0.5"),
                new Preset("Different units, standardized", "scale=10&corr=0.5&prep=standardize"),
                new Preset("Your own points", "pts=1,1.2;2,1.9;3,3.2;4,3.8;5,5.1;6,6.3;2.5,3;4.5,4"));
    }

    public PcaLab() {
        super(DECLARATION);
    }

    /** The analysis of one state: the data as drawn, and both decompositions. */
    static final class Analysis {
        /** Rows of the data in the coordinates PCA sees (standardized when asked), n×d. */
        final double[][] x;
        final int n;
        final int d;
        /** Where the axes start: the mean (centred data), 0 (standardized or raw). */
        final double[] centre;
        final double[] mean;
        final double[] sigma;
        /** vᵢ, the right singular vectors of the prepared data (rows). */
        final double[][] v;
        /** Eigenvalues of C = X̃ᵀX̃/(n − 1), descending, and their eigenvectors qᵢ (rows). */
        final double[] lambda;
        final double[][] q;
        /** The first right singular vector of the centred data (for comparison with the raw one). */
        final double[] centredV1;

        Analysis(double[][] raw, String prep, List<String> notes) {
            n = raw.length;
            d = raw[0].length;
            mean = new double[d];
            for (double[] row : raw) {
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j];
                }
            }
            for (int j = 0; j < d; j++) {
                mean[j] /= n;
            }
            double[][] centred = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    centred[i][j] = raw[i][j] - mean[j];
                }
            }
            centredV1 = SVD.of(Matrix.of(centred)).v().column(0);
            // the prepared rows X̃ (what the SVD sees) are x − centre in every case
            double[][] prepared;
            if (prep.equals("raw")) {
                x = raw;
                prepared = raw;
                centre = new double[d];
            } else if (prep.equals("standardize")) {
                prepared = new double[n][];
                for (int i = 0; i < n; i++) {
                    prepared[i] = centred[i].clone();
                }
                for (int j = 0; j < d; j++) {
                    double ss = 0;
                    for (double[] row : centred) {
                        ss += row[j] * row[j];
                    }
                    double sd = Math.sqrt(ss / (n - 1));
                    if (sd == 0) {
                        notes.add("x" + Sub.script(j + 1) + " is constant (zero variance): it cannot be divided by its "
                                + "standard deviation and stays 0.");
                        continue;
                    }
                    for (double[] row : prepared) {
                        row[j] /= sd;
                    }
                }
                x = prepared;
                centre = new double[d];
            } else {
                x = raw;
                prepared = centred;
                centre = mean.clone();
            }
            Matrix xt = Matrix.of(prepared);
            SVD svd = SVD.of(xt);
            sigma = svd.singularValues();
            v = svd.v().transpose().toArray();
            Matrix c = xt.transpose().times(xt).scale(1.0 / (n - 1));
            SymmetricEigen eig = SymmetricEigen.of(c);
            double[] ascending = eig.values();
            double[][] vectors = eig.vectors().transpose().toArray();
            lambda = new double[d];
            q = new double[d][];
            for (int i = 0; i < d; i++) {
                lambda[i] = ascending[d - 1 - i];
                q[i] = vectors[d - 1 - i];
            }
        }

        /** Σσᵢ², the total squared length of the prepared data. */
        double total() {
            double s = 0;
            for (double t : sigma) {
                s += t * t;
            }
            return s;
        }

        /** σᵢ/√(n − 1): the root mean square of the prepared data along vᵢ. */
        double spread(int i) {
            return sigma[i] / Math.sqrt(n - 1);
        }

        /** centre + V_kV_kᵀ(x − centre) for row i. */
        double[] projection(int i, int k) {
            double[] r = centre.clone();
            for (int c = 0; c < k; c++) {
                double t = 0;
                for (int j = 0; j < d; j++) {
                    t += v[c][j] * (x[i][j] - centre[j]);
                }
                for (int j = 0; j < d; j++) {
                    r[j] += t * v[c][j];
                }
            }
            return r;
        }
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String prep = p.choice("prep");
        Analysis a = analysis(p, out);
        int n = a.n;
        int d = a.d;
        int k = p.integer("k");
        if (k > d) {
            out.note("k = " + k + " is more than the " + d + " dimensions of the data; using k = " + d);
            k = d;
        }
        double total = a.total();
        boolean flat = total == 0;
        if (flat) {
            out.note("Every point is the same" + (prep.equals("raw") ? " and at 0" : " after " + (prep.equals("centre")
                    ? "centring" : "standardizing")) + ": the data have zero variance, so there is no direction to "
                    + "find and no axis is drawn.");
        } else if (d > 1 && a.sigma[0] - a.sigma[1] <= TIE * a.sigma[0]) {
            out.note("σ₁ = σ₂: the data spread equally in every direction of their plane, so the first two axes "
                    + "are not unique (any rotation of them is as good); the ones drawn are the SVD's choice.");
        }

        double[][] proj = new double[n][];
        for (int i = 0; i < n; i++) {
            proj[i] = a.projection(i, k);
        }
        if (d == 3) {
            drawScene(out, p, a, proj, k, flat);
        } else {
            drawPlane(out, a, proj, k, flat, prep);
        }

        out.plot(VARIANCE);
        double[] idx = new double[d];
        double[] ratio = new double[d];
        double[] cumulative = new double[d];
        double run = 0;
        for (int i = 0; i < d; i++) {
            idx[i] = i + 1;
            ratio[i] = flat ? Double.NaN : a.sigma[i] * a.sigma[i] / total;
            run += flat ? 0 : ratio[i];
            cumulative[i] = flat ? Double.NaN : run;
        }
        out.points(VARIANCE_PLOT, "component i alone", idx, ratio);
        out.line(VARIANCE_PLOT, "first i together (cumulative)", idx, cumulative);
        if (k > 0 && !flat) {
            out.add(Marker.point(VARIANCE_PLOT, "kept: the first k", k, cumulative[k - 1]));
        }

        double kept = k == 0 || flat ? (flat ? Double.NaN : 0) : cumulative[k - 1];
        double tail = 0;
        for (int i = k; i < d; i++) {
            tail += a.sigma[i] * a.sigma[i];
        }
        double measured = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = a.x[i][j] - proj[i][j];
                measured += e * e;
            }
        }
        double eigGap = 0;
        double alignment = 1;
        for (int i = 0; i < d; i++) {
            eigGap = Math.max(eigGap, Math.abs(a.sigma[i] * a.sigma[i] / (n - 1) - a.lambda[i]));
            alignment = Math.min(alignment, Math.abs(dot(a.v[i], a.q[i])));
        }

        out.readoutText("size", "data", n + " points in " + d + "-D");
        out.readoutText("mean", "mean μ", NumberText.tuple(a.mean, 4));
        for (int i = 0; i < d; i++) {
            out.readout("ratio" + (i + 1), "explained ratio of component " + (i + 1), ratio[i]);
        }
        out.readout("kept", "variance kept by the first k", kept);
        out.readout("var1", "σ₁²/(n−1) (SVD of the data)", a.sigma[0] * a.sigma[0] / (n - 1));
        out.readout("eig1", "λ₁ of C = X̃ᵀX̃/(n−1) (SymmetricEigen)", a.lambda[0]);
        out.readout("eigGap", "max |σᵢ²/(n−1) − λᵢ|", eigGap);
        out.readout("align", "min |vᵢᵀqᵢ| (1: same axes up to sign)", flat ? Double.NaN : alignment);
        out.readout("residual", "Σ_{i>k} σᵢ²/(n−1)", tail / (n - 1));
        out.readout("residualMeasured", "Σ‖xⱼ − x̂ⱼ‖²/(n−1), measured", measured / (n - 1));
        double meanNorm = Math.sqrt(dot(a.mean, a.mean));
        if (prep.equals("raw")) {
            out.readout("cosMean", "|cos∠(v₁, μ)| (1: v₁ points at the mean)",
                    meanNorm == 0 || flat ? Double.NaN : Math.abs(dot(a.v[0], a.mean)) / meanNorm);
            out.readout("cosCentred", "|cos∠(v₁, v₁ of the centred data)|",
                    flat ? Double.NaN : Math.abs(dot(a.v[0], a.centredV1)));
        }
        LabOutput.Table t = out.table("components", "i", "σᵢ", "σᵢ²/(n−1)", "λᵢ of C", "vᵢ (SVD)", "qᵢ (eigen)");
        for (int i = 0; i < d; i++) {
            t.row(String.valueOf(i + 1), NumberText.format(a.sigma[i], 4),
                    NumberText.format(a.sigma[i] * a.sigma[i] / (n - 1), 4), NumberText.format(a.lambda[i], 4),
                    NumberText.tuple(a.v[i], 3), NumberText.tuple(a.q[i], 3));
        }
        String what = prep.equals("raw") ? "X (not centred)" : prep.equals("standardize") ? "Z (standardized)"
                : "X̃ = X − 1μᵀ";
        out.rule(what + " = UΣVᵀ,  C = X̃ᵀX̃/(n−1) = V·Σ²/(n−1)·Vᵀ\nσ₁²/(n−1) = "
                + NumberText.format(a.sigma[0] * a.sigma[0] / (n - 1), 4) + ",  λ₁(C) = "
                + NumberText.format(a.lambda[0], 4) + ",  v₁ = " + NumberText.tuple(a.v[0], 3) + ",  q₁ = "
                + NumberText.tuple(a.q[0], 3));
        out.summary(summary(p, a, ratio, kept, k, flat, prep));
        return out;
    }

    /** The analysis of a state; notes about the input go to {@code out}. */
    static Analysis analysis(ParamSet p, LabOutput out) {
        List<String> notes = new ArrayList<>();
        Analysis a = new Analysis(data(p, out), p.choice("prep"), notes);
        out.notes(notes);
        return a;
    }

    private static String summary(ParamSet p, Analysis a, double[] ratio, double kept, int k, boolean flat,
            String prep) {
        StringBuilder s = new StringBuilder();
        s.append(ownPoints(p) ? "Your " : "").append(a.n).append(" points in ").append(a.d).append("-D, ")
                .append(prep.equals("raw") ? "not centred" : prep.equals("standardize") ? "standardized" : "centred");
        if (flat) {
            return s.append(": zero variance, no principal axes.").toString();
        }
        s.append(": the first axis v₁ = ").append(NumberText.tuple(a.v[0], 3)).append(" explains ")
                .append(NumberText.format(100 * ratio[0], 3)).append("% of the variance");
        if (a.d > 1) {
            s.append(", the second ").append(NumberText.format(100 * ratio[1], 3)).append('%');
        }
        s.append("; the first ").append(k).append(" keep ").append(NumberText.format(100 * kept, 3)).append('%');
        if (prep.equals("raw")) {
            double norm = Math.sqrt(dot(a.mean, a.mean));
            if (norm > 0) {
                s.append("; without centring v₁ points at the mean: |cos∠(v₁, μ)| = ").append(NumberText.format(
                        Math.abs(dot(a.v[0], a.mean)) / norm, 4));
            }
        }
        return s.append(". The SVD and the covariance's eigenvectors give the same axes.").toString();
    }

    private void drawPlane(LabOutput out, Analysis a, double[][] proj, int k, boolean flat, String prep) {
        PlotSpec spec = prep.equals("standardize") ? DATA.titled("The standardized data and its principal axes")
                .x("x₁ standardized", Axis.LINEAR).y("x₂ standardized", Axis.LINEAR)
                : prep.equals("raw") ? DATA.titled("The data and its axes without centring (through 0)") : DATA;
        out.plot(spec);
        out.points(DATA_PLOT, POINTS, column(a.x, 0), column(a.x, 1));
        if (!flat) {
            out.points(DATA_PLOT, PROJECTED, column(proj, 0), column(proj, 1));
            if (k < a.d) {
                double[][] seg = segments(a.x, proj);
                out.line(DATA_PLOT, TO_PROJECTION, column(seg, 0), column(seg, 1));
            }
            for (int i = 0; i < a.d; i++) {
                double[][] axis = axis(a, i);
                out.line(DATA_PLOT, AXES[i], column(axis, 0), column(axis, 1));
            }
        }
        out.add(Marker.point(DATA_PLOT, MEAN, a.mean[0], a.mean[1]));
        if (prep.equals("raw")) {
            out.line(DATA_PLOT, TO_MEAN, new double[] {0, a.mean[0]}, new double[] {0, a.mean[1]});
        }
    }

    private void drawScene(LabOutput out, ParamSet p, Analysis a, double[][] proj, int k, boolean flat) {
        OrbitCamera cam = new OrbitCamera(p.number("az"), p.number("el"));
        out.plot(SCENE);
        double reach = 0;
        for (double[] row : a.x) {
            reach = Math.max(reach, Math.sqrt(dot(row, row)));
        }
        double[][] frame = new double[9][];
        for (int i = 0; i < 3; i++) {
            double[] e = new double[3];
            e[i] = reach;
            frame[3 * i] = new double[3];
            frame[3 * i + 1] = e;
        }
        line(out, cam, "coordinate axes x₁, x₂, x₃", frame);
        points(out, cam, POINTS, a.x);
        if (!flat) {
            points(out, cam, PROJECTED, proj);
            if (k < a.d) {
                line(out, cam, TO_PROJECTION, segments(a.x, proj));
            }
            for (int i = 0; i < a.d; i++) {
                line(out, cam, AXES[i], axis(a, i));
            }
        }
        double[] m = cam.project(a.mean);
        out.add(Marker.point(SCENE_PLOT, MEAN, m[0], m[1]));
        if (p.choice("prep").equals("raw")) {
            line(out, cam, TO_MEAN, new double[][] {new double[3], a.mean});
        }
    }

    /** centre ± σᵢ/√(n−1)·vᵢ. */
    private static double[][] axis(Analysis a, int i) {
        double s = a.spread(i);
        double[] lo = new double[a.d];
        double[] hi = new double[a.d];
        for (int j = 0; j < a.d; j++) {
            lo[j] = a.centre[j] - s * a.v[i][j];
            hi[j] = a.centre[j] + s * a.v[i][j];
        }
        return new double[][] {lo, hi};
    }

    /** Segments from each point to its projection, separated by gaps (null rows). */
    private static double[][] segments(double[][] from, double[][] to) {
        double[][] seg = new double[3 * from.length][];
        for (int i = 0; i < from.length; i++) {
            seg[3 * i] = from[i];
            seg[3 * i + 1] = to[i];
        }
        return seg;
    }

    private static void points(LabOutput out, OrbitCamera cam, String name, double[][] pts) {
        double[][] s = project(cam, pts);
        out.points(SCENE_PLOT, name, column(s, 0), column(s, 1));
    }

    private static void line(LabOutput out, OrbitCamera cam, String name, double[][] pts) {
        double[][] s = project(cam, pts);
        out.line(SCENE_PLOT, name, column(s, 0), column(s, 1));
    }

    private static double[][] project(OrbitCamera cam, double[][] pts) {
        double[][] s = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            s[i] = pts[i] == null ? null : cam.project(pts[i]);
        }
        return s;
    }

    /** Column j of the rows (NaN for a null row: a gap). */
    private static double[] column(double[][] rows, int j) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i] == null ? Double.NaN : rows[i][j];
        }
        return c;
    }

    static boolean ownPoints(ParamSet p) {
        return PointData.fromQuery(p.text("pts")).size() >= 2;
    }

    /** The rows the lab analyses: the learner's points when there are at least 2, else the generated cloud. */
    static double[][] data(ParamSet p, LabOutput out) {
        String text = p.text("pts");
        if (!text.trim().isEmpty()) {
            PointData pts = PointData.fromQuery(text);
            for (String e : pts.errors()) {
                out.note("pts: " + e);
            }
            if (pts.size() >= 2) {
                double[][] rows = new double[pts.size()][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = new double[] {pts.x(i), pts.y(i)};
                }
                return rows;
            }
            out.note("pts: fewer than 2 valid points; using the generated data");
        }
        return generated(p);
    }

    /**
     * The seeded cloud, n rows drawn one after another from one {@link Rng}: each row takes its
     * Gaussians (two, or three for 3-D) in order, then the shape is applied and the mean added.
     */
    static double[][] generated(ParamSet p) {
        String kind = p.choice("data");
        int n = p.integer("n");
        Rng rng = new Rng(p.integer("seed"));
        double[] mean = {p.number("mx"), p.number("my"), p.number("mz")};
        double theta = p.number("angle") * RADIANS_PER_DEGREE;
        double c = KMath.cos(theta);
        double s = KMath.sin(theta);
        double spread = p.number("spread");
        double rho = p.number("corr");
        double unit = p.number("scale");
        double rest = Math.sqrt(1 - rho * rho);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double z1 = rng.gaussian();
            double z2 = rng.gaussian();
            double[] r;
            switch (kind) {
                case "stretched": {
                    double a = 2 * z1;
                    double b = 2 / spread * z2;
                    r = new double[] {c * a - s * b, s * a + c * b};
                    break;
                }
                case "clusters": {
                    // two equal clusters at ±(2, 1), standard deviation 0.6
                    double sign = i % 2 == 0 ? 1 : -1;
                    r = new double[] {2 * sign + 0.6 * z1, sign + 0.6 * z2};
                    break;
                }
                case "cloud3d": {
                    double z3 = rng.gaussian();
                    // lengths 2, 2/√spread, 2/spread along e₁, e₂, e₃; turned by θ about x₃, then by 30° about x₁
                    double a = 2 * z1;
                    double b = 2 / Math.sqrt(spread) * z2;
                    double e = 2 / spread * z3;
                    double x = c * a - s * b;
                    double y = s * a + c * b;
                    r = new double[] {x, COS30 * y - SIN30 * e, SIN30 * y + COS30 * e};
                    break;
                }
                default:
                    r = new double[] {z1, unit * (rho * z1 + rest * z2)};
            }
            for (int j = 0; j < r.length; j++) {
                r[j] += mean[j];
            }
            rows[i] = r;
        }
        return rows;
    }

    /** cos 30° = √3/2 and sin 30° = 1/2, exactly as the core's square root gives them. */
    private static final double COS30 = Math.sqrt(3) / 2;
    private static final double SIN30 = 0.5;

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
