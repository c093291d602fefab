package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.LeastSquaresObjective;
import java.util.List;

/**
 * Why we centre and scale: the curvature of least squares with a bias column, before and after
 * normalizing the features.
 *
 * <p>Data, N training and N validation rows, seeded. "custom": xᵢⱼ = μ + sⱼ·gᵢⱼ with g ~ N(0, 1),
 * feature scales sⱼ = spread^(j/(p−1)) (1 … spread), targets y = Σⱼ w*ⱼ(xⱼ − μ)/sⱼ + noise with
 * w* ~ N(0, I). "correlated" (the lecture's signal): t ~ N(0, 1), xⱼ = t + σ·gⱼ (so xⱼ ~ N(t, σ²)),
 * y = t + noise.
 *
 * <p>Four versions of the features: raw; centred (minus the training mean); standardized (centred
 * and divided by the training standard deviation, ddof 0); whitened (centred and multiplied by
 * Σ^(−1/2), Σ the training covariance, directions with eigenvalue below 1e-12·max dropped). Each
 * gets a bias column, X̃ = [1, X] (N×(p+1)), and the curvature matrix H = X̃ᵀX̃/N of
 * f(w) = (1/2N)‖X̃w − y‖². κ(H) is reported for each; for raw features of unit variance, H's largest
 * eigenvalue is ≈ ‖μ‖² + 1 (the mean direction, together with the bias), the "outlier".
 *
 * <p>Gradient descent on f from w = 0 with η = 1/λmax(H) (optim's {@link GradientDescent}) for each
 * version: the loss gap f(wₖ) − f* shows the rate set by κ(H), and train vs validation MSE per
 * iteration shows early stopping's implicit regularization in raw/standardized coordinates and
 * whitening fitting the noise directions as fast as the signal.
 *
 * <p>Cost: 4 × (one (p+1)×(p+1) eigen-decomposition + steps × O(N·p) GD iterations): about
 * 4·steps·4Np flops (≈ 2 ms at N = 100, p = 5, 200 steps).
 */
public final class NormalizationLab extends DeclaredLabModel {
    public static final String ID = "normalization";
    static final String LOSS_PLOT = "loss";
    static final String GEN_PLOT = "generalization";
    static final String SPECTRUM_PLOT = "spectrum";
    static final String[] VERSIONS = {"raw", "centred", "standardized", "whitened"};
    /** One colour per version of the features, on every plot. */
    private static final int[] COLOURS = {2, 5, 1, 3};
    private static final Look.Shape[] SHAPES = {Look.Shape.CIRCLE, Look.Shape.SQUARE, Look.Shape.TRIANGLE,
        Look.Shape.DIAMOND};

    static final PlotSpec LOSS = versions(PlotSpec.of(LOSS_PLOT, "GD with η = 1/λmax(H): f(wₖ) − f*")
            .x("iteration k", Axis.INDEX).y("f − f*", Axis.LOG)
            // Whitened GD reaches f* in one step: its gap of 0 is drawn on this line instead of vanishing.
            .floor(1e-14, "10⁻¹⁴: f* reached up to rounding"), "", "", 0);
    static final PlotSpec GENERALIZATION = versions(versions(PlotSpec.of(GEN_PLOT, "Train and validation MSE during GD")
            .x("iteration k", Axis.INDEX).y("MSE", Axis.LOG), "", " train", 0), "", " validation", 1);
    static final PlotSpec SPECTRUM = versions(PlotSpec.of(SPECTRUM_PLOT, "Eigenvalues of the curvature matrix H")
            .x("index", Axis.INDEX).y("eigenvalue", Axis.LOG), "eigenvalues, ", "", 2);

    /** The looks of the four versions' series on a plot: plain, dashed (validation) or as points. */
    private static PlotSpec versions(PlotSpec spec, String prefix, String suffix, int kind) {
        PlotSpec out = spec;
        for (int v = 0; v < VERSIONS.length; v++) {
            Look look = Look.of(COLOURS[v]);
            look = kind == 1 ? look.dashed() : kind == 2 ? look.shape(SHAPES[v]) : look;
            out = out.series(prefix + VERSIONS[v] + suffix, look);
        }
        return out;
    }

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Normalization: centring, scaling and whitening")
            .topic(Topic.CONDITIONING, 2)
            .blurb("How feature means and scales inflate κ, and when whitening hurts.")
            .params(params().params())
            .presets(presets())
            .plots(LOSS, GENERALIZATION, SPECTRUM);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("features", "features", "custom", Param.option("custom", "mean μ and scales"),
                        Param.option("correlated", "correlated copies of a signal")),
                Param.integer("p", "features p", 1, 20, 3),
                Param.number("mu", "feature mean μ (custom)", -50, 50, 0.1, 3),
                Param.logNumber("spread", "largest / smallest feature scale (custom)", 1, 1000, 1),
                Param.number("sigma", "σ of xⱼ around t (correlated)", 0.01, 2, 0.01, 0.1),
                Param.integer("n", "training rows N", 5, 300, 100),
                Param.number("noise", "target noise standard deviation", 0, 5, 0.05, 0.5),
                Param.integer("steps", "GD steps", 1, 1000, 200),
                Param.integer("seed", "seed", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Uncentred features: the outlier eigenvalue ‖μ‖² + 1", "features=custom&p=3&mu=3&spread=1"),
                new Preset("Features on different scales", "features=custom&p=3&mu=0&spread=100"),
                new Preset("Correlated signal: whitening fits the noise fast",
                        "features=correlated&p=20&n=30&sigma=0.1&noise=0.5&steps=500"));
    }

    public NormalizationLab() {
        super(DECLARATION);
    }

    /** Raw training and validation features and targets: {xTrain, xVal} and {yTrain, yVal}. */
    static final class Raw {
        double[][] x;
        double[] y;
        double[][] xv;
        double[] yv;
    }

    static Raw generate(ParamSet p) {
        int dim = p.integer("p");
        int n = p.integer("n");
        double noise = p.number("noise");
        Rng rng = new Rng(p.integer("seed"));
        Raw r = new Raw();
        if (p.choice("features").equals("correlated")) {
            double sigma = p.number("sigma");
            for (int set = 0; set < 2; set++) {
                double[] t = rng.gaussianVector(n);
                double[][] g = rng.gaussianMatrix(n, dim).toArray();
                double[] e = rng.gaussianVector(n);
                double[][] x = new double[n][dim];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < dim; j++) {
                        x[i][j] = t[i] + sigma * g[i][j];
                    }
                    y[i] = t[i] + noise * e[i];
                }
                if (set == 0) {
                    r.x = x;
                    r.y = y;
                } else {
                    r.xv = x;
                    r.yv = y;
                }
            }
            return r;
        }
        double mu = p.number("mu");
        double spread = p.number("spread");
        double[] scale = new double[dim];
        for (int j = 0; j < dim; j++) {
            scale[j] = dim == 1 ? 1 : dev.kappa.linalg.KMath.pow(spread, (double) j / (dim - 1));
        }
        double[] w = rng.gaussianVector(dim);
        for (int set = 0; set < 2; set++) {
            double[][] g = rng.gaussianMatrix(n, dim).toArray();
            double[] e = rng.gaussianVector(n);
            double[][] x = new double[n][dim];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < dim; j++) {
                    x[i][j] = mu + scale[j] * g[i][j];
                    s += w[j] * g[i][j];
                }
                y[i] = s + noise * e[i];
            }
            if (set == 0) {
                r.x = x;
                r.y = y;
            } else {
                r.xv = x;
                r.yv = y;
            }
        }
        return r;
    }

    /** The feature map of one version, fitted on the training rows: x ↦ (x − shift)·M. */
    static final class Transform {
        final double[] shift;
        final double[][] m;

        Transform(double[] shift, double[][] m) {
            this.shift = shift;
            this.m = m;
        }

        /** [1, (x − shift)·M] for every row. */
        Matrix apply(double[][] x) {
            int out = m[0].length;
            double[][] rows = new double[x.length][out + 1];
            for (int i = 0; i < x.length; i++) {
                rows[i][0] = 1;
                for (int k = 0; k < out; k++) {
                    double s = 0;
                    for (int j = 0; j < shift.length; j++) {
                        s += (x[i][j] - shift[j]) * m[j][k];
                    }
                    rows[i][k + 1] = s;
                }
            }
            return Matrix.of(rows);
        }
    }

    static Transform fit(String version, double[][] x) {
        int n = x.length;
        int dim = x[0].length;
        double[] mean = new double[dim];
        for (double[] row : x) {
            for (int j = 0; j < dim; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] id = new double[dim][dim];
        for (int j = 0; j < dim; j++) {
            id[j][j] = 1;
        }
        if (version.equals("raw")) {
            return new Transform(new double[dim], id);
        }
        if (version.equals("centred")) {
            return new Transform(mean, id);
        }
        double[][] cov = new double[dim][dim];
        for (double[] row : x) {
            for (int a = 0; a < dim; a++) {
                for (int b = 0; b < dim; b++) {
                    cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / n;
                }
            }
        }
        if (version.equals("standardized")) {
            double[][] m = new double[dim][dim];
            for (int j = 0; j < dim; j++) {
                m[j][j] = cov[j][j] > 0 ? 1 / Math.sqrt(cov[j][j]) : 1;
            }
            return new Transform(mean, m);
        }
        SymmetricEigen eig = SymmetricEigen.of(Matrix.of(cov));
        double[] ev = eig.values();
        double[][] v = eig.vectors().toArray();
        double top = 0;
        for (double e : ev) {
            top = Math.max(top, e);
        }
        // ZCA whitening M = V·diag(1/√λ)·Vᵀ over the directions with λ above the cut-off
        double[][] m = new double[dim][dim];
        for (int k = 0; k < dim; k++) {
            if (!(ev[k] > 1e-12 * top)) {
                continue;
            }
            double f = 1 / Math.sqrt(ev[k]);
            for (int a = 0; a < dim; a++) {
                for (int b = 0; b < dim; b++) {
                    m[a][b] += v[a][k] * f * v[b][k];
                }
            }
        }
        return new Transform(mean, m);
    }

    /** Eigenvalues of H = X̃ᵀX̃/N, in ascending order. */
    static double[] curvature(Matrix xt) {
        int n = xt.rows();
        Matrix h = LeastSquares.gram(xt).scale(1.0 / n);
        double[] ev = SymmetricEigen.of(h).values();
        java.util.Arrays.sort(ev);
        return ev;
    }

    /** Iterations of GD (or of its error evaluation) per unit of work. */
    private static final int CHUNK = 100;

    /** One version's results: curvature, GD's loss gap and train/validation errors per iteration. */
    private static final class Run {
        double kappa;
        double lmax;
        double[] eigenDescending;
        Matrix xt;
        Matrix xv;
        GradientDescent gd;
        double fStar;
        double[] gap;
        double[] train;
        double[] validation;
    }

    /** Everything depends on every parameter; the work is one unit per version's set-up, then chunks of GD. */
    private final StagedWork work = new StagedWork();
    private Raw raw;
    private final Run[] runs = new Run[4];

    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(p.toQuery(), units -> plan(p, units), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    private void plan(ParamSet p, List<Runnable> units) {
        int steps = p.integer("steps");
        units.add(() -> raw = generate(p));
        for (int v = 0; v < 4; v++) {
            int version = v;
            units.add(() -> runs[version] = setUp(VERSIONS[version], raw));
            for (int done = 0; done < steps; done += CHUNK) {
                int k = Math.min(CHUNK, steps - done);
                units.add(() -> runs[version].gd.run(k));
            }
            units.add(() -> {
                Run r = runs[version];
                int n = r.gd.trajectory().size();
                r.gap = new double[n];
                r.train = new double[n];
                r.validation = new double[n];
            });
            for (int from = 0; from <= steps; from += CHUNK) {
                int start = from;
                units.add(() -> evaluate(runs[version], raw, start, start + CHUNK));
            }
        }
    }

    private static Run setUp(String name, Raw raw) {
        Run r = new Run();
        Transform tf = fit(name, raw.x);
        r.xt = tf.apply(raw.x);
        r.xv = tf.apply(raw.xv);
        double[] ev = curvature(r.xt);
        double lmax = ev[ev.length - 1];
        double lmin = ev[0];
        r.lmax = lmax;
        r.kappa = lmin > 1e-14 * lmax ? lmax / lmin : Double.POSITIVE_INFINITY;
        r.eigenDescending = new double[ev.length];
        for (int i = 0; i < ev.length; i++) {
            r.eigenDescending[i] = ev[ev.length - 1 - i];
        }
        LeastSquaresObjective f = new LeastSquaresObjective(r.xt, raw.y);
        r.fStar = f.value(LeastSquares.solve(r.xt, raw.y).x());
        r.gd = new GradientDescent(f, new double[r.xt.cols()], 1 / lmax);
        return r;
    }

    /** The loss gap and the train and validation errors of iterates [from, to). */
    private static void evaluate(Run r, Raw raw, int from, int to) {
        double[][] pts = r.gd.trajectory().points();
        for (int k = from; k < Math.min(to, pts.length); k++) {
            r.gap[k] = Math.max(r.gd.trajectory().value(k) - r.fStar, 0);
            r.train[k] = Fits.mse(r.xt, pts[k], raw.y);
            r.validation[k] = Fits.mse(r.xv, pts[k], raw.yv);
        }
    }

    @Override
    public LabOutput compute(ParamSet p) {
        work.finish(p.toQuery(), units -> plan(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        int steps = p.integer("steps");
        out.plot(LOSS);
        out.plot(GENERALIZATION);
        out.plot(SPECTRUM);
        out.steps(steps);
        double[] kappas = new double[4];
        double[] bestVal = new double[4];
        int[] bestAt = new int[4];
        for (int v = 0; v < 4; v++) {
            String name = VERSIONS[v];
            Run r = runs[v];
            kappas[v] = r.kappa;
            double[] idx = new double[r.eigenDescending.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i + 1;
            }
            out.points(SPECTRUM_PLOT, "eigenvalues, " + name, idx, r.eigenDescending);
            double[] ks = new double[r.gap.length];
            double[] gap = r.gap;
            double[] va = r.validation;
            bestVal[v] = Double.POSITIVE_INFINITY;
            for (int k = 0; k < ks.length; k++) {
                ks[k] = k;
                if (va[k] < bestVal[v]) {
                    bestVal[v] = va[k];
                    bestAt[v] = k;
                }
            }
            double lmax = r.lmax;
            out.add(new Series(LOSS_PLOT, name, Series.Style.LINE, ks, gap).animated());
            out.add(new Series(GEN_PLOT, name + " train", Series.Style.LINE, ks, r.train).animated());
            out.add(new Series(GEN_PLOT, name + " validation", Series.Style.LINE, ks, va).animated());
            out.readout("kappa-" + name, "κ(H), " + name, kappas[v]);
            if (v == 0) {
                out.readout("lmax-raw", "largest eigenvalue of H, raw", lmax);
            }
            out.readout("gap-" + name, "final f − f*, " + name, gap[gap.length - 1]);
            out.readout("validation-" + name, "final validation MSE, " + name, va[va.length - 1]);
            out.readout("best-" + name, "best validation MSE, " + name, bestVal[v]);
            out.readout("bestAt-" + name, "iteration of best validation, " + name, bestAt[v]);
        }
        double muSq = 0;
        int dim = raw.x[0].length;
        for (int j = 0; j < dim; j++) {
            double m = 0;
            for (double[] row : raw.x) {
                m += row[j] / raw.x.length;
            }
            muSq += m * m;
        }
        out.readout("muSq", "‖μ‖² + 1", muSq + 1);
        out.summary("κ of the curvature matrix: raw " + NumberText.format(kappas[0], 3) + ", centred "
                + NumberText.format(kappas[1], 3) + ", standardized " + NumberText.format(kappas[2], 3)
                + ", whitened " + NumberText.format(kappas[3], 3) + "; the raw largest eigenvalue "
                + NumberText.format(out.readout("lmax-raw"), 3) + " vs ‖μ‖² + 1 = "
                + NumberText.format(muSq + 1, 3) + ".");
        return out;
    }
}
