package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.HeavyBall;
import dev.kappa.optim.MomentumAnalysis;
import dev.kappa.optim.Objective;
import dev.kappa.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Why momentum works, on a quadratic: heavy ball wₖ₊₁ = wₖ − α∇f(wₖ) + β(wₖ − wₖ₋₁) on
 * f(w) = ½Σᵢ λᵢwᵢ² (minimizer w* = 0, f* = 0), the eigenvalues geometric from λ₁ = 1 down to λₙ:
 * λᵢ = λₙ^((i−1)/(n−1)), κ = 1/λₙ. The start is w₀ = (x0, 1, …, 1, y0): its first and last
 * coordinates are the components along λ₁ and λₙ, the plane the contour plot shows.
 *
 * <p>Each eigen-component is its own two-term recurrence zₖ₊₁ = (1 + β − αλ)zₖ − βzₖ₋₁, i.e. the
 * 2×2 matrix [[1 + β − αλ, −β], [1, 0]] with characteristic roots r² − (1 + β − αλ)r + β = 0:
 * two real roots (over-damped; negative ones flip sign), a double root (critically damped) or
 * complex roots of modulus √β (under-damped, a spiral). The rate of (α, β) is the largest root
 * modulus over the spectrum ({@link MomentumAnalysis#factor}); the (α, β) plane shows its
 * contours, α ∈ [0, 4], β ∈ [0, 1], the optimum α* = (2/(√λ₁ + √λₙ))², β* = ((√κ − 1)/(√κ + 1))²
 * with rate (√κ − 1)/(√κ + 1) against GD's (κ − 1)/(κ + 1) at its best step 2/(λ₁ + λₙ) (GD is
 * always run at that step, as the baseline).
 *
 * <p>Early stopping as a spectral filter: after k steps from w₋₁ = w₀ the component along λ keeps
 * the fraction zₖ/z₀ of its initial error, so 1 − zₖ/z₀ of it is fit; drawn over λ for momentum
 * and GD.
 *
 * <p>Runs stop when ‖w‖ exceeds {@link #ESCAPE}·max(1, ‖w₀‖) (diverged). Cost: 2·steps gradient
 * evaluations in ℝⁿ (n ≤ 50, steps ≤ 1000, in units of {@value #CHUNK} steps), the rate on an 81×51
 * grid over n eigenvalues (cached per spectrum, in units of a few rows; both spread over frames by
 * {@link #prepare}), and the filter curves (60 eigenvalues × k steps): a few ms.
 */
public final class MomentumLab extends DeclaredLabModel {
    public static final String ID = "momentum";
    static final String CONTOUR_PLOT = "contours";
    static final String PLANE_PLOT = "plane";
    static final String ERROR_PLOT = "error";
    static final String COMPONENT_PLOT = "components";
    static final String FILTER_PLOT = "filter";
    static final double ESCAPE = 1e6;
    static final double ALPHA_MAX = 4;
    static final int PLANE_NX = 81;
    static final int PLANE_NY = 51;
    static final int FILTER_POINTS = 60;
    /** The relative error the iteration counts are read at. */
    static final double TARGET = 1e-6;

    static final String MOMENTUM = "momentum (α, β)";
    static final String GD = "GD, best step 2/(λ₁ + λₙ)";
    static final String RATE = "your rate ρ(α, β)ᵏ";
    static final String TUNED = "tuned rate ((√κ − 1)/(√κ + 1))ᵏ";
    static final String GD_RATE = "GD's rate ((κ − 1)/(κ + 1))ᵏ";

    static final PlotSpec CONTOURS = PlotSpec.of(CONTOUR_PLOT, "Iterates on the contours (plane of λ₁ and λₙ)")
            .x("component along λ₁", Axis.LINEAR).y("component along λₙ", Axis.LINEAR)
            .series(MOMENTUM, Look.of(2).shape(Look.Shape.CIRCLE))
            .series(GD, Look.of(1))
            .series("start", Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .series("minimum", Look.of(Look.MUTED).shape(Look.Shape.DIAMOND))
            .handle("start", "Drag the start, or click to start there: both methods restart from it. With the plot "
                    + "focused (Tab), the arrow keys move it (shift: further).",
                    (values, x, y) -> values.set("x0", x).set("y0", y));
    static final PlotSpec PLANE = PlotSpec.of(PLANE_PLOT, "Rate ρ(α, β) over the (α, β) plane")
            .x("step α", Axis.LINEAR).y("momentum β", Axis.LINEAR).range(0, ALPHA_MAX, 0, 1)
            .shape(PlotSpec.Shape.SQUARE)
            .series("(α, β)", Look.of(2).shape(Look.Shape.CIRCLE))
            .series("optimum (α*, β*)", Look.of(Look.INK).shape(Look.Shape.DIAMOND))
            .series("GD's best step (β = 0)", Look.of(1).shape(Look.Shape.SQUARE))
            .handle("(α, β)", "Contours of the rate, the largest |root| over the spectrum (the outer contour is "
                    + "ρ = 1: outside it the iteration diverges). Drag the point or click to choose (α, β): this "
                    + "turns the tuned setting off. Arrow keys move it when the plot is focused.",
                    (values, x, y) -> values.set("alpha", x).set("beta", y).set("tuned", 0));
    static final PlotSpec ERROR = PlotSpec.of(ERROR_PLOT, "Relative error ‖wₖ − w*‖ / ‖w₀ − w*‖")
            .x("iteration k", Axis.INDEX).y("relative error", Axis.LOG)
            .floor(1e-16, "10⁻¹⁶").clipAboveStart(1e6)
            .series(MOMENTUM, Look.of(2))
            .series(GD, Look.of(1))
            .series(RATE, Look.of(Look.INK).dotted())
            .series(TUNED, Look.of(2).dashed())
            .series(GD_RATE, Look.of(1).dashed());
    static final PlotSpec COMPONENTS = PlotSpec.of(COMPONENT_PLOT, "Each eigendirection alone: zₖ / z₀ under (α, β)")
            .x("iteration k", Axis.INDEX).y("zₖ / z₀", Axis.LINEAR).zeroAxes()
            .seriesStartingWith("λ₁ =", Look.of(4))
            .seriesStartingWith("middle λ =", Look.of(3).dashed())
            .seriesStartingWith("λₙ =", Look.of(5).dashDot());
    static final PlotSpec FILTER = PlotSpec.of(FILTER_PLOT, "Early stopping as a filter: fraction of each component fit")
            .x("eigenvalue λ", Axis.LOG).y("1 − zₖ / z₀", Axis.LINEAR)
            .series(MOMENTUM, Look.of(2))
            .series(GD, Look.of(1))
            .series("eigenvalues of this quadratic (momentum)", Look.of(2).shape(Look.Shape.TRIANGLE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Why momentum works")
            .topic(Topic.MORE_LEAST_SQUARES, 5)
            .blurb("Heavy ball on a quadratic: each eigendirection a damped oscillator, the (α, β) plane, √κ.")
            .params(params().params())
            .presets(presets())
            .plots(CONTOURS, PLANE, ERROR, COMPONENTS, FILTER);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.logNumber("lmin", "smallest eigenvalue λₙ (λ₁ = 1)", 1e-4, 1, 0.01),
                Param.integer("dim", "number of eigenvalues n", 2, 50, 10),
                Param.flag("tuned", "use the optimal α*, β*", true),
                Param.number("alpha", "step α (when not tuned)", 0.001, ALPHA_MAX, 0.001, 1),
                Param.number("beta", "momentum β (when not tuned)", 0, 0.999, 0.001, 0.5),
                Param.number("x0", "start: component along λ₁", -2, 2, 0.01, 0.1),
                Param.number("y0", "start: component along λₙ", -2, 2, 0.01, 1),
                Param.integer("steps", "iterations", 1, 1000, 120),
                Param.integer("fk", "filter after k steps", 1, 200, 10),
                Param.choice("measure", "error measure", "distance",
                        Param.option("distance", "distance ‖wₖ − w*‖"), Param.option("loss", "loss f(wₖ) − f*"))));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Tuned momentum: √κ instead of κ (κ = 100)", "lmin=0.01&tuned=1"),
                new Preset("β = 0 is gradient descent", "tuned=0&alpha=1.98&beta=0"),
                new Preset("Too much momentum: the slow direction spirals", "tuned=0&alpha=1&beta=0.95&steps=200"),
                new Preset("Outside the stable region: diverges", "tuned=0&alpha=3.5&beta=0.5&steps=60"),
                new Preset("Strongly convex, 50 eigenvalues: loss", "lmin=0.01&dim=50&measure=loss&steps=500"),
                new Preset("λₙ → 0: the linear rate disappears", "lmin=0.0001&dim=50&measure=loss&steps=500"),
                new Preset("Early stopping: 10 steps fit the large eigenvalues only",
                        "lmin=0.001&dim=50&tuned=0&alpha=1&beta=0.5&fk=10&x0=0.5&y0=1"));
    }

    public MomentumLab() {
        super(DECLARATION);
    }

    /** λᵢ = λₙ^((i−1)/(n−1)), i = 1…n: geometric from 1 down to λₙ (KMath.pow, so every engine agrees). */
    static double[] spectrum(double lmin, int n) {
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = i == 0 ? 1 : i == n - 1 ? lmin : KMath.pow(lmin, (double) i / (n - 1));
        }
        return l;
    }

    /** w₀ = (x0, 1, …, 1, y0). */
    static double[] start(ParamSet p, int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        w[0] = p.number("x0");
        w[n - 1] = p.number("y0");
        return w;
    }

    /** The (α, β) run: the optimum for λ ∈ [λₙ, 1] when tuned, else the sliders. */
    static double[] setting(ParamSet p) {
        if (p.flag("tuned")) {
            MomentumAnalysis m = MomentumAnalysis.of(p.number("lmin"), 1);
            return new double[] {m.optimalStep(), m.optimalMomentum()};
        }
        return new double[] {p.number("alpha"), p.number("beta")};
    }

    /** ρ(α, β) = max over the spectrum of the larger |root| of r² − (1 + β − αλ)r + β. */
    static double rate(double[] lambda, double alpha, double beta) {
        double r = 0;
        for (double l : lambda) {
            r = Math.max(r, MomentumAnalysis.factor(l, alpha, beta));
        }
        return r;
    }

    /** zₖ/z₀ of one eigen-component after k steps from z₋₁ = z₀ = 1 (β = 0 and α the GD step: GD). */
    static double response(double lambda, double alpha, double beta, int k) {
        double prev = 1;
        double z = 1;
        for (int i = 0; i < k; i++) {
            double next = (1 + beta - alpha * lambda) * z - beta * prev;
            prev = z;
            z = next;
        }
        return z;
    }

    /** zₖ/z₀ for k = 0…steps in one pass of the recurrence, ending before |zₖ| passes ESCAPE. */
    static double[] responses(double lambda, double alpha, double beta, int steps) {
        double[] z = new double[steps + 1];
        z[0] = 1;
        double prev = 1;
        for (int k = 1; k <= steps; k++) {
            z[k] = (1 + beta - alpha * lambda) * z[k - 1] - beta * prev;
            prev = z[k - 1];
            if (!(Math.abs(z[k]) <= ESCAPE)) {
                return java.util.Arrays.copyOf(z, k);
            }
        }
        return z;
    }

    /** The rate field on the (α, β) plane, cached per spectrum and computed a few rows per unit. */
    private final StagedWork work = new StagedWork();
    private double[] planeValues;
    private static final int ROWS_PER_UNIT = 6;

    private static String key(ParamSet p) {
        return p.number("lmin") + "|" + p.integer("dim");
    }

    @Override
    public boolean prepare(ParamSet p, int count) {
        if (!work.advance(key(p), units -> plan(p, units), count)) {
            return false;
        }
        return runs.advance(runKey(p), units -> planRuns(p, units), count);
    }

    @Override
    public double progress() {
        return 0.5 * (work.progress() + runs.progress());
    }

    /** The two runs for one state, CHUNK steps per unit (both depend on all but fk and measure). */
    private final StagedWork runs = new StagedWork();
    private Optimizer mom;
    private Optimizer gd;
    private String momState;
    private String gdState;
    static final int CHUNK = 250;

    private static String runKey(ParamSet p) {
        return p.copy().set("fk", 1).setChoice("measure", "distance").toQuery();
    }

    private void planRuns(ParamSet p, List<Runnable> units) {
        int n = p.integer("dim");
        int steps = p.integer("steps");
        units.add(() -> {
            double[] lambda = spectrum(p.number("lmin"), n);
            double[] ab = setting(p);
            Diagonal f = new Diagonal(lambda);
            double[] w0 = start(p, n);
            mom = new HeavyBall(f, w0, ab[0], ab[1]);
            gd = new GradientDescent(f, w0, 2 / (1 + p.number("lmin")));
            momState = "";
            gdState = "";
        });
        for (int done = 0; done < steps; done += CHUNK) {
            int k = Math.min(CHUNK, steps - done);
            units.add(() -> {
                double n0 = Fits.norm(start(p, n));
                if (momState.isEmpty()) {
                    momState = run(mom, k, n0);
                }
                if (gdState.isEmpty()) {
                    gdState = run(gd, k, n0);
                }
            });
        }
    }

    private void plan(ParamSet p, List<Runnable> units) {
        double[] lambda = spectrum(p.number("lmin"), p.integer("dim"));
        units.add(() -> planeValues = new double[PLANE_NX * PLANE_NY]);
        for (int j0 = 0; j0 < PLANE_NY; j0 += ROWS_PER_UNIT) {
            int from = j0;
            units.add(() -> {
                for (int j = from; j < Math.min(from + ROWS_PER_UNIT, PLANE_NY); j++) {
                    double beta = (double) j / (PLANE_NY - 1);
                    for (int i = 0; i < PLANE_NX; i++) {
                        double alpha = ALPHA_MAX * i / (PLANE_NX - 1);
                        // capped at 2: beyond it only "diverges" matters, and the contours stay simple
                        planeValues[j * PLANE_NX + i] = Math.min(rate(lambda, alpha, beta), 2);
                    }
                }
            });
        }
    }

    /** Contour levels of the rate: 1 − ρ from 0.5 down to 0.001, then ρ = 1 (the stability boundary). */
    static final double[] RATE_LEVELS = {0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 1};

    @Override
    public LabOutput compute(ParamSet p) {
        work.finish(key(p), units -> plan(p, units));
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        double lmin = p.number("lmin");
        int n = p.integer("dim");
        int steps = p.integer("steps");
        double[] lambda = spectrum(lmin, n);
        double[] ab = setting(p);
        double alpha = ab[0];
        double beta = ab[1];
        MomentumAnalysis best = MomentumAnalysis.of(lmin, 1);
        double kappa = 1 / lmin;
        double gdStep = 2 / (1 + lmin);
        double rho = rate(lambda, alpha, beta);
        boolean loss = p.choice("measure").equals("loss");

        Diagonal f = new Diagonal(lambda);
        double[] w0 = start(p, n);
        double n0 = Fits.norm(w0);
        double f0 = f.value(w0);
        runs.finish(runKey(p), units -> planRuns(p, units));
        double[][] mw = mom.trajectory().points();
        double[][] gw = gd.trajectory().points();

        // the view is the box around the plane's contour through w₀: semi-axes √(2f₀/λ₁), √(2f₀/λₙ)
        double inPlane = 0.5 * (lambda[0] * w0[0] * w0[0] + lmin * w0[n - 1] * w0[n - 1]);
        double level = inPlane > 0 ? inPlane : 0.5;
        double rx = reach(Math.sqrt(2 * level / lambda[0]), mw, gw, 0);
        double ry = reach(Math.sqrt(2 * level / lmin), mw, gw, n - 1);
        out.plot(CONTOURS.range(-rx, rx, -ry, ry));
        out.plot(PLANE.titled("Rate ρ(α, β) over the (α, β) plane, κ = " + NumberText.format(kappa, 4)));
        out.plot(loss ? ERROR.titled("Relative loss (f(wₖ) − f*) / (f(w₀) − f*)").y("relative loss", Axis.LOG)
                .floor(1e-30, "10⁻³⁰") : ERROR);
        out.plot(COMPONENTS);
        out.plot(FILTER.titled("Early stopping as a filter: fraction fit after k = " + p.integer("fk") + " steps"));
        out.steps(steps);

        // contours of ½(λ₁x² + λₙy²) around the start
        out.add(contours(lambda[0], lmin, rx, ry, level));
        out.add(new Series(CONTOUR_PLOT, MOMENTUM, Series.Style.LINE, Paths.column(mw, 0), Paths.column(mw, n - 1)).animated());
        out.add(new Series(CONTOUR_PLOT, GD, Series.Style.LINE, Paths.column(gw, 0), Paths.column(gw, n - 1)).animated());
        out.add(Marker.point(CONTOUR_PLOT, "start", w0[0], w0[n - 1]));
        out.add(Marker.point(CONTOUR_PLOT, "minimum", 0, 0));

        FieldGrid plane = new FieldGrid(PLANE_PLOT, 0, ALPHA_MAX, 0, 1, PLANE_NX, PLANE_NY, planeValues, RATE_LEVELS);
        out.add(plane);
        out.add(Marker.point(PLANE_PLOT, "(α, β)", alpha, beta));
        out.add(Marker.point(PLANE_PLOT, "optimum (α*, β*)", best.optimalStep(), best.optimalMomentum()));
        out.add(Marker.point(PLANE_PLOT, "GD's best step (β = 0)", gdStep, 0));

        // error (or loss) per iteration, relative to the start, with the three rates as references
        double[] mErr = measure(mom, f, loss, n0, f0);
        double[] gErr = measure(gd, f, loss, n0, f0);
        out.add(new Series(ERROR_PLOT, MOMENTUM, Series.Style.LINE, Paths.indices(mErr.length), mErr).animated());
        out.add(new Series(ERROR_PLOT, GD, Series.Style.LINE, Paths.indices(gErr.length), gErr).animated());
        int power = loss ? 2 : 1;
        out.add(reference(RATE, rho, power, steps));
        out.add(reference(TUNED, best.rate(), power, steps));
        out.add(reference(GD_RATE, best.gradientDescentRate(), power, steps));

        // each eigendirection's own recurrence: λ₁, the middle one, λₙ
        int[] shown = n >= 3 ? new int[] {0, n / 2, n - 1} : new int[] {0, n - 1};
        String[] prefix = n >= 3 ? new String[] {"λ₁ = ", "middle λ = ", "λₙ = "} : new String[] {"λ₁ = ", "λₙ = "};
        LabOutput.Table table = out.table("components", "eigenvalue λ", "1 + β − αλ", "roots r", "largest |r|",
                "behaviour");
        for (int s = 0; s < shown.length; s++) {
            double l = lambda[shown[s]];
            double[] z = responses(l, alpha, beta, steps);
            out.add(new Series(COMPONENT_PLOT, prefix[s] + NumberText.format(l, 3), Series.Style.LINE,
                    Paths.indices(z.length), z).animated());
            Recurrence rec = new Recurrence(l, alpha, beta);
            table.row(NumberText.format(l, 4), NumberText.format(rec.a, 4), rec.roots(),
                    NumberText.format(rec.modulus, 4), rec.behaviour());
        }
        Recurrence top = new Recurrence(lambda[0], alpha, beta);
        Recurrence bottom = new Recurrence(lmin, alpha, beta);

        // the spectral filter after fk steps
        int fk = p.integer("fk");
        double[] grid = new double[FILTER_POINTS];
        double[] mFit = new double[FILTER_POINTS];
        double[] gFit = new double[FILTER_POINTS];
        for (int i = 0; i < FILTER_POINTS; i++) {
            grid[i] = i == FILTER_POINTS - 1 ? 1 : KMath.pow(lmin, 1 - (double) i / (FILTER_POINTS - 1));
            mFit[i] = 1 - response(grid[i], alpha, beta, fk);
            gFit[i] = 1 - response(grid[i], gdStep, 0, fk);
        }
        double[] eigFit = new double[n];
        int fitted = 0;
        for (int i = 0; i < n; i++) {
            eigFit[i] = 1 - response(lambda[i], alpha, beta, fk);
            if (Math.abs(1 - eigFit[i]) <= 0.1) {
                fitted++;
            }
        }
        out.line(FILTER_PLOT, MOMENTUM, grid, mFit);
        out.line(FILTER_PLOT, GD, grid, gFit);
        out.points(FILTER_PLOT, "eigenvalues of this quadratic (momentum)", lambda, eigFit);

        int mHit = firstBelow(mErr, loss ? TARGET * TARGET : TARGET);
        int gHit = firstBelow(gErr, loss ? TARGET * TARGET : TARGET);
        out.readout("kappa", "κ = λ₁/λₙ", kappa);
        out.readout("alpha", "step α", alpha);
        out.readout("beta", "momentum β", beta);
        out.readout("rate", "your rate ρ(α, β)", rho);
        out.readout("alphaStar", "optimal α* = (2/(√λ₁ + √λₙ))²", best.optimalStep());
        out.readout("betaStar", "optimal β* = ((√κ − 1)/(√κ + 1))²", best.optimalMomentum());
        out.readout("tunedRate", "tuned rate (√κ − 1)/(√κ + 1)", best.rate());
        out.readout("gdRate", "GD's best rate (κ − 1)/(κ + 1)", best.gradientDescentRate());
        String what = loss ? "loss ≤ 10⁻¹²·f(w₀)" : "error ≤ 10⁻⁶·‖w₀‖";
        out.readout("momentumIterations", "momentum: iterations to " + what, mHit < 0 ? Double.NaN : mHit);
        out.readout("gdIterations", "GD: iterations to " + what, gHit < 0 ? Double.NaN : gHit);
        out.readout("momentumPredicted", "momentum: ln(10⁶)/(−ln ρ), the rate's prediction", predicted(rho));
        out.readout("gdPredicted", "GD: ln(10⁶)/(−ln((κ − 1)/(κ + 1)))", predicted(best.gradientDescentRate()));
        out.readoutText("top", "along λ₁", top.behaviour());
        out.readoutText("bottom", "along λₙ", bottom.behaviour());
        out.readout("filtered", "eigendirections ≥ 90% fit after " + fk + " steps (of " + n + ")", fitted);
        if (!momState.isEmpty()) {
            out.note("momentum " + momState);
        }
        if (!gdState.isEmpty()) {
            out.note("GD " + gdState);
        }
        out.stepRule(Math.max(1, mw.length - 1), k -> rule(mw, k, alpha, beta, lambda));
        out.summary("Heavy ball with α = " + NumberText.format(alpha, 4) + ", β = " + NumberText.format(beta, 4) + " on "
                + n + " eigenvalues from 1 down to " + NumberText.format(lmin, 3) + " (κ = " + NumberText.format(kappa, 4)
                + "): rate " + NumberText.format(rho, 4) + " against the tuned " + NumberText.format(best.rate(), 4)
                + " and GD's " + NumberText.format(best.gradientDescentRate(), 4) + "; "
                + (mHit < 0 ? "momentum does not reach " + what : "momentum reaches " + what + " in " + mHit + " steps")
                + ", " + (gHit < 0 ? "GD does not in " + steps : "GD in " + gHit) + ".");
        return out;
    }

    /** One component's 2×2 recurrence [[a, −β], [1, 0]], a = 1 + β − αλ: its roots and what they make it do. */
    static final class Recurrence {
        final double a;
        final double disc;
        final double modulus;
        final MomentumAnalysis.Damping damping;

        Recurrence(double lambda, double alpha, double beta) {
            this.a = 1 + beta - alpha * lambda;
            this.disc = a * a - 4 * beta;
            this.modulus = MomentumAnalysis.factor(lambda, alpha, beta);
            this.damping = MomentumAnalysis.damping(lambda, alpha, beta);
        }

        String roots() {
            if (damping == MomentumAnalysis.Damping.CRITICALLY_DAMPED) {
                return NumberText.format(a / 2, 4) + " (double)";
            }
            if (disc < 0) {
                return NumberText.format(a / 2, 4) + " ± " + NumberText.format(Math.sqrt(-disc) / 2, 4) + "i";
            }
            double s = Math.sqrt(disc);
            return NumberText.format((a + s) / 2, 4) + ", " + NumberText.format((a - s) / 2, 4);
        }

        String behaviour() {
            switch (damping) {
                case NOT_CONVERGING:
                    return modulus > 1 + 1e-12 ? "diverges (|r| = " + NumberText.format(modulus, 4) + " > 1)"
                            : "does not decay (|r| = 1)";
                case CRITICALLY_DAMPED:
                    return "critically damped" + (a < 0 ? ", flipping sign" : "");
                case UNDER_DAMPED:
                    return "under-damped: oscillates, |r| = √β";
                default:
                    return "over-damped" + (a < 0 ? ", flipping sign" : "");
            }
        }
    }

    /**
     * f(w) = ½Σλᵢwᵢ², the lab's quadratic in its eigenbasis: the same function as optim's
     * {@code Quadratic.fromEigen(λ, I)}, at O(n) per gradient instead of a dense O(n²) product (2000
     * steps in ℝ⁵⁰ for two methods stay well inside a frame).
     */
    static final class Diagonal implements Objective {
        private final double[] lambda;

        Diagonal(double[] lambda) {
            this.lambda = lambda.clone();
        }

        @Override
        public int dimension() {
            return lambda.length;
        }

        @Override
        public double value(double[] w) {
            double s = 0;
            for (int i = 0; i < lambda.length; i++) {
                s += lambda[i] * w[i] * w[i];
            }
            return 0.5 * s;
        }

        @Override
        public double[] gradient(double[] w) {
            double[] g = new double[lambda.length];
            for (int i = 0; i < lambda.length; i++) {
                g[i] = lambda[i] * w[i];
            }
            return g;
        }

        @Override
        public Matrix hessian(double[] w) {
            return Matrix.diagonal(lambda);
        }
    }

    /** Steps a run until done or until ‖w‖ exceeds ESCAPE·max(1, ‖w₀‖); returns "" or why it stopped. */
    static String run(Optimizer opt, int steps, double n0) {
        for (int k = 0; k < steps; k++) {
            if (!opt.step()) {
                return opt.diverged() ? "diverged: " + opt.trajectory().divergenceReason() : "";
            }
            if (Fits.norm(opt.current()) > ESCAPE * Math.max(1, n0)) {
                return "diverged: ‖w‖ > 10⁶·‖w₀‖ at step " + opt.iteration();
            }
        }
        return "";
    }

    /** ‖wₖ‖/‖w₀‖ (w* = 0) or f(wₖ)/f(w₀) (f* = 0) along a run. */
    static double[] measure(Optimizer opt, Diagonal f, boolean loss, double n0, double f0) {
        double[][] w = opt.trajectory().points();
        double[] e = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            e[k] = loss ? (f0 > 0 ? opt.trajectory().value(k) / f0 : 0) : (n0 > 0 ? Fits.norm(w[k]) / n0 : 0);
        }
        return e;
    }

    /** ln(10⁶)/(−ln ρ): the steps a pure rate ρᵏ needs to shrink by 10⁶ (NaN when ρ ≥ 1 or ρ = 0). */
    static double predicted(double rho) {
        return rho > 0 && rho < 1 ? KMath.log(1e6) / -KMath.log(rho) : Double.NaN;
    }

    static int firstBelow(double[] e, double target) {
        for (int k = 0; k < e.length; k++) {
            if (e[k] <= target) {
                return k;
            }
        }
        return -1;
    }

    /**
     * ρ^(power·k), k = 0…steps, by running products (no pow, the same bits everywhere); ends where it
     * passes ESCAPE (a diverging rate would overflow to ∞).
     */
    static double[] powers(double rho, int power, int steps) {
        double per = power == 2 ? rho * rho : rho;
        double[] out = new double[steps + 1];
        out[0] = 1;
        for (int k = 1; k <= steps; k++) {
            out[k] = out[k - 1] * per;
            if (out[k] > ESCAPE) {
                return java.util.Arrays.copyOf(out, k + 1);
            }
        }
        return out;
    }

    /** The reference line ρ^(power·k) on the error plot. */
    static Series reference(String name, double rho, int power, int steps) {
        double[] y = powers(rho, power, steps);
        return new Series(ERROR_PLOT, name, Series.Style.LINE, Paths.indices(y.length), y);
    }

    /**
     * Half the view along coordinate j: 1.15 times the larger of the start's contour and the paths
     * (a critically damped component first grows, up to ≈ 3.7 times its start for κ = 100), but at
     * most 5 times the contour, so a diverging run leaves the view instead of shrinking it to a dot.
     */
    static double reach(double semiAxis, double[][] a, double[][] b, int j) {
        double r = semiAxis;
        for (double[][] path : new double[][][] {a, b}) {
            for (double[] w : path) {
                r = Math.max(r, Math.min(Math.abs(w[j]), 5 * semiAxis));
            }
        }
        return 1.15 * r;
    }

    /** ½(λ₁x² + λₙy²) on a 41×41 grid over [−rx, rx]×[−ry, ry], 12 levels f₀·(k/10)²: evenly spaced ellipses, the 10th through w₀. */
    static FieldGrid contours(double l1, double ln, double rx, double ry, double f0) {
        int g = 41;
        double[] v = new double[g * g];
        for (int j = 0; j < g; j++) {
            double y = -ry + 2 * ry * j / (g - 1);
            for (int i = 0; i < g; i++) {
                double x = -rx + 2 * rx * i / (g - 1);
                v[j * g + i] = 0.5 * (l1 * x * x + ln * y * y);
            }
        }
        double[] levels = new double[12];
        for (int k = 0; k < levels.length; k++) {
            double s = (k + 1.0) / 10;
            levels[k] = f0 * s * s;
        }
        return new FieldGrid(CONTOUR_PLOT, -rx, rx, -ry, ry, g, g, v, levels);
    }

    /** The update at step k with its numbers, along λ₁ and λₙ. */
    static String rule(double[][] w, int k, double alpha, double beta, double[] lambda) {
        int n = lambda.length;
        int k1 = Math.min(k + 1, w.length - 1);
        int km = Math.max(k - 1, 0);
        StringBuilder sb = new StringBuilder("wₖ₊₁ = wₖ − α∇f(wₖ) + β(wₖ − wₖ₋₁), α = " + NumberText.format(alpha, 4)
                + ", β = " + NumberText.format(beta, 4) + ", k = " + k);
        int[] idx = {0, n - 1};
        String[] names = {"λ₁", "λₙ"};
        for (int s = 0; s < 2; s++) {
            int i = idx[s];
            sb.append('\n').append("along ").append(names[s]).append(" = ").append(NumberText.format(lambda[i], 4))
                    .append(": ").append(NumberText.format(w[k1][i], 4)).append(" = ")
                    .append(NumberText.format(w[k][i], 4)).append(" − ").append(NumberText.format(alpha, 4))
                    .append("·").append(NumberText.format(lambda[i], 4)).append("·")
                    .append(NumberText.format(w[k][i], 4)).append(" + ").append(NumberText.format(beta, 4))
                    .append("·(").append(NumberText.format(w[k][i], 4)).append(" − ")
                    .append(NumberText.format(w[km][i], 4)).append(")");
        }
        return sb.toString();
    }
}
