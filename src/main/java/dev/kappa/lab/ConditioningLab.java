package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditioning: why the normal equations lose twice the digits QR and the SVD lose.
 *
 * <p>A (m×n, m ≥ n) is one of: a seeded Gaussian matrix; the lecture's m×2 design [x, 2x] with x
 * Gaussian (exactly collinear columns, so AᵀA is singular as formed); a Gaussian matrix whose last
 * column is the previous one plus gap·(Gaussian noise) (nearly collinear); the Vandermonde matrix [xᵢʲ] of m
 * equispaced points on [0, 1], j = 0…n−1; the n×n Hilbert matrix 1/(i + j + 1); or
 * U·diag(σ)·Vᵀ with σ geometric from 1 to 1/κ (κ(A) chosen exactly). With x* = (1, …, 1) and
 * b = Ax*, the system is solved by the normal equations, QR and SVD ({@link Fits}) and each
 * relative error ‖x̂ − x*‖/‖x*‖ is reported: backward-stable QR/SVD give ~κ(A)·ε, the normal
 * equations ~κ(A)²·ε. κ(AᵀA) is reported both as κ(A)² (exact, from the SVD of A) and as computed
 * from the formed AᵀA (what np.linalg.cond(X.T @ X) shows, rounding-limited near 1e16). With
 * ridge on, κ(AᵀA + λI) = (σ₀² + λ)/(σ_{n−1}² + λ).
 *
 * <p>The sweep plot repeats the three solves along the chosen family (κ for Gaussian/designed,
 * the gap for collinear, n for Vandermonde and Hilbert) and plots error against κ(A) on log–log
 * axes with the reference lines κ·ε and κ²·ε. Cost: ~30 small QR + SVD + Cholesky solves of
 * m×n matrices, about 30·(4mn² + 20n³) flops (≈ 1 ms for 100×5).
 */
public final class ConditioningLab extends DeclaredLabModel {
    public static final String ID = "conditioning";
    static final String SWEEP_PLOT = "sweep";
    static final String SPECTRUM_PLOT = "spectrum";
    static final String MATRIX_PLOT = "matrix";
    static final String RANK_CUTOFF = "rank cutoff κ = 1/(ε·max(m, n))";
    /**
     * The seed whose x reproduces the lecture's figures: ‖x‖² = 84.0703, so κ(XᵀX + 0.01·I) = 42036,
     * and numpy's np.linalg.cond(X.T @ X) of this exactly singular matrix reports 1.65e16 (rounding
     * noise in LAPACK's smallest singular value; Kappa's SVD finds the exact 0 and says ∞). Found by
     * searching seeds; checked by tools/fixtures/lab_fixtures.py.
     */
    static final int LECTURE_SEED = 9481886;

    static final PlotSpec SWEEP = PlotSpec.of(SWEEP_PLOT, "Relative error of x vs κ(A)")
            .x("κ(A)", Axis.LOG).y("relative error ‖x̂ − x*‖/‖x*‖", Axis.LOG)
            // An exact solve has error 0: drawn on the ε line, not as a drop out of the plot.
            .floor(Tolerance.EPS / 4, "ε/4: errors this small (or 0) are drawn here")
            .help("Gaps in the normal-equations line: AᵀA is no longer numerically positive definite (κ² ≳ 1/ε), so "
                    + "its Cholesky fails. Right of the rank cutoff QR and SVD treat σ_min as zero and return the "
                    + "minimum-norm x: the error jumps to O(1), or drops to ε when x* is itself minimum-norm.")
            .series("normal equations", Look.of(2))
            .series("QR", Look.of(1))
            .series("SVD", Look.of(3).dashed())
            .series("κ·ε", Look.REFERENCE)
            .series("κ²·ε", Look.REFERENCE.dotted())
            .series("this matrix: normal equations", Look.of(2).shape(Look.Shape.SQUARE))
            .series("this matrix: QR", Look.of(1).shape(Look.Shape.CIRCLE));
    static final PlotSpec SPECTRUM = PlotSpec.of(SPECTRUM_PLOT, "Singular values of A and eigenvalues of AᵀA")
            .x("index i", Axis.INDEX).y("value", Axis.LOG)
            .series("σᵢ(A)", Look.of(1).shape(Look.Shape.CIRCLE))
            .series("λᵢ(AᵀA) = σᵢ²", Look.of(2).shape(Look.Shape.SQUARE))
            .series("λᵢ + λ", Look.of(3).shape(Look.Shape.TRIANGLE));
    static final PlotSpec MATRIX = PlotSpec.of(MATRIX_PLOT, "A as a picture (black: smallest entry, white: largest)")
            .x("column j", Axis.INDEX).y("row i", Axis.INDEX).yDown()
            .help("Each cell is one entry of A; collinear columns look alike (up to brightness).");

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Conditioning: why not to form AᵀA")
            .topic(Topic.CONDITIONING, 1)
            .blurb("Relative error vs κ for three solvers; collinear columns and ridge.")
            .params(params().params())
            .presets(presets())
            .plots(SWEEP, SPECTRUM, MATRIX);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("matrix", "matrix", "gaussian",
                        Param.option("gaussian", "Gaussian random"),
                        Param.option("lecture", "the lecture's [x, 2x] (exactly collinear)"),
                        Param.option("collinear", "last column = previous + gap·noise"),
                        Param.option("vandermonde", "Vandermonde (powers of x)"),
                        Param.option("hilbert", "Hilbert"),
                        Param.option("designed", "designed singular values")),
                Param.integer("m", "rows m", 2, 200, 100),
                Param.integer("n", "columns n", 1, 15, 5),
                Param.logNumber("gap", "collinearity gap", 1e-14, 1, 1e-8),
                Param.logNumber("kappa", "designed κ(A)", 1, 1e16, 1e6),
                Param.flag("ridge", "add λI to AᵀA", false),
                Param.logNumber("lambda", "ridge λ", 1e-10, 1e3, 0.01),
                Param.integer("seed", "seed", 0, 99_999_999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Gaussian 100×5: κ(A) vs κ(AᵀA)", "matrix=gaussian&m=100&n=5"),
                new Preset("Lecture: [x, 2x], 100×2, + 0.01·I", "matrix=lecture&m=100&n=2&ridge=1&lambda=0.01&seed="
                        + LECTURE_SEED),
                new Preset("Lecture's [x, 2x], no ridge", "matrix=lecture&m=100&n=2&seed=" + LECTURE_SEED),
                new Preset("Nearly collinear 100×5 (gap 1e-8), + 0.01·I",
                        "matrix=collinear&m=100&n=5&gap=1e-8&ridge=1&lambda=0.01"),
                new Preset("Vandermonde of degree 11", "matrix=vandermonde&m=100&n=12"),
                new Preset("Hilbert 10×10", "matrix=hilbert&n=10"),
                new Preset("Designed κ = 1e10", "matrix=designed&kappa=1e10"));
    }

    public ConditioningLab() {
        super(DECLARATION);
    }

    /** The matrix of the current state (m ≥ n enforced by shrinking n). */
    static Matrix build(String kind, int m, int n, double gap, double kappa, long seed) {
        Rng rng = new Rng(seed);
        switch (kind) {
            case "lecture": {
                double[] x = rng.gaussianVector(m);
                double[][] a = new double[m][2];
                for (int i = 0; i < m; i++) {
                    a[i][0] = x[i];
                    a[i][1] = 2 * x[i];
                }
                return Matrix.of(a);
            }
            case "collinear": {
                double[][] a = rng.gaussianMatrix(m, n).toArray();
                if (n >= 2) {
                    double[] noise = rng.gaussianVector(m);
                    for (int i = 0; i < m; i++) {
                        a[i][n - 1] = a[i][n - 2] + gap * noise[i];
                    }
                }
                return Matrix.of(a);
            }
            case "vandermonde": {
                double[] x = new double[m];
                for (int i = 0; i < m; i++) {
                    x[i] = m == 1 ? 0.0 : (double) i / (m - 1);
                }
                return RandomMatrices.vandermonde(x, n);
            }
            case "hilbert":
                return RandomMatrices.hilbert(n);
            case "designed": {
                double[] sigma = new double[n];
                for (int i = 0; i < n; i++) {
                    // σᵢ = κ^(−i/(n−1)), exactly 1 and 1/κ at the ends
                    sigma[i] = n == 1 ? 1.0 : (i == n - 1 ? 1.0 / kappa : KMath.pow(kappa, -(double) i / (n - 1)));
                }
                return RandomMatrices.withSingularValues(rng, m, n, sigma);
            }
            default:
                return rng.gaussianMatrix(m, n);
        }
    }

    /** Relative errors of normal equations, QR and SVD for b = A·(1, …, 1). */
    static double[] errors(Matrix a) {
        double[] xs = new double[a.cols()];
        java.util.Arrays.fill(xs, 1.0);
        double[] b = a.times(xs);
        return new double[] {
            Fits.relativeError(Fits.normalEquations(a, b), xs),
            Fits.relativeError(Fits.qr(a, b), xs),
            Fits.relativeError(Fits.solve("svd", a, b), xs)};
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String kind = p.choice("matrix");
        int m = p.integer("m");
        int n = p.integer("n");
        if (kind.equals("hilbert")) {
            m = n;
        } else if (kind.equals("lecture")) {
            if (n != 2) {
                out.note("the lecture's design [x, 2x] has n = 2 columns; n = " + n + " is not used");
            }
            n = 2;
        } else if (n > m) {
            out.note("n = " + n + " is more than m = " + m + " rows; using n = " + m);
            n = m;
        }
        double gap = p.number("gap");
        double kappa = p.number("kappa");
        double lambda = p.number("lambda");
        boolean ridge = p.flag("ridge");
        long seed = p.integer("seed");

        Matrix a = build(kind, m, n, gap, kappa, seed);
        SVD svd = SVD.of(a);
        double[] s = svd.singularValues();
        double smax = s[0];
        double smin = s[s.length - 1];
        double condA = svd.cond();
        // a named, twice-used local, so no printer can re-associate (σ₀/σₙ)·(σ₀/σₙ) into ((σ₀/σₙ)·σ₀)/σₙ
        double ratio = smax / smin;
        double condGram = ratio * ratio;
        double condFormed = formedCond(a);
        double condRidge = (smax * smax + lambda) / (smin * smin + lambda);
        double[] err = errors(a);

        out.readout("condA", "κ(A)", condA);
        out.readout("condGram", "κ(AᵀA) = κ(A)²", condGram);
        out.readout("condFormed", "κ(AᵀA) as formed", condFormed);
        out.readout("digitsQr", "digits lost by QR/SVD ≈ log₁₀ κ(A)", digits(condA));
        out.readout("digitsNormal", "digits lost by normal equations ≈ 2·log₁₀ κ(A)", Math.min(2 * digits(condA), 17));
        out.readout("errorNormal", "relative error, normal equations", err[0]);
        out.readout("errorQr", "relative error, QR", err[1]);
        out.readout("errorSvd", "relative error, SVD", err[2]);
        if (ridge) {
            out.readout("condRidge", "κ(AᵀA + λI)", condRidge);
            double[] xs = new double[n];
            java.util.Arrays.fill(xs, 1.0);
            out.readout("errorRidge", "relative error, ridge (bias)",
                    Fits.relativeError(Fits.ridge(a, a.times(xs), lambda), xs));
        }

        sweep(out, p);
        out.points(SWEEP_PLOT, "this matrix: normal equations", new double[] {condA}, new double[] {err[0]});
        out.points(SWEEP_PLOT, "this matrix: QR", new double[] {condA}, new double[] {err[1]});
        out.add(Marker.vertical(SWEEP_PLOT, "κ(A) of this matrix", condA));

        out.plot(SPECTRUM);
        double[] idx = new double[s.length];
        double[] eig = new double[s.length];
        double[] shifted = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            idx[i] = i + 1;
            eig[i] = s[i] * s[i];
            shifted[i] = eig[i] + lambda;
        }
        out.points(SPECTRUM_PLOT, "σᵢ(A)", idx, s);
        out.points(SPECTRUM_PLOT, "λᵢ(AᵀA) = σᵢ²", idx, eig);
        if (ridge) {
            out.points(SPECTRUM_PLOT, "λᵢ + λ", idx, shifted);
        }
        out.plot(MATRIX);
        out.add(Heatmap.of(MATRIX_PLOT, a.toArray()));

        String ne = Double.isNaN(err[0]) ? "fail (AᵀA is not numerically positive definite)"
                : "have relative error " + NumberText.format(err[0], 2);
        out.summary("κ(A) = " + NumberText.format(condA, 3) + " and κ(AᵀA) = " + NumberText.format(condGram, 3)
                + ": the normal equations " + ne + ", QR " + NumberText.format(err[1], 2) + ", SVD "
                + NumberText.format(err[2], 2)
                + (ridge ? "; adding λ = " + NumberText.format(lambda, 3) + " gives κ(AᵀA + λI) = "
                + NumberText.format(condRidge, 3) : "") + ".");
        return out;
    }

    /**
     * κ of the formed Gram matrix AᵀA from its eigenvalues, max|λ|/min|λ|: what a learner computing
     * cond(X.T @ X) sees. Near 1e16 the small eigenvalue is rounding noise of size ε·‖AᵀA‖.
     */
    static double formedCond(Matrix a) {
        Matrix g = a.transpose().times(a);
        double[] ev = SymmetricEigen.of(g).values();
        double hi = 0;
        double lo = Double.POSITIVE_INFINITY;
        for (double v : ev) {
            hi = Math.max(hi, Math.abs(v));
            lo = Math.min(lo, Math.abs(v));
        }
        return lo == 0 ? Double.POSITIVE_INFINITY : hi / lo;
    }

    private static double digits(double cond) {
        return Double.isInfinite(cond) ? 16 : KMath.log10(cond);
    }

    /**
     * The sweep's rows depend only on the family, the shape and the seed (it varies the gap or κ
     * itself), so a move of the gap, κ, λ or "ridge" reuses them: the designed-κ sweep is 33 matrices
     * with three solves and an SVD each, the bulk of this lab's cost; each row is one unit of work.
     */
    private final StagedWork work = new StagedWork();
    private final List<double[]> sweepRows = new ArrayList<>();
    private String sweepWhat = "";

    private static String key(ParamSet p) {
        return p.choice("matrix") + "|" + p.integer("m") + "|" + p.integer("n") + "|" + p.integer("seed");
    }

    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(key(p), units -> plan(p, units), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    /** One unit per row of the sweep of p's family, shape and seed. */
    private void plan(ParamSet p, List<Runnable> units) {
        String kind = p.choice("matrix");
        int m = p.integer("m");
        int n = p.integer("n");
        if (kind.equals("hilbert")) {
            m = n;
        } else if (kind.equals("lecture")) {
            n = 2;
        } else if (n > m) {
            n = m;
        }
        int rows = m;
        int cols = n;
        long seed = p.integer("seed");
        units.add(sweepRows::clear);
        switch (kind) {
            case "lecture":
            case "collinear":
                sweepWhat = "collinearity gap from 1 to 1e-14";
                for (int e = 0; e <= 28; e++) {
                    double g = KMath.pow(10, -0.5 * e);
                    units.add(() -> sweepRows.add(row(build("collinear", rows, cols, g, 1, seed))));
                }
                break;
            case "vandermonde":
                sweepWhat = "Vandermonde with n = 1 … " + Math.min(rows, 20) + " columns";
                for (int k = 1; k <= Math.min(rows, 20); k++) {
                    int c = k;
                    units.add(() -> sweepRows.add(row(build("vandermonde", rows, c, 0, 1, seed))));
                }
                break;
            case "hilbert":
                sweepWhat = "Hilbert n = 1 … 14";
                for (int k = 1; k <= 14; k++) {
                    int c = k;
                    units.add(() -> sweepRows.add(row(build("hilbert", c, c, 0, 1, seed))));
                }
                break;
            default:
                sweepWhat = "designed κ from 1 to 1e16";
                int c = Math.max(cols, 2) > rows ? cols : Math.max(cols, 2);
                for (int e = 0; e <= 32; e++) {
                    double k = KMath.pow(10, 0.5 * e);
                    units.add(() -> sweepRows.add(row(build("designed", rows, c, 0, k, seed))));
                }
        }
    }

    private void sweep(LabOutput out, ParamSet p) {
        work.finish(key(p), units -> plan(p, units));
        plotSweep(out, sweepWhat, sweepRows);
        explainCliffs(out, sweepRows);
    }

    /**
     * Past κ = 1/(ε·max(m, n)) QR and SVD count σ_min as zero (numpy's default rcond) and return the
     * minimum-norm solution: the sweep's cliff there is a rank decision, marked so it is not read as a glitch.
     */
    private static void explainCliffs(LabOutput out, List<double[]> rows) {
        double widest = 0;
        for (double[] r : rows) {
            widest = Math.max(widest, r[0]);
        }
        if (!rows.isEmpty() && widest >= rows.get(rows.size() - 1)[4]) {
            out.add(Marker.vertical(SWEEP_PLOT, RANK_CUTOFF, rows.get(rows.size() - 1)[4]));
        }
    }

    private static final double REFERENCE_CAP = 10;

    private static void plotSweep(LabOutput out, String what, List<double[]> rows) {
        out.plot(SWEEP.titled("Relative error of x vs κ(A) (" + what + ")"));
        double[] kap = new double[rows.size()];
        double[][] e = new double[3][rows.size()];
        double[] lin = new double[rows.size()];
        double[] sq = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            kap[i] = r[0];
            for (int j = 0; j < 3; j++) {
                e[j][i] = r[j + 1];
            }
            lin[i] = capped(r[0] * Tolerance.EPS);
            sq[i] = capped((r[0] * r[0]) * Tolerance.EPS);
        }
        out.line(SWEEP_PLOT, "normal equations", kap, e[0]);
        out.line(SWEEP_PLOT, "QR", kap, e[1]);
        out.line(SWEEP_PLOT, "SVD", kap, e[2]);
        out.line(SWEEP_PLOT, "κ·ε", kap, lin);
        out.line(SWEEP_PLOT, "κ²·ε", kap, sq);
    }

    /**
     * A relative error above 1 means no correct digit, and the κ²·ε line would otherwise climb to
     * 1e16 and push the y axis (at most 20 decades) above the errors near ε that the plot is about.
     */
    private static double capped(double relativeError) {
        return relativeError <= REFERENCE_CAP ? relativeError : Double.NaN;
    }

    private static double[] row(Matrix a) {
        double[] e = errors(a);
        double cut = 1 / (Tolerance.EPS * Math.max(a.rows(), a.cols()));
        return new double[] {SVD.of(a).cond(), e[0], e[1], e[2], cut};
    }
}
