package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import java.util.List;

/**
 * The power method and its relatives on a symmetric matrix with chosen eigenvalues, A = QΛQᵀ.
 * Every variant iterates x_{k+1} = Bx_k/‖Bx_k‖ from x₀ = start/‖start‖ and reads the Rayleigh
 * quotient ρ(x) = xᵀAx/xᵀx:
 * <ul>
 * <li>power: B = A, converging to the eigenvector of largest |λ|;</li>
 * <li>shifted: B = A − μI, to the eigenvalue farthest from μ;</li>
 * <li>inverse: B = (A − μI)⁻¹ (a solve, by the core's {@link SVD}), to the eigenvalue nearest μ;</li>
 * <li>deflated: B = A − λ̂₁v̂v̂ᵀ with (λ̂₁, v̂) from a plain power run, to the second eigenpair.</li>
 * </ul>
 * With βᵢ the eigenvalues of B (λᵢ, λᵢ − μ, 1/(λᵢ − μ)) and β_t the largest in modulus, the
 * component along qᵢ shrinks relative to q_t by |βᵢ/β_t| per step, so tan∠(x_k, q_t) falls like
 * r^k with r = max_{i≠t}|βᵢ/β_t| (exactly r^k·tan∠(x₀, q_t) for 2×2), and for symmetric A the
 * Rayleigh quotient's error like r^{2k}. |β| tied between two different eigenvalues (λ₁ = −λ₂)
 * means r = 1: no convergence.
 *
 * <p>Matrices: 2×2 with q₁ = (cos θ, sin θ), q₂ = (−sin θ, cos θ) (cosine and sine from
 * {@link KMath}); n×n with λ₃ … λₙ evenly spaced between λ₂ and 0 and Q = I − 2uuᵀ/uᵀu, a Householder
 * reflection for a seeded Gaussian u, the start vector then drawn from the same {@link Rng}.
 */
public final class PowerIterationLab extends DeclaredLabModel {
    public static final String ID = "power-iteration";
    static final String CIRCLE_PLOT = "circle";
    static final String ERROR_PLOT = "error";
    static final String RAYLEIGH_PLOT = "rayleigh";
    static final String SPECTRUM_PLOT = "spectrum";
    static final String ITERATES = "iterates xₖ/‖xₖ‖";
    static final String START = "start x₀ (drag)";
    static final String VECTOR_ERROR = "sin∠(xₖ, target eigenvector)";
    static final String VALUE_ERROR = "|ρ(xₖ) − λ| (Rayleigh quotient)";
    static final String RATE = "predicted ∝ rᵏ";
    static final String RATE_SQUARED = "predicted ∝ r²ᵏ";
    static final String RHO = "ρ(xₖ) = xₖᵀAxₖ/xₖᵀxₖ";
    /** Errors at or below this are rounding: the floor of the log axis, and the end of rate measurements. */
    static final double FLOOR = 1e-16;
    /** Named, so no product has a compound right operand (TeaVM 0.15's JS printer re-associates those). */
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;
    /** The unit circle is drawn as a 120-gon. */
    private static final double CIRCLE_STEP = 2 * Math.PI / 120;
    /** Plain power steps behind the deflation's (λ̂₁, v̂). */
    static final int DEFLATION_STEPS = 500;

    static final PlotSpec CIRCLE = PlotSpec.of(CIRCLE_PLOT, "Iterates on the unit circle")
            .x("x₁", Axis.LINEAR).y("x₂", Axis.LINEAR).equalAspect().zeroAxes().shape(PlotSpec.Shape.SQUARE)
            .series("unit circle", Look.of(Look.MUTED).width(1))
            .series("A·(unit circle): an ellipse with semi-axes |λᵢ|", Look.of(5).dashed())
            .series("eigenvector line q₁", Look.of(1).width(2.5))
            .series("eigenvector line q₂", Look.of(6).width(2.5).dashDot())
            .series(ITERATES, Look.of(2).shape(Look.Shape.CIRCLE))
            .series(START, Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .handle(START, "Drag the start x₀ (or click to put it there); arrow keys move it with the plot focused. "
                    + "The iterates xₖ/‖xₖ‖ turn towards the target eigenvector line; Play shows them one by one.",
                    (values, x, y) -> values.set("x1", x).set("x2", y));
    static final PlotSpec ERROR = PlotSpec.of(ERROR_PLOT, "Errors vs k, against the predicted rates")
            .x("iteration k", Axis.INDEX).y("error", Axis.LOG)
            .floor(FLOOR, "errors at or below 1e-16 (rounding) are drawn here")
            .series(VECTOR_ERROR, Look.of(1).shape(Look.Shape.CIRCLE))
            .series(VALUE_ERROR, Look.of(2).shape(Look.Shape.SQUARE))
            .series(RATE, Look.of(1).dotted())
            .series(RATE_SQUARED, Look.of(2).dotted());
    static final PlotSpec RAYLEIGH = PlotSpec.of(RAYLEIGH_PLOT, "The Rayleigh quotient approaches the eigenvalue")
            .x("iteration k", Axis.INDEX).y("ρ(xₖ)", Axis.LINEAR)
            .series(RHO, Look.of(3).shape(Look.Shape.CIRCLE));
    static final PlotSpec SPECTRUM = PlotSpec.of(SPECTRUM_PLOT, "Eigenvalues λᵢ and each component's factor per step")
            .x("eigenvalue λᵢ", Axis.LINEAR).y("|βᵢ/β_target| per step", Axis.LINEAR)
            .help("Each eigen-component of xₖ is multiplied by βᵢ (λᵢ, λᵢ − μ or 1/(λᵢ − μ)) at every step; relative to "
                    + "the target's it shrinks by |βᵢ/β_target|. The largest of those, r, sets the rate.")
            .series("eigenvalues λᵢ", Look.of(Look.MUTED).shape(Look.Shape.CIRCLE))
            .series("target eigenvalue", Look.of(1).shape(Look.Shape.DIAMOND))
            .series("second: r = |β₂/β_target|", Look.of(6).shape(Look.Shape.SQUARE));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Power iteration: the Rayleigh quotient, shifts and deflation")
            .topic(Topic.LINEAR_ALGEBRA, 3)
            .blurb("Repeated multiplication finds the dominant eigenvector at the rate |λ₂/λ₁|ᵏ; shifts, inverse "
                    + "iteration and deflation find the others.")
            .params(params().params())
            .presets(presets())
            .plots(CIRCLE, ERROR, RAYLEIGH, SPECTRUM);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("matrix", "matrix A", "2x2", Param.option("2x2", "2×2, eigenvectors at angle θ"),
                        Param.option("nxn", "n×n, seeded eigenvectors")),
                Param.number("l1", "eigenvalue λ₁", -5, 5, 0.01, 2),
                Param.number("l2", "eigenvalue λ₂", -5, 5, 0.01, 1),
                Param.number("angle", "angle θ of q₁, degrees (2×2)", -90, 90, 1, 30),
                Param.integer("n", "size n (n×n; λ₃…λₙ between λ₂ and 0)", 3, 40, 10),
                Param.choice("mode", "method", "power", Param.option("power", "power iteration: B = A"),
                        Param.option("shift", "shifted: B = A − μI"),
                        Param.option("inverse", "inverse: B = (A − μI)⁻¹"),
                        Param.option("deflate", "deflated: B = A − λ̂₁v̂v̂ᵀ")),
                Param.number("mu", "shift μ", -6, 6, 0.01, 0),
                Param.number("x1", "start x₀, first coordinate (2×2)", -2, 2, 0.01, -0.2),
                Param.number("x2", "start x₀, second coordinate (2×2)", -2, 2, 0.01, 1),
                Param.integer("steps", "iterations", 1, 200, 30),
                Param.integer("seed", "seed (n×n)", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("λ = 2 and 1: rate 1/2", "l1=2&l2=1"),
                new Preset("λ₂/λ₁ = 0.95: slow", "l2=1.9&steps=100"),
                new Preset("λ₁ = −λ₂: no convergence", "l2=-2"),
                new Preset("Start orthogonal to q₁", "angle=0&x1=0&x2=1"),
                new Preset("Shifted by μ = 3: the other end", "mode=shift&mu=3"),
                new Preset("Inverse iteration near 0.9", "mode=inverse&mu=0.9&steps=10"),
                new Preset("Deflation: the second eigenpair", "mode=deflate"),
                new Preset("10×10: λ₁ = 2, λ₂ = 1.6", "matrix=nxn&n=10&l2=1.6&steps=60"),
                new Preset("Equal eigenvalues λ₁ = λ₂", "l2=2"));
    }

    public PowerIterationLab() {
        super(DECLARATION);
    }

    /** The matrix of a state: A = QΛQᵀ with its exact ingredients, and the start vector. */
    static final class Problem {
        final int n;
        final double[] lambda;
        /** qᵢ, the constructed eigenvectors (rows). */
        final double[][] q;
        final Matrix a;
        final double[] start;

        Problem(double[] lambda, double[][] q, double[] start) {
            this.n = lambda.length;
            this.lambda = lambda;
            this.q = q;
            this.start = start;
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < n; l++) {
                        s += q[l][i] * lambda[l] * q[l][j];
                    }
                    m[i][j] = tidy(s);
                }
            }
            a = Matrix.of(m);
        }
    }

    static Problem problem(ParamSet p) {
        double l1 = p.number("l1");
        double l2 = p.number("l2");
        if (p.choice("matrix").equals("2x2")) {
            double t = p.number("angle") * RADIANS_PER_DEGREE;
            double c = KMath.cos(t);
            double s = KMath.sin(t);
            return new Problem(new double[] {l1, l2}, new double[][] {{c, s}, {tidy(-s), c}},
                    new double[] {p.number("x1"), p.number("x2")});
        }
        int n = p.integer("n");
        double[] lambda = new double[n];
        lambda[0] = l1;
        lambda[1] = l2;
        for (int j = 2; j < n; j++) {
            lambda[j] = l2 * (n - j) / (n - 1); // λ₃ … λₙ: (n−2)/(n−1)·λ₂ down to λ₂/(n−1)
        }
        Rng rng = new Rng(p.integer("seed"));
        double[] u = rng.gaussianVector(n);
        double uu = dot(u, u);
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / uu;
            }
        }
        return new Problem(lambda, q, rng.gaussianVector(n));
    }

    /** One run: the normalized iterates and what they converge to. */
    static final class Run {
        final double[][] x;
        final double[] rho;
        final double[] vectorError;
        final double[] valueError;
        /** Index of the target eigenvalue, the ratio r, and the βᵢ. */
        final int target;
        final double rate;
        final double[] beta;
        int stoppedAt = -1;

        Run(double[][] x, double[] rho, double[] vectorError, double[] valueError, int target, double rate,
                double[] beta) {
            this.x = x;
            this.rho = rho;
            this.vectorError = vectorError;
            this.valueError = valueError;
            this.target = target;
            this.rate = rate;
            this.beta = beta;
        }
    }

    /** What B does to a vector. */
    interface Step {
        double[] apply(double[] x);
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        Problem pr = problem(p);
        int n = pr.n;
        String mode = p.choice("mode");
        double mu = p.number("mu");
        int steps = p.integer("steps");
        double[] x0 = pr.start.clone();
        if (dot(x0, x0) == 0) {
            out.note("The start vector is 0, and A·0 = 0 has no direction: power iteration needs x₀ ≠ 0. Using x₀ = (1, "
                    + "0) instead; drag the start or set it with the sliders.");
            x0 = new double[n];
            x0[0] = 1;
        }
        double scale = 0;
        for (double l : pr.lambda) {
            scale = Math.max(scale, Math.abs(l));
        }
        if (scale == 0) {
            out.note("A = 0: every vector is an eigenvector for λ = 0 and Axₖ = 0, so there is nothing to iterate; "
                    + "give λ₁ or λ₂ a nonzero value.");
        }

        double[] beta = new double[n];
        Step step;
        double[] deflated = null;
        switch (mode) {
            case "shift": {
                Matrix b = pr.a.minus(Matrix.identity(n).scale(mu));
                for (int i = 0; i < n; i++) {
                    beta[i] = pr.lambda[i] - mu;
                }
                step = b::times;
                break;
            }
            case "inverse": {
                double m = mu;
                double gap = Double.POSITIVE_INFINITY;
                for (double l : pr.lambda) {
                    gap = Math.min(gap, Math.abs(l - mu));
                }
                if (gap <= 1e-12 * Math.max(scale, 1)) {
                    m = mu + 1e-9 * Math.max(scale, 1);
                    out.note("μ = " + NumberText.format(mu) + " is an eigenvalue, so A − μI is singular and cannot be "
                            + "solved with: using μ + " + NumberText.format(1e-9 * Math.max(scale, 1)) + ". One step "
                            + "then lands on the eigenvector almost exactly.");
                }
                SVD solve = SVD.of(pr.a.minus(Matrix.identity(n).scale(m)));
                for (int i = 0; i < n; i++) {
                    beta[i] = 1 / (pr.lambda[i] - m);
                }
                step = solve::solve;
                break;
            }
            case "deflate": {
                Run first = iterate(pr, pr.a::times, pr.lambda.clone(), x0, DEFLATION_STEPS);
                double lhat = first.rho[first.rho.length - 1];
                double[] v = first.x[first.x.length - 1];
                double[][] m = pr.a.toArray();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        m[i][j] -= lhat * v[i] * v[j];
                    }
                }
                Matrix b = Matrix.of(m);
                // B's eigenvalues: λᵢ off the deflated one, and about λ_t − λ̂₁ ≈ 0 on it
                for (int i = 0; i < n; i++) {
                    beta[i] = i == first.target ? pr.lambda[i] - lhat : pr.lambda[i];
                }
                deflated = new double[] {lhat, first.vectorError[first.vectorError.length - 1], first.rate};
                if (first.rate >= 1) {
                    out.note("The plain power run behind the deflation does not converge (r = 1), so v̂ is no eigenvector "
                            + "and the deflated matrix does not isolate the second eigenpair.");
                }
                step = b::times;
                break;
            }
            default:
                beta = pr.lambda.clone();
                step = pr.a::times;
        }
        Run run = iterate(pr, step, beta, x0, steps);
        noteTies(out, pr, run, mode);
        double[] c0 = new double[n];
        for (int i = 0; i < n; i++) {
            c0[i] = dot(pr.q[i], normalized(x0));
        }
        if (Math.abs(c0[run.target]) <= 1e-12 && run.rate < 1) {
            out.note("x₀ has no component along the target eigenvector q" + Sub.script(run.target + 1) + " (to rounding): in "
                    + "exact arithmetic every iterate stays orthogonal to it, so the method settles on the next eigenvector "
                    + "instead; only rounding errors could bring q" + Sub.script(run.target + 1) + " back in.");
        }
        if (run.stoppedAt >= 0) {
            out.note("Bx" + Sub.script(run.stoppedAt) + " = 0: the iterate has no direction left, so the run stops at k = "
                    + run.stoppedAt + ".");
        }
        draw(out, p, pr, run);
        readouts(out, pr, run, mode, mu, deflated);
        return out;
    }

    /** Notes for |β| tied at the top: equal eigenvalues (an eigenspace) or λ₁ = −λ₂ (no convergence). */
    private static void noteTies(LabOutput out, Problem pr, Run run, String mode) {
        int t = run.target;
        for (int i = 0; i < pr.n; i++) {
            if (i == t || Math.abs(run.beta[i]) != Math.abs(run.beta[t])) {
                continue;
            }
            if (pr.lambda[i] == pr.lambda[t]) {
                out.note("λ" + Sub.script(t + 1) + " = λ" + Sub.script(i + 1) + ": every vector in the plane of q"
                        + Sub.script(t + 1) + " and q" + Sub.script(i + 1) + " is an eigenvector, so the iterates settle on "
                        + "the start's own direction in that plane" + (pr.n == 2 ? " (here A = λI: x₀ itself)" : "")
                        + "; the error is measured to that plane.");
            } else {
                out.note("|β| is the same for λ = " + NumberText.format(pr.lambda[t]) + " and λ = "
                        + NumberText.format(pr.lambda[i]) + " (" + (mode.equals("power") ? "|λ₁| = |λ₂|" : "equally far "
                        + "from the shift") + "): neither component wins, so the iterates alternate between two directions "
                        + "and never converge; r = 1.");
            }
            return;
        }
    }

    /**
     * The iteration x_{k+1} = Bx_k/‖Bx_k‖ from x₀/‖x₀‖ for {@code count} steps. The target is the
     * eigenvalue of largest |βᵢ| (the first such index), and errors are measured to the span of every
     * qᵢ with that same βᵢ (an eigenspace when eigenvalues repeat).
     */
    static Run iterate(Problem pr, Step b, double[] beta, double[] x0, int count) {
        int n = pr.n;
        int t = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(beta[i]) > Math.abs(beta[t])) {
                t = i;
            }
        }
        double second = 0;
        for (int i = 0; i < n; i++) {
            if (beta[i] != beta[t]) {
                second = Math.max(second, Math.abs(beta[i]));
            }
        }
        double rate = beta[t] == 0 ? Double.NaN : second / Math.abs(beta[t]);
        double[][] xs = new double[count + 1][];
        double[] rho = new double[count + 1];
        double[] ev = new double[count + 1];
        double[] vv = new double[count + 1];
        xs[0] = tidy(normalized(x0));
        int stopped = -1;
        for (int k = 0; k <= count; k++) {
            if (k > 0) {
                double[] y = stopped >= 0 ? null : b.apply(xs[k - 1]);
                double norm = y == null ? 0 : Math.sqrt(dot(y, y));
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    if (stopped < 0) {
                        stopped = k - 1;
                    }
                    xs[k] = xs[k - 1];
                } else {
                    xs[k] = tidy(scaled(y, 1 / norm));
                }
            }
            double[] x = xs[k];
            rho[k] = tidy(dot(x, pr.a.times(x)));
            // sin∠(x, span{qᵢ : βᵢ = β_t}) for unit x: the length of x's part along the other qⱼ
            // (summed directly, not as √(1 − cos²), which loses everything below 1e-8)
            double outside = 0;
            for (int i = 0; i < n; i++) {
                if (beta[i] != beta[t]) {
                    double c = dot(pr.q[i], x);
                    outside += c * c;
                }
            }
            ev[k] = tidy(Math.sqrt(outside));
            vv[k] = tidy(Math.abs(rho[k] - pr.lambda[t]));
        }
        Run run = new Run(xs, rho, ev, vv, t, rate, beta);
        run.stoppedAt = stopped;
        return run;
    }

    private void draw(LabOutput out, ParamSet p, Problem pr, Run run) {
        int count = run.x.length;
        int steps = count - 1;
        out.steps(steps);
        if (pr.n == 2) {
            out.plot(CIRCLE);
            int pts = 121;
            double[] cx = new double[pts];
            double[] cy = new double[pts];
            double[] ex = new double[pts];
            double[] ey = new double[pts];
            for (int i = 0; i < pts; i++) {
                // the circle as a polygon through points of the unit circle, exact at the quarter turns
                double t = i * CIRCLE_STEP;
                double c = KMath.cos(t);
                double s = KMath.sin(t);
                cx[i] = c;
                cy[i] = s;
                double[] img = pr.a.times(new double[] {c, s});
                ex[i] = img[0];
                ey[i] = img[1];
            }
            out.line(CIRCLE_PLOT, "unit circle", tidy(cx), tidy(cy));
            out.line(CIRCLE_PLOT, "A·(unit circle): an ellipse with semi-axes |λᵢ|", tidy(ex), tidy(ey));
            double reach = 1.15 * Math.max(1, Math.max(Math.abs(pr.lambda[0]), Math.abs(pr.lambda[1])));
            for (int i = 0; i < 2; i++) {
                out.line(CIRCLE_PLOT, "eigenvector line q" + Sub.script(i + 1),
                        tidy(new double[] {-reach * pr.q[i][0], reach * pr.q[i][0]}),
                        tidy(new double[] {-reach * pr.q[i][1], reach * pr.q[i][1]}));
            }
            double[] ix = new double[count];
            double[] iy = new double[count];
            for (int k = 0; k < count; k++) {
                ix[k] = run.x[k][0];
                iy[k] = run.x[k][1];
            }
            out.add(new Series(CIRCLE_PLOT, ITERATES, Series.Style.LINE, ix, iy).animated());
            out.add(Marker.point(CIRCLE_PLOT, START, tidy(pr.start[0]), tidy(pr.start[1])));
        }

        out.plot(ERROR);
        double[] ks = new double[count];
        double[] predicted = new double[count];
        double[] predictedSq = new double[count];
        double tan0 = run.vectorError[0];
        double val0 = run.valueError[0];
        double power = 1;
        for (int k = 0; k < count; k++) {
            ks[k] = k;
            predicted[k] = Math.max(tan0 * power, FLOOR);
            predictedSq[k] = Math.max(val0 * power * power, FLOOR);
            power *= run.rate;
        }
        out.add(new Series(ERROR_PLOT, VECTOR_ERROR, Series.Style.LINE, ks, floored(run.vectorError)).animated());
        out.add(new Series(ERROR_PLOT, VALUE_ERROR, Series.Style.LINE, ks, floored(run.valueError)).animated());
        if (Double.isFinite(run.rate)) {
            out.line(ERROR_PLOT, RATE, ks, predicted);
            out.line(ERROR_PLOT, RATE_SQUARED, ks, predictedSq);
        }

        out.plot(RAYLEIGH);
        out.add(new Series(RAYLEIGH_PLOT, RHO, Series.Style.LINE, ks, run.rho).animated());
        out.add(Marker.horizontal(RAYLEIGH_PLOT, "target λ = " + NumberText.format(pr.lambda[run.target], 4),
                pr.lambda[run.target]));

        out.plot(SPECTRUM);
        double[] factor = new double[pr.n];
        int second = -1;
        for (int i = 0; i < pr.n; i++) {
            factor[i] = run.beta[run.target] == 0 ? Double.NaN : Math.abs(run.beta[i] / run.beta[run.target]);
            if (run.beta[i] != run.beta[run.target] && (second < 0 || factor[i] > factor[second])) {
                second = i;
            }
        }
        out.points(SPECTRUM_PLOT, "eigenvalues λᵢ", tidy(pr.lambda), tidy(factor));
        out.add(Marker.point(SPECTRUM_PLOT, "target eigenvalue", pr.lambda[run.target], factor[run.target]));
        if (second >= 0) {
            out.add(Marker.point(SPECTRUM_PLOT, "second: r = |β₂/β_target|", pr.lambda[second], factor[second]));
        }
        String mode = p.choice("mode");
        if (mode.equals("shift") || mode.equals("inverse")) {
            out.add(Marker.vertical(SPECTRUM_PLOT, "shift μ", p.number("mu")));
        }
    }

    private static double[] floored(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(v[i], FLOOR);
        }
        return out;
    }

    private void readouts(LabOutput out, Problem pr, Run run, String mode, double mu, double[] deflated) {
        int last = run.x.length - 1;
        int t = run.target;
        out.readoutText("target", "target eigenvalue", "λ" + Sub.script(t + 1) + " = "
                + NumberText.format(pr.lambda[t], 6));
        out.readout("rate", "predicted rate r = max |βᵢ/β_target|", run.rate);
        out.readout("measuredRate", "measured rate eₖ/eₖ₋₁ (last step above 1e-12)", measuredRate(run.vectorError));
        out.readout("rho", "Rayleigh quotient ρ(x_K) at the last step", run.rho[last]);
        out.readout("vectorError", "sin∠(x_K, target eigenvector)", run.vectorError[last]);
        out.readout("valueError", "|ρ(x_K) − λ|", run.valueError[last]);
        if (deflated != null) {
            out.readout("lambdaHat", "λ̂₁ deflated away (" + DEFLATION_STEPS + " power steps)", deflated[0]);
        }
        if (pr.n == 2) {
            out.stepReadout("x", "xₖ/‖xₖ‖ on display", run.x.length, k -> "k = " + k + ": (" + NumberText.format(
                    run.x[k][0], 6) + ", " + NumberText.format(run.x[k][1], 6) + ")");
        }
        out.stepReadout("rhoK", "ρ(xₖ) on display", run.x.length, k -> "k = " + k + ": " + NumberText.format(run.rho[k],
                10));
        String b = mode.equals("shift") ? "(A − " + NumberText.format(mu) + "I)" : mode.equals("inverse")
                ? "(A − " + NumberText.format(mu) + "I)⁻¹" : mode.equals("deflate") ? "(A − λ̂₁v̂v̂ᵀ)" : "A";
        out.stepRule(run.x.length, k -> "x" + Sub.script(k + 1) + " = " + b + "x" + Sub.script(k) + " / ‖" + b + "x"
                + Sub.script(k) + "‖,  ρ(x" + Sub.script(k) + ") = x" + Sub.script(k) + "ᵀAx" + Sub.script(k) + " = "
                + NumberText.format(run.rho[k], 8) + "\nsin∠(x" + Sub.script(k) + ", q" + Sub.script(t + 1) + ") = "
                + NumberText.format(run.vectorError[k], 3) + ",  predicted rate r = " + NumberText.format(run.rate, 4)
                + " per step, r² = " + NumberText.format(run.rate * run.rate, 4) + " for ρ");
        out.summary((pr.n == 2 ? "2×2" : pr.n + "×" + pr.n) + " matrix with λ₁ = " + NumberText.format(pr.lambda[0], 4)
                + ", λ₂ = " + NumberText.format(pr.lambda[1], 4) + "; " + modeName(mode) + " aims at λ" + Sub.script(t + 1)
                + " = " + NumberText.format(pr.lambda[t], 4) + " with rate r = " + NumberText.format(run.rate, 3)
                + ". After " + last + " steps the eigenvector error is " + NumberText.format(run.vectorError[last], 3)
                + " and the Rayleigh quotient is " + NumberText.format(run.rho[last], 8) + " (error "
                + NumberText.format(run.valueError[last], 3) + ")"
                + (run.rate >= 1 ? "; with r = 1 the iterates do not converge." : "."));
    }

    private static String modeName(String mode) {
        switch (mode) {
            case "shift":
                return "shifted power iteration";
            case "inverse":
                return "inverse iteration";
            case "deflate":
                return "power iteration on the deflated matrix";
            default:
                return "power iteration";
        }
    }

    /** e_k/e_{k−1} at the last step whose error is still above 1e-12 (rounding-free), NaN if none. */
    static double measuredRate(double[] e) {
        for (int k = e.length - 1; k >= 1; k--) {
            if (e[k] > 1e-12 && e[k - 1] > 0) {
                return e[k] / e[k - 1];
            }
        }
        return Double.NaN;
    }

    /**
     * +0 for a zero of either sign. The engines agree on every nonzero bit of these numbers, but the
     * WasmGC build was seen to give −0 where the JVM gives +0 (preset "Start orthogonal to q₁", whose
     * matrix and iterates are full of exact zeros), and the cross-engine fingerprint compares bits.
     */
    static double tidy(double v) {
        return v == 0 ? 0.0 : v;
    }

    static double[] tidy(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = tidy(out[i]);
        }
        return out;
    }

    static double[] normalized(double[] x) {
        double norm = Math.sqrt(dot(x, x));
        return norm == 0 ? x.clone() : scaled(x, 1 / norm);
    }

    private static double[] scaled(double[] x, double s) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * s;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
