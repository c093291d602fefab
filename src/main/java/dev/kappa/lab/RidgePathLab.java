package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.optim.Lasso;
import dev.kappa.optim.LassoCoordinateDescent;
import java.util.List;

/**
 * Shrinkage and sparsity: ridge, lasso and elastic-net coefficient paths, cross-validation, and
 * the spectrum shift.
 *
 * <p>One objective covers all three: ½‖Xw − t‖² + λ(α‖w‖₁ + ½(1 − α)‖w‖²), α = 0 ridge, α = 1
 * lasso, in between elastic net. Ridge is solved through the SVD ({@link Ridge}: ‖Xw − t‖² + λ‖w‖²,
 * the same minimizer); lasso and elastic net by cyclic coordinate descent from optim
 * ({@link LassoCoordinateDescent}) on the augmented lasso X̃ = [X; √(λ(1−α))·I], t̃ = [t; 0] with
 * penalty λα, warm-started along the path from large λ to small, each solve run until the KKT
 * violation is below 1e-9·‖Xᵀt‖∞ (at most 1000 sweeps). X and t are centred on the training means
 * (an unpenalized intercept).
 *
 * <p>Data: synthetic, n training and n test rows xᵢ ~ N(0, I) in ℝᵖ, w* with k nonzero entries of
 * magnitude in [1, 3] at seeded positions, t = Xw* + s·ε; or the poly-fit lab's lecture data with
 * features uʲ, j = 1…min(p, 15), u = (x − 2.5)/2.5, and its seeded 30% test split. The path uses 36
 * values λ = 10⁴ … 10⁻³ (5 per decade). K-fold cross-validation (folds by row index mod K) gives the
 * mean validation MSE and its standard error per λ, the minimizing λ and the one-standard-error λ
 * (the largest λ whose mean is within one standard error of the minimum). The eigenvalues of XᵀX
 * shift to σᵢ² + λ(1 − α).
 *
 * <p>Cost: (K + 1) paths. Ridge: K + 1 SVDs of n×p. Lasso/elastic net: 36 warm-started coordinate
 * descent solves per path, each a few to a few hundred O(np) sweeps (tens of ms at n = 100,
 * p = 20, K = 5). Everything but the marked λ is cached, so dragging λ costs one solve.
 */
public final class RidgePathLab extends DeclaredLabModel {
    public static final String ID = "ridge-path";
    static final String PATH_PLOT = "path";
    static final String CV_PLOT = "cv";
    static final String SPECTRUM_PLOT = "spectrum";
    static final int GRID = 36;

    static final PlotSpec PATHS = PlotSpec.of(PATH_PLOT, "Coefficient paths")
            .x("λ", Axis.LOG).y("wⱼ(λ)", Axis.LINEAR)
            .seriesStartingWith("true nonzero w", Look.of(2))
            .seriesStartingWith("true zero w", Look.of(Look.MUTED).width(1))
            .seriesStartingWith("coefficient w", Look.of(1).width(1.5))
            .series("true weights (left edge)", Look.of(Look.INK).shape(Look.Shape.DIAMOND))
            .help("Vermillion: the weights that are nonzero in the model that made the data; grey: the ones that are "
                    + "0 there. Diamonds at the left edge mark the true values.");
    static final PlotSpec CV = PlotSpec.of(CV_PLOT, "Cross-validation")
            .x("λ", Axis.LOG).y("validation MSE", Axis.LOG)
            .series("CV mean", Look.of(1))
            .series("mean ± 1 SE", Look.of(1).dashed().width(1))
            .series("minimum", Look.of(2).shape(Look.Shape.DIAMOND))
            .series("one-standard-error choice", Look.of(3).shape(Look.Shape.SQUARE));
    static final PlotSpec SPECTRUM = PlotSpec.of(SPECTRUM_PLOT, "Eigenvalues of XᵀX and XᵀX + λ(1−α)I")
            .x("index i", Axis.INDEX).y("eigenvalue", Axis.LOG)
            .series("σᵢ²", Look.of(1).shape(Look.Shape.CIRCLE))
            .series("σᵢ² + λ(1−α)", Look.of(2).shape(Look.Shape.SQUARE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Regularization paths: ridge, lasso and elastic net")
            .topic(Topic.REGULARIZATION, 1)
            .blurb("Coefficients against log λ, sparsity, and cross-validation.")
            .params(params().params())
            .presets(presets())
            .plots(PATHS, CV, SPECTRUM);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("source", "data", "synthetic", Param.option("synthetic", "synthetic sparse data"),
                        Param.option("polyfit", "poly-fit features")),
                Param.choice("method", "penalty", "ridge", Param.option("ridge", "ridge (ℓ₂)"),
                        Param.option("lasso", "lasso (ℓ₁)"), Param.option("elasticnet", "elastic net")),
                Param.number("alpha", "elastic-net mixing α (1 = lasso)", 0, 1, 0.05, 0.5),
                Param.logNumber("lambda", "λ", 1e-3, 1e4, 1),
                Param.integer("n", "training rows n", 20, 400, 100),
                Param.integer("p", "features p", 2, 50, 20),
                Param.integer("k", "true nonzero weights", 1, 50, 5),
                Param.number("noise", "noise standard deviation", 0, 5, 0.05, 1),
                Param.integer("folds", "cross-validation folds K", 2, 10, 5),
                Param.integer("seed", "seed", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Ridge paths on n = 100, p = 20, 5 true weights", "method=ridge"),
                new Preset("Lasso: sparsity appears as λ grows", "method=lasso"),
                new Preset("Elastic net, α = 0.5", "method=elasticnet&alpha=0.5"),
                new Preset("Ridge on the poly-fit data", "source=polyfit&method=ridge&p=12"),
                new Preset("Lasso on the poly-fit data", "source=polyfit&method=lasso&p=12"));
    }

    public RidgePathLab() {
        super(DECLARATION);
    }

    /** Training and test data, centred on the training means. */
    static final class Data {
        Matrix x;
        double[] t;
        Matrix xTest;
        double[] tTest;
        double[] wTrue;
    }

    static Data data(ParamSet p) {
        Data d = new Data();
        double[][] xr;
        double[] tr;
        double[][] xe;
        double[] te;
        if (p.choice("source").equals("polyfit")) {
            int feats = Math.min(p.integer("p"), 15);
            double[][] s = PolyFitLab.lectureSplit(30, 0.5, 0.3, 1);
            xr = powers(s[0], feats);
            tr = s[1];
            xe = powers(s[2], feats);
            te = s[3];
        } else {
            int n = p.integer("n");
            int dim = p.integer("p");
            int k = Math.min(p.integer("k"), dim);
            Rng rng = new Rng(p.integer("seed"));
            int[] perm = rng.permutation(dim);
            d.wTrue = new double[dim];
            for (int j = 0; j < k; j++) {
                double sign = rng.uniform() < 0.5 ? -1 : 1;
                d.wTrue[perm[j]] = sign * (1 + 2 * rng.uniform());
            }
            double noise = p.number("noise");
            Matrix a = rng.gaussianMatrix(n, dim);
            double[] eps = rng.gaussianVector(n);
            Matrix b = rng.gaussianMatrix(n, dim);
            double[] epsTest = rng.gaussianVector(n);
            xr = a.toArray();
            xe = b.toArray();
            tr = a.times(d.wTrue);
            te = b.times(d.wTrue);
            for (int i = 0; i < n; i++) {
                tr[i] += noise * eps[i];
                te[i] += noise * epsTest[i];
            }
        }
        int cols = xr[0].length;
        double[] mean = new double[cols];
        double tMean = 0;
        for (int i = 0; i < xr.length; i++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += xr[i][j] / xr.length;
            }
            tMean += tr[i] / xr.length;
        }
        d.x = Matrix.of(center(xr, mean));
        d.xTest = Matrix.of(center(xe, mean));
        d.t = shift(tr, tMean);
        d.tTest = shift(te, tMean);
        return d;
    }

    private static double[][] powers(double[] x, int feats) {
        double[][] out = new double[x.length][feats];
        for (int i = 0; i < x.length; i++) {
            double u = (x[i] - 2.5) / 2.5;
            double pw = 1;
            for (int j = 0; j < feats; j++) {
                pw *= u;
                out[i][j] = pw;
            }
        }
        return out;
    }

    private static double[][] center(double[][] x, double[] mean) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            for (int j = 0; j < mean.length; j++) {
                out[i][j] -= mean[j];
            }
        }
        return out;
    }

    private static double[] shift(double[] t, double c) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i] - c;
        }
        return out;
    }

    static double[] grid() {
        double[] g = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            g[i] = KMath.pow(10, 4 - 0.2 * i);
        }
        return g;
    }

    /** The penalized solution for one λ; {@code warm} (may be null) starts coordinate descent. */
    static double[] solve(Matrix x, double[] t, double lambda, double alpha, double[] warm) {
        if (alpha == 0) {
            return Ridge.solve(x, t, lambda);
        }
        int n = x.rows();
        int dim = x.cols();
        double ridgePart = lambda * (1 - alpha);
        Matrix xa = x;
        double[] ta = t;
        if (ridgePart > 0) {
            double[][] rows = new double[n + dim][];
            double[][] xs = x.toArray();
            for (int i = 0; i < n; i++) {
                rows[i] = xs[i];
            }
            double r = Math.sqrt(ridgePart);
            for (int j = 0; j < dim; j++) {
                rows[n + j] = new double[dim];
                rows[n + j][j] = r;
            }
            xa = Matrix.of(rows);
            ta = new double[n + dim];
            System.arraycopy(t, 0, ta, 0, n);
        }
        Lasso lasso = new Lasso(xa, ta, lambda * alpha);
        double[] w0 = warm == null ? new double[dim] : warm;
        LassoCoordinateDescent cd = new LassoCoordinateDescent(lasso, w0);
        double scale = 0;
        for (double v : xa.transposeTimes(ta)) {
            scale = Math.max(scale, Math.abs(v));
        }
        double target = 1e-9 * Math.max(scale, 1e-300);
        for (int sweep = 0; sweep < 1000; sweep += 5) {
            cd.run(5);
            if (cd.status() != LassoCoordinateDescent.Status.RUNNING || lasso.kktViolation(cd.current()) <= target) {
                break;
            }
        }
        return cd.current();
    }

    /** Solutions along the grid (row i for grid()[i]). */
    static double[][] path(Matrix x, double[] t, double alpha) {
        double[] g = grid();
        if (alpha == 0) {
            return Ridge.path(x, t, g);
        }
        double[][] out = new double[GRID][];
        double[] warm = null;
        for (int i = 0; i < GRID; i++) {
            out[i] = solve(x, t, g[i], alpha, warm);
            warm = out[i];
        }
        return out;
    }

    /** Data, paths and cross-validation depend on everything but λ: one unit per path (the full data's, each fold's). */
    private final StagedWork work = new StagedWork();
    private Data cachedData;
    private double[][] cachedPath;
    private double[][] foldErrors;
    private double[] cvMean;
    private double[] cvSe;
    private double[] sigma;

    private static String key(ParamSet p) {
        String method = p.choice("method");
        double alpha = method.equals("ridge") ? 0 : method.equals("lasso") ? 1 : p.number("alpha");
        return p.choice("source") + "|" + alpha + "|" + p.integer("n") + "|" + p.integer("p") + "|"
                + p.integer("k") + "|" + p.number("noise") + "|" + p.integer("folds") + "|" + p.integer("seed");
    }

    private void plan(ParamSet p, List<Runnable> units) {
        String method = p.choice("method");
        double alpha = method.equals("ridge") ? 0 : method.equals("lasso") ? 1 : p.number("alpha");
        int folds = p.integer("folds");
        units.add(() -> {
            cachedData = data(p);
            int k = Math.min(folds, cachedData.x.rows());
            foldErrors = new double[k][];
        });
        units.add(() -> cachedPath = path(cachedData.x, cachedData.t, alpha));
        for (int f = 0; f < Math.min(folds, 400); f++) {
            int fold = f;
            units.add(() -> {
                if (fold < foldErrors.length) {
                    foldErrors[fold] = foldErrors(cachedData, alpha, foldErrors.length, fold);
                }
            });
        }
        units.add(() -> {
            aggregate(foldErrors);
            sigma = SVD.of(cachedData.x).singularValues();
        });
    }

    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(key(p), units -> plan(p, units), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String method = p.choice("method");
        double alpha = method.equals("ridge") ? 0 : method.equals("lasso") ? 1 : p.number("alpha");
        int folds = p.integer("folds");
        work.finish(key(p), units -> plan(p, units));
        Data d = cachedData;
        double[] g = grid();
        double lambda = p.number("lambda");
        int dim = d.x.cols();

        out.plot(PATHS);
        List<Double> trueX = new java.util.ArrayList<>();
        List<Double> trueY = new java.util.ArrayList<>();
        for (int j = 0; j < dim; j++) {
            double[] y = new double[GRID];
            for (int i = 0; i < GRID; i++) {
                y[i] = cachedPath[i][j];
            }
            String name;
            if (d.wTrue == null) {
                name = "coefficient w" + (j + 1);
            } else if (d.wTrue[j] != 0) {
                name = "true nonzero w" + (j + 1) + " (true " + NumberText.format(d.wTrue[j], 3) + ")";
                trueX.add(g[GRID - 1]);
                trueY.add(d.wTrue[j]);
            } else {
                name = "true zero w" + (j + 1);
            }
            out.line(PATH_PLOT, name, g, y);
        }
        if (!trueX.isEmpty()) {
            double[] tx = new double[trueX.size()];
            double[] ty = new double[trueY.size()];
            for (int i = 0; i < tx.length; i++) {
                tx[i] = trueX.get(i);
                ty[i] = trueY.get(i);
            }
            out.points(PATH_PLOT, "true weights (left edge)", tx, ty);
        }
        out.add(Marker.vertical(PATH_PLOT, "λ", lambda));

        int best = 0;
        for (int i = 1; i < GRID; i++) {
            if (cvMean[i] < cvMean[best]) {
                best = i;
            }
        }
        int oneSe = best;
        for (int i = 0; i < best; i++) {
            // the grid runs from large λ to small: the first within one SE is the largest such λ
            if (cvMean[i] <= cvMean[best] + cvSe[best]) {
                oneSe = i;
                break;
            }
        }
        out.plot(CV.titled(folds + "-fold cross-validation"));
        out.line(CV_PLOT, "CV mean", g, cvMean);
        // both bands as one series, broken by a gap (NaN) between the upper and the lower one
        double[] bx = new double[2 * GRID + 1];
        double[] by = new double[2 * GRID + 1];
        for (int i = 0; i < GRID; i++) {
            bx[i] = g[i];
            by[i] = cvMean[i] + cvSe[i];
            bx[GRID + 1 + i] = g[i];
            by[GRID + 1 + i] = cvMean[i] - cvSe[i];
        }
        bx[GRID] = Double.NaN;
        by[GRID] = Double.NaN;
        out.line(CV_PLOT, "mean ± 1 SE", bx, by);
        out.add(Marker.point(CV_PLOT, "minimum", g[best], cvMean[best]));
        out.add(Marker.point(CV_PLOT, "one-standard-error choice", g[oneSe], cvMean[oneSe]));
        out.add(Marker.vertical(CV_PLOT, "λ", lambda));

        double shift = lambda * (1 - alpha);
        out.plot(SPECTRUM);
        double[] idx = new double[sigma.length];
        double[] ev = new double[sigma.length];
        double[] evShift = new double[sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            idx[i] = i + 1;
            ev[i] = sigma[i] * sigma[i];
            evShift[i] = ev[i] + shift;
        }
        out.points(SPECTRUM_PLOT, "σᵢ²", idx, ev);
        out.points(SPECTRUM_PLOT, "σᵢ² + λ(1−α)", idx, evShift);

        double[] w = solve(d.x, d.t, lambda, alpha, nearest(g, lambda));
        int nonzero = 0;
        int recovered = 0;
        for (int j = 0; j < dim; j++) {
            if (w[j] != 0) {
                nonzero++;
                if (d.wTrue != null && d.wTrue[j] != 0) {
                    recovered++;
                }
            }
        }
        double train = Fits.mse(d.x, w, d.t);
        double test = Fits.mse(d.xTest, w, d.tTest);
        out.readout("lambda", "λ", lambda);
        out.readout("nonzero", "nonzero weights", nonzero);
        if (d.wTrue != null) {
            out.readout("recovered", "true nonzeros kept", recovered);
        }
        out.readout("normW", "‖w‖", Fits.norm(w));
        out.readout("trainMse", "train MSE", train);
        out.readout("testMse", "test MSE", test);
        out.readout("cvLambda", "CV-minimizing λ", g[best]);
        out.readout("oneSeLambda", "one-standard-error λ", g[oneSe]);
        out.readout("cond", "κ(XᵀX + λ(1−α)I)", (ev[0] + shift) / (ev[ev.length - 1] + shift));
        String name = alpha == 0 ? "Ridge" : alpha == 1 ? "Lasso" : "Elastic net (α = " + NumberText.format(alpha, 2) + ")";
        out.summary(name + " at λ = " + NumberText.format(lambda, 3) + " keeps " + nonzero + " of " + dim
                + " weights nonzero with ‖w‖ = " + NumberText.format(Fits.norm(w), 3) + ", train MSE "
                + NumberText.format(train, 3) + " and test MSE " + NumberText.format(test, 3)
                + "; cross-validation picks λ = " + NumberText.format(g[best], 3) + " (one-standard-error λ = "
                + NumberText.format(g[oneSe], 3) + ").");
        return out;
    }

    private double[] nearest(double[] g, double lambda) {
        int best = 0;
        for (int i = 1; i < g.length; i++) {
            if (Math.max(g[i] / lambda, lambda / g[i]) < Math.max(g[best] / lambda, lambda / g[best])) {
                best = i;
            }
        }
        return cachedPath[best];
    }

    /** Validation MSE along the grid of fold f of k (rows i with i mod k = f held out). */
    private static double[] foldErrors(Data d, double alpha, int k, int f) {
        int n = d.x.rows();
        double[][] xs = d.x.toArray();
        int nVal = 0;
        for (int i = f; i < n; i += k) {
            nVal++;
        }
        double[][] xt = new double[n - nVal][];
        double[] tt = new double[n - nVal];
        double[][] xv = new double[nVal][];
        double[] tv = new double[nVal];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (i % k == f) {
                xv[b] = xs[i];
                tv[b++] = d.t[i];
            } else {
                xt[a] = xs[i];
                tt[a++] = d.t[i];
            }
        }
        Matrix train = Matrix.of(xt);
        Matrix val = Matrix.of(xv);
        double[][] pth = path(train, tt, alpha);
        double[] errs = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            errs[i] = Fits.mse(val, pth[i], tv);
        }
        return errs;
    }

    /** Mean and standard error over the folds at every λ. */
    private void aggregate(double[][] errs) {
        int k = errs.length;
        cvMean = new double[GRID];
        cvSe = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            double m = 0;
            for (int f = 0; f < k; f++) {
                m += errs[f][i] / k;
            }
            double v = 0;
            for (int f = 0; f < k; f++) {
                v += (errs[f][i] - m) * (errs[f][i] - m);
            }
            cvMean[i] = m;
            cvSe[i] = Math.sqrt(v / (k - 1) / k);
        }
    }
}
