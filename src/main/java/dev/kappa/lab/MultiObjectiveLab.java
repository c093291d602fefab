package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;
import java.util.List;

/**
 * Estimation and control as multi-objective (regularized) least squares: minimize J₁ + ρ·J₂ for two
 * competing squared norms, and move along the trade-off curve of (√J₂, √J₁) as ρ goes from 0 to ∞.
 *
 * <p><b>Estimation</b> (n = {@value #N} samples at tᵢ = i/(n − 1), a seeded noisy signal):
 * <ul>
 * <li>smoothing: min ‖y − x‖² + ρ‖Dx‖² with D the (n−1)×n first-difference matrix. Its normal
 * equations (I + ρDᵀD)x = y are tridiagonal, symmetric positive definite with κ ≤ 1 + 4ρ, solved
 * in O(n) per ρ (the same solution as the stacked least-squares problem [I; √ρ D]x ≈ [y; 0]);</li>
 * <li>deblurring: y = Ax_true + noise with A the row-normalized Gaussian blur of width w samples,
 * estimated by min ‖y − Ax‖² + ρ‖x‖² (ridge, {@link Ridge#path}: one SVD for every ρ).</li>
 * </ul>
 * The trade-off curve is drawn over ρ = 10⁻⁴…10⁴ (log-spaced), the current ρ marked and draggable
 * along it, and the "L-curve corner" is the grid point of largest curvature of (log √J₂, log √J₁).
 *
 * <p><b>Control</b>: a cart with state (position, velocity), x_{t+1} = A x_t + B u_t,
 * A = [[1, 1], [0, a]], B = (½, 1), from x₀ = (0, 0) to the target (d, 0): minimize
 * Σ_{t=1…T} ‖x_t − x_target‖² + ρ Σ_{t=0…T−1} u_t². Since x_t = Aᵗx₀ + Σ_{s&lt;t} A^{t−1−s}B u_s is
 * linear in u = (u₀…u_{T−1}), the whole problem is one stacked least-squares problem
 * [G; √ρ I] u ≈ [x_target − h; 0] (G: 2T×T), solved by the core's least squares. Large ρ: gentle,
 * slow inputs; small ρ: aggressive ones. a &gt; 1 makes A unstable (a note says so).
 */
public final class MultiObjectiveLab extends DeclaredLabModel {
    public static final String ID = "multi-objective";
    static final int N = 100;
    static final int CURVE = 33;
    static final String SIGNAL_PLOT = "signal";
    static final String TRADEOFF_PLOT = "tradeoff";
    static final String TRAJECTORY_PLOT = "trajectory";
    static final String INPUT_PLOT = "inputs";
    static final String CONTROL_TRADEOFF_PLOT = "control-tradeoff";
    static final String HANDLE = "current ρ";

    static final PlotSpec SIGNAL = PlotSpec.of(SIGNAL_PLOT, "Signal, noisy data and estimate")
            .x("t", Axis.LINEAR).y("value", Axis.LINEAR)
            .series("data y", Look.of(6).shape(Look.Shape.CIRCLE))
            .series("true signal", Look.of(Look.INK).dashed())
            .series("estimate x̂", Look.of(2).width(2.5));
    static final PlotSpec TRADEOFF = PlotSpec.of(TRADEOFF_PLOT, "Trade-off curve")
            .x("‖Dx̂‖ (roughness)", Axis.LOG).y("‖y − x̂‖ (misfit)", Axis.LOG)
            .series("trade-off over ρ = 10⁻⁴…10⁴", Look.of(1))
            .series("L-curve corner", Look.of(3).shape(Look.Shape.DIAMOND))
            .series(HANDLE, Look.of(2).shape(Look.Shape.CIRCLE))
            .handle(HANDLE, "Drag the ringed point along the curve (or click the curve) to choose ρ; the arrow keys "
                    + "move it (plot focused with Tab).", MultiObjectiveLab::dragAlongCurve);
    static final PlotSpec TRAJECTORY = PlotSpec.of(TRAJECTORY_PLOT, "The cart: position and velocity over time")
            .x("time t", Axis.LINEAR).y("state", Axis.LINEAR)
            .series("position", Look.of(1).width(2.5))
            .series("velocity", Look.of(5).dashed())
            .series("target position", Look.REFERENCE);
    static final PlotSpec INPUTS = PlotSpec.of(INPUT_PLOT, "Inputs u_t (force)")
            .x("time t", Axis.LINEAR).y("u", Axis.LINEAR).zeroAxes()
            .series("input u", Look.of(2).shape(Look.Shape.SQUARE));
    static final PlotSpec CONTROL_TRADEOFF = PlotSpec.of(CONTROL_TRADEOFF_PLOT, "Trade-off: tracking error against effort")
            .x("‖u‖ (effort)", Axis.LOG).y("√Σ‖x_t − x_target‖² (tracking error)", Axis.LOG)
            .series("trade-off over ρ", Look.of(1))
            .series("this ρ", Look.of(2).shape(Look.Shape.CIRCLE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Multi-objective least squares: estimation and control")
            .topic(Topic.APPLICATIONS, 3)
            .blurb("Denoise, deblur and steer a cart by min J₁ + ρJ₂; walk the trade-off curve.")
            .params(params().params())
            .presets(presets())
            .plots(SIGNAL, TRADEOFF, TRAJECTORY, INPUTS, CONTROL_TRADEOFF);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("task", "task", "estimation", Param.option("estimation", "estimation"),
                        Param.option("control", "control")),
                Param.logNumber("rho", "weight ρ", 1e-4, 1e4, 10),
                Param.choice("method", "estimation by", "smooth", Param.option("smooth", "smoothing: ‖y − x‖² + ρ‖Dx‖²"),
                        Param.option("deblur", "deblurring: ‖y − Ax‖² + ρ‖x‖²")),
                Param.choice("signal", "signal", "smooth", Param.option("smooth", "smooth"),
                        Param.option("piecewise", "piecewise constant"), Param.option("spike", "smooth with a spike")),
                Param.number("noise", "noise standard deviation", 0, 1, 0.01, 0.2),
                Param.integer("blur", "blur width w (samples)", 1, 10, 3),
                Param.integer("seed", "seed", 0, 999999, 1),
                Param.integer("horizon", "control horizon T", 5, 100, 30),
                Param.number("target", "target position d", -20, 20, 0.5, 10),
                Param.number("a", "velocity factor a in A = [[1, 1], [0, a]]", 0.5, 1.2, 0.01, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Smoothing, ρ = 10", "rho=10"),
                new Preset("Smoothing, ρ = 1000: too smooth", "rho=1000"),
                new Preset("Piecewise signal, ρ = 1", "signal=piecewise&rho=1"),
                new Preset("A spike, ρ = 10", "signal=spike&rho=10"),
                new Preset("Deblurring, ρ = 0.01", "method=deblur&rho=0.01"),
                new Preset("Deblurring, ρ = 10⁻⁴: noise blown up", "method=deblur&rho=0.0001"),
                new Preset("Control, ρ = 10: gentle", "task=control&rho=10"),
                new Preset("Control, ρ = 0.01: aggressive", "task=control&rho=0.01"),
                new Preset("Control with unstable A (a = 1.1)", "task=control&rho=1&a=1.1"));
    }

    public MultiObjectiveLab() {
        super(DECLARATION);
    }

    // ---- estimation --------------------------------------------------------------------

    /** The true signal at tᵢ = i/(n − 1). */
    static double[] signal(String kind) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            double t = (double) i / (N - 1);
            switch (kind) {
                case "piecewise":
                    x[i] = t < 0.3 ? 0 : t < 0.6 ? 1 : t < 0.8 ? -0.5 : 0.5;
                    break;
                case "spike":
                    x[i] = KMath.sin(2 * Math.PI * t) + (i == N / 2 ? 2 : 0);
                    break;
                default:
                    x[i] = KMath.sin(2 * Math.PI * t) + 0.5 * KMath.sin(6 * Math.PI * t);
            }
        }
        return x;
    }

    /** Row-normalized Gaussian blur: A_ij ∝ exp(−(i − j)²/(2w²)) for |i − j| ≤ 3w. */
    static Matrix blur(int w) {
        double[][] a = new double[N][N];
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = Math.max(0, i - 3 * w); j <= Math.min(N - 1, i + 3 * w); j++) {
                double d = i - j;
                a[i][j] = KMath.exp(-d * d / (2.0 * w * w));
                sum += a[i][j];
            }
            for (int j = 0; j < N; j++) {
                a[i][j] /= sum;
            }
        }
        return Matrix.of(a);
    }

    /** The data: the signal (blurred for deblurring) plus seeded noise. */
    static double[] data(ParamSet p, double[] truth, Matrix blur) {
        double[] eps = new Rng(p.integer("seed")).gaussianVector(N);
        double[] clean = blur == null ? truth : blur.times(truth);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = clean[i] + p.number("noise") * eps[i];
        }
        return y;
    }

    /**
     * Solves (I + ρDᵀD)x = y: DᵀD is tridiagonal with diagonal (1, 2, …, 2, 1) and off-diagonals −1.
     * Thomas's algorithm without pivoting is stable here (the matrix is symmetric positive definite and
     * diagonally dominant).
     */
    static double[] smooth(double[] y, double rho) {
        int n = y.length;
        double[] c = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double diag = 1 + rho * (i == 0 || i == n - 1 ? 1 : 2);
            double lower = i == 0 ? 0 : -rho;
            double m = diag - lower * (i == 0 ? 0 : c[i - 1]);
            c[i] = i == n - 1 ? 0 : -rho / m;
            d[i] = (y[i] - lower * (i == 0 ? 0 : d[i - 1])) / m;
        }
        double[] x = new double[n];
        x[n - 1] = d[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            x[i] = d[i] - c[i] * x[i + 1];
        }
        return x;
    }

    static double roughness(double[] x) {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            s += (x[i] - x[i - 1]) * (x[i] - x[i - 1]);
        }
        return Math.sqrt(s);
    }

    static double[] curveRhos() {
        double[] r = new double[CURVE];
        for (int k = 0; k < CURVE; k++) {
            r[k] = KMath.pow(10, -4 + 8.0 * k / (CURVE - 1));
        }
        return r;
    }

    /** The estimates for each ρ in {@code rhos}: rows of x̂. */
    static double[][] estimates(ParamSet p, double[] rhos) {
        boolean deblur = p.choice("method").equals("deblur");
        double[] truth = signal(p.choice("signal"));
        Matrix a = deblur ? blur(p.integer("blur")) : null;
        double[] y = data(p, truth, a);
        if (deblur) {
            return Ridge.path(a, y, rhos);
        }
        double[][] out = new double[rhos.length][];
        for (int k = 0; k < rhos.length; k++) {
            out[k] = smooth(y, rhos[k]);
        }
        return out;
    }

    /** (√J₂, √J₁) of an estimate: (‖Dx‖ or ‖x‖, ‖y − x‖ or ‖y − Ax‖). */
    private static double[] objectives(double[] x, double[] y, Matrix a) {
        double[] fit = a == null ? x : a.times(x);
        double misfit = 0;
        for (int i = 0; i < N; i++) {
            misfit += (y[i] - fit[i]) * (y[i] - fit[i]);
        }
        return new double[] {a == null ? roughness(x) : norm(x), Math.sqrt(misfit)};
    }

    /** The handle: the curve point nearest (x, y) in log–log coordinates sets ρ. */
    static void dragAlongCurve(ParamSet values, double x, double y) {
        if (!(x > 0 && y > 0)) {
            return;
        }
        double[] rhos = curveRhos();
        double[][] est = estimates(values, rhos);
        boolean deblur = values.choice("method").equals("deblur");
        double[] truth = signal(values.choice("signal"));
        Matrix a = deblur ? blur(values.integer("blur")) : null;
        double[] data = data(values, truth, a);
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < rhos.length; k++) {
            double[] o = objectives(est[k], data, a);
            double dx = KMath.log(o[0] / x);
            double dy = KMath.log(o[1] / y);
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        values.set("rho", rhos[best]);
    }

    private LabOutput estimation(ParamSet p, LabOutput out) {
        boolean deblur = p.choice("method").equals("deblur");
        double rho = p.number("rho");
        double[] truth = signal(p.choice("signal"));
        Matrix a = deblur ? blur(p.integer("blur")) : null;
        double[] y = data(p, truth, a);
        double[] rhos = curveRhos();
        double[] all = java.util.Arrays.copyOf(rhos, CURVE + 1);
        all[CURVE] = rho;
        double[][] est = deblur ? Ridge.path(a, y, all) : null;
        double[] cx = new double[CURVE];
        double[] cy = new double[CURVE];
        for (int k = 0; k < CURVE; k++) {
            double[] o = objectives(deblur ? est[k] : smooth(y, rhos[k]), y, a);
            cx[k] = o[0];
            cy[k] = o[1];
        }
        double[] xhat = deblur ? est[CURVE] : smooth(y, rho);
        double[] now = objectives(xhat, y, a);

        double[] ts = new double[N];
        for (int i = 0; i < N; i++) {
            ts[i] = (double) i / (N - 1);
        }
        out.plot(SIGNAL.titled(deblur ? "Blurred noisy data and the deblurred estimate (ρ = " + NumberText.format(rho, 3)
                + ")" : "Noisy data and the smoothed estimate (ρ = " + NumberText.format(rho, 3) + ")"));
        out.points(SIGNAL_PLOT, "data y", ts, y);
        out.line(SIGNAL_PLOT, "true signal", ts, truth);
        out.line(SIGNAL_PLOT, "estimate x̂", ts, xhat);
        PlotSpec trade = deblur ? TRADEOFF.x("‖x̂‖ (size)", Axis.LOG).y("‖y − Ax̂‖ (misfit)", Axis.LOG) : TRADEOFF;
        out.plot(trade);
        out.line(TRADEOFF_PLOT, "trade-off over ρ = 10⁻⁴…10⁴", cx, cy);
        int corner = corner(cx, cy);
        out.add(Marker.point(TRADEOFF_PLOT, "L-curve corner", cx[corner], cy[corner]));
        out.add(Marker.point(TRADEOFF_PLOT, HANDLE, now[0], now[1]));

        double err = 0;
        double raw = 0;
        for (int i = 0; i < N; i++) {
            err += (xhat[i] - truth[i]) * (xhat[i] - truth[i]);
            raw += (y[i] - truth[i]) * (y[i] - truth[i]);
        }
        String j2 = deblur ? "‖x̂‖" : "‖Dx̂‖";
        String j1 = deblur ? "‖y − Ax̂‖" : "‖y − x̂‖";
        out.readout("rho", "ρ", rho);
        out.readout("misfit", j1 + " (misfit)", now[1]);
        out.readout("penalty", j2 + (deblur ? " (size)" : " (roughness)"), now[0]);
        out.readout("objective", "J = " + j1 + "² + ρ" + j2 + "²", now[1] * now[1] + rho * now[0] * now[0]);
        out.readout("error", "‖x̂ − x_true‖ (error against the truth)", Math.sqrt(err));
        out.readout("rawError", "‖y − x_true‖ (the data's own error)", Math.sqrt(raw));
        out.readout("cornerRho", "ρ at the L-curve corner", rhos[corner]);
        out.rule(deblur ? "x̂ = argmin ‖y − Ax‖² + ρ‖x‖² = (AᵀA + ρI)⁻¹Aᵀy\n" + NumberText.format(now[1] * now[1], 4)
                + " + " + NumberText.format(rho, 3) + " · " + NumberText.format(now[0] * now[0], 4) + " = "
                + NumberText.format(now[1] * now[1] + rho * now[0] * now[0], 4)
                : "x̂ = argmin ‖y − x‖² + ρ‖Dx‖² = (I + ρDᵀD)⁻¹y\n" + NumberText.format(now[1] * now[1], 4) + " + "
                + NumberText.format(rho, 3) + " · " + NumberText.format(now[0] * now[0], 4) + " = "
                + NumberText.format(now[1] * now[1] + rho * now[0] * now[0], 4));
        if (deblur && rho < 1e-3) {
            out.note("ρ = " + NumberText.format(rho, 3) + " is tiny: A's small singular values divide the noise, so the "
                    + "estimate is dominated by amplified noise (that is why deblurring needs regularization)");
        }
        if (p.number("noise") == 0) {
            out.note("noise 0: the data are exact, so the best ρ is as small as possible and the trade-off curve's "
                    + "misfit falls towards 0");
        }
        out.summary((deblur ? "Deblurring" : "Smoothing") + " " + p.choice("signal") + " signal from " + N
                + " noisy samples with ρ = " + NumberText.format(rho, 3) + ": misfit " + NumberText.format(now[1], 3)
                + ", " + j2 + " = " + NumberText.format(now[0], 3) + ", error against the truth "
                + NumberText.format(Math.sqrt(err), 3) + " (the data's own error " + NumberText.format(Math.sqrt(raw), 3)
                + "); the L-curve corner is at ρ ≈ " + NumberText.format(rhos[corner], 2) + ".");
        return out;
    }

    /**
     * The grid point of largest curvature of the log–log curve (u, v) = (log cx, log cy) as a function
     * of the index (central differences): κ = |u'v'' − v'u''|/(u'² + v'²)^{3/2}.
     */
    static int corner(double[] cx, double[] cy) {
        int best = 1;
        double bestK = -1;
        for (int k = 1; k < cx.length - 1; k++) {
            double u0 = KMath.log(cx[k - 1]);
            double u1 = KMath.log(cx[k]);
            double u2 = KMath.log(cx[k + 1]);
            double v0 = KMath.log(cy[k - 1]);
            double v1 = KMath.log(cy[k]);
            double v2 = KMath.log(cy[k + 1]);
            double du = 0.5 * (u2 - u0);
            double dv = 0.5 * (v2 - v0);
            double ddu = u2 - 2 * u1 + u0;
            double ddv = v2 - 2 * v1 + v0;
            double speed = du * du + dv * dv;
            double curv = speed > 0 ? Math.abs(du * ddv - dv * ddu) / (speed * Math.sqrt(speed)) : 0;
            if (Double.isFinite(curv) && curv > bestK) {
                bestK = curv;
                best = k;
            }
        }
        return best;
    }

    // ---- control -----------------------------------------------------------------------

    /** G (2T×T): the states x₁…x_T stacked are Gu (x₀ = 0, so the free response is 0). */
    static Matrix response(int horizon, double a) {
        double[][] g = new double[2 * horizon][horizon];
        // column s: the response to a unit input at time s, A^{t−1−s}B for t > s
        for (int s = 0; s < horizon; s++) {
            double pos = 0.5;
            double vel = 1;
            for (int t = s + 1; t <= horizon; t++) {
                g[2 * (t - 1)][s] = pos;
                g[2 * (t - 1) + 1][s] = vel;
                double np = pos + vel;
                vel = a * vel;
                pos = np;
            }
        }
        return Matrix.of(g);
    }

    /** The optimal inputs u for weight ρ: LeastSquares of [G; √ρ I] u ≈ [x_target − h; 0] (x₀ = 0, so h = 0). */
    static double[] controlInputs(int horizon, double a, double target, double rho) {
        Matrix g = response(horizon, a);
        double[][] rows = new double[3 * horizon][];
        double[] rhs = new double[3 * horizon];
        double w = Math.sqrt(rho);
        for (int i = 0; i < 2 * horizon; i++) {
            rows[i] = g.row(i);
            rhs[i] = i % 2 == 0 ? target : 0;
        }
        for (int s = 0; s < horizon; s++) {
            rows[2 * horizon + s] = new double[horizon];
            rows[2 * horizon + s][s] = w;
        }
        return LeastSquares.solve(Matrix.of(rows), rhs).x();
    }

    /** x_target stacked T times: (d, 0, d, 0, …). */
    static double[] targets(int horizon, double target) {
        double[] r = new double[2 * horizon];
        for (int i = 0; i < horizon; i++) {
            r[2 * i] = target;
        }
        return r;
    }

    /** States x₀…x_T under inputs u: {positions, velocities}. */
    static double[][] simulate(double[] u, double a) {
        int horizon = u.length;
        double[] pos = new double[horizon + 1];
        double[] vel = new double[horizon + 1];
        for (int t = 0; t < horizon; t++) {
            pos[t + 1] = pos[t] + vel[t] + 0.5 * u[t];
            vel[t + 1] = a * vel[t] + u[t];
        }
        return new double[][] {pos, vel};
    }

    /** (‖u‖, √Σ_{t≥1}‖x_t − x_target‖²). */
    static double[] controlObjectives(double[] u, double a, double target) {
        double[][] x = simulate(u, a);
        double track = 0;
        for (int t = 1; t < x[0].length; t++) {
            double off = x[0][t] - target;
            double speed = x[1][t] * x[1][t];
            double term = off * off + speed;
            // the sum on the left: TeaVM 0.15's JS printer inlined `track += term` as track + off² + speed,
            // a different rounding from the JVM's (docs/architecture.md)
            track = term + track;
        }
        return new double[] {norm(u), Math.sqrt(track)};
    }

    private LabOutput control(ParamSet p, LabOutput out) {
        int horizon = p.integer("horizon");
        double a = p.number("a");
        double target = p.number("target");
        double rho = p.number("rho");
        double[] u = controlInputs(horizon, a, target, rho);
        double[][] x = simulate(u, a);
        double[] ts = new double[horizon + 1];
        for (int t = 0; t <= horizon; t++) {
            ts[t] = t;
        }
        double[] ut = java.util.Arrays.copyOf(ts, horizon);
        out.plot(TRAJECTORY.titled("The cart steered to d = " + NumberText.format(target, 3) + " (ρ = "
                + NumberText.format(rho, 3) + ")"));
        out.add(new Series(TRAJECTORY_PLOT, "position", Series.Style.LINE, ts, x[0]).animated());
        out.add(new Series(TRAJECTORY_PLOT, "velocity", Series.Style.LINE, ts, x[1]).animated());
        out.add(Marker.horizontal(TRAJECTORY_PLOT, "target position", target));
        out.plot(INPUTS);
        out.add(new Series(INPUT_PLOT, "input u", Series.Style.POINTS, ut, u).animated());
        // the curve: the same problem is ridge regression of the stacked targets on G, one SVD for every ρ
        double[] rhos = curveRhos();
        double[][] path = Ridge.path(response(horizon, a), targets(horizon, target), rhos);
        double[] cx = new double[CURVE];
        double[] cy = new double[CURVE];
        for (int k = 0; k < CURVE; k++) {
            double[] o = controlObjectives(path[k], a, target);
            cx[k] = o[0];
            cy[k] = o[1];
        }
        double[] now = controlObjectives(u, a, target);
        out.plot(CONTROL_TRADEOFF);
        out.line(CONTROL_TRADEOFF_PLOT, "trade-off over ρ", cx, cy);
        out.add(Marker.point(CONTROL_TRADEOFF_PLOT, "this ρ", now[0], now[1]));
        out.steps(horizon + 1);
        double peak = 0;
        for (double v : u) {
            peak = Math.max(peak, Math.abs(v));
        }
        out.stepReadout("t", "time t", horizon + 1, t -> String.valueOf(t));
        out.stepReadout("state", "state (position, velocity)", horizon + 1, t -> "(" + NumberText.format(x[0][t], 4)
                + ", " + NumberText.format(x[1][t], 4) + ")");
        out.stepReadout("u", "input u_t", horizon + 1, t -> t < horizon ? NumberText.format(u[t], 4) : "— (horizon ends)");
        out.readout("rho", "ρ", rho);
        out.readout("tracking", "√Σ‖x_t − x_target‖² (tracking error)", now[1]);
        out.readout("effort", "‖u‖ (effort)", now[0]);
        out.readout("peak", "largest |u_t|", peak);
        out.readout("final", "final position x_T", x[0][horizon]);
        out.rule("u = argmin Σ‖x_t − x_target‖² + ρΣu_t²  (x = Gu: one stacked least-squares problem [G; √ρ I]u ≈ "
                + "[x_target; 0])\n" + NumberText.format(now[1] * now[1], 4) + " + " + NumberText.format(rho, 3) + " · "
                + NumberText.format(now[0] * now[0], 4) + " = " + NumberText.format(now[1] * now[1] + rho * now[0] * now[0], 4));
        if (a > 1) {
            out.note("a = " + NumberText.format(a, 3) + " > 1: A is unstable (its eigenvalue a > 1), so an uncontrolled "
                    + "velocity grows like aᵗ; the least-squares inputs still steer the cart, but G's entries grow with the "
                    + "horizon and the inputs must keep correcting");
        }
        out.summary("A cart steered from 0 to " + NumberText.format(target, 3) + " over " + horizon + " steps with ρ = "
                + NumberText.format(rho, 3) + ": tracking error " + NumberText.format(now[1], 3) + ", input effort ‖u‖ = "
                + NumberText.format(now[0], 3) + ", largest input " + NumberText.format(peak, 3) + ", final position "
                + NumberText.format(x[0][horizon], 4) + ".");
        return out;
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        return p.choice("task").equals("control") ? control(p, out) : estimation(p, out);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
