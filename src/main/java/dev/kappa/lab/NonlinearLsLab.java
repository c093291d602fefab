package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.BacktrackingGradientDescent;
import dev.kappa.optim.CurveFit;
import dev.kappa.optim.ExponentialFit;
import dev.kappa.optim.GaussNewton;
import dev.kappa.optim.GaussianBumpFit;
import dev.kappa.optim.LevenbergMarquardt;
import dev.kappa.optim.Optimizer;
import java.util.List;

/**
 * Nonlinear least squares on a curve fit: gradient descent (optim's
 * {@link BacktrackingGradientDescent}), {@link GaussNewton} and {@link LevenbergMarquardt} minimize
 * f(w) = ½‖r(w)‖² for y ≈ a·e^{−bx} + c ({@link ExponentialFit}) or y ≈ a·exp(−(x − m)²/(2s²))
 * ({@link GaussianBumpFit}) from the same start.
 *
 * <p>Data: n points xᵢ evenly spaced on [0, 4] with yᵢ = 3e^{−0.8xᵢ} + 1 + σεᵢ, or on [0, 10] with
 * yᵢ = 2exp(−(xᵢ − 4)²/(2·1.2²)) + σεᵢ (ε from a seeded {@link Rng}), or the learner's points.
 *
 * <p>Each method runs until ‖∇f(wₖ)‖ ≤ 10⁻¹⁰·max(1, ‖∇f(w₀)‖) (converged by the lab's test), the core
 * stops it (converged, stalled or diverged: {@link Optimizer.Status}), ‖wₖ‖ passes 10⁴ times the
 * scale of the problem (diverged by the lab's test: a Gaussian–Newton step from a start where the bump
 * misses the data is huge, since J is nearly zero there), or the iteration cap.
 *
 * <p>The contour plot is the profile of f over two parameters with the third, which enters the model
 * linearly, at its best value for each pair: c* = mean(yᵢ − a·e^{−bxᵢ}) over (a, b), and
 * a* = Σgᵢyᵢ/Σgᵢ² (gᵢ the unit bump) over (m, s). The paths drawn are the methods' (a, b) or (m, s).
 */
public final class NonlinearLsLab extends DeclaredLabModel {
    public static final String ID = "nonlinear-ls";
    static final String FIT_PLOT = "fit";
    static final String RESIDUAL_PLOT = "residual";
    static final String DAMPING_PLOT = "damping";
    static final String CONTOUR_PLOT = "contours";
    static final String GD = "GD (backtracking)";
    static final String GN = "Gauss–Newton";
    static final String LM = "Levenberg–Marquardt";
    static final String[] METHODS = {GD, GN, LM};
    static final String[] KEYS = {"gd", "gn", "lm"};
    static final double[] TRUE_EXP = {3, 0.8, 1};
    static final double[] TRUE_GAUSS = {2, 4, 1.2};
    static final double TOLERANCE = 1e-10;
    static final double ESCAPE = 1e4;
    static final int CURVE_POINTS = 60;
    static final int GRID = 41;
    static final String POINTS_HELP = PointEdit.HELP + " Your points are kept in the address (pts); the three methods "
            + "refit at once.";

    static final PlotSpec FIT = PlotSpec.of(FIT_PLOT, "Data and the fitted curves at iteration k")
            .x("x", Axis.LINEAR).y("y", Axis.LINEAR)
            .series("data", Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .series(GD, Look.of(1).dashed())
            .series(GN, Look.of(2).dotted().width(2))
            .series(LM, Look.of(3).width(2.5))
            .editablePoints("pts", POINTS_HELP);
    static final PlotSpec RESIDUAL = PlotSpec.of(RESIDUAL_PLOT, "Residual norm ‖r(wₖ)‖")
            .x("iteration k", Axis.INDEX).y("‖r‖", Axis.LOG).floor(1e-15, "10⁻¹⁵").clipAboveStart(1e6)
            .series(GD, Look.of(1).dashed())
            .series(GN, Look.of(2).dotted().width(2))
            .series(LM, Look.of(3).width(2.5));
    static final PlotSpec DAMPING = PlotSpec.of(DAMPING_PLOT, "Levenberg–Marquardt's damping μₖ")
            .x("iteration k", Axis.INDEX).y("μ", Axis.LOG).floor(1e-300, "10⁻³⁰⁰")
            .series("μₖ", Look.of(3).shape(Look.Shape.CIRCLE));
    static final PlotSpec CONTOURS = PlotSpec.of(CONTOUR_PLOT, "Loss contours with each method's path")
            .x("a", Axis.LINEAR).y("b", Axis.LINEAR)
            .series(GD, Look.of(1).dashed())
            .series(GN, Look.of(2).dotted().width(2))
            .series(LM, Look.of(3).width(2.5))
            .series("start", Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .series("best fit (LM)", Look.of(Look.MUTED).shape(Look.Shape.DIAMOND))
            .handle("start", "Drag the start, or click to start there: the three methods restart from it. With the "
                    + "plot focused (Tab), the arrow keys move it (shift: further).", NonlinearLsLab::moveStart);

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Gauss–Newton and Levenberg–Marquardt")
            .topic(Topic.MORE_LEAST_SQUARES, 3)
            .blurb("Fit a decaying exponential or a Gaussian bump: GD, Gauss–Newton and LM, and a start where GN runs away.")
            .params(params().params())
            .presets(presets())
            .plots(FIT, RESIDUAL, DAMPING, CONTOURS);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("model", "model", "exp", Param.option("exp", "a·e^(−bx) + c"),
                        Param.option("gauss", "a·exp(−(x − m)²/(2s²))")),
                Param.integer("n", "number of points n", 4, 200, 20),
                Param.number("noise", "noise standard deviation σ", 0, 1, 0.01, 0.1),
                Param.number("a0", "exponential start: a", -10, 10, 0.1, 1),
                Param.number("b0", "exponential start: b", -3, 10, 0.05, 1),
                Param.number("c0", "exponential start: c", -10, 10, 0.1, 0),
                Param.number("ga0", "bump start: a", -10, 10, 0.1, 1),
                Param.number("m0", "bump start: m", -5, 15, 0.1, 5),
                Param.number("s0", "bump start: s", 0.1, 5, 0.05, 1),
                Param.logNumber("mu0", "LM's first damping μ₀", 1e-6, 1e3, LevenbergMarquardt.DEFAULT_MU),
                Param.integer("iters", "iteration cap", 5, 300, 50),
                Param.integer("seed", "seed", 0, 999999, 1),
                Param.points("pts", "your points x,y;x,y;…", 6000)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Exponential from (1, 1, 0): GN's residual leaps, LM's falls every step", "model=exp"),
                new Preset("Bump far from the data: Gauss–Newton diverges, LM does not", "model=gauss&m0=8&s0=1"),
                new Preset("Bump from a start over it: both fast", "model=gauss&m0=5&s0=1"),
                new Preset("Exponential near the answer: GN in a few steps", "model=exp&a0=2.5&b0=0.6&c0=1"),
                new Preset("Exponential from b = 0.1: GN stops at a spike", "model=exp&a0=1&b0=0.1&c0=0"),
                new Preset("LM starting heavily damped: gradient-like first steps", "model=exp&mu0=1000"),
                new Preset("No noise: quadratic convergence to ‖r‖ ≈ 0", "model=exp&noise=0&a0=2.5&b0=0.6&c0=1"),
                new Preset("Your own points", "model=exp&pts=0,4.1;0.5,3;1,2.4;1.5,2;2,1.6;3,1.3;4,1.1"));
    }

    public NonlinearLsLab() {
        super(DECLARATION);
    }

    private static boolean exponential(ParamSet p) {
        return p.choice("model").equals("exp");
    }

    /** The handle: (a, b) on the exponential's contours, (m, s) on the bump's. */
    static void moveStart(ParamSet values, double x, double y) {
        if (exponential(values)) {
            values.set("a0", x).set("b0", y);
        } else {
            values.set("m0", x).set("s0", y);
        }
    }

    /** The start w₀ of the chosen model. */
    static double[] start(ParamSet p) {
        return exponential(p) ? new double[] {p.number("a0"), p.number("b0"), p.number("c0")}
                : new double[] {p.number("ga0"), p.number("m0"), p.number("s0")};
    }

    /** Which two parameters the contour plot shows: (a, b) for the exponential, (m, s) for the bump. */
    static int[] pair(boolean exp) {
        return exp ? new int[] {0, 1} : new int[] {1, 2};
    }

    /** The generated data: n points, x first then the noise, as {x, y}. */
    static double[][] data(boolean exp, int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (exp ? 4.0 : 10.0) * i / (n - 1);
            double clean = exp ? ExponentialFit.model(TRUE_EXP, x[i]) : GaussianBumpFit.model(TRUE_GAUSS, x[i]);
            y[i] = clean + noise * rng.gaussian();
        }
        return new double[][] {x, y};
    }

    /** The points fitted for these values: the learner's when at least 2 are valid, else the generated data. */
    public static PointData points(ParamSet p) {
        PointData own = PointData.fromQuery(p.text("pts"));
        if (own.size() >= 2) {
            return own;
        }
        double[][] d = data(exponential(p), p.integer("n"), p.number("noise"), p.integer("seed"));
        return PointData.of(d[0], d[1]);
    }

    static CurveFit fit(boolean exp, PointData d) {
        return exp ? new ExponentialFit(d.xs(), d.ys()) : new GaussianBumpFit(d.xs(), d.ys());
    }

    /** One method's run: its path, damping (LM), and how and when it stopped. */
    static final class Run {
        final String name;
        final double[][] w;
        final double[] residual;
        final double[] mu;
        final int[] rejected;
        final Optimizer.Status status;
        final String reason;

        Run(String name, double[][] w, double[] residual, double[] mu, int[] rejected, Optimizer.Status status,
                String reason) {
            this.name = name;
            this.w = w;
            this.residual = residual;
            this.mu = mu;
            this.rejected = rejected;
            this.status = status;
            this.reason = reason;
        }

        double[] last() {
            return w[w.length - 1];
        }

        String statusWord() {
            switch (status) {
                case CONVERGED:
                    return "converged";
                case STALLED:
                    return "stalled";
                case DIVERGED:
                    return "diverged";
                case RUNNING:
                    return "not converged";
                default:
                    return status.name().toLowerCase().replace('_', ' ');
            }
        }
    }

    /**
     * Runs {@code opt} for at most {@code cap} steps: stops when ‖∇f‖ ≤ {@code tol} (converged), when the
     * core stops it, or when ‖w‖ > {@code escape} (diverged). μ is recorded after every step for LM.
     */
    static Run run(Optimizer opt, CurveFit f, int cap, double tol, double escape) {
        LevenbergMarquardt lm = opt instanceof LevenbergMarquardt ? (LevenbergMarquardt) opt : null;
        double[] mu = new double[cap + 1];
        int[] rejected = new int[cap + 1];
        if (lm != null) {
            mu[0] = lm.mu();
        }
        Optimizer.Status status = Optimizer.Status.RUNNING;
        String reason = "not converged in " + cap + " iterations (the cap)";
        for (int k = 0; ; k++) {
            if (Fits.norm(f.gradient(opt.current())) <= tol) {
                status = Optimizer.Status.CONVERGED;
                reason = "converged at iteration " + k + " (‖∇f‖ ≤ " + NumberText.format(tol, 2) + ")";
                break;
            }
            if (k == cap) {
                break;
            }
            if (!opt.step()) {
                status = opt.status();
                reason = opt.stopReason();
                break;
            }
            if (lm != null) {
                mu[k + 1] = lm.mu();
                rejected[k + 1] = lm.rejectedInLastStep();
            }
            if (Fits.norm(opt.current()) > escape) {
                status = Optimizer.Status.DIVERGED;
                reason = "diverged: ‖w‖ = " + NumberText.format(Fits.norm(opt.current()), 3) + " at step "
                        + opt.iteration() + ", beyond 10⁴ times the scale of the problem";
                break;
            }
        }
        double[] values = opt.trajectory().values();
        double[] residual = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            residual[k] = Math.sqrt(2 * values[k]);
        }
        int steps = values.length;
        double[] muOut = new double[steps];
        int[] rejOut = new int[steps];
        System.arraycopy(mu, 0, muOut, 0, steps);
        System.arraycopy(rejected, 0, rejOut, 0, steps);
        return new Run(opt.name(), opt.trajectory().points(), residual, muOut, rejOut, status, reason);
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        boolean exp = exponential(p);
        PointData given = PointData.fromQuery(p.text("pts"));
        for (String e : given.errors()) {
            out.note("pts: " + e);
        }
        boolean own = given.size() >= 2;
        if (!own && !p.text("pts").trim().isEmpty()) {
            out.note("pts: fewer than 2 valid points; using the generated data");
        }
        PointData d = points(p);
        if (own && d.size() < 3) {
            out.note("only " + d.size() + " points for 3 parameters: many curves fit them exactly, and each "
                    + "method ends at its own");
        }
        double[] x = d.xs();
        double[] y = d.ys();
        CurveFit f = fit(exp, d);
        double[] w0 = start(p);
        String[] names = exp ? new String[] {"a", "b", "c"} : new String[] {"a", "m", "s"};
        int[] pair = pair(exp);

        double[] frame = fitFrame(x, y);
        out.plot(FIT.titled("Data and the fitted " + (exp ? "a·e^(−bx) + c" : "bump a·exp(−(x − m)²/(2s²))")
                + " at iteration k").range(frame[0], frame[1], frame[2], frame[3]));
        out.editablePoints(FIT_PLOT, d);
        out.points(FIT_PLOT, "data", x, y);
        out.plot(RESIDUAL);
        out.plot(DAMPING);

        double f0 = f.value(w0);
        if (!Double.isFinite(f0)) {
            out.note("the model overflows at this start (f(w₀) = " + f0 + "): no method was run; move the start");
            out.plot(CONTOURS.titled(contourTitle(exp, names, pair)));
            out.summary(d.size() + " points; the model overflows at the start, so nothing was fitted.");
            return out;
        }
        double tol = TOLERANCE * Math.max(1, Fits.norm(f.gradient(w0)));
        double escape = ESCAPE * (1 + Fits.norm(w0) + maxAbs(x) + maxAbs(y));
        int cap = p.integer("iters");
        Run[] runs = {
            run(new BacktrackingGradientDescent(f, w0), f, cap, tol, escape),
            run(new GaussNewton(f, w0), f, cap, tol, escape),
            run(new LevenbergMarquardt(f, w0, p.number("mu0"), LevenbergMarquardt.DEFAULT_NU), f, cap, tol, escape)};
        int steps = 0;
        for (Run r : runs) {
            steps = Math.max(steps, r.w.length - 1);
        }
        out.steps(Math.max(1, steps));

        // the curves at each iteration, one frame per iterate; a stopped method's last curve stays on
        double[] gx = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            gx[i] = frame[0] + (frame[1] - frame[0]) * i / (CURVE_POINTS - 1);
        }
        for (Run r : runs) {
            int last = r.w.length - 1;
            for (int k = 0; k <= last; k++) {
                out.add(new Series(FIT_PLOT, r.name, Series.Style.LINE, gx, curve(f, r.w[k], gx))
                        .shownAt(k, k == last ? Math.max(steps, last) : k));
            }
            out.add(new Series(RESIDUAL_PLOT, r.name, Series.Style.LINE, Paths.indices(r.residual.length), r.residual)
                    .animated());
        }
        Run lm = runs[2];
        out.add(new Series(DAMPING_PLOT, "μₖ", Series.Style.POINTS, Paths.indices(lm.mu.length), lm.mu).animated());

        // contours of the profile over the pair, with the paths
        double[] box = box(w0, lm.last(), pair, runs);
        out.plot(CONTOURS.titled(contourTitle(exp, names, pair)).x(names[pair[0]], Axis.LINEAR)
                .y(names[pair[1]], Axis.LINEAR).range(box[0], box[1], box[2], box[3]));
        out.add(contours(exp, x, y, box));
        for (Run r : runs) {
            out.add(new Series(CONTOUR_PLOT, r.name, Series.Style.LINE, Paths.column(r.w, pair[0]),
                    Paths.column(r.w, pair[1])).animated());
        }
        out.add(Marker.point(CONTOUR_PLOT, "start", w0[pair[0]], w0[pair[1]]));
        if (lm.status != Optimizer.Status.DIVERGED) {
            out.add(Marker.point(CONTOUR_PLOT, "best fit (LM)", lm.last()[pair[0]], lm.last()[pair[1]]));
        }

        LabOutput.Table table = out.table("methods", "method", names[0], names[1], names[2], "‖r‖", "iterations",
                "status");
        for (int m = 0; m < runs.length; m++) {
            Run r = runs[m];
            double[] w = r.last();
            for (int j = 0; j < 3; j++) {
                out.readout(KEYS[m] + names[j].toUpperCase(), r.name + ": " + names[j], w[j]);
            }
            out.readout(KEYS[m] + "Residual", r.name + ": final ‖r‖", r.residual[r.residual.length - 1]);
            out.readout(KEYS[m] + "Iterations", r.name + ": iterations taken", r.w.length - 1);
            out.readoutText(KEYS[m] + "Status", r.name + ": status", r.statusWord());
            table.row(r.name, NumberText.format(w[0], 6), NumberText.format(w[1], 6), NumberText.format(w[2], 6),
                    NumberText.format(r.residual[r.residual.length - 1], 6), String.valueOf(r.w.length - 1),
                    r.statusWord());
            if (r.status == Optimizer.Status.DIVERGED) {
                out.note(r.name + " " + (r.reason.startsWith("diverged") ? r.reason : "diverged: " + r.reason)
                        + "; its path is drawn while it stays near the data");
            }
        }
        out.readout("muLast", "LM: final μ", lm.mu[lm.mu.length - 1]);
        out.stepRule(Math.max(1, steps), k -> rule(runs, k, names));
        out.summary(d.size() + (own ? " points of yours" : " generated points") + ", model "
                + (exp ? "a·e^(−bx) + c" : "a·exp(−(x − m)²/(2s²))") + ", start (" + NumberText.format(w0[0], 3)
                + ", " + NumberText.format(w0[1], 3) + ", " + NumberText.format(w0[2], 3) + "). " + summary(runs[0])
                + " " + summary(runs[1]) + " " + summary(runs[2]));
        return out;
    }

    private static String summary(Run r) {
        return r.name + ": " + r.statusWord() + " after " + (r.w.length - 1) + " iterations at ‖r‖ = "
                + NumberText.format(r.residual[r.residual.length - 1], 4) + ".";
    }

    static String contourTitle(boolean exp, String[] names, int[] pair) {
        return "½‖r‖² over (" + names[pair[0]] + ", " + names[pair[1]] + ") with " + (exp ? "c" : "a")
                + " at its best value for each pair, and each method's path";
    }

    /** The model on the grid, non-finite values left as gaps. */
    static double[] curve(CurveFit f, double[] w, double[] gx) {
        double[] gy = new double[gx.length];
        for (int i = 0; i < gx.length; i++) {
            double v = f.at(w, gx[i]);
            gy[i] = Double.isFinite(v) ? v : Double.NaN;
        }
        return gy;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }

    /** {xLo, xHi, yLo, yHi} for the fit plot: the data with 5% (x) and 30% (y) margins. */
    static double[] fitFrame(double[] x, double[] y) {
        double xLo = x[0];
        double xHi = x[0];
        double yLo = y[0];
        double yHi = y[0];
        for (int i = 1; i < x.length; i++) {
            xLo = Math.min(xLo, x[i]);
            xHi = Math.max(xHi, x[i]);
            yLo = Math.min(yLo, y[i]);
            yHi = Math.max(yHi, y[i]);
        }
        double xs = Math.max(xHi - xLo, 1e-6);
        double ys = Math.max(yHi - yLo, 1e-6);
        return new double[] {xLo - 0.05 * xs, xHi + 0.05 * xs, yLo - 0.3 * ys, yHi + 0.3 * ys};
    }

    /**
     * {xLo, xHi, yLo, yHi} around the start and LM's end on the pair, widened by the points of the paths
     * that stay within 3 spans of them (a run-away Gauss–Newton path would squash the picture).
     */
    static double[] box(double[] w0, double[] best, int[] pair, Run[] runs) {
        int i = pair[0];
        int j = pair[1];
        double xLo = Math.min(w0[i], best[i]);
        double xHi = Math.max(w0[i], best[i]);
        double yLo = Math.min(w0[j], best[j]);
        double yHi = Math.max(w0[j], best[j]);
        double sx = Math.max(xHi - xLo, 0.5);
        double sy = Math.max(yHi - yLo, 0.5);
        double cx = 0.5 * (xLo + xHi);
        double cy = 0.5 * (yLo + yHi);
        for (Run r : runs) {
            for (double[] w : r.w) {
                if (Math.abs(w[i] - cx) < 3 * sx && Math.abs(w[j] - cy) < 3 * sy) {
                    xLo = Math.min(xLo, w[i]);
                    xHi = Math.max(xHi, w[i]);
                    yLo = Math.min(yLo, w[j]);
                    yHi = Math.max(yHi, w[j]);
                }
            }
        }
        double hx = 0.6 * Math.max(xHi - xLo, 0.5);
        double hy = 0.6 * Math.max(yHi - yLo, 0.5);
        cx = 0.5 * (xLo + xHi);
        cy = 0.5 * (yLo + yHi);
        return new double[] {cx - hx, cx + hx, cy - hy, cy + hy};
    }

    /**
     * The profile ½‖r‖² with the linear parameter at its best value: for the exponential over (a, b),
     * c* = mean(yᵢ − a·eᵢ) with eᵢ = e^{−bxᵢ} (one row of exponentials per b); for the bump over (m, s),
     * ½(Σyᵢ² − (Σgᵢyᵢ)²/Σgᵢ²) with gᵢ = exp(−(xᵢ − m)²/(2s²)) (½Σyᵢ² where every gᵢ underflows).
     */
    static double profile(boolean exp, double[] x, double[] y, double u, double v) {
        int n = x.length;
        if (exp) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean = (y[i] - u * dev.kappa.linalg.KMath.exp(-v * x[i])) + mean;
            }
            mean /= n;
            double s = 0;
            for (int i = 0; i < n; i++) {
                double r = u * dev.kappa.linalg.KMath.exp(-v * x[i]) + mean - y[i];
                s = r * r + s;
            }
            return 0.5 * s;
        }
        double gg = 0;
        double gy = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double g = GaussianBumpFit.model(new double[] {1, u, v}, x[i]);
            gg = g * g + gg;
            gy = g * y[i] + gy;
            yy = y[i] * y[i] + yy;
        }
        return gg > 0 ? 0.5 * (yy - gy * gy / gg) : 0.5 * yy;
    }

    /** The profile on a GRID×GRID lattice over the box, levels min + (max − min)·(k/12)², k = 1…11. */
    static FieldGrid contours(boolean exp, double[] x, double[] y, double[] box) {
        double[] v = new double[GRID * GRID];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < GRID; j++) {
            double q = box[2] + (box[3] - box[2]) * j / (GRID - 1);
            for (int i = 0; i < GRID; i++) {
                double pv = box[0] + (box[1] - box[0]) * i / (GRID - 1);
                double val = profile(exp, x, y, pv, q);
                v[j * GRID + i] = Double.isFinite(val) ? val : Double.NaN;
                if (Double.isFinite(val)) {
                    lo = Math.min(lo, val);
                    hi = Math.max(hi, val);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double[] levels = new double[11];
        for (int k = 0; k < levels.length; k++) {
            double s = (k + 1.0) / 12;
            levels[k] = lo + (hi - lo) * s * s;
        }
        return new FieldGrid(CONTOUR_PLOT, box[0], box[1], box[2], box[3], GRID, GRID, v, levels);
    }

    /** The step from k to k + 1 of each method that is still running, with LM's damping. */
    static String rule(Run[] runs, int k, String[] names) {
        StringBuilder sb = new StringBuilder("GN: (JᵀJ)δ = −Jᵀr;  LM: (JᵀJ + μI)δ = −Jᵀr, μ ÷10 on success, ×10 on "
                + "a rejected trial;  GD: δ = −t∇f, t by backtracking");
        for (Run r : runs) {
            sb.append('\n').append(r.name).append(", k = ").append(k).append(": ");
            if (k + 1 < r.w.length) {
                sb.append('(').append(point(r.w[k])).append(") → (").append(point(r.w[k + 1])).append("), ‖r‖ ")
                        .append(NumberText.format(r.residual[k], 4)).append(" → ")
                        .append(NumberText.format(r.residual[k + 1], 4));
                if (r.name.equals(LM)) {
                    sb.append(", μ = ").append(NumberText.format(r.mu[k + 1], 3)).append(" after ")
                            .append(r.rejected[k + 1]).append(" rejected trial").append(r.rejected[k + 1] == 1 ? "" : "s");
                }
            } else {
                sb.append(r.reason);
            }
        }
        return sb.toString();
    }

    private static String point(double[] w) {
        return NumberText.format(w[0], 4) + ", " + NumberText.format(w[1], 4) + ", " + NumberText.format(w[2], 4);
    }
}
