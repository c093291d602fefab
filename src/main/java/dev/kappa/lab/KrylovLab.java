package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;
import dev.kappa.optim.ConjugateGradient;
import dev.kappa.optim.ConjugateGradientNormalEquations;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.HeavyBall;
import dev.kappa.optim.LeastSquaresObjective;
import dev.kappa.optim.MomentumAnalysis;
import dev.kappa.optim.Optimizer;
import dev.kappa.optim.Quadratic;
import java.util.ArrayList;
import java.util.List;

/**
 * Conjugate gradient against gradient descent and heavy ball on Ax = b with A symmetric positive
 * definite, i.e. on f(x) = ½xᵀAx − bᵀx (optim's ½xᵀAx + cᵀx with c = −b), minimizer x* = A⁻¹b.
 *
 * <p>Problems: a 2×2 A the learner types (with a draggable start; b = A·(1, 1), so x* = (1, 1)); n×n
 * A = QΛQᵀ (Q Haar-random from the seed) with eigenvalues spread geometrically over [1/κ, 1] or in
 * m clusters (m distinct values, so CG ends in m steps); a badly scaled A = D·M·D with M = QΛQᵀ of
 * condition κ and D = diag(s^(i/(n−1))); and least squares min ‖Xw − t‖ (X 2n×n with singular
 * values √λᵢ, so κ(XᵀX) = κ), where A = XᵀX and CGLS runs beside CG on the formed normal
 * equations. For the n×n problems b = A·x* with x* seeded Gaussian, and every run starts at 0.
 *
 * <p>GD runs at its best step 2/(λ₁ + λₙ), with rate (κ − 1)/(κ + 1); heavy ball at
 * {@link MomentumAnalysis}'s α*, β*, rate (√κ − 1)/(√κ + 1); CG is optim's {@link ConjugateGradient},
 * with the A-norm bound ‖eₖ‖_A ≤ 2((√κ − 1)/(√κ + 1))ᵏ‖e₀‖_A. Jacobi preconditioning is CG on
 * D^(−1/2)AD^(−1/2) y = D^(−1/2)b, x = D^(−1/2)y with D = diag(A): the same iterates as
 * preconditioned CG with M = diag(A), and its bound uses κ of the scaled matrix.
 *
 * <p>Cost: one symmetric eigendecomposition of A (and of the scaled matrix) of order n ≤ {@value #MAX_DIM}
 * and at most 3·steps dense products plus one per iterate for the errors: a few ms.
 */
public final class KrylovLab extends DeclaredLabModel {
    public static final String ID = "krylov";
    static final String PATH_PLOT = "paths";
    static final String EIGEN_PLOT = "eigenplane";
    static final String ERROR_PLOT = "error";
    static final String SPECTRUM_PLOT = "spectrum";
    static final int MAX_DIM = 60;
    static final double KAPPA_MAX = 1e6;
    /** The relative error the iteration counts are read at. */
    static final double TARGET = 1e-6;

    static final String GD = "GD, best step 2/(λ₁ + λₙ)";
    static final String HB = "heavy ball, tuned α*, β*";
    static final String CG = "CG";
    static final String PCG = "CG with Jacobi preconditioning";
    static final String CGLS = "CGLS (never forms XᵀX)";
    static final String GD_BOUND = "GD bound ((κ − 1)/(κ + 1))ᵏ";
    static final String CG_BOUND = "CG bound 2((√κ − 1)/(√κ + 1))ᵏ";
    static final String PCG_BOUND = "Jacobi CG bound (κ after scaling)";
    static final String EIGENVALUES = "eigenvalues of A";
    static final String SCALED_EIGENVALUES = "eigenvalues of D^(−1/2)AD^(−1/2)";
    static final String START = "start";
    static final String SOLUTION = "solution x*";

    private static PlotSpec paths(String id, String title, String x, String y) {
        return PlotSpec.of(id, title).x(x, Axis.LINEAR).y(y, Axis.LINEAR)
                .series(GD, Look.of(1).shape(Look.Shape.CIRCLE))
                .series(HB, Look.of(2).shape(Look.Shape.SQUARE))
                .series(CG, Look.of(3).shape(Look.Shape.DIAMOND))
                .series(PCG, Look.of(5).shape(Look.Shape.TRIANGLE))
                .series(CGLS, Look.of(6).dashed().shape(Look.Shape.CROSS))
                .series(START, Look.of(Look.INK).shape(Look.Shape.CIRCLE))
                .series(SOLUTION, Look.of(Look.MUTED).shape(Look.Shape.DIAMOND));
    }

    static final PlotSpec PATHS = paths(PATH_PLOT, "Iterates on the contours of f", "x₁", "x₂").equalAspect()
            .handle(START, "Drag the start, or click to start there: every method restarts from it. With the plot "
                    + "focused (Tab), the arrow keys move it (shift: further).",
                    (values, x, y) -> values.set("x0", x).set("y0", y));
    static final PlotSpec EIGENPLANE = paths(EIGEN_PLOT, "Iterates in the plane of the extreme eigenvectors",
            "error along q₁ (largest λ)", "error along qₙ (smallest λ)");
    static final PlotSpec ERROR = PlotSpec.of(ERROR_PLOT, "Relative error ‖xₖ − x*‖_A / ‖x₀ − x*‖_A")
            .x("iteration k", Axis.INDEX).y("relative error", Axis.LOG)
            .floor(1e-16, "10⁻¹⁶").clipAboveStart(1e6)
            .series(GD, Look.of(1))
            .series(HB, Look.of(2))
            .series(CG, Look.of(3))
            .series(PCG, Look.of(5))
            .series(CGLS, Look.of(6).dashed())
            .series(GD_BOUND, Look.of(1).dotted())
            .series(CG_BOUND, Look.of(3).dashed())
            .series(PCG_BOUND, Look.of(5).dashDot());
    static final PlotSpec SPECTRUM = PlotSpec.of(SPECTRUM_PLOT, "Spectrum: where CG's polynomial has to be small")
            .x("index i", Axis.INDEX).y("eigenvalue λᵢ", Axis.LOG)
            .series(EIGENVALUES, Look.of(3).shape(Look.Shape.CIRCLE))
            .series(SCALED_EIGENVALUES, Look.of(5).shape(Look.Shape.TRIANGLE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Krylov methods: conjugate gradient and preconditioning")
            .topic(Topic.LINEAR_ALGEBRA, 4)
            .blurb("CG against GD and heavy ball: 2 steps in 2-D, √κ, one step per distinct eigenvalue, Jacobi scaling.")
            .params(params().params())
            .presets(presets())
            .plots(PATHS, EIGENPLANE, ERROR, SPECTRUM);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("problem", "problem", "plane",
                        Param.option("plane", "2-D: you choose A"),
                        Param.option("spread", "n eigenvalues spread over [1/κ, 1]"),
                        Param.option("clustered", "n eigenvalues in m clusters"),
                        Param.option("scaled", "badly scaled: D·M·D"),
                        Param.option("lsq", "least squares: XᵀXw = Xᵀt")),
                Param.number("a11", "2-D: A₁₁", -4, 4, 0.01, 1),
                Param.number("a12", "2-D: A₁₂ = A₂₁", -4, 4, 0.01, 0.6),
                Param.number("a22", "2-D: A₂₂", -4, 4, 0.01, 0.5),
                Param.number("x0", "2-D: start x₁", -4, 4, 0.01, -1.5),
                Param.number("y0", "2-D: start x₂", -4, 4, 0.01, 2),
                Param.logNumber("kappa", "condition number κ (n-D)", 1, KAPPA_MAX, 100),
                Param.integer("dim", "unknowns n", 2, MAX_DIM, 30),
                Param.integer("clusters", "distinct eigenvalues m (clustered)", 1, 10, 3),
                Param.logNumber("scale", "scaling s: D = diag(s^(i/(n−1)))", 1, 1e4, 100),
                Param.choice("rhs", "right-hand side b", "solution",
                        Param.option("solution", "b = A·x* (x* seeded; (1, 1) in 2-D)"),
                        Param.option("zero", "b = 0")),
                Param.flag("precond", "Jacobi preconditioning: CG on D^(−1/2)AD^(−1/2)", false),
                Param.integer("steps", "iterations", 1, 500, 100),
                Param.choice("measure", "error measure", "anorm",
                        Param.option("anorm", "A-norm ‖x − x*‖_A (what the bounds bound)"),
                        Param.option("two", "2-norm ‖x − x*‖")),
                Param.integer("seed", "seed", 1, 1000, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("2-D: CG finishes in 2 steps, GD zigzags", "problem=plane&steps=40"),
                new Preset("n = 50, κ = 100: CG and heavy ball at √κ, GD at κ",
                        "problem=spread&dim=50&kappa=100&steps=300"),
                new Preset("3 distinct eigenvalues: CG is exact after 3 steps",
                        "problem=clustered&dim=50&clusters=3&kappa=1000&steps=40"),
                new Preset("Badly scaled: Jacobi preconditioning", "problem=scaled&dim=30&kappa=10&scale=100&precond=1&steps=300"),
                new Preset("Least squares: CGLS and CG on the normal equations", "problem=lsq&dim=20&kappa=10000&steps=300"),
                new Preset("Not positive definite: CG stops, GD diverges", "problem=plane&a11=1&a12=1&a22=0.5&steps=40"),
                new Preset("κ = 10⁶ at n = 60: rounding makes CG take more than n steps",
                        "problem=spread&dim=60&kappa=1000000&steps=500"));
    }

    public KrylovLab() {
        super(DECLARATION);
    }

    /** λᵢ = κ^(−i/(n−1)), i = 0…n−1: geometric from 1 down to 1/κ (KMath.pow, so every engine agrees). */
    static double[] spread(double kappa, int n) {
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = i == 0 ? 1 : i == n - 1 ? 1 / kappa : KMath.pow(kappa, -(double) i / (n - 1));
        }
        return l;
    }

    /** m values geometric over [1/κ, 1]; eigenvalue i takes value ⌊i·m/n⌋, so each occurs about n/m times. */
    static double[] clustered(double kappa, int n, int m) {
        double[] centre = spread(kappa, Math.max(m, 1));
        if (m == 1) {
            centre[0] = 1;
        }
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = centre[Math.min(m - 1, i * m / n)];
        }
        return l;
    }

    /** Q·diag(λ)·Qᵀ, exactly symmetric (the upper triangle computed, the lower copied). */
    static Matrix fromEigen(Matrix q, double[] lambda) {
        int n = lambda.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q.get(i, k) * lambda[k] * q.get(j, k);
                }
                a[i * n + j] = s;
                a[j * n + i] = s;
            }
        }
        return Matrix.ofRowMajor(n, n, a);
    }

    /** D·M·D for D = diag(d). */
    static Matrix scaled(Matrix m, double[] d) {
        int n = d.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = d[i] * m.get(i, j) * d[j];
            }
        }
        return Matrix.ofRowMajor(n, n, a);
    }

    /** XᵀX, exactly symmetric. */
    static Matrix gram(Matrix x) {
        int n = x.cols();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int k = 0; k < x.rows(); k++) {
                    s += x.get(k, i) * x.get(k, j);
                }
                a[i * n + j] = s;
                a[j * n + i] = s;
            }
        }
        return Matrix.ofRowMajor(n, n, a);
    }

    /** One problem: A, b, the solution x*, the start, and for least squares X and t. */
    static final class Problem {
        final Matrix a;
        final double[] b;
        final double[] solution;
        final double[] start;
        final Matrix x;
        final double[] t;

        Problem(Matrix a, double[] b, double[] solution, double[] start, Matrix x, double[] t) {
            this.a = a;
            this.b = b;
            this.solution = solution;
            this.start = start;
            this.x = x;
            this.t = t;
        }
    }

    /** The problem a state describes (seeded: Q first, then x*, then for least squares the noise). */
    static Problem problem(ParamSet p) {
        String kind = p.choice("problem");
        boolean zero = p.choice("rhs").equals("zero");
        if (kind.equals("plane")) {
            Matrix a = Matrix.of(new double[][] {{p.number("a11"), p.number("a12")}, {p.number("a12"), p.number("a22")}});
            double[] xs = zero ? new double[2] : new double[] {1, 1};
            return new Problem(a, a.times(xs), xs, new double[] {p.number("x0"), p.number("y0")}, null, null);
        }
        int n = p.integer("dim");
        double kappa = p.number("kappa");
        Rng rng = new Rng(p.integer("seed"));
        if (kind.equals("lsq")) {
            double[] sigma = spread(kappa, n);
            for (int i = 0; i < n; i++) {
                sigma[i] = Math.sqrt(sigma[i]);
            }
            Matrix x = RandomMatrices.withSingularValues(rng, 2 * n, n, sigma);
            double[] w = rng.gaussianVector(n);
            double[] t = x.times(w);
            double[] noise = rng.gaussianVector(2 * n);
            for (int i = 0; i < t.length; i++) {
                t[i] = zero ? 0 : t[i] + 0.1 * noise[i];
            }
            Matrix a = gram(x);
            double[] b = x.transposeTimes(t);
            double[] xs = zero ? new double[n] : Fits.qr(x, t);
            return new Problem(a, b, xs, new double[n], x, t);
        }
        Matrix q = RandomMatrices.haarOrthogonal(rng, n);
        double[] lambda = kind.equals("clustered") ? clustered(kappa, n, p.integer("clusters")) : spread(kappa, n);
        Matrix a = fromEigen(q, lambda);
        if (kind.equals("scaled")) {
            double s = p.number("scale");
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = KMath.pow(s, (double) i / (n - 1));
            }
            a = scaled(a, d);
        }
        double[] xs = rng.gaussianVector(n);
        if (zero) {
            xs = new double[n];
        }
        return new Problem(a, a.times(xs), xs, new double[n], null, null);
    }

    /** ‖e‖_A = √(eᵀAe) (measure "anorm") or ‖e‖ of e = x − x*, for each iterate. */
    static double[] errors(double[][] xs, Matrix a, double[] solution, boolean aNorm) {
        double[] out = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            double[] e = new double[solution.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = xs[k][i] - solution[i];
            }
            out[k] = aNorm ? Math.sqrt(Math.abs(ProjectionLab.dot(e, a.times(e)))) : Fits.norm(e);
        }
        return out;
    }

    /** e/e₀ (0 throughout when e₀ = 0: the start already solves the system). */
    static double[] relative(double[] e) {
        double[] r = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            r[k] = e[0] > 0 ? e[k] / e[0] : 0;
        }
        return r;
    }

    /** 2ρᵏ, k = 0…steps, by running products (no pow: the same bits on every engine). */
    static double[] cgBound(double rho, int steps) {
        double[] y = MomentumLab.powers(rho, 1, steps);
        for (int k = 0; k < y.length; k++) {
            y[k] = Math.min(1, 2 * y[k]);
        }
        return y;
    }

    /** The smallest k with ρᵏ ≤ TARGET. */
    static double gdBoundSteps(double rho) {
        if (rho <= 0) {
            return 0;
        }
        return rho < 1 ? Math.ceil(KMath.log(1 / TARGET) / -KMath.log(rho)) : Double.NaN;
    }

    /** The number of distinct values among sorted λ, two counting as one when they differ by ≤ tol·max|λ|. */
    static int distinct(double[] sorted, double tol) {
        if (sorted.length == 0) {
            return 0;
        }
        double scale = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
        int count = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] > tol * scale) {
                count++;
            }
        }
        return count;
    }

    /** 1/√Aᵢᵢ, or null when a diagonal entry is not positive (Jacobi scaling undefined). */
    static double[] jacobi(Matrix a) {
        int n = a.rows();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(a.get(i, i) > 0)) {
                return null;
            }
            d[i] = 1 / Math.sqrt(a.get(i, i));
        }
        return d;
    }

    /** Iterates yₖ of CG on the scaled system mapped back: xₖ = d∘yₖ. */
    static double[][] unscale(double[][] ys, double[] d) {
        double[][] xs = new double[ys.length][];
        for (int k = 0; k < ys.length; k++) {
            xs[k] = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                xs[k][i] = d[i] * ys[k][i];
            }
        }
        return xs;
    }

    /** Preconditioned CG with M = diag(A): plain CG on D^(−1/2)AD^(−1/2) from D^(1/2)x₀, iterates mapped back. */
    static ConjugateGradient jacobiCg(Problem pr, double[] d) {
        int n = d.length;
        double[] c = new double[n];
        double[] y0 = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = -d[i] * pr.b[i];
            y0[i] = pr.start[i] / d[i];
        }
        return new ConjugateGradient(Quadratic.of(scaled(pr.a, d), c, 0), y0);
    }

    /** CG on Ax = b from the problem's start (optim's quadratic ½xᵀAx + cᵀx with c = −b). */
    static ConjugateGradient cg(Problem pr) {
        return new ConjugateGradient(quadratic(pr), pr.start);
    }

    static Quadratic quadratic(Problem pr) {
        double[] c = new double[pr.b.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = -pr.b[i];
        }
        return Quadratic.of(pr.a, c, 0);
    }

    /** One method's run: its iterates and relative errors, and why it stopped early ("" if it did not). */
    static final class Run {
        final String name;
        final double[][] xs;
        final double[] error;
        final String stopped;

        Run(String name, double[][] xs, double[] error, String stopped) {
            this.name = name;
            this.xs = xs;
            this.error = error;
            this.stopped = stopped;
        }

        int hit() {
            return MomentumLab.firstBelow(error, TARGET);
        }

        double hitOrNaN() {
            int k = hit();
            return k < 0 ? Double.NaN : k;
        }
    }

    static Run runOf(String name, Optimizer opt, int steps, Problem pr, boolean aNorm, double[] scale) {
        String why = MomentumLab.run(opt, steps, Fits.norm(opt.current()));
        double[][] ys = opt.trajectory().points();
        double[][] xs = scale == null ? ys : unscale(ys, scale);
        return new Run(name, xs, relative(errors(xs, pr.a, pr.solution, aNorm)), why);
    }

    /** The problem, its spectra and the runs of one state, a method per unit (spread over frames by {@link #prepare}). */
    private final StagedWork work = new StagedWork();
    private Problem pr;
    private SymmetricEigen eig;
    private double[] jac;
    private double[] scaledLambda;
    private boolean spd;
    /** GD, heavy ball, CG, Jacobi CG, CGLS; null where a method does not apply. */
    private final Run[] slots = new Run[5];

    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(p.toQuery(), units -> plan(p, units), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    /** The A-norm is a norm only for positive definite A: otherwise the 2-norm is measured (with a note). */
    private boolean aNorm(ParamSet p) {
        return spd && p.choice("measure").equals("anorm");
    }

    private void plan(ParamSet p, List<Runnable> units) {
        int steps = p.integer("steps");
        units.add(() -> {
            pr = problem(p);
            eig = SymmetricEigen.of(pr.a);
            double[] l = eig.values();
            int n = l.length;
            spd = l[0] > n * Tolerance.EPS * Math.abs(l[n - 1]) && l[n - 1] > 0;
            jac = jacobi(pr.a);
            scaledLambda = jac == null ? null : SymmetricEigen.eigenvaluesOf(scaled(pr.a, jac));
            java.util.Arrays.fill(slots, null);
        });
        units.add(() -> {
            double[] l = eig.values();
            double top = l[l.length - 1];
            double bottom = l[0];
            double step = spd ? 2 / (top + bottom) : 1 / Math.max(Math.max(Math.abs(top), Math.abs(bottom)), 1e-300);
            slots[0] = runOf(GD, new GradientDescent(quadratic(pr), pr.start, step), steps, pr, aNorm(p), null);
        });
        units.add(() -> {
            if (spd) {
                double[] l = eig.values();
                MomentumAnalysis tuned = MomentumAnalysis.of(l[0], l[l.length - 1]);
                slots[1] = runOf(HB, new HeavyBall(quadratic(pr), pr.start, tuned.optimalStep(), tuned.optimalMomentum()),
                        steps, pr, aNorm(p), null);
            }
        });
        units.add(() -> slots[2] = runOf(CG, cg(pr), steps, pr, aNorm(p), null));
        units.add(() -> {
            if (p.flag("precond") && jac != null) {
                slots[3] = runOf(PCG, jacobiCg(pr, jac), steps, pr, aNorm(p), jac);
            }
        });
        units.add(() -> {
            if (pr.x != null) {
                slots[4] = runOf(CGLS, new ConjugateGradientNormalEquations(new LeastSquaresObjective(pr.x, pr.t),
                        pr.start), steps, pr, aNorm(p), null);
            }
        });
    }

    @Override
    public LabOutput compute(ParamSet p) {
        work.finish(p.toQuery(), units -> plan(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String kind = p.choice("problem");
        boolean plane = kind.equals("plane");
        int steps = p.integer("steps");
        boolean aNorm = aNorm(p);
        int n = pr.b.length;
        double[] lambda = eig.values();
        double lmax = lambda[n - 1];
        double lmin = lambda[0];
        double kappa = spd ? lmax / lmin : Double.POSITIVE_INFINITY;
        double[] d = jac;
        double kappaAfter = spd && scaledLambda != null ? scaledLambda[n - 1] / scaledLambda[0] : Double.NaN;
        double[] residual0 = pr.a.times(pr.start);
        boolean trivial = true;
        for (int i = 0; i < n; i++) {
            trivial &= pr.b[i] - residual0[i] == 0;
        }
        boolean precond = p.flag("precond");
        List<Run> runs = new ArrayList<>();
        for (Run r : slots) {
            if (r != null) {
                runs.add(r);
            }
        }
        Run cg = slots[2];
        Run pcg = slots[3];
        Run cgls = slots[4];
        boolean tuned = slots[1] != null;

        // the paths: x itself in 2-D, else the error's components along q₁ and qₙ
        Matrix q = eig.vectors();
        PlotSpec pathSpec = plane ? PATHS : EIGENPLANE;
        double cx = plane ? pr.solution[0] : 0;
        double cy = plane ? pr.solution[1] : 0;
        double sx = plane ? pr.start[0] : along(q, n - 1, pr.start, pr.solution);
        double sy = plane ? pr.start[1] : along(q, 0, pr.start, pr.solution);
        double reach = 1.15 * Math.max(Math.max(Math.abs(sx - cx), Math.abs(sy - cy)), 0.5);
        double[][][] pathsXY = new double[runs.size()][][];
        double far = reach;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            double[] px = new double[run.xs.length];
            double[] py = new double[run.xs.length];
            for (int k = 0; k < px.length; k++) {
                px[k] = plane ? run.xs[k][0] : along(q, n - 1, run.xs[k], pr.solution);
                py[k] = plane ? run.xs[k][1] : along(q, 0, run.xs[k], pr.solution);
                // in 2-D the view grows to hold the paths (up to 3×); in the eigen-plane it stays on the start's
                // box, since tuned heavy ball's stiff component swings far out there before it decays
                if (plane) {
                    far = Math.max(far, Math.min(3 * reach, 1.15 * Math.max(Math.abs(px[k] - cx), Math.abs(py[k] - cy))));
                }
            }
            pathsXY[r] = new double[][] {px, py};
        }
        out.plot(pathSpec.range(cx - far, cx + far, cy - far, cy + far));
        out.plot(aNorm ? ERROR : ERROR.titled("Relative error ‖xₖ − x*‖ / ‖x₀ − x*‖"));
        out.plot(spd ? SPECTRUM : SPECTRUM.y("eigenvalue λᵢ", Axis.SYMLOG));
        out.steps(steps);

        out.add(contours(pathSpec.id(), plane, pr, lambda, cx, cy, far, sx, sy));
        for (int r = 0; r < runs.size(); r++) {
            out.add(new Series(pathSpec.id(), runs.get(r).name, Series.Style.LINE, pathsXY[r][0], pathsXY[r][1])
                    .animated());
        }
        out.add(Marker.point(pathSpec.id(), START, sx, sy));
        out.add(Marker.point(pathSpec.id(), SOLUTION, cx, cy));

        for (Run run : runs) {
            out.add(new Series(ERROR_PLOT, run.name, Series.Style.LINE, Paths.indices(run.error.length), run.error)
                    .animated());
        }
        double gdRate = spd ? (kappa - 1) / (kappa + 1) : Double.NaN;
        double rho = spd ? ConjugateGradient.boundRate(kappa) : Double.NaN;
        if (spd && !trivial) {
            double[] g = MomentumLab.powers(gdRate, 1, steps);
            out.add(new Series(ERROR_PLOT, GD_BOUND, Series.Style.LINE, Paths.indices(g.length), g));
            double[] c = cgBound(rho, steps);
            out.add(new Series(ERROR_PLOT, CG_BOUND, Series.Style.LINE, Paths.indices(c.length), c));
            if (pcg != null) {
                double[] pc = cgBound(ConjugateGradient.boundRate(kappaAfter), steps);
                out.add(new Series(ERROR_PLOT, PCG_BOUND, Series.Style.LINE, Paths.indices(pc.length), pc));
            }
        }

        double[] index = new double[n];
        double[] down = new double[n];
        for (int i = 0; i < n; i++) {
            index[i] = i + 1;
            down[i] = lambda[n - 1 - i];
        }
        out.points(SPECTRUM_PLOT, EIGENVALUES, index, down);
        if (precond && scaledLambda != null) {
            double[] sd = new double[n];
            for (int i = 0; i < n; i++) {
                sd[i] = scaledLambda[n - 1 - i];
            }
            out.points(SPECTRUM_PLOT, SCALED_EIGENVALUES, index, sd);
        }

        int distinct = distinct(lambda, 1e-8);
        int cgStop = cg.stopped.isEmpty() && cg.xs.length - 1 < steps ? cg.xs.length - 1 : -1;
        out.readout("kappa", "κ(A) = λ₁/λₙ", kappa);
        out.readout("lambdaMax", "largest eigenvalue λ₁", lmax);
        out.readout("lambdaMin", "smallest eigenvalue λₙ", lmin);
        out.readout("distinct", "distinct eigenvalues (to 10⁻⁸·λ₁)", distinct);
        out.readout("gdIterations", "GD: steps to 10⁻⁶", runs.get(0).hitOrNaN());
        out.readout("gdBound", "GD bound: steps to 10⁻⁶", spd ? gdBoundSteps(gdRate) : Double.NaN);
        out.readout("hbIterations", "heavy ball: steps to 10⁻⁶", tuned ? slots[1].hitOrNaN() : Double.NaN);
        out.readout("cgIterations", "CG: steps to 10⁻⁶", cg.hitOrNaN());
        out.readout("cgBound", "CG bound: steps to 10⁻⁶", spd ? ConjugateGradient.boundSteps(kappa, TARGET) : Double.NaN);
        out.readout("cgFinish", "CG: steps until its residual is at rounding level", cgStop < 0 ? Double.NaN : cgStop);
        out.readout("kappaJacobi", "κ after Jacobi scaling D^(−1/2)AD^(−1/2)", kappaAfter);
        if (pcg != null) {
            out.readout("pcgIterations", "Jacobi CG: steps to 10⁻⁶", pcg.hitOrNaN());
        }
        if (cgls != null) {
            out.readout("cglsIterations", "CGLS: steps to 10⁻⁶", cgls.hitOrNaN());
        }

        notes(out, p, spd, trivial, lambda, kappa, d, precond, runs);
        out.stepRule(steps, k -> rule(runs, k, aNorm));
        out.summary(summary(kind, n, spd, kappa, distinct, runs, cg, pcg, kappaAfter, trivial));
        return out;
    }

    /** q_jᵀ(x − x*), the error's component along eigenvector j. */
    static double along(Matrix q, int j, double[] x, double[] solution) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += q.get(i, j) * (x[i] - solution[i]);
        }
        return s;
    }

    /**
     * Contours of f − f* = ½(x − x*)ᵀA(x − x*) (2-D) or ½(λ₁u² + λₙv²) in the eigen-plane, on a 41×41 grid;
     * levels (f at the start)·(k/10)², k = 1…12, and their negatives when A is indefinite.
     */
    static FieldGrid contours(String plot, boolean plane, Problem pr, double[] lambda, double cx, double cy, double r,
            double sx, double sy) {
        int n = lambda.length;
        double a11 = plane ? pr.a.get(0, 0) : lambda[n - 1];
        double a12 = plane ? pr.a.get(0, 1) : 0;
        double a22 = plane ? pr.a.get(1, 1) : lambda[0];
        int g = 41;
        double[] v = new double[g * g];
        for (int j = 0; j < g; j++) {
            double y = -r + 2 * r * j / (g - 1);
            for (int i = 0; i < g; i++) {
                double x = -r + 2 * r * i / (g - 1);
                v[j * g + i] = 0.5 * (a11 * x * x + 2 * a12 * x * y + a22 * y * y);
            }
        }
        double ex = sx - cx;
        double ey = sy - cy;
        double f0 = Math.abs(0.5 * (a11 * ex * ex + 2 * a12 * ex * ey + a22 * ey * ey));
        if (!(f0 > 0)) {
            f0 = 0.5 * Math.max(Math.abs(a11), Math.max(Math.abs(a22), 1e-300)) * r * r / 4;
        }
        boolean both = lambda[0] < 0;
        double[] levels = new double[both ? 24 : 12];
        for (int k = 0; k < 12; k++) {
            double s = (k + 1.0) / 10;
            levels[k] = f0 * s * s;
            if (both) {
                levels[12 + k] = -f0 * s * s;
            }
        }
        java.util.Arrays.sort(levels);
        return new FieldGrid(plot, cx - r, cx + r, cy - r, cy + r, g, g, v, levels);
    }

    static void notes(LabOutput out, ParamSet p, boolean spd, boolean trivial, double[] lambda, double kappa,
            double[] d, boolean precond, List<Run> runs) {
        int n = lambda.length;
        if (!spd) {
            out.note("A is not positive definite (eigenvalues " + NumberText.format(lambda[0], 4) + " and "
                    + NumberText.format(lambda[n - 1], 4) + "): f(x) = ½xᵀAx − bᵀx has no minimum, and x* only "
                    + "solves Ax = b. No κ, no bounds and no tuned heavy ball; GD runs at step 1/max|λ| and leaves "
                    + "along the eigenvector of the negative (or zero) eigenvalue; CG stops at a direction with pᵀAp ≤ 0 "
                    + "or still solves the 2×2 system, by luck of the start. Errors are measured in the 2-norm: "
                    + "√(eᵀAe) is no norm here.");
        }
        if (trivial) {
            out.note("The start already solves Ax = b (b − Ax₀ = 0, as with b = 0 and x₀ = 0): nothing to iterate, and "
                    + "the relative error 0/0 is drawn as 0. Choose b = A·x* or, in 2-D, drag the start.");
        }
        if (spd && kappa * Tolerance.EPS > 1e-11) {
            out.note("κ = " + NumberText.format(kappa, 3) + ": rounding limits every method to a relative error of about "
                    + "κ·ε = " + NumberText.format(kappa * Tolerance.EPS, 2) + ", and CG's directions lose their "
                    + "A-conjugacy, so it needs more than its n = " + n + " steps of exact arithmetic; GD's bound asks "
                    + "for " + NumberText.format(gdBoundSteps((kappa - 1) / (kappa + 1)), 3) + " steps.");
        }
        if (precond && d == null) {
            out.note("Jacobi scaling needs a positive diagonal (Aᵢᵢ > 0): it is skipped.");
        }
        for (Run run : runs) {
            if (!run.stopped.isEmpty()) {
                out.note(run.name + " " + run.stopped);
            }
        }
    }

    /** The relative errors of every method at step k (what Play shows as it advances). */
    static String rule(List<Run> runs, int k, boolean aNorm) {
        StringBuilder sb = new StringBuilder("step k = " + k + ", relative error " + (aNorm ? "in the A-norm" : "‖xₖ − x*‖")
                + ":");
        for (Run run : runs) {
            int at = Math.min(k, run.error.length - 1);
            sb.append('\n').append(run.name).append(": ").append(NumberText.format(run.error[at], 3));
            if (at < k) {
                sb.append(" (stopped at step ").append(at).append(')');
            }
        }
        return sb.toString();
    }

    static String summary(String kind, int n, boolean spd, double kappa, int distinct, List<Run> runs, Run cg, Run pcg,
            double kappaAfter, boolean trivial) {
        StringBuilder sb = new StringBuilder("Ax = b with " + n + " unknowns");
        if (trivial) {
            return sb.append(": the start already solves it; nothing to iterate.").toString();
        }
        if (!spd) {
            return sb.append(", A not positive definite: GD ").append(reach(runs.get(0))).append(", CG ")
                    .append(reach(cg)).append('.').toString();
        }
        sb.append(", κ = ").append(NumberText.format(kappa, 4)).append(", distinct eigenvalues: ").append(distinct)
                .append(". Relative error 10⁻⁶: ");
        for (int r = 0; r < runs.size(); r++) {
            sb.append(r == 0 ? "" : "; ").append(runs.get(r).name).append(' ').append(reach(runs.get(r)));
        }
        sb.append(". Bounds: CG ").append(NumberText.format(ConjugateGradient.boundSteps(kappa, TARGET), 4)).append(" steps, GD ")
                .append(NumberText.format(gdBoundSteps((kappa - 1) / (kappa + 1)), 4)).append(" steps");
        if (pcg != null && !Double.isNaN(kappaAfter)) {
            sb.append("; Jacobi scaling takes κ to ").append(NumberText.format(kappaAfter, 4));
        }
        if ("plane".equals(kind)) {
            sb.append("; in 2-D CG needs at most 2 steps");
        }
        return sb.append('.').toString();
    }

    static String reach(Run run) {
        int k = run.hit();
        return k < 0 ? "not reached in " + (run.error.length - 1) + " steps" : "after " + k + " steps";
    }
}
