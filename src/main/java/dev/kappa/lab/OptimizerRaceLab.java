package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.AdaGrad;
import dev.kappa.optim.Adam;
import dev.kappa.optim.BacktrackingGradientDescent;
import dev.kappa.optim.ConjugateGradient;
import dev.kappa.optim.FiniteSumObjective;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.HeavyBall;
import dev.kappa.optim.Lbfgs;
import dev.kappa.optim.LogisticLoss;
import dev.kappa.optim.Nesterov;
import dev.kappa.optim.Newton;
import dev.kappa.optim.NonlinearConjugateGradient;
import dev.kappa.optim.Objective;
import dev.kappa.optim.Optimizer;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.RmsProp;
import dev.kappa.optim.Rosenbrock;
import dev.kappa.optim.Saddle;
import dev.kappa.optim.StochasticGradientDescent;
import dev.kappa.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * Many optimizers, one 2-D landscape, one start point.
 *
 * <p>Landscapes: the ill-conditioned quadratic ½wᵀAw with A = Q·diag(100, 100/κ)·Qᵀ, Q the 30°
 * rotation; Rosenbrock (1 − x)² + 100(y − x²)²; the saddle x² − y²; and logistic regression's mean
 * loss on 60 seeded 2-D points (labels from a noisy linear rule, features of different scales,
 * ℓ2 penalty 0.01 so a minimizer exists). Optimizers (each optional, each with its own
 * hyper-parameters): GD, heavy-ball momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, damped
 * Newton, L-BFGS, SGD, GD with backtracking and conjugate gradient, all from {@code dev.kappa.optim}.
 * SGD samples the logistic loss's 60 points in batches; the other landscapes are sums of two terms
 * ({@link TwoTermLandscape}), one of which a batch of one follows. CG is linear CG on the quadratic
 * (exact line search, done in two steps in ℝ²) and Polak–Ribière+ with a Wolfe line search elsewhere.
 *
 * <p>Each runs for up to {@code steps} iterations. A run stops as "diverged" when the optimizer
 * reports a non-finite step (divergence is a state in optim, never an exception) or when ‖w‖
 * exceeds {@link #ESCAPE} (left any sensible view); as "converged" when the method has nothing
 * left to do. The loss plot shows f(w) − f* on a log scale (f* = 0 for the quadratic and
 * Rosenbrock, found by 60 Newton steps for the logistic loss); the saddle has no minimum, so its
 * plot shows f(w) on a linear scale and no tolerance is tested. "Iterations to tolerance" is the
 * first k with f(wₖ) − f* ≤ tol.
 *
 * <p>The landscape comes with f on a 61×61 grid and suggested contour levels ({@link FieldGrid}).
 *
 * <p>The rule box shows, for the step on display, each selected method's update with its numbers:
 * what is recoverable from the trajectory and the objective (the gradient, the step taken, its
 * per-coordinate size for the adaptive methods, momentum's velocity wₖ − wₖ₋₁), never state the
 * methods keep privately.
 *
 * <p>Cost: at most 12 × steps iterations in ℝ², each a gradient (and for Newton a 2×2 eigen
 * solve, for L-BFGS a line search); ~1 ms for the default 500 steps (the logistic loss costs 60
 * points per evaluation).
 */
public final class OptimizerRaceLab extends DeclaredLabModel {
    public static final String ID = "optimizer-race";
    static final String CONTOUR_PLOT = "landscape";
    static final String LOSS_PLOT = "loss";
    static final double ESCAPE = 1e6;
    static final String[] OPTIMIZERS = {"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
        "newton", "lbfgs", "sgd", "backtracking", "cg"};
    static final String[] NAMES = {"GD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "AdamW", "Newton",
        "L-BFGS", "SGD", "GD (backtracking)", "CG"};
    /** Each optimizer's look on both plots, whatever the preset: a family shares a colour, told apart by dashes. */
    static final Look[] LOOKS = {Look.of(1), Look.of(2), Look.of(2).dashed(), Look.of(6).dotted(), Look.of(4).dashed(),
        Look.of(3), Look.of(3).dashed(), Look.of(Look.INK), Look.of(5).dashDot(), Look.of(7), Look.of(1).dotted(),
        Look.of(5)};

    static final PlotSpec LANDSCAPE = optimizers(PlotSpec.of(CONTOUR_PLOT, "Trajectories on the landscape")
            .x("x", Axis.LINEAR).y("y", Axis.LINEAR).shape(PlotSpec.Shape.SQUARE)
            .series("start", Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .seriesStartingWith("minimum", Look.of(Look.MUTED).shape(Look.Shape.DIAMOND))
            .series("saddle point", Look.of(Look.MUTED).shape(Look.Shape.CROSS))
            .handle("start", "Drag the shared start point, or click anywhere on the contours to start there: every "
                    + "optimizer restarts from it. With the plot focused (Tab), the arrow keys move it (shift: five "
                    + "times further).", (values, x, y) -> values.set("x0", x).set("y0", y)));
    static final PlotSpec LOSS = optimizers(PlotSpec.of(LOSS_PLOT, "f(wₖ) − f*")
            .x("iteration k", Axis.INDEX).y("f − f*", Axis.LOG)
            // A diverging run climbs to 1e300: clipped, so the runs that converge keep their decades.
            .clipAboveStart(1e6));

    private static PlotSpec optimizers(PlotSpec spec) {
        PlotSpec out = spec;
        for (int i = 0; i < NAMES.length; i++) {
            out = out.series(NAMES[i], LOOKS[i]);
        }
        return out;
    }

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Optimizer race")
            .topic(Topic.OPTIMIZATION, 3)
            .blurb("GD, momentum, Adam, SGD, CG, Newton and L-BFGS on one landscape.")
            .params(params().params())
            .presets(presets())
            .plots(LANDSCAPE, LOSS);

    public static ParamSet params() {
        List<Param> p = new ArrayList<>();
        p.add(Param.choice("landscape", "landscape", "rosenbrock", Param.option("quadratic", "ill-conditioned quadratic"),
                Param.option("rosenbrock", "Rosenbrock valley"), Param.option("saddle", "saddle"),
                Param.option("logistic", "logistic regression")));
        p.add(Param.number("x0", "start x", -3, 3, 0.01, -1.2));
        p.add(Param.number("y0", "start y", -3, 3, 0.01, 1));
        p.add(Param.integer("steps", "iterations", 1, 5000, 500));
        p.add(Param.logNumber("tol", "tolerance on f − f*", 1e-12, 1, 1e-6));
        p.add(Param.logNumber("kappa", "quadratic's κ", 1, 1000, 50));
        boolean[] on = {true, true, false, false, false, true, false, true, true, false, false, false};
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            p.add(Param.flag(OPTIMIZERS[i], NAMES[i], on[i]));
        }
        p.add(Param.logNumber("gd_eta", "GD step η", 1e-5, 10, 0.001));
        p.add(Param.logNumber("mom_eta", "momentum step η", 1e-5, 10, 0.0002));
        p.add(Param.number("mom_beta", "momentum β", 0, 0.999, 0.001, 0.9));
        p.add(Param.logNumber("nag_eta", "Nesterov step η", 1e-5, 10, 0.0002));
        p.add(Param.number("nag_beta", "Nesterov β", 0, 0.999, 0.001, 0.9));
        p.add(Param.logNumber("ada_eta", "AdaGrad step η", 1e-5, 10, 0.5));
        p.add(Param.logNumber("rms_eta", "RMSProp step η", 1e-5, 10, 0.01));
        p.add(Param.number("rms_beta", "RMSProp β", 0, 0.999, 0.001, 0.9));
        p.add(Param.logNumber("adam_eta", "Adam step η", 1e-5, 10, 0.05));
        p.add(Param.number("adam_beta1", "Adam β₁", 0, 0.999, 0.001, 0.9));
        p.add(Param.number("adam_beta2", "Adam β₂", 0, 0.9999, 0.0001, 0.999));
        p.add(Param.logNumber("adamw_eta", "AdamW step η", 1e-5, 10, 0.05));
        p.add(Param.logNumber("adamw_decay", "AdamW weight decay", 1e-6, 1, 0.01));
        p.add(Param.number("newton_damping", "Newton damping t", 0.05, 1, 0.05, 1));
        p.add(Param.integer("lbfgs_memory", "L-BFGS memory", 1, 20, 10));
        p.add(Param.logNumber("sgd_eta", "SGD step η", 1e-5, 10, 0.001));
        p.add(Param.integer("sgd_batch", "SGD batch size", 1, 60, 1));
        p.add(Param.logNumber("bt_t0", "backtracking first trial step", 1e-3, 10, 1));
        return new ParamSet(p);
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Rosenbrock: GD crawls along the valley, momentum overshoots, Newton takes few steps",
                        "landscape=rosenbrock&x0=-1.2&y0=1"),
                // momentum at MomentumAnalysis's α*, β* for λ = 2 … 100, Nesterov at 1/L and (√κ−1)/(√κ+1)
                new Preset("Ill-conditioned quadratic: tuned momentum needs √κ, GD κ",
                        "landscape=quadratic&x0=-2&y0=1.5&kappa=50&gd_eta=0.019&mom_eta=0.0307&mom_beta=0.566"
                                + "&nag_eta=0.01&nag_beta=0.752&adam_eta=0.1&nesterov=1&steps=300"),
                new Preset("Quadratic: CG in two steps, backtracking GD still zig-zags, SGD hovers",
                        "landscape=quadratic&x0=-2&y0=1.5&kappa=50&momentum=0&adam=0&newton=0&lbfgs=0&cg=1"
                                + "&backtracking=1&sgd=1&gd_eta=0.019&sgd_eta=0.003&steps=300"),
                new Preset("Too large a step: GD diverges", "landscape=quadratic&gd_eta=0.021&steps=300"),
                new Preset("Saddle: GD escapes, Newton is attracted to it",
                        "landscape=saddle&x0=1&y0=0.01&gd_eta=0.05&mom_eta=0.05&adam_eta=0.05&steps=100"),
                new Preset("Logistic regression: Adam's per-coordinate scaling",
                        "landscape=logistic&x0=-2&y0=2&gd_eta=0.5&mom_eta=0.1&adam_eta=0.05&adagrad=1&rmsprop=1"
                                + "&steps=300"),
                new Preset("Logistic regression: SGD with batches of 1 and the line-search methods",
                        "landscape=logistic&x0=-2&y0=2&gd_eta=0.5&sgd=1&sgd_eta=0.05&backtracking=1&cg=1&momentum=0"
                                + "&adam=0&steps=300"));
    }

    public OptimizerRaceLab() {
        super(DECLARATION);
    }

    /** The objective of a landscape (the quadratic's κ only matters for "quadratic"). */
    static Objective landscape(String name, double kappa) {
        switch (name) {
            case "quadratic":
                return Quadratic.fromEigen2D(100, 100 / kappa, Math.PI / 6);
            case "saddle":
                return new Saddle();
            case "logistic":
                return logistic();
            default:
                return new Rosenbrock();
        }
    }

    /** 60 points, x₁ ~ N(0, 1), x₂ ~ N(0, 0.2²), y = 1 when 1.5x₁ − 4x₂ + 0.5ε > 0 (seed 7). */
    static LogisticLoss logistic() {
        Rng rng = new Rng(7);
        int n = 60;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.gaussian();
            x[i][1] = 0.2 * rng.gaussian();
            y[i] = 1.5 * x[i][0] - 4 * x[i][1] + 0.5 * rng.gaussian() > 0 ? 1 : 0;
        }
        return new LogisticLoss(Matrix.of(x), y, 0.01);
    }

    /** f* of a landscape, or NaN when it has no minimum (the saddle). */
    static double minimum(String name, Objective f) {
        if (name.equals("saddle")) {
            return Double.NaN;
        }
        if (name.equals("logistic")) {
            Newton nt = new Newton(f, new double[2]);
            nt.run(60);
            return f.value(nt.current());
        }
        return 0.0;
    }

    static Optimizer create(int which, Objective f, double[] w0, ParamSet p) {
        switch (OPTIMIZERS[which]) {
            case "gd":
                return new GradientDescent(f, w0, p.number("gd_eta"));
            case "momentum":
                return new HeavyBall(f, w0, p.number("mom_eta"), p.number("mom_beta"));
            case "nesterov":
                return new Nesterov(f, w0, p.number("nag_eta"), p.number("nag_beta"));
            case "adagrad":
                return new AdaGrad(f, w0, p.number("ada_eta"), AdaGrad.DEFAULT_EPSILON);
            case "rmsprop":
                return new RmsProp(f, w0, p.number("rms_eta"), p.number("rms_beta"), RmsProp.DEFAULT_EPSILON);
            case "adam":
                return new Adam(f, w0, p.number("adam_eta"), p.number("adam_beta1"), p.number("adam_beta2"),
                        Adam.DEFAULT_EPSILON, 0.0);
            case "adamw":
                return new Adam(f, w0, p.number("adamw_eta"), p.number("adam_beta1"), p.number("adam_beta2"),
                        Adam.DEFAULT_EPSILON, p.number("adamw_decay"));
            case "newton":
                return new Newton(f, w0, p.number("newton_damping"));
            case "sgd": {
                FiniteSumObjective sum = sum(f);
                return new StochasticGradientDescent(sum, w0, p.number("sgd_eta"),
                        Math.min(p.integer("sgd_batch"), sum.sampleCount()), SGD_SEED);
            }
            case "backtracking":
                return new BacktrackingGradientDescent(f, w0, p.number("bt_t0"),
                        BacktrackingGradientDescent.DEFAULT_SHRINK, BacktrackingGradientDescent.DEFAULT_ARMIJO);
            case "cg":
                return f instanceof Quadratic ? new ConjugateGradient((Quadratic) f, w0)
                        : new NonlinearConjugateGradient(f, w0);
            default:
                return new Lbfgs(f, w0, p.integer("lbfgs_memory"));
        }
    }

    /** SGD's batches are drawn from this seed, so a state's run is the same on every engine and every visit. */
    static final long SGD_SEED = 1;

    /** The landscape as a sum SGD can sample: the logistic loss's 60 points, or the two terms of the others. */
    static FiniteSumObjective sum(Objective f) {
        return f instanceof FiniteSumObjective ? (FiniteSumObjective) f : new TwoTermLandscape(f);
    }

    /** The landscape and its minimum are kept between calls (f* of the logistic loss costs 60 Newton steps). */
    private String cachedKey = "";
    private Objective cachedF;
    private double cachedFStar;
    private FieldGrid cachedGrid;

    static final int GRID = 61;
    /**
     * Rosenbrock's grid is finer: the banana of a low level around the valley floor is ~0.15 wide
     * where the floor climbs steeply (x ≈ −1.5), two cells of the 61-point grid, and marching
     * squares drew its tip as separate specks (issue 15); at 161 points every level is one piece.
     */
    static final int ROSENBROCK_GRID = 161;
    /** Contour levels per landscape. */
    static final int LEVELS = 15;

    /**
     * f on a 61×61 grid (Rosenbrock: {@value #ROSENBROCK_GRID}²) over the landscape's view, with 15 contour levels: geometric in f − f* from
     * 1e-3·(max − f*) to the max for landscapes with a minimum, evenly spaced for the saddle. Where
     * there is a minimum the grid holds log₁₀(f − f* + 1e-6·(max − f*)): the same contours, but of a
     * function marching squares can follow on a coarse grid (Rosenbrock's walls rise as 100(y − x²)²,
     * and its steep contours came out as stray fragments).
     */
    static FieldGrid grid(String land, Objective f, double fStar) {
        double[] box = land.equals("rosenbrock") ? new double[] {-2, 2, -1, 3}
                : land.equals("logistic") ? new double[] {-4, 4, -4, 4} : new double[] {-3, 3, -3, 3};
        int n = land.equals("rosenbrock") ? ROSENBROCK_GRID : GRID;
        double[] v = new double[n * n];
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double y = box[2] + (box[3] - box[2]) * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double x = box[0] + (box[1] - box[0]) * i / (n - 1);
                double fv = f.value(new double[] {x, y});
                v[j * n + i] = fv;
                hi = Math.max(hi, fv);
                lo = Math.min(lo, fv);
            }
        }
        double[] levels = new double[LEVELS];
        if (Double.isNaN(fStar)) {
            for (int k = 0; k < levels.length; k++) {
                levels[k] = lo + (hi - lo) * (k + 0.5) / levels.length;
            }
        } else {
            double range = hi - fStar;
            double tiny = range * 1e-6;
            for (int k = 0; k < v.length; k++) {
                v[k] = KMath.log10(Math.max(v[k] - fStar, 0) + tiny);
            }
            for (int k = 0; k < levels.length; k++) {
                // from 1e-3·range up to range, evenly in log10
                levels[k] = KMath.log10(range * KMath.pow(10, -3 + 3.0 * k / (levels.length - 1)) + tiny);
            }
        }
        return new FieldGrid(CONTOUR_PLOT, box[0], box[1], box[2], box[3], n, n, v, levels);
    }

    /** Steps of one optimizer per unit of work. */
    private static final int CHUNK = 250;
    /** The runs depend on everything but the tolerance: a unit is the landscape, or CHUNK steps of one optimizer. */
    private final StagedWork work = new StagedWork();
    private final Optimizer[] optimizers = new Optimizer[OPTIMIZERS.length];
    private final String[] states = new String[OPTIMIZERS.length];

    private static String key(ParamSet p) {
        return p.copy().set("tol", p.param("tol").max()).toQuery();
    }

    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(key(p), units -> plan(p, units), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    private void plan(ParamSet p, List<Runnable> units) {
        String land = p.choice("landscape");
        double kappa = p.number("kappa");
        int steps = p.integer("steps");
        units.add(() -> {
            String key = land + "|" + kappa;
            if (!key.equals(cachedKey)) {
                cachedF = landscape(land, kappa);
                cachedFStar = minimum(land, cachedF);
                cachedGrid = grid(land, cachedF, cachedFStar);
                cachedKey = key;
            }
        });
        for (int k = 0; k < LEVELS; k++) {
            int level = k;
            // each level's contour is traced in a unit of its own (Rosenbrock's 161² grid took a long
            // frame when all fifteen were traced while drawing); the grid keeps them for later frames
            units.add(() -> cachedGrid.contour(level));
        }
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            int which = i;
            if (!p.flag(OPTIMIZERS[i])) {
                continue;
            }
            units.add(() -> {
                optimizers[which] = create(which, cachedF, new double[] {p.number("x0"), p.number("y0")}, p);
                states[which] = null;
            });
            for (int done = 0; done < steps; done += CHUNK) {
                int k = Math.min(CHUNK, steps - done);
                boolean last = done + k >= steps;
                units.add(() -> {
                    if (states[which] == null) {
                        states[which] = run(optimizers[which], k, last);
                    }
                });
            }
        }
    }

    @Override
    public LabOutput compute(ParamSet p) {
        work.finish(key(p), units -> plan(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String land = p.choice("landscape");
        out.add(cachedGrid);
        Objective f = cachedF;
        double fStar = cachedFStar;
        boolean hasMin = !Double.isNaN(fStar);
        double[] w0 = {p.number("x0"), p.number("y0")};
        int steps = p.integer("steps");
        double tol = p.number("tol");

        out.plot(LANDSCAPE.titled("Trajectories on the " + p.param("landscape").choiceLabel(land) + " landscape"));
        // The saddle has no minimum: f itself, on a symmetric log axis, since it falls without bound.
        out.plot(hasMin ? LOSS : LOSS.titled("f(wₖ)").y("f (symmetric log scale)", Axis.SYMLOG));
        out.steps(steps);
        out.add(Marker.point(CONTOUR_PLOT, "start", w0[0], w0[1]));
        if (land.equals("rosenbrock")) {
            out.add(Marker.point(CONTOUR_PLOT, "minimum (1, 1)", 1, 1));
        } else if (!land.equals("logistic")) {
            out.add(Marker.point(CONTOUR_PLOT, land.equals("saddle") ? "saddle point" : "minimum", 0, 0));
        }
        out.readout("fStar", "f*", fStar);
        LabOutput.Table table = out.table("results", "optimizer", "iterations to tolerance", "final loss",
                "final f − f*", "state");
        int running = 0;
        Trajectory[] shown = new Trajectory[OPTIMIZERS.length];
        int longest = 1;
        String best = "";
        int bestIters = Integer.MAX_VALUE;
        StringBuilder diverged = new StringBuilder();
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            if (!p.flag(OPTIMIZERS[i])) {
                continue;
            }
            running++;
            Optimizer opt = optimizers[i];
            String state = states[i];
            Trajectory tr = opt.trajectory();
            shown[i] = tr;
            longest = Math.max(longest, tr.size());
            double[][] pts = tr.points();
            double[] xs = new double[pts.length];
            double[] ys = new double[pts.length];
            double[] ks = new double[pts.length];
            double[] loss = new double[pts.length];
            int hit = -1;
            for (int k = 0; k < pts.length; k++) {
                xs[k] = pts[k][0];
                ys[k] = pts[k][1];
                ks[k] = k;
                loss[k] = hasMin ? tr.value(k) - fStar : tr.value(k);
                if (hit < 0 && hasMin && loss[k] <= tol) {
                    hit = k;
                }
            }
            out.add(new Series(CONTOUR_PLOT, NAMES[i], Series.Style.LINE, xs, ys).animated());
            out.add(new Series(LOSS_PLOT, NAMES[i], Series.Style.LINE, ks, loss).animated());
            double last = tr.value(pts.length - 1);
            table.row(NAMES[i], hit < 0 ? "—" : String.valueOf(hit), NumberText.format(last, 4),
                    hasMin ? NumberText.format(last - fStar, 3) : "—", state);
            out.readout(OPTIMIZERS[i] + "-iterations", NAMES[i] + ": iterations to tolerance", hit < 0 ? Double.NaN : hit);
            out.readout(OPTIMIZERS[i] + "-final", NAMES[i] + ": final loss", last);
            out.readout(OPTIMIZERS[i] + "-diverged", NAMES[i] + ": diverged", state.startsWith("diverged") ? 1 : 0);
            if (hit >= 0 && hit < bestIters) {
                bestIters = hit;
                best = NAMES[i];
            }
            if (state.startsWith("diverged")) {
                diverged.append(diverged.length() == 0 ? "" : ", ").append(NAMES[i]);
            }
        }
        if (running == 0) {
            out.note("no optimizer is selected");
        }
        int terms = p.flag("sgd") ? sum(f).sampleCount() : Integer.MAX_VALUE;
        if (p.integer("sgd_batch") > terms) {
            out.note("SGD batch size " + p.integer("sgd_batch") + " is more than the " + terms
                    + " terms of this landscape: SGD uses all of them, which is plain GD with step η");
        }
        // The step into the iterate on display (as quadratic-gd's rule box): wₖ₋₁ → wₖ.
        ParamSet values = p.copy();
        String[] ended = states.clone();
        out.stepRule(longest, k -> rule(f, values, shown, ended, Math.max(1, k) - 1));
        out.summary(running + " optimizers on the " + land + " landscape from (" + NumberText.format(w0[0], 3) + ", "
                + NumberText.format(w0[1], 3) + "): "
                + (best.isEmpty() ? "none reached f − f* ≤ " + NumberText.format(tol, 2)
                : best + " reached f − f* ≤ " + NumberText.format(tol, 2) + " first, in " + bestIters + " iterations")
                + (diverged.length() > 0 ? "; diverged: " + diverged : "") + ".");
        return out;
    }

    /**
     * Every selected method's update from wₖ to wₖ₊₁ with its numbers, one line each. Only what the
     * trajectory and the objective determine is shown: the step taken Δw = wₖ₊₁ − wₖ, the gradient
     * at wₖ, and from these the quantity each rule is about (momentum's velocity, the adaptive
     * methods' per-coordinate step −Δwᵢ/∂ᵢf, the accepted line-search step, SGD's batch gradient).
     */
    static String rule(Objective f, ParamSet p, Trajectory[] runs, String[] states, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            if (runs[i] == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(NAMES[i]).append(": ");
            Trajectory tr = runs[i];
            if (k + 1 >= tr.size()) {
                sb.append("stopped after ").append(tr.size() - 1).append(" steps, ").append(states[i]);
                continue;
            }
            double[] w = tr.point(k);
            double[] next = tr.point(k + 1);
            double[] g = f.gradient(w);
            double[] dw = {next[0] - w[0], next[1] - w[1]};
            String wk = "w" + Sub.script(k);
            String wk1 = "w" + Sub.script(k + 1);
            sb.append(wk1).append(" = ");
            switch (OPTIMIZERS[i]) {
                case "gd":
                    sb.append(wk).append(" − η∇f(").append(wk).append(") = ").append(vec(w)).append(" − ")
                            .append(num(p.number("gd_eta"))).append("·").append(vec(g)).append(" = ").append(vec(next));
                    break;
                case "momentum": {
                    double[] v = k == 0 ? new double[2] : minus(w, tr.point(k - 1));
                    sb.append(wk).append(" + β(").append(wk).append(" − w").append(Sub.script(Math.max(k - 1, 0)))
                            .append(") − η∇f(").append(wk).append(") = ").append(vec(w)).append(" + ")
                            .append(num(p.number("mom_beta"))).append("·").append(vec(v)).append(" − ")
                            .append(num(p.number("mom_eta"))).append("·").append(vec(g)).append(" = ").append(vec(next));
                    break;
                }
                case "nesterov": {
                    double[] v = k == 0 ? new double[2] : minus(w, tr.point(k - 1));
                    double beta = p.number("nag_beta");
                    double[] y = {w[0] + beta * v[0], w[1] + beta * v[1]};
                    sb.append("y − η∇f(y), y = ").append(wk).append(" + β(").append(wk).append(" − w")
                            .append(Sub.script(Math.max(k - 1, 0))).append(") = ").append(vec(y)).append(": ")
                            .append(vec(y)).append(" − ").append(num(p.number("nag_eta"))).append("·")
                            .append(vec(f.gradient(y))).append(" = ").append(vec(next));
                    break;
                }
                case "adagrad":
                case "rmsprop":
                case "adam":
                case "adamw":
                    sb.append(wk).append(" + Δw = ").append(vec(w)).append(" + ").append(vec(dw)).append(" = ")
                            .append(vec(next)).append("; ∇f(").append(wk).append(") = ").append(vec(g))
                            .append(", so the step per coordinate −Δwᵢ/∂ᵢf = ").append(vec(perCoordinate(dw, g)));
                    break;
                case "newton": {
                    double t = p.number("newton_damping");
                    sb.append(wk).append(" − t·H⁻¹∇f(").append(wk).append(") = ").append(vec(w)).append(" − ")
                            .append(num(t)).append("·").append(vec(new double[] {-dw[0] / t, -dw[1] / t})).append(" = ")
                            .append(vec(next));
                    break;
                }
                case "sgd": {
                    double eta = p.number("sgd_eta");
                    sb.append(wk).append(" − η·ĝ = ").append(vec(w)).append(" − ").append(num(eta)).append("·")
                            .append(vec(new double[] {-dw[0] / eta, -dw[1] / eta})).append(" = ").append(vec(next))
                            .append("; the batch gradient ĝ against the full ∇f = ").append(vec(g));
                    break;
                }
                case "backtracking": {
                    double t = Fits.norm(dw) / Fits.norm(g);
                    sb.append(wk).append(" − t∇f(").append(wk).append("), t = ").append(num(t))
                            .append(" (the first of ").append(num(p.number("bt_t0")))
                            .append("·½ʲ with enough decrease): ").append(vec(w)).append(" − ").append(num(t))
                            .append("·").append(vec(g)).append(" = ").append(vec(next));
                    break;
                }
                case "cg":
                    sb.append(wk).append(" + Δw = ").append(vec(w)).append(" + ").append(vec(dw)).append(" = ")
                            .append(vec(next)).append("; cos∠(Δw, −∇f) = ").append(num(cosine(dw, g)))
                            .append(", ∇f(").append(wk1).append(")·Δw = ")
                            .append(num(dot(f.gradient(next), dw)));
                    break;
                default:
                    sb.append(wk).append(" + t·d, d = −H̃∇f from the stored pairs: ").append(vec(w)).append(" + ")
                            .append(vec(dw)).append(" = ").append(vec(next)).append("; cos∠(Δw, −∇f) = ")
                            .append(num(cosine(dw, g)));
                    break;
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return NumberText.format(v, 4);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1];
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1]};
    }

    /** −Δwᵢ/∂ᵢf, coordinate by coordinate (NaN where ∂ᵢf = 0). */
    private static double[] perCoordinate(double[] dw, double[] g) {
        return new double[] {g[0] == 0 ? Double.NaN : -dw[0] / g[0], g[1] == 0 ? Double.NaN : -dw[1] / g[1]};
    }

    /** cos of the angle between the step and steepest descent −g. */
    private static double cosine(double[] dw, double[] g) {
        return -dot(dw, g) / (Fits.norm(dw) * Fits.norm(g));
    }

    /**
     * Runs up to {@code steps} more steps; returns the final state as text when the run ended (or
     * {@code last} says this was its last piece), else null. A step that leaves w exactly unchanged
     * ends the run as converged (Newton and L-BFGS reach a fixed point at the minimum and would
     * otherwise keep paying for Hessians and line searches); not for SGD, whose batch may have nothing
     * to say while the others still do.
     */
    static String run(Optimizer opt, int steps, boolean last) {
        double[] prev = opt.current();
        for (int k = 0; k < steps; k++) {
            if (!opt.step()) {
                break;
            }
            double[] w = opt.current();
            if (Fits.norm(w) > ESCAPE) {
                return "diverged: ‖w‖ > " + NumberText.format(ESCAPE) + " at step " + opt.iteration();
            }
            // SGD's step can vanish for one batch (a term already at its minimum) while others would still move.
            if (java.util.Arrays.equals(w, prev) && !(opt instanceof StochasticGradientDescent)) {
                return "converged (no change at step " + opt.iteration() + ")";
            }
            prev = w;
        }
        if (!last && opt.status() == Optimizer.Status.RUNNING) {
            return null;
        }
        switch (opt.status()) {
            case DIVERGED:
                return "diverged: " + opt.trajectory().divergenceReason();
            case CONVERGED:
                return "converged (stopped at step " + opt.iteration() + ")";
            case STALLED:
            case LINE_SEARCH_FAILED:
            case INVALID_INPUT:
                return "stopped: " + opt.stopReason();
            default:
                return "running after " + opt.iteration() + " steps";
        }
    }

    private static String vec(double[] v) {
        return NumberText.tuple(v, 4);
    }
}
