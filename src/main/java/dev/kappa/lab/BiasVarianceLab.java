package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;
import java.util.List;

/**
 * The bias–variance decomposition, drawn. A source y = f(x) + σε with f(x) = sin 2πx, x uniform on
 * [0, 1] and ε ~ N(0, 1) gives S training sets of n points each (drawn one after another from one
 * seeded {@link Rng}: set s's x, then its ε). Each set is fitted by a polynomial of degree d in
 * u = 2x − 1 (columns u⁰…uᵈ): least squares (minimum norm when n &lt; d + 1) or ridge,
 * min ‖Xc − y‖² + λ‖c‖² (every coefficient penalized, the intercept too).
 *
 * <p>With f̂ₛ the fit to set s and x on the test grid xⱼ = j/100 (j = 0…100, standing for the
 * uniform x), at each xⱼ the fits' mean f̄ = (1/S)Σₛ f̂ₛ and variance (1/S)Σₛ(f̂ₛ − f̄)² give
 * <pre>  bias² = meanⱼ (f̄(xⱼ) − f(xⱼ))²,   variance = meanⱼ (1/S)Σₛ (f̂ₛ(xⱼ) − f̄(xⱼ))²,</pre>
 * and the expected test error of a fit, E[(y − f̂ₛ(x))²] = meanⱼ (f̂ₛ(xⱼ) − f(xⱼ))² + σ² (exact in
 * y, no test noise drawn), averages over the sets to exactly bias² + variance + σ²: the
 * decomposition E[(y − f̂)²] = bias² + variance + σ². Both are plotted against the degree (least
 * squares) and against λ (ridge at the current degree, λ = 10⁻⁸…10³), with the test error of
 * training set 1 over them and the sweet spot (least expected error) marked.
 *
 * <p>Cost: S·16 least-squares fits (one SVD of n×(d+1) each) for the degree sweep, cached while
 * only d, λ or the model change; S ridge paths (one SVD each) for the λ sweep at the current
 * degree. Both are staged, one training set per unit ({@link StagedWork}).
 */
public final class BiasVarianceLab extends DeclaredLabModel {
    public static final String ID = "bias-variance";
    static final String FITS_PLOT = "fits";
    static final String DEGREE_PLOT = "degree";
    static final String LAMBDA_PLOT = "lambda";
    static final int MAX_DEGREE = 15;
    /** Test grid xⱼ = j/(GRID − 1). */
    static final int GRID = 101;
    /** Training sets whose fits are drawn (all of them enter the numbers). */
    static final int DRAWN = 20;
    /** The λ sweep: 10ᵏ for k = −8…3. */
    static final double[] LAMBDAS = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1000};

    static final String OTHERS = "fits to other training sets";
    static final PlotSpec FITS = PlotSpec.of(FITS_PLOT, "Fits to many training sets")
            .x("x", Axis.LINEAR).y("y", Axis.LINEAR).range(0, 1, -2, 2)
            .seriesStartingWith(OTHERS, Look.of(6).width(1))
            .series("mean of all fits", Look.of(1).width(3))
            .series("truth f(x) = sin 2πx", Look.of(Look.INK).dashed())
            .series("training set 1", Look.of(2).shape(Look.Shape.CIRCLE))
            .series("fit to training set 1", Look.of(2).width(2));
    static final PlotSpec DEGREE = decomposition(DEGREE_PLOT, "Least squares: the decomposition against the degree",
            "degree d", Axis.INDEX, "");
    static final PlotSpec LAMBDA = decomposition(LAMBDA_PLOT, "Ridge: the decomposition against λ", "λ", Axis.LOG,
            " (ridge)");

    /** A plot of bias², variance, σ², their sum and set 1's test error; {@code suffix} keeps the series names apart. */
    private static PlotSpec decomposition(String id, String title, String xLabel, Axis x, String suffix) {
        return PlotSpec.of(id, title)
                .x(xLabel, x).y("mean squared error", Axis.LOG)
                .floor(1e-5, "10⁻⁵ (smaller values drawn here)")
                .series("bias²" + suffix, Look.of(1))
                .series("variance" + suffix, Look.of(5).dashed())
                .series("noise σ²" + suffix, Look.of(Look.MUTED).dotted())
                .series("bias² + variance + σ²" + suffix, Look.of(Look.INK).width(2.5))
                .series("test error of training set 1" + suffix, Look.of(2).dashDot())
                .series("sweet spot" + suffix, Look.of(3).shape(Look.Shape.DIAMOND));
    }

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Bias and variance: many training sets, one decomposition")
            .topic(Topic.APPLICATIONS, 2)
            .blurb("Fit many training sets; see bias², variance and noise add up to the test error.")
            .params(params().params())
            .presets(presets())
            .plots(FITS, DEGREE, LAMBDA);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("model", "fit", "ls", Param.option("ls", "least squares"),
                        Param.option("ridge", "ridge (λ)")),
                Param.integer("degree", "degree d", 0, MAX_DEGREE, 3),
                Param.logNumber("lambda", "ridge λ", 1e-8, 1e3, 1e-3),
                Param.integer("n", "points per training set n", 5, 100, 20),
                Param.number("noise", "noise standard deviation σ", 0, 1, 0.01, 0.3),
                Param.integer("sets", "training sets S", 5, 100, 50),
                Param.integer("seed", "seed", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Degree 1: high bias", "degree=1"),
                new Preset("Degree 3: the sweet spot", "degree=3"),
                new Preset("Degree 12: high variance", "degree=12"),
                new Preset("Degree 12 tamed by ridge λ = 0.001", "degree=12&model=ridge&lambda=0.001"),
                new Preset("Degree 12, ridge λ = 10: too much bias", "degree=12&model=ridge&lambda=10"),
                new Preset("More data: n = 100 cuts the variance", "degree=12&n=100"),
                new Preset("No noise: σ = 0", "degree=12&noise=0"));
    }

    public BiasVarianceLab() {
        super(DECLARATION);
    }

    static double truth(double x) {
        return KMath.sin(2 * Math.PI * x);
    }

    /** Test grid point j. */
    static double gridX(int j) {
        return (double) j / (GRID - 1);
    }

    /** The training sets: xs[s], ys[s] drawn from {@code rng} in set order (x, then ε). */
    static double[][][] draw(Rng rng, int sets, int n, double noise) {
        double[][][] out = new double[2][sets][];
        for (int s = 0; s < sets; s++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.uniform();
            }
            double[] eps = rng.gaussianVector(n);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = truth(x[i]) + noise * eps[i];
            }
            out[0][s] = x;
            out[1][s] = y;
        }
        return out;
    }

    /** The design matrix [uᵢᵏ], u = 2x − 1, k = 0…degree. */
    static Matrix design(double[] x, int degree) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = 2 * x[i] - 1;
        }
        return RandomMatrices.vandermonde(u, degree + 1);
    }

    private static Matrix gridDesign(int degree) {
        double[] x = new double[GRID];
        for (int j = 0; j < GRID; j++) {
            x[j] = gridX(j);
        }
        return design(x, degree);
    }

    // ---- staged work -------------------------------------------------------------------

    private final StagedWork sweepWork = new StagedWork();
    private final StagedWork ridgeWork = new StagedWork();
    private double[][][] data;
    /** sweep[d][s][j]: least-squares fit of degree d to set s, on the grid. */
    private double[][][] sweep;
    /** ridge[k][s][j]: ridge fit at the current degree with λ = LAMBDAS[k] (k &lt; 12) or the current λ (k = 12). */
    private double[][][] ridge;

    private static String dataKey(ParamSet p) {
        return p.integer("n") + "|" + p.number("noise") + "|" + p.integer("sets") + "|" + p.integer("seed");
    }

    private static String ridgeKey(ParamSet p) {
        return dataKey(p) + "|" + p.integer("degree") + "|" + p.number("lambda");
    }

    private void planSweep(ParamSet p, List<Runnable> units) {
        int sets = p.integer("sets");
        int n = p.integer("n");
        double noise = p.number("noise");
        long seed = p.integer("seed");
        units.add(() -> {
            data = draw(new Rng(seed), sets, n, noise);
            sweep = new double[MAX_DEGREE + 1][sets][];
        });
        for (int s = 0; s < sets; s++) {
            int set = s;
            units.add(() -> {
                for (int d = 0; d <= MAX_DEGREE; d++) {
                    double[] c = LeastSquares.solve(design(data[0][set], d), data[1][set]).x();
                    sweep[d][set] = gridDesign(d).times(c);
                }
            });
        }
    }

    private void planRidge(ParamSet p, List<Runnable> units) {
        int sets = p.integer("sets");
        int degree = p.integer("degree");
        double[] lambdas = java.util.Arrays.copyOf(LAMBDAS, LAMBDAS.length + 1);
        lambdas[LAMBDAS.length] = p.number("lambda");
        units.add(() -> ridge = new double[lambdas.length][sets][]);
        for (int s = 0; s < sets; s++) {
            int set = s;
            units.add(() -> {
                double[][] c = Ridge.path(design(data[0][set], degree), data[1][set], lambdas);
                Matrix g = gridDesign(degree);
                for (int k = 0; k < lambdas.length; k++) {
                    ridge[k][set] = g.times(c[k]);
                }
            });
        }
    }

    @Override
    public boolean prepare(ParamSet p, int count) {
        if (!sweepWork.advance(dataKey(p), units -> planSweep(p, units), count)) {
            return false;
        }
        return ridgeWork.advance(ridgeKey(p), units -> planRidge(p, units), count);
    }

    @Override
    public double progress() {
        return 0.5 * (sweepWork.progress() + ridgeWork.progress());
    }

    /** bias², variance, noise σ², their sum, and the test error of set 1 for fits f[s][j]. */
    static double[] decompose(double[][] f, double noise) {
        int sets = f.length;
        double bias2 = 0;
        double variance = 0;
        double one = 0;
        for (int j = 0; j < GRID; j++) {
            double truth = truth(gridX(j));
            double mean = 0;
            for (double[] fs : f) {
                mean += fs[j];
            }
            mean /= sets;
            double var = 0;
            for (double[] fs : f) {
                double e = fs[j] - mean;
                var += e * e;
            }
            bias2 += (mean - truth) * (mean - truth);
            variance += var / sets;
            one += (f[0][j] - truth) * (f[0][j] - truth);
        }
        double s2 = noise * noise;
        bias2 /= GRID;
        variance /= GRID;
        return new double[] {bias2, variance, s2, bias2 + variance + s2, one / GRID + s2};
    }

    /** The mean over the sets of each fit's expected test error meanⱼ(f̂ₛ − f)² + σ², computed directly. */
    static double meanTestError(double[][] f, double noise) {
        double total = 0;
        for (double[] fs : f) {
            double e = 0;
            for (int j = 0; j < GRID; j++) {
                double d = fs[j] - truth(gridX(j));
                e += d * d;
            }
            total += e / GRID;
        }
        return total / f.length + noise * noise;
    }

    @Override
    public LabOutput compute(ParamSet p) {
        sweepWork.finish(dataKey(p), units -> planSweep(p, units));
        ridgeWork.finish(ridgeKey(p), units -> planRidge(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        boolean useRidge = p.choice("model").equals("ridge");
        int degree = p.integer("degree");
        double lambda = p.number("lambda");
        double noise = p.number("noise");
        int n = p.integer("n");
        int sets = p.integer("sets");
        double[][] current = useRidge ? ridge[LAMBDAS.length] : sweep[degree];

        String model = useRidge ? "ridge (λ = " + NumberText.format(lambda, 3) + ")" : "least squares";
        out.plot(FITS.titled("Degree-" + degree + " " + model + " fits to " + sets + " training sets of " + n
                + " points"));
        double[] gx = new double[GRID];
        for (int j = 0; j < GRID; j++) {
            gx[j] = gridX(j);
        }
        for (int s = 1; s < Math.min(DRAWN, sets); s++) {
            out.line(FITS_PLOT, OTHERS + " " + (s + 1), gx, current[s]);
        }
        double[] mean = new double[GRID];
        double[] truth = new double[GRID];
        for (int j = 0; j < GRID; j++) {
            for (double[] fs : current) {
                mean[j] += fs[j];
            }
            mean[j] /= sets;
            truth[j] = truth(gx[j]);
        }
        out.line(FITS_PLOT, "truth f(x) = sin 2πx", gx, truth);
        out.line(FITS_PLOT, "mean of all fits", gx, mean);
        out.points(FITS_PLOT, "training set 1", data[0][0], data[1][0]);
        out.line(FITS_PLOT, "fit to training set 1", gx, current[0]);

        double[][] byDegree = new double[MAX_DEGREE + 1][];
        for (int d = 0; d <= MAX_DEGREE; d++) {
            byDegree[d] = decompose(sweep[d], noise);
        }
        double[][] byLambda = new double[LAMBDAS.length][];
        for (int k = 0; k < LAMBDAS.length; k++) {
            byLambda[k] = decompose(ridge[k], noise);
        }
        double[] degrees = new double[MAX_DEGREE + 1];
        for (int d = 0; d <= MAX_DEGREE; d++) {
            degrees[d] = d;
        }
        int bestDegree = argmin(byDegree);
        int bestLambda = argmin(byLambda);
        out.plot(DEGREE);
        curves(out, DEGREE_PLOT, "", degrees, byDegree);
        out.add(Marker.vertical(DEGREE_PLOT, "degree " + degree, degree));
        out.add(Marker.point(DEGREE_PLOT, "sweet spot", bestDegree, byDegree[bestDegree][3]));
        out.plot(LAMBDA.titled("Ridge at degree " + degree + ": the decomposition against λ"));
        curves(out, LAMBDA_PLOT, " (ridge)", LAMBDAS, byLambda);
        out.add(Marker.vertical(LAMBDA_PLOT, "λ", lambda));
        out.add(Marker.point(LAMBDA_PLOT, "sweet spot (ridge)", LAMBDAS[bestLambda], byLambda[bestLambda][3]));

        double[] now = decompose(current, noise);
        double direct = meanTestError(current, noise);
        out.readout("bias2", "bias² (mean over x of (f̄ − f)²)", now[0]);
        out.readout("variance", "variance (mean over x of the fits' variance)", now[1]);
        out.readout("noise", "noise σ²", now[2]);
        out.readout("sum", "bias² + variance + σ²", now[3]);
        out.readout("meanTest", "E[(y − f̂)²], the test error averaged over the sets", direct);
        out.readout("testOne", "test error of training set 1", now[4]);
        out.readout("bestDegree", "sweet spot: degree with least expected error", bestDegree);
        out.readout("bestLambda", "sweet spot: λ with least expected error (degree " + degree + ")",
                LAMBDAS[bestLambda]);
        out.rule("E[(y − f̂)²] = bias² + variance + σ²\n" + NumberText.format(direct, 4) + " = "
                + NumberText.format(now[0], 4) + " + " + NumberText.format(now[1], 4) + " + "
                + NumberText.format(now[2], 4));
        if (degree + 1 > n) {
            out.note("n = " + n + " points for d + 1 = " + (degree + 1) + " coefficients: each least-squares fit "
                    + "interpolates its training set (the minimum-norm one is used), so the variance is large");
        }
        if (noise == 0) {
            out.note("σ = 0: the data are noise-free, so the noise term is 0 and the variance comes only from where "
                    + "the training x fall");
        }
        out.summary(sets + " training sets of " + n + " points from sin 2πx with noise σ = " + NumberText.format(noise, 3)
                + ", fitted by degree-" + degree + " " + model + ": bias² " + NumberText.format(now[0], 3)
                + ", variance " + NumberText.format(now[1], 3) + ", noise " + NumberText.format(now[2], 3)
                + ", sum " + NumberText.format(now[3], 3) + " (the test error averaged over the sets); least squares is "
                + "best at degree " + bestDegree + ", ridge at degree " + degree + " at λ = "
                + NumberText.format(LAMBDAS[bestLambda], 3) + ".");
        return out;
    }

    private static void curves(LabOutput out, String plot, String suffix, double[] xs, double[][] rows) {
        String[] names = {"bias²", "variance", "noise σ²", "bias² + variance + σ²", "test error of training set 1"};
        for (int c = 0; c < names.length; c++) {
            double[] ys = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ys[i] = rows[i][c];
            }
            out.line(plot, names[c] + suffix, xs, ys);
        }
    }

    /** The row with the least expected error (column 3), the first on ties. */
    private static int argmin(double[][] rows) {
        int best = 0;
        for (int i = 1; i < rows.length; i++) {
            if (rows[i][3] < rows[best][3]) {
                best = i;
            }
        }
        return best;
    }

    /** For tests: the least-squares fits of degree d on the grid, per set. */
    double[][] sweepFits(ParamSet p, int d) {
        sweepWork.finish(dataKey(p), units -> planSweep(p, units));
        return sweep[d];
    }

    /** For tests: ridge fits at the current degree for LAMBDAS[k] (k = LAMBDAS.length: the current λ). */
    double[][] ridgeFits(ParamSet p, int k) {
        compute(p);
        return ridge[k];
    }
}
