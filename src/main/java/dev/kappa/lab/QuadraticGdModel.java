package dev.kappa.lab;

import dev.kappa.lab.plot.ContourLevels;
import dev.kappa.lab.plot.MarchingSquares;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.QuadraticGdAnalysis;
import dev.kappa.optim.Trajectory;

/**
 * The maths of one state of the {@code quadratic-gd} lab ({@link QuadraticGdLab}): gradient descent
 * wₖ₊₁ = wₖ − η(Pwₖ + b) on f(w) = ½wᵀPw + bᵀw with P = QΛQᵀ, Λ = diag(λ₁, λ₂) and
 * Q = [[cos θ, sin θ], [−sin θ, cos θ]] (columns q₁ = (cos θ, −sin θ), q₂ = (sin θ, cos θ)), so θ = 45°
 * is the lecture's Q = [[√2/2, √2/2], [−√2/2, √2/2]]; the minimizer, when there is one, is −P⁻¹b.
 *
 * <p>Parameters in, plot-ready numbers out: the iterates (simulated step by step by
 * {@link GradientDescent}), the per-direction analysis of {@link QuadraticGdAnalysis} (factors
 * 1 − ηλᵢ, cases, 2/λmax, predicted iterations), contour segments of f over the view, and the loss
 * curves — of this 2-D problem, or (param {@code loss=spectrum}) of the d-dimensional diagonal
 * quadratic with eigenvalues 1, 2, …, d started at w₀ = (1, …, 1), the lecture's figure.
 */
public final class QuadraticGdModel {
    /** Half-width of the square view of the contour plot. */
    public static final double VIEW = 1.25;
    /** The error reduction the predicted iteration count is for. */
    public static final double EPSILON = 1e-6;
    /** The contour grid covers ±2·VIEW across and ±1.1·VIEW up, since a wide plot shows more than the square. */
    private static final int GRID_X = 121;
    private static final int GRID_Y = 69;
    private static final double SPAN_X = 2 * VIEW;
    private static final double SPAN_Y = 1.1 * VIEW;
    private static final int LEVELS = 9;

    private final ParamSet p;
    private final Quadratic quadratic;
    private final QuadraticGdAnalysis analysis;
    private final Trajectory trajectory;
    private final double[] lambda;
    private final double c;
    private final double s;

    private QuadraticGdModel(ParamSet p) {
        this.p = p;
        double theta = p.number("theta") * Math.PI / 180;
        lambda = new double[] {p.number("l1"), p.number("l2")};
        double[] b = {p.number("b1"), p.number("b2")};
        c = KMath.cos(theta);
        s = -KMath.sin(theta);
        // columns q₁ = (c, s), q₂ = (−s, c): the lecture's Q at θ = 45°
        quadratic = Quadratic.fromEigen(lambda.clone(), Matrix.of(new double[][] {{c, -s}, {s, c}}), b, 0);
        double[] w0 = {p.number("x0"), p.number("y0")};
        analysis = QuadraticGdAnalysis.of(quadratic, p.number("eta"), w0);
        GradientDescent gd = new GradientDescent(quadratic, w0, p.number("eta"));
        gd.run(p.integer("steps"));
        trajectory = gd.trajectory();
    }

    public static QuadraticGdModel of(ParamSet p) {
        return new QuadraticGdModel(p);
    }

    public Quadratic quadratic() {
        return quadratic;
    }

    public QuadraticGdAnalysis analysis() {
        return analysis;
    }

    /** The simulated iterates w₀…wₖ (stopping early only if a value became non-finite). */
    public Trajectory trajectory() {
        return trajectory;
    }

    /** λᵢ as chosen. */
    public double lambda(int i) {
        return lambda[i];
    }

    /** Eigenvector qᵢ (unit, column i of Q). */
    public double[] eigenvector(int i) {
        return i == 0 ? new double[] {c, s} : new double[] {-s, c};
    }

    /** z = Qᵀw. */
    public double[] toEigen(double[] w) {
        return new double[] {c * w[0] + s * w[1], -s * w[0] + c * w[1]};
    }

    /** w = Qz. */
    public double[] fromEigen(double[] z) {
        return new double[] {c * z[0] - s * z[1], s * z[0] + c * z[1]};
    }

    /**
     * Contour segments of f over the square view, one array per level, each segment (xa, ya, xb, yb);
     * in eigen-coordinates when {@code eigen} is true. {@link #contourLevels()} gives the level of each.
     */
    public double[][] contours(boolean eigen) {
        double[] v = MarchingSquares.sample((x, y) -> {
            double[] w = eigen ? fromEigen(new double[] {x, y}) : new double[] {x, y};
            return quadratic.value(w);
        }, -SPAN_X, SPAN_X, GRID_X, -SPAN_Y, SPAN_Y, GRID_Y);
        levels = ContourLevels.around(v, referenceValue(), LEVELS);
        double[][] out = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            out[i] = MarchingSquares.contour(v, GRID_X, GRID_Y, -SPAN_X, SPAN_X, -SPAN_Y, SPAN_Y, levels[i]);
        }
        return out;
    }

    private double[] levels = new double[0];

    /**
     * f sampled over the view ({@link #SPAN_X} × {@link #SPAN_Y}), in eigen-coordinates when
     * {@code eigen}, with contour levels around the stationary value; levels below it (a saddle) are
     * drawn dashed.
     */
    public FieldGrid field(String plot, boolean eigen) {
        double[] v = MarchingSquares.sample((x, y) -> {
            double[] w = eigen ? fromEigen(new double[] {x, y}) : new double[] {x, y};
            return quadratic.value(w);
        }, -SPAN_X, SPAN_X, GRID_X, -SPAN_Y, SPAN_Y, GRID_Y);
        double ref = referenceValue();
        return new FieldGrid(plot, -SPAN_X, SPAN_X, -SPAN_Y, SPAN_Y, GRID_X, GRID_Y, v,
                ContourLevels.around(v, ref, LEVELS)).reference(ref);
    }

    /** The levels of the last {@link #contours} call. */
    public double[] contourLevels() {
        return levels.clone();
    }

    /** The value contours are spaced around: f at the stationary point when it is finite, else 0. */
    public double referenceValue() {
        double v = analysis.limitValue();
        return Double.isFinite(v) ? v : 0;
    }

    /**
     * Loss curves for the second plot: row 0 the total f(wₖ) − f(w∞), then one row per direction
     * (the excess terms ½λᵢ(zᵢ − zᵢ*)²). For {@code loss=spectrum} the d-dimensional diagonal problem
     * with eigenvalues 1..d from (1, …, 1) with the same η; otherwise this 2-D problem. Columns k = 0..steps.
     */
    public double[][] lossCurves() {
        int steps = p.integer("steps");
        QuadraticGdAnalysis a = spectrum() ? spectrumAnalysis() : analysis;
        int n = a.eigenvalues().length;
        double[][] out = new double[n + 1][steps + 1];
        for (int k = 0; k <= steps; k++) {
            double[] t = a.excessLossTerms(k);
            double total = 0;
            for (int i = 0; i < n; i++) {
                out[i + 1][k] = t[i];
                total += t[i];
            }
            out[0][k] = total;
        }
        return out;
    }

    /** True when the loss plot shows the d-dimensional spectrum problem. */
    public boolean spectrum() {
        return p.choice("loss").equals("spectrum");
    }

    /** The eigenvalues behind {@link #lossCurves()}'s direction rows. */
    public double[] lossEigenvalues() {
        return spectrum() ? spectrumAnalysis().eigenvalues() : lambda.clone();
    }

    /** GD on ½Σᵢ i·zᵢ² (i = 1..d) from (1, …, 1). */
    public QuadraticGdAnalysis spectrumAnalysis() {
        int d = p.integer("dim");
        double[] eig = new double[d];
        double[] ones = new double[d];
        for (int i = 0; i < d; i++) {
            eig[i] = i + 1;
            ones[i] = 1;
        }
        Quadratic f = Quadratic.fromEigen(eig, Matrix.identity(d));
        return QuadraticGdAnalysis.of(f, p.number("eta"), ones);
    }

    /** "monotone", "oscillating", … — the case name of direction i, for readouts and summaries. */
    public static String caseName(QuadraticGdAnalysis.Mode m) {
        switch (m) {
            case MONOTONE: return "monotone";
            case ONE_STEP: return "one step (ηλ = 1)";
            case OSCILLATING: return "oscillating";
            case BOUNCING: return "bouncing (ηλ = 2)";
            case DIVERGING: return "diverging";
            case FROZEN: return "frozen (λ = 0)";
            default: return "drifting (unbounded below)";
        }
    }

    /** One sentence on what GD does, naming the worst direction, e.g. "GD diverges along q₁: ηλ₁ = 2.4 > 2". */
    public String verdict() {
        double eta = p.number("eta");
        for (int i = 0; i < 2; i++) {
            QuadraticGdAnalysis.Mode m = analysis.mode(i);
            String q = "q" + sub(i);
            String el = "ηλ" + sub(i) + " = " + NumberText.format(eta * lambda[i], 4);
            if (m == QuadraticGdAnalysis.Mode.DIVERGING) {
                return "GD diverges along " + q + ": " + el + " > 2.";
            }
            if (m == QuadraticGdAnalysis.Mode.DRIFTING) {
                return "GD runs away along " + q + ": λ" + sub(i) + " = " + NumberText.format(lambda[i], 4)
                        + (lambda[i] < 0 ? " < 0, f has no minimum." : " and b has a component along it.");
            }
            if (m == QuadraticGdAnalysis.Mode.BOUNCING) {
                return "GD bounces for ever along " + q + ": " + el + " exactly.";
            }
        }
        StringBuilder sb = new StringBuilder("GD converges");
        boolean frozen = false;
        for (int i = 0; i < 2; i++) {
            frozen |= analysis.mode(i) == QuadraticGdAnalysis.Mode.FROZEN;
        }
        if (frozen) {
            sb.append(" to the point of the valley of minima nearest w₀ (the frozen direction never moves)");
        }
        int k = analysis.iterationsToReach(EPSILON);
        sb.append(": ");
        for (int i = 0; i < 2; i++) {
            sb.append(i == 0 ? "" : ", ").append("q").append(sub(i)).append(' ')
                    .append(caseName(analysis.mode(i))).append(" (|1 − ηλ").append(sub(i)).append("| = ")
                    .append(NumberText.format(Math.abs(analysis.factor(i)), 4)).append(')');
        }
        if (k >= 0) {
            sb.append("; ").append(k).append(" iterations to shrink the error by 10⁶.");
        } else {
            sb.append('.');
        }
        return sb.toString();
    }

    static String sub(int i) {
        return i == 0 ? "₁" : "₂";
    }
}
