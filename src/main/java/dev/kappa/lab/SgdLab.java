package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.LeastSquaresObjective;
import dev.kappa.optim.Optimizer;
import dev.kappa.optim.StepSchedule;
import dev.kappa.optim.StochasticGradientDescent;
import java.util.List;

/**
 * SGD on least squares with two parameters: the line t ≈ w₁ + w₂x fitted to n seeded points
 * xᵢ ~ N(1, 1), tᵢ = 2 − xᵢ + s·εᵢ, by f(w) = (1/2n)‖Xw − t‖², X = [1, xᵢ] (optim's
 * {@link LeastSquaresObjective}). Mini-batch SGD (optim's {@link StochasticGradientDescent}, a fresh
 * seeded permutation per epoch, batches of b, m = ⌈n/b⌉ steps per epoch) with a step schedule
 * ({@link StepSchedule}: constant η₀, η₀/(1 + k/m), halved every 5 epochs, or cosine to 0) against
 * full-batch GD with the constant η₀, one step per epoch (the same number of sample gradients).
 *
 * <p>w* is the least-squares solution by the SVD (the minimum-norm one, w⁺, when n = 1 &lt; d = 2:
 * every gradient xᵢ(xᵢᵀw − tᵢ) lies in the row space, so SGD from 0 ends at w⁺, and from w₀ at w⁺
 * plus the null-space part of w₀).
 *
 * <p>The noise ball: constant-step SGD started at w* for {@value #BALL_STEPS} steps, its RMS distance
 * to w* over the second half, for {@value #BALL_ETAS} steps η from 10⁻² to 10⁻⁰·³ and b = 1, 4, 16
 * (those ≤ n), beside the small-step estimate r² ≈ d·ηs²/(2b) = ηs² for b = 1 (d = 2 parameters,
 * s the noise level). Cached per data set and computed in
 * {@link StagedWork} units (one (η, b) pair each); the main runs cost epochs·n sample gradients
 * (≤ 20 000).
 */
public final class SgdLab extends DeclaredLabModel {
    public static final String ID = "sgd";
    static final String PATH_PLOT = "paths";
    static final String LOSS_PLOT = "loss";
    static final String BALL_PLOT = "ball";
    static final String SCHEDULE_PLOT = "schedule";
    static final double ESCAPE = 1e6;
    static final int BALL_STEPS = 400;
    static final int BALL_ETAS = 8;
    static final int[] BALL_BATCHES = {1, 4, 16};
    static final int DECAY_EVERY = 5;
    /** At most this many points of the SGD loss curve (its epochs are sampled evenly). */
    static final int LOSS_POINTS = 600;

    static final String SGD = "SGD";
    static final String GD = "GD (full batch, constant η₀)";

    static final PlotSpec PATHS = PlotSpec.of(PATH_PLOT, "Paths on the loss contours")
            .x("intercept w₁", Axis.LINEAR).y("slope w₂", Axis.LINEAR)
            .series(SGD, Look.of(2).width(1.5))
            .series(GD, Look.of(1).shape(Look.Shape.SQUARE))
            .series("solution set (n = 1)", Look.REFERENCE)
            .series("start", Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .series("w* (least squares)", Look.of(Look.MUTED).shape(Look.Shape.DIAMOND))
            .series("w⁺ (minimum norm)", Look.of(3).shape(Look.Shape.DIAMOND))
            .handle("start", "Drag the start, or click to start there: SGD and GD restart from it. With the plot "
                    + "focused (Tab), the arrow keys move it (shift: further).",
                    (values, x, y) -> values.set("w1", x).set("w2", y));
    static final PlotSpec LOSS = PlotSpec.of(LOSS_PLOT, "f(w) − f* per epoch")
            .x("epoch", Axis.LINEAR).y("f − f*", Axis.LOG).floor(1e-20, "10⁻²⁰").clipAboveStart(1e6)
            .series(SGD, Look.of(2).width(1.5))
            .series(GD, Look.of(1).shape(Look.Shape.SQUARE));
    static final PlotSpec BALL = PlotSpec.of(BALL_PLOT, "Noise ball: RMS distance to w* of constant-step SGD")
            .x("step η", Axis.LOG).y("RMS ‖wₖ − w*‖", Axis.LOG).floor(1e-12, "10⁻¹²")
            .series("b = 1", Look.of(2).shape(Look.Shape.CIRCLE))
            .series("b = 4", Look.of(5).dashed().shape(Look.Shape.SQUARE))
            .series("b = 16", Look.of(4).dotted().shape(Look.Shape.TRIANGLE))
            .series("this run (last epoch)", Look.of(Look.INK).shape(Look.Shape.DIAMOND))
            .series("estimate √(η)·s for b = 1", Look.REFERENCE);
    static final PlotSpec SCHEDULE = PlotSpec.of(SCHEDULE_PLOT, "Step size ηₖ")
            .x("epoch", Axis.LINEAR).y("ηₖ", Axis.LINEAR)
            .series("ηₖ", Look.of(2));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("SGD: one noisy direction per step")
            .topic(Topic.MORE_LEAST_SQUARES, 4)
            .blurb("Stochastic gradients on least squares: the noise ball, batch size, step schedules, min-norm.")
            .params(params().params())
            .presets(presets())
            .plots(PATHS, LOSS, BALL, SCHEDULE);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.integer("n", "data points n", 1, 200, 200),
                Param.number("noise", "noise standard deviation s", 0, 3, 0.05, 1),
                Param.integer("batch", "batch size b (at most n)", 1, 200, 1),
                Param.logNumber("eta", "step η₀", 1e-4, 1, 0.05),
                Param.choice("schedule", "step schedule", "constant", Param.option("constant", "constant η₀"),
                        Param.option("inverse", "η₀/(1 + k/m), like 1/epoch"),
                        Param.option("step", "halved every 5 epochs"), Param.option("cosine", "cosine to 0")),
                Param.integer("epochs", "epochs", 1, 100, 20),
                Param.number("w1", "start: intercept w₁", -5, 5, 0.01, 0),
                Param.number("w2", "start: slope w₂", -5, 5, 0.01, 0),
                Param.integer("seed", "seed", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Constant step: SGD hovers in a noise ball", "schedule=constant&eta=0.05"),
                new Preset("1/k decay: SGD reaches the minimum", "schedule=inverse&eta=0.2"),
                new Preset("Step decay: the ball shrinks in steps", "schedule=step&eta=0.1"),
                new Preset("Cosine annealing", "schedule=cosine&eta=0.1"),
                new Preset("Batches of 16: a smaller ball, fewer steps", "batch=16&eta=0.05"),
                new Preset("n = 1 < d = 2: SGD from 0 ends at the minimum-norm w⁺", "n=1&eta=0.2&epochs=50"),
                new Preset("n = 1 from another start: w⁺ plus the start's null-space part",
                        "n=1&eta=0.2&epochs=50&w1=1&w2=-2"));
    }

    public SgdLab() {
        super(DECLARATION);
    }

    /** The data: rows [1, xᵢ] and targets, xᵢ ~ N(1, 1), tᵢ = 2 − xᵢ + s·εᵢ (x first, then ε, per point). */
    static double[][] data(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[][] x = new double[n][2];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double xi = 1 + rng.gaussian();
            x[i][0] = 1;
            x[i][1] = xi;
            t[i] = 2 - xi + noise * rng.gaussian();
        }
        return new double[][] {flatten(x), t};
    }

    private static double[] flatten(double[][] x) {
        double[] out = new double[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            out[2 * i] = x[i][0];
            out[2 * i + 1] = x[i][1];
        }
        return out;
    }

    static Matrix design(double[] flat) {
        int n = flat.length / 2;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
        }
        return Matrix.of(rows);
    }

    static int stepsPerEpoch(int n, int b) {
        return (n + b - 1) / b;
    }

    static StepSchedule schedule(String name, double eta0, int perEpoch, int total) {
        switch (name) {
            case "inverse":
                return StepSchedule.inverse(eta0, perEpoch);
            case "step":
                return StepSchedule.stepDecay(eta0, perEpoch, DECAY_EVERY);
            case "cosine":
                return StepSchedule.cosine(eta0, total);
            default:
                return StepSchedule.constant(eta0);
        }
    }

    // ---- the data set and its noise ball, cached per (n, noise, seed)

    private final StagedWork work = new StagedWork();
    private LeastSquaresObjective objective;
    /** The rows [1, xᵢ] flattened, and the targets. */
    private double[] rows;
    private double[] targets;
    private double[] wStar;
    private double fStar;
    private double[][] ball;
    private double[] ballEtas;

    private static String key(ParamSet p) {
        return p.integer("n") + "|" + p.number("noise") + "|" + p.integer("seed");
    }

    /** The runs for one state, after the data: created, then stepped CHUNK steps per unit. */
    private final StagedWork runWork = new StagedWork();
    private StochasticGradientDescent sgd;
    private GradientDescent gd;
    private String sgdState;
    private String gdState;
    /** SGD steps per unit of work (each records f(wₖ), n sample losses). */
    static final int CHUNK = 500;

    @Override
    public boolean prepare(ParamSet p, int count) {
        if (!work.advance(key(p), units -> plan(p, units), count)) {
            return false;
        }
        return runWork.advance(p.toQuery(), units -> planRuns(p, units), count);
    }

    @Override
    public double progress() {
        return 0.5 * (work.progress() + runWork.progress());
    }

    /** The batch size used: b, or n when b > n. */
    static int batch(ParamSet p) {
        return Math.min(p.integer("batch"), p.integer("n"));
    }

    private void planRuns(ParamSet p, List<Runnable> units) {
        int n = p.integer("n");
        int b = batch(p);
        double eta0 = p.number("eta");
        int epochs = p.integer("epochs");
        int perEpoch = stepsPerEpoch(n, b);
        int total = perEpoch * epochs;
        double[] w0 = {p.number("w1"), p.number("w2")};
        units.add(() -> {
            sgd = new StochasticGradientDescent(objective, w0, schedule(p.choice("schedule"), eta0, perEpoch, total), b,
                    p.integer("seed"));
            gd = new GradientDescent(objective, w0, eta0);
            sgdState = null;
            gdState = run(gd, epochs, escape(w0));
        });
        for (int done = 0; done < total; done += CHUNK) {
            int k = Math.min(CHUNK, total - done);
            units.add(() -> {
                if (sgdState == null || sgdState.isEmpty()) {
                    sgdState = run(sgd, k, escape(w0));
                }
            });
        }
    }

    /** ‖w‖ beyond which a run counts as diverged: 10⁶ times the scale of w* and the start. */
    private double escape(double[] w0) {
        return ESCAPE * Math.max(1, Fits.norm(wStar) + Fits.norm(w0));
    }

    private void plan(ParamSet p, List<Runnable> units) {
        int n = p.integer("n");
        double noise = p.number("noise");
        long seed = p.integer("seed");
        units.add(() -> {
            double[][] d = data(n, noise, seed);
            rows = d[0];
            targets = d[1];
            Matrix x = design(d[0]);
            objective = new LeastSquaresObjective(x, d[1]);
            wStar = LeastSquares.viaSVD(x, d[1]).x();
            fStar = objective.value(wStar);
            ballEtas = new double[BALL_ETAS];
            ball = new double[BALL_BATCHES.length][BALL_ETAS];
            for (int i = 0; i < BALL_ETAS; i++) {
                ballEtas[i] = KMath.pow(10, -2 + 1.7 * i / (BALL_ETAS - 1));
            }
        });
        for (int bi = 0; bi < BALL_BATCHES.length; bi++) {
            int b = BALL_BATCHES[bi];
            int row = bi;
            if (b > n) {
                continue;
            }
            for (int i = 0; i < BALL_ETAS; i++) {
                int col = i;
                units.add(() -> ball[row][col] = radius(objective, wStar, ballEtas[col], b, seed));
            }
        }
    }

    /**
     * RMS ‖wₖ − w*‖ over steps BALL_STEPS/2 … BALL_STEPS of constant-step SGD from w* (NaN if it
     * escapes). The same batches as {@link StochasticGradientDescent} (a fresh permutation of the
     * seeded {@link Rng} per epoch, cut into batches of b) and its batch gradient, but without the
     * optimizer's trajectory: recording f(wₖ) would cost n per step, 36 sweeps of 1000 steps.
     */
    static double radius(LeastSquaresObjective f, double[] wStar, double eta, int b, long seed) {
        Rng rng = new Rng(seed);
        int n = f.sampleCount();
        int[] order = rng.permutation(n);
        int position = 0;
        double[] w = wStar.clone();
        double sum = 0;
        int count = 0;
        for (int k = 1; k <= BALL_STEPS; k++) {
            if (position == n) {
                order = rng.permutation(n);
                position = 0;
            }
            int end = Math.min(position + b, n);
            double[] g = f.batchGradient(w, order, position, end);
            position = end;
            w[0] -= eta * g[0];
            w[1] -= eta * g[1];
            double d = distance(w, wStar);
            if (!(d < ESCAPE)) {
                return Double.NaN;
            }
            if (k > BALL_STEPS / 2) {
                sum += d * d;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    static double distance(double[] a, double[] b) {
        return Fits.norm(new double[] {a[0] - b[0], a[1] - b[1]});
    }

    @Override
    public LabOutput compute(ParamSet p) {
        work.finish(key(p), units -> plan(p, units));
        runWork.finish(p.toQuery(), units -> planRuns(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        int n = p.integer("n");
        int b = batch(p);
        if (p.integer("batch") > n) {
            out.note("batch size " + p.integer("batch") + " is more than the " + n + " points; using b = " + n);
        }
        double eta0 = p.number("eta");
        int epochs = p.integer("epochs");
        int perEpoch = stepsPerEpoch(n, b);
        int total = perEpoch * epochs;
        String scheduleName = p.choice("schedule");
        StepSchedule schedule = schedule(scheduleName, eta0, perEpoch, total);
        double[] w0 = {p.number("w1"), p.number("w2")};
        double[][] sw = sgd.trajectory().points();
        double[][] gw = gd.trajectory().points();

        // the view: start, w* and (unless it escapes) the path, with a margin
        double[] box = box(w0, wStar, sw, gw);
        out.plot(PATHS.range(box[0], box[1], box[2], box[3]));
        out.plot(LOSS);
        out.plot(BALL);
        out.plot(SCHEDULE.titled("Step size ηₖ (" + p.param("schedule").choiceLabel(scheduleName) + ")"));
        out.steps(sw.length - 1);
        out.add(contours(rows, targets, objective.value(w0) - fStar, fStar, box));
        out.add(new Series(PATH_PLOT, SGD, Series.Style.LINE, Paths.column(sw, 0), Paths.column(sw, 1)).animated());
        out.line(PATH_PLOT, GD, Paths.column(gw, 0), Paths.column(gw, 1));
        if (n == 1) {
            // w₁ + x₁w₂ = t₁ across the box
            double[] xs = {box[0], box[1]};
            double[] ys = {(targets[0] - box[0]) / rows[1], (targets[0] - box[1]) / rows[1]};
            out.line(PATH_PLOT, "solution set (n = 1)", xs, ys);
            out.add(Marker.point(PATH_PLOT, "w⁺ (minimum norm)", wStar[0], wStar[1]));
        } else {
            out.add(Marker.point(PATH_PLOT, "w* (least squares)", wStar[0], wStar[1]));
        }
        out.add(Marker.point(PATH_PLOT, "start", w0[0], w0[1]));

        // loss per epoch: SGD sampled evenly, GD one point per epoch
        int every = Math.max(1, (sw.length + LOSS_POINTS - 1) / LOSS_POINTS);
        int count = (sw.length - 1) / every + 1;
        double[] se = new double[count];
        double[] sl = new double[count];
        for (int j = 0; j < count; j++) {
            int k = j * every;
            se[j] = (double) k / perEpoch;
            sl[j] = sgd.trajectory().value(k) - fStar;
        }
        out.line(LOSS_PLOT, SGD, se, sl);
        double[] ge = new double[gw.length];
        double[] gl = new double[gw.length];
        for (int k = 0; k < gw.length; k++) {
            ge[k] = k;
            gl[k] = gd.trajectory().value(k) - fStar;
        }
        out.line(LOSS_PLOT, GD, ge, gl);

        // the noise ball over η for three batch sizes, and this run's last-epoch radius
        for (int bi = 0; bi < BALL_BATCHES.length; bi++) {
            if (BALL_BATCHES[bi] <= n) {
                out.line(BALL_PLOT, "b = " + BALL_BATCHES[bi], ballEtas, ball[bi]);
            }
        }
        double s = p.number("noise");
        if (s > 0) {
            double[] est = new double[BALL_ETAS];
            for (int i = 0; i < BALL_ETAS; i++) {
                est[i] = Math.sqrt(ballEtas[i]) * s;
            }
            out.line(BALL_PLOT, "estimate √(η)·s for b = 1", ballEtas, est);
        }
        int from = Math.max(0, sw.length - 1 - perEpoch);
        double sum = 0;
        for (int k = from + 1; k < sw.length; k++) {
            double d = distance(sw[k], wStar);
            sum += d * d;
        }
        double lastRadius = sw.length - 1 > from ? Math.sqrt(sum / (sw.length - 1 - from)) : Double.NaN;
        if (scheduleName.equals("constant") && lastRadius > 0 && lastRadius < ESCAPE) {
            out.add(Marker.point(BALL_PLOT, "this run (last epoch)", eta0, lastRadius));
        }

        // the schedule
        int sEvery = Math.max(1, (total + LOSS_POINTS - 1) / LOSS_POINTS);
        int sCount = (total - 1) / sEvery + 1;
        double[] sx = new double[sCount];
        double[] sy = new double[sCount];
        for (int j = 0; j < sCount; j++) {
            int k = j * sEvery;
            sx[j] = (double) k / perEpoch;
            sy[j] = schedule.eta(k);
        }
        out.line(SCHEDULE_PLOT, "ηₖ", sx, sy);

        double[] wEnd = sw[sw.length - 1];
        double sgdGap = sgd.trajectory().value(sw.length - 1) - fStar;
        double gdGap = gd.trajectory().value(gw.length - 1) - fStar;
        out.readout("stepsPerEpoch", "steps per epoch m = ⌈n/b⌉", perEpoch);
        out.readout("steps", "SGD steps", total);
        out.readout("fStar", "f* = f(w*)", fStar);
        out.readout("sgdGap", "SGD: final f − f*", sgdGap);
        out.readout("gdGap", "GD: final f − f* (" + epochs + " full steps)", gdGap);
        out.readout("sgdDistance", "SGD: final ‖w − w*‖", distance(wEnd, wStar));
        out.readout("sgdRadius", "SGD: RMS ‖w − w*‖ over the last epoch", lastRadius);
        out.readout("wStarNorm", n == 1 ? "‖w⁺‖ (minimum norm)" : "‖w*‖", Fits.norm(wStar));
        out.readout("sgdNorm", "SGD: final ‖w‖", Fits.norm(wEnd));
        if (sgdState != null && !sgdState.isEmpty()) {
            out.note("SGD " + sgdState);
        }
        if (!gdState.isEmpty()) {
            out.note("GD " + gdState);
        }
        int batch = b;
        out.stepRule(Math.max(1, sw.length - 1), k -> rule(sw, k, schedule, batch, perEpoch));
        out.summary(n + " points, batch " + b + ", " + epochs + " epochs (" + total + " SGD steps, "
                + p.param("schedule").choiceLabel(scheduleName) + ", η₀ = " + NumberText.format(eta0, 3)
                + "): SGD ends at f − f* = " + NumberText.format(sgdGap, 3) + ", " + NumberText.format(distance(wEnd,
                wStar), 3) + " from " + (n == 1 ? "w⁺" : "w*") + "; GD after " + epochs + " full steps at f − f* = "
                + NumberText.format(gdGap, 3) + ".");
        return out;
    }

    static String run(Optimizer opt, int steps, double escape) {
        for (int k = 0; k < steps; k++) {
            if (!opt.step()) {
                return opt.diverged() ? "diverged: " + opt.trajectory().divergenceReason() : "";
            }
            if (Fits.norm(opt.current()) > escape) {
                return "diverged: ‖w‖ > 10⁶ times the scale of the problem at step " + opt.iteration()
                        + " (η₀ is too large)";
            }
        }
        return "";
    }

    /** {xLo, xHi, yLo, yHi} around the start, w* and the paths (paths only while they stay near). */
    static double[] box(double[] w0, double[] wStar, double[][] sw, double[][] gw) {
        double xLo = Math.min(w0[0], wStar[0]);
        double xHi = Math.max(w0[0], wStar[0]);
        double yLo = Math.min(w0[1], wStar[1]);
        double yHi = Math.max(w0[1], wStar[1]);
        double span = Math.max(Math.max(xHi - xLo, yHi - yLo), 0.5);
        double[][][] paths = {sw, gw};
        for (double[][] path : paths) {
            for (double[] w : path) {
                if (Math.abs(w[0] - wStar[0]) < 3 * span && Math.abs(w[1] - wStar[1]) < 3 * span) {
                    xLo = Math.min(xLo, w[0]);
                    xHi = Math.max(xHi, w[0]);
                    yLo = Math.min(yLo, w[1]);
                    yHi = Math.max(yHi, w[1]);
                }
            }
        }
        double s = Math.max(Math.max(xHi - xLo, yHi - yLo), 0.5);
        double cx = (xLo + xHi) / 2;
        double cy = (yLo + yHi) / 2;
        double h = 0.6 * s;
        return new double[] {cx - h, cx + h, cy - h, cy + h};
    }

    /**
     * f(w) = (1/2n)‖Xw − t‖² on a 41×41 grid over the box, levels f* + top·(k/8)², k = 1…12 (top =
     * f(w₀) − f*). f is the quadratic (½wᵀXᵀXw − tᵀXw + ½tᵀt)/n: its coefficients come from the rows
     * once, then each node costs O(1).
     */
    static FieldGrid contours(double[] rows, double[] t, double top, double fStar, double[] box) {
        int n = t.length;
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        double l0 = 0;
        double l1 = 0;
        double c = 0;
        for (int i = 0; i < n; i++) {
            double a = rows[2 * i];
            double x = rows[2 * i + 1];
            h00 += a * a;
            h01 += a * x;
            h11 += x * x;
            l0 += a * t[i];
            l1 += x * t[i];
            c += t[i] * t[i];
        }
        int g = 41;
        double[] v = new double[g * g];
        for (int j = 0; j < g; j++) {
            double y = box[2] + (box[3] - box[2]) * j / (g - 1);
            for (int i = 0; i < g; i++) {
                double x = box[0] + (box[1] - box[0]) * i / (g - 1);
                v[j * g + i] = (0.5 * (h00 * x * x + 2 * h01 * x * y + h11 * y * y) - (l0 * x + l1 * y) + 0.5 * c) / n;
            }
        }
        double span = Math.max(top, 1e-6);
        double[] levels = new double[12];
        for (int k = 0; k < levels.length; k++) {
            double s = (k + 1.0) / 8;
            levels[k] = fStar + span * s * s;
        }
        return new FieldGrid(PATH_PLOT, box[0], box[1], box[2], box[3], g, g, v, levels);
    }

    static String rule(double[][] w, int k, StepSchedule schedule, int b, int perEpoch) {
        int k1 = Math.min(k + 1, w.length - 1);
        return "wₖ₊₁ = wₖ − ηₖ·(1/b)Σ_{i∈Bₖ} xᵢ(xᵢᵀwₖ − tᵢ), b = " + b + ", k = " + k + " (epoch "
                + (k / perEpoch + 1) + ")\nηₖ = " + NumberText.format(schedule.eta(k), 4) + ": ("
                + NumberText.format(w[k][0], 4) + ", " + NumberText.format(w[k][1], 4) + ") → ("
                + NumberText.format(w[k1][0], 4) + ", " + NumberText.format(w[k1][1], 4) + ")";
    }
}
