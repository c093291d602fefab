package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.Cholesky;
import dev.kappa.linalg.Conditioning;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.QR;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.Tolerance;
import java.util.List;

/**
 * Equality-constrained least squares: minimize f(x) = ‖Ax − b‖² (A m×n) subject to Cx = d (C p×n).
 * With the Lagrangian L(x, ν) = ‖Ax − b‖² + νᵀ(Cx − d) the optimality (KKT) conditions are
 * 2Aᵀ(Ax − b) + Cᵀν = 0 and Cx = d, the block system
 * <pre>  [2AᵀA  Cᵀ] [x]   [2Aᵀb]
 *   [ C    0 ] [ν] = [ d  ]</pre>
 * (this scaling, without a ½ in f). It has a unique solution exactly when C has independent rows
 * and null(A) ∩ null(C) = {0}. At the optimum ∇f(x*) = −Cᵀν: the gradient is a combination of the
 * constraint normals. ν is the sensitivity of the optimal value p*(d) = f(x*(d)): the derivative of p* with respect to d is −ν, so
 * moving d by Δd changes p* by ≈ −νᵀΔd (exactly, plus a term quadratic in Δd).
 *
 * <p>Solved by the null-space method with the core's Householder QR, never by forming the
 * indefinite KKT matrix: Cᵀ = Q₁R (R p×p), and the full orthogonal Q = [Q₁ Q₂] of [Cᵀ | I]; then
 * x = x_p + Q₂z with the particular solution x_p = Q₁R⁻ᵀd and z the least-squares solution of
 * (AQ₂)z ≈ b − Ax_p (QR again), and ν from Rν = −Q₁ᵀ·2Aᵀ(Ax − b). The KKT matrix is only
 * multiplied, to show its residual.
 *
 * <p>The penalty method minimizes ‖Ax − b‖² + μ‖Cx − d‖², i.e. solves the normal equations
 * (AᵀA + μCᵀC)x = Aᵀb + μCᵀd, here by Cholesky as a penalty code would; x_μ → x* like 1/μ, but
 * κ(AᵀA + μCᵀC) grows like μ, and once κ·ε is larger than the distance the rounding wins.
 * κ is computed exactly as κ([A; √μC])² (Conditioning.gramCond), not from the formed matrix.
 *
 * <p>Two problems: a 2-D one (A 3×2 chosen from three, one line constraint through a draggable
 * point at an angle), and a small n-D one (A 8×5 seeded, two constraints chosen from four sets).
 */
public final class ConstrainedLsLab extends DeclaredLabModel {
    public static final String ID = "constrained-ls";
    static final String PLANE_PLOT = "plane";
    static final String COMPONENTS_PLOT = "components";
    static final String PENALTY_PLOT = "penalty";
    static final String POINT = "point on the line (drag)";
    static final String X_STAR = "x* (KKT)";
    static final String X_FREE = "unconstrained x̂";
    static final String X_MU = "penalty x_μ (this μ)";
    static final String DISTANCE = "‖x_μ − x*‖";
    static final String KAPPA = "κ(AᵀA + μCᵀC)";
    /** Penalty sweep: μ = 10^(MU_LO + i/4), i = 0 … MU_COUNT − 1. */
    static final int MU_LO = -2;
    static final int MU_COUNT = 57;
    /** The n-D problem: A is ND_ROWS×ND_COLS, seeded. */
    static final int ND_ROWS = 8;
    static final int ND_COLS = 5;
    static final long ND_SEED = 7;

    static final PlotSpec PLANE = PlotSpec.of(PLANE_PLOT, "Contours of ‖Ax − b‖² and the line Cx = d")
            .x("x₁", Axis.LINEAR).y("x₂", Axis.LINEAR).equalAspect()
            .series("constraint Cx = d", Look.of(Look.INK).width(2))
            .series("shifted line Cx = d + Δd", Look.of(Look.MUTED).dashed())
            .series("penalty path x_μ", Look.of(6).dotted().width(2))
            .series(X_FREE, Look.of(Look.MUTED).shape(Look.Shape.SQUARE))
            .series(X_STAR, Look.of(2).shape(Look.Shape.DIAMOND))
            .series(X_MU, Look.of(6).shape(Look.Shape.TRIANGLE))
            .series("−∇f(x*) (scaled)", Look.of(1).width(2.5))
            .series("normal Cᵀ (scaled)", Look.of(3).width(2.5).dashed())
            .series(POINT, Look.of(Look.INK).shape(Look.Shape.CIRCLE))
            .handle(POINT, "Drag the ringed point, or click to put it there: the line moves through it at its angle. "
                    + "With the plot focused (Tab), the arrow keys move it (shift: further); the angle has a slider.",
                    (values, x, y) -> values.set("px", x).set("py", y));
    static final PlotSpec COMPONENTS = PlotSpec.of(COMPONENTS_PLOT, "The n-D problem: components of x")
            .x("component i", Axis.INDEX).y("xᵢ", Axis.LINEAR)
            .series(X_FREE, Look.of(Look.MUTED).shape(Look.Shape.SQUARE))
            .series(X_STAR, Look.of(2).shape(Look.Shape.DIAMOND))
            .series(X_MU, Look.of(6).shape(Look.Shape.TRIANGLE));
    static final PlotSpec PENALTY = PlotSpec.of(PENALTY_PLOT, "Penalty method: distance to x* and the price κ")
            .x("penalty weight μ", Axis.LOG).y("value", Axis.LOG).floor(1e-17, "10⁻¹⁷")
            .series(DISTANCE, Look.of(6).shape(Look.Shape.CIRCLE))
            .series(KAPPA, Look.of(1).dashed())
            .series("this μ", Look.REFERENCE);

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Constrained least squares: the KKT system")
            .topic(Topic.MORE_LEAST_SQUARES, 2)
            .blurb("minimize ‖Ax − b‖² on Cx = d: the KKT block system, ν as sensitivity, the penalty method's price.")
            .params(params().params())
            .presets(presets())
            .plots(PLANE, COMPONENTS, PENALTY);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("problem", "problem", "plane", Param.option("plane", "2-D: one line constraint"),
                        Param.option("nd", "n-D: 5 unknowns, 2 constraints")),
                Param.choice("shape", "2-D: A", "tilted", Param.option("tilted", "tilted ellipses"),
                        Param.option("stretched", "stretched (κ(A) ≈ 40)"),
                        Param.option("rank1", "rank 1: a valley of minimizers")),
                Param.number("px", "2-D: point on the line, x₁", -4, 4, 0.01, 0),
                Param.number("py", "2-D: point on the line, x₂", -4, 4, 0.01, 0),
                Param.number("angle", "2-D: direction of the line (degrees)", -90, 90, 1, 30),
                Param.choice("cset", "n-D: constraints", "sum",
                        Param.option("sum", "Σxᵢ = 1, x₁ = x₂"),
                        Param.option("partial", "x₁ + … + x₄ = 1, x₁ = x₂ (x₅ free)"),
                        Param.option("dependent", "Σxᵢ = 1 twice (row 2 = 2·row 1)"),
                        Param.option("infeasible", "Σxᵢ = 1 and Σxᵢ = 1.5")),
                Param.flag("azero", "n-D: A's last column is zero", false),
                Param.number("dd", "Δd (moves d, the first constraint's right side)", -1, 1, 0.01, 0.1),
                Param.logNumber("mu", "penalty weight μ", 1e-2, 1e12, 10)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("A line across the valley", "angle=30"),
                new Preset("Move d by 0.5: −ν·Δd predicts the change", "dd=0.5"),
                new Preset("Small penalty μ = 0.1: x_μ is off the line", "mu=0.1"),
                new Preset("Huge penalty μ = 10¹²: κ ≈ 3·10¹¹, rounding wins", "mu=1e12"),
                new Preset("Stretched contours", "shape=stretched&angle=-60&px=1&py=0"),
                new Preset("Line near the unconstrained minimum: ν ≈ 0", "px=1.1&py=1.1"),
                new Preset("Rank-1 A: the line picks one minimizer", "shape=rank1&angle=30"),
                new Preset("Rank-1 A, line along its null space: not unique", "shape=rank1&angle=-45"),
                new Preset("n-D: 5 unknowns, 2 constraints", "problem=nd"),
                new Preset("n-D: dependent constraint rows", "problem=nd&cset=dependent"),
                new Preset("n-D: inconsistent constraints", "problem=nd&cset=infeasible"),
                new Preset("n-D: null(A) inside null(C): not unique", "problem=nd&cset=partial&azero=true"),
                new Preset("n-D: A singular, constraints fix it", "problem=nd&azero=true"));
    }

    public ConstrainedLsLab() {
        super(DECLARATION);
    }

    // ---- the problems

    /** The 2-D A (3×2) of a shape choice. */
    static Matrix planeA(String shape) {
        switch (shape) {
            case "stretched":
                return Matrix.of(new double[][] {{2, 1.9}, {0.1, -0.1}, {0.3, 0.25}});
            case "rank1":
                return Matrix.of(new double[][] {{1, 1}, {0.5, 0.5}, {1, 1}});
            default:
                return Matrix.of(new double[][] {{1.5, 0.5}, {0.5, 1}, {0.2, -0.3}});
        }
    }

    /** The 2-D b, the same for every A. */
    static double[] planeB() {
        return new double[] {2.2, 1.6, -0.1};
    }

    /** The line's unit normal c = (−sin θ, cos θ) for its direction (cos θ, sin θ), θ in degrees. */
    static double[] normal(double degrees) {
        double t = degrees * Math.PI / 180;
        // 0 − sin, not −sin: a signed zero would differ between engines (TeaVM's WasmGC output negates as 0 − x)
        return new double[] {0 - KMath.sin(t), KMath.cos(t)};
    }

    /** The n-D A (8×5, standard Gaussian entries from Rng(7), row by row; last column zeroed on request). */
    static Matrix ndA(boolean zeroLast) {
        Rng rng = new Rng(ND_SEED);
        double[][] a = new double[ND_ROWS][ND_COLS];
        for (int i = 0; i < ND_ROWS; i++) {
            for (int j = 0; j < ND_COLS; j++) {
                a[i][j] = rng.gaussian();
            }
        }
        if (zeroLast) {
            for (int i = 0; i < ND_ROWS; i++) {
                a[i][ND_COLS - 1] = 0;
            }
        }
        return Matrix.of(a);
    }

    /** The n-D b: 8 more Gaussians from the same Rng, after A's. */
    static double[] ndB() {
        Rng rng = new Rng(ND_SEED);
        for (int k = 0; k < ND_ROWS * ND_COLS; k++) {
            rng.gaussian();
        }
        double[] b = new double[ND_ROWS];
        for (int i = 0; i < ND_ROWS; i++) {
            b[i] = rng.gaussian();
        }
        return b;
    }

    static Matrix ndC(String set) {
        switch (set) {
            case "partial":
                return Matrix.of(new double[][] {{1, 1, 1, 1, 0}, {1, -1, 0, 0, 0}});
            case "dependent":
            case "infeasible":
                return Matrix.of(new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}});
            default:
                return Matrix.of(new double[][] {{1, 1, 1, 1, 1}, {1, -1, 0, 0, 0}});
        }
    }

    static double[] ndD(String set) {
        switch (set) {
            case "dependent":
                return new double[] {1, 2};
            case "infeasible":
                return new double[] {1, 3};
            default:
                return new double[] {1, 0};
        }
    }

    /** A, b, C, d of a state (Δd not applied). */
    static final class Problem {
        final Matrix a;
        final double[] b;
        final Matrix c;
        final double[] d;

        Problem(Matrix a, double[] b, Matrix c, double[] d) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
        }

        static Problem of(ParamSet p) {
            if (p.choice("problem").equals("nd")) {
                String set = p.choice("cset");
                return new Problem(ndA(p.flag("azero")), ndB(), ndC(set), ndD(set));
            }
            double[] c = normal(p.number("angle"));
            double d = c[0] * p.number("px") + c[1] * p.number("py");
            return new Problem(planeA(p.choice("shape")), planeB(), Matrix.of(new double[][] {c}), new double[] {d});
        }

        /** The same with d₁ moved by Δd. */
        Problem shifted(double dd) {
            double[] d2 = d.clone();
            d2[0] = d2[0] + dd;
            return new Problem(a, b, c, d2);
        }
    }

    /** What is wrong with a problem, if anything. */
    enum Trouble { NONE, DEPENDENT, INFEASIBLE, NOT_UNIQUE }

    /** The KKT solution by the null-space method, or the reason there is none. */
    static final class Solution {
        final Trouble trouble;
        final double[] x;
        final double[] nu;
        final double value;

        private Solution(Trouble trouble, double[] x, double[] nu, double value) {
            this.trouble = trouble;
            this.x = x;
            this.nu = nu;
            this.value = value;
        }

        boolean ok() {
            return trouble == Trouble.NONE;
        }
    }

    /**
     * Solves min ‖Ax − b‖² s.t. Cx = d by the null-space method (class comment). Dependent rows of
     * C (pivoted QR of Cᵀ has rank &lt; p) are DEPENDENT when d is still in range(C) (Cx = d is
     * consistent but ν is not unique) and INFEASIBLE otherwise; NOT_UNIQUE when AQ₂ has a singular
     * value at numpy's rank cut-off relative to A (a direction of null(C) that A does not see).
     */
    static Solution solve(Problem pr) {
        Matrix a = pr.a;
        Matrix c = pr.c;
        int n = a.cols();
        int p = c.rows();
        Matrix ct = c.transpose();
        if (QR.of(ct).rank() < p) {
            LeastSquares.Result fit = LeastSquares.solve(c, pr.d);
            double[] res = c.times(fit.x());
            double miss = 0;
            double size = 0;
            for (int i = 0; i < p; i++) {
                double r = res[i] - pr.d[i];
                miss = r * r + miss;
                size = pr.d[i] * pr.d[i] + size;
            }
            boolean consistent = Math.sqrt(miss) <= 1e3 * Tolerance.EPS * Math.max(1, Math.sqrt(size)) * n;
            return new Solution(consistent ? Trouble.DEPENDENT : Trouble.INFEASIBLE, null, null, Double.NaN);
        }
        // Q of [Cᵀ | I] (n×(p+n), unpivoted): its first p columns are Q₁ of Cᵀ = Q₁R, the rest span null(C).
        double[][] aug = new double[n][p + n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                aug[i][j] = ct.get(i, j);
            }
            aug[i][p + i] = 1;
        }
        QR qr = QR.unpivoted(Matrix.of(aug));
        Matrix q = qr.q();
        Matrix r = qr.r();
        // x_p = Q₁y with Rᵀy = d (forward substitution)
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = pr.d[i];
            for (int k = 0; k < i; k++) {
                s = s - r.get(k, i) * y[k];
            }
            y[i] = s / r.get(i, i);
        }
        double[] xp = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s = q.get(i, k) * y[k] + s;
            }
            xp[i] = s;
        }
        int free = n - p;
        double[] x = xp;
        if (free > 0) {
            double[][] q2 = new double[n][free];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < free; j++) {
                    q2[i][j] = q.get(i, p + j);
                }
            }
            Matrix q2m = Matrix.of(q2);
            Matrix aq2 = a.times(q2m);
            double[] sa = SVD.singularValuesOf(a);
            double[] sq = SVD.singularValuesOf(aq2);
            double smallest = sq.length < free ? 0 : sq[sq.length - 1];
            if (smallest <= Tolerance.rankCutoff(a.rows(), n, sa.length == 0 ? 0 : sa[0])) {
                return new Solution(Trouble.NOT_UNIQUE, null, null, Double.NaN);
            }
            double[] ax = a.times(xp);
            double[] rhs = new double[a.rows()];
            for (int i = 0; i < rhs.length; i++) {
                rhs[i] = pr.b[i] - ax[i];
            }
            double[] z = LeastSquares.viaQR(aq2, rhs).x();
            double[] move = q2m.times(z);
            x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = xp[i] + move[i];
            }
        }
        double[] g = gradient(a, pr.b, x);
        // Rν = −Q₁ᵀg (back substitution)
        double[] nu = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            // −Q₁ᵀg accumulated from +0 (no unary minus: ν = 0 must be +0 on every engine)
            double s = 0;
            for (int k = 0; k < n; k++) {
                s = s - q.get(k, i) * g[k];
            }
            for (int k = i + 1; k < p; k++) {
                s = s - r.get(i, k) * nu[k];
            }
            nu[i] = s / r.get(i, i);
        }
        return new Solution(Trouble.NONE, x, nu, value(a, pr.b, x));
    }

    /** The first-order change −ν·Δd of f*, written 0 − νΔd so that ν = 0 gives +0 on every engine. */
    static double predicted(double nu, double dd) {
        return 0 - nu * dd;
    }

    /** ∇f(x) = 2Aᵀ(Ax − b). */
    static double[] gradient(Matrix a, double[] b, double[] x) {
        double[] ax = a.times(x);
        for (int i = 0; i < ax.length; i++) {
            ax[i] = 2 * (ax[i] - b[i]);
        }
        return a.transposeTimes(ax);
    }

    /** f(x) = ‖Ax − b‖². */
    static double value(Matrix a, double[] b, double[] x) {
        double[] ax = a.times(x);
        double s = 0;
        for (int i = 0; i < ax.length; i++) {
            double r = ax[i] - b[i];
            s = r * r + s;
        }
        return s;
    }

    /** The KKT matrix [2AᵀA Cᵀ; C 0] and right side [2Aᵀb; d], as rows (n + p) × (n + p + 1). */
    static double[][] kktRows(Problem pr) {
        int n = pr.a.cols();
        int p = pr.c.rows();
        Matrix ata = pr.a.transpose().times(pr.a);
        double[] atb = pr.a.transposeTimes(pr.b);
        double[][] k = new double[n + p][n + p + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = 2 * ata.get(i, j);
            }
            for (int j = 0; j < p; j++) {
                k[i][n + j] = pr.c.get(j, i);
            }
            k[i][n + p] = 2 * atb[i];
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < n; j++) {
                k[n + i][j] = pr.c.get(i, j);
            }
            k[n + i][n + p] = pr.d[i];
        }
        return k;
    }

    /** max |K·[x; ν] − rhs| over the rows of {@link #kktRows}. */
    static double kktResidual(double[][] k, double[] x, double[] nu) {
        int n = x.length;
        double worst = 0;
        for (double[] row : k) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s = row[j] * x[j] + s;
            }
            for (int j = 0; j < nu.length; j++) {
                s = row[n + j] * nu[j] + s;
            }
            worst = Math.max(worst, Math.abs(s - row[row.length - 1]));
        }
        return worst;
    }

    /** μ of the sweep's point i. */
    static double sweepMu(int i) {
        return KMath.pow(10, MU_LO + i / 4.0);
    }

    /** x_μ: Cholesky of AᵀA + μCᵀC on Aᵀb + μCᵀd; null when the factorization fails (not positive definite). */
    static double[] penalty(Problem pr, double mu) {
        Matrix h = pr.a.transpose().times(pr.a).plus(pr.c.transpose().times(pr.c).scale(mu));
        double[] rhs = pr.a.transposeTimes(pr.b);
        double[] ctd = pr.c.transposeTimes(pr.d);
        for (int i = 0; i < rhs.length; i++) {
            rhs[i] = mu * ctd[i] + rhs[i];
        }
        try {
            return Cholesky.of(h).solve(rhs);
        } catch (IllegalArgumentException singular) {
            // AᵀA + μCᵀC is singular when null(A) ∩ null(C) ≠ {0}: no x_μ to draw (the note says why)
            return null;
        }
    }

    /** κ(AᵀA + μCᵀC) = κ([A; √μC])², exactly (not saturated by forming the matrix). */
    static double penaltyKappa(Problem pr, double mu) {
        int m = pr.a.rows();
        int p = pr.c.rows();
        int n = pr.a.cols();
        double s = Math.sqrt(mu);
        double[][] st = new double[m + p][n];
        for (int i = 0; i < m; i++) {
            st[i] = pr.a.row(i);
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < n; j++) {
                st[m + i][j] = s * pr.c.get(i, j);
            }
        }
        return Conditioning.gramCond(Matrix.of(st), 0);
    }

    static double distance(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            double e = u[i] - v[i];
            s = e * e + s;
        }
        return Math.sqrt(s);
    }

    // ---- the picture

    /** The sweep is cached per problem (57 Cholesky solves and SVDs of ≤ 10×5 matrices). */
    private String sweepKey;
    private double[] sweepDistance;
    private double[] sweepKappa;
    private double[][] sweepX;

    private static String sweepKey(ParamSet p) {
        return p.choice("problem") + "|" + p.choice("shape") + "|" + p.number("px") + "|" + p.number("py") + "|"
                + p.number("angle") + "|" + p.choice("cset") + "|" + p.flag("azero");
    }

    private void sweep(ParamSet ps, Problem pr, Solution s) {
        String key = sweepKey(ps);
        if (key.equals(sweepKey)) {
            return;
        }
        sweepDistance = new double[MU_COUNT];
        sweepKappa = new double[MU_COUNT];
        sweepX = new double[MU_COUNT][];
        for (int i = 0; i < MU_COUNT; i++) {
            double mu = sweepMu(i);
            double[] x = penalty(pr, mu);
            sweepX[i] = x;
            sweepDistance[i] = x != null && s.ok() ? distance(x, s.x) : Double.NaN;
            double k = penaltyKappa(pr, mu);
            sweepKappa[i] = k < Double.POSITIVE_INFINITY ? k : Double.NaN;
        }
        sweepKey = key;
    }

    @Override
    public LabOutput compute(ParamSet ps) {
        LabOutput out = new LabOutput();
        out.notes(ps.notes());
        Problem pr = Problem.of(ps);
        Solution s = solve(pr);
        double dd = ps.number("dd");
        double mu = ps.number("mu");
        boolean plane = ps.choice("problem").equals("plane");
        LeastSquares.Result free = LeastSquares.solve(pr.a, pr.b);
        double[] xFree = free.x();
        double[] xMu = penalty(pr, mu);
        sweep(ps, pr, s);

        notes(out, pr, s, free.rank());
        if (plane) {
            planePicture(out, ps, pr, s, xFree, xMu);
        } else {
            componentsPicture(out, s, xFree, xMu);
        }
        double[] mus = new double[MU_COUNT];
        for (int i = 0; i < MU_COUNT; i++) {
            mus[i] = sweepMu(i);
        }
        out.plot(PENALTY);
        out.line(PENALTY_PLOT, DISTANCE, mus, sweepDistance);
        out.line(PENALTY_PLOT, KAPPA, mus, sweepKappa);
        out.add(Marker.vertical(PENALTY_PLOT, "this μ", mu));

        double[][] kkt = kktRows(pr);
        kktTable(out, kkt, pr, s);
        readouts(out, pr, s, xFree, xMu, dd, mu, kkt);
        out.rule(rule(pr, s, dd));
        out.summary(summary(pr, s, xFree, dd, mu, xMu, plane));
        return out;
    }

    private void planePicture(LabOutput out, ParamSet ps, Problem pr, Solution s, double[] xFree, double[] xMu) {
        double px = ps.number("px");
        double py = ps.number("py");
        double[] c = pr.c.row(0);
        double[] along = {c[1], 0 - c[0]};
        // the view: the point, x̂ and x* in a square of at least 3 units, padded
        double xLo = Math.min(px, xFree[0]);
        double xHi = Math.max(px, xFree[0]);
        double yLo = Math.min(py, xFree[1]);
        double yHi = Math.max(py, xFree[1]);
        if (s.ok()) {
            xLo = Math.min(xLo, s.x[0]);
            xHi = Math.max(xHi, s.x[0]);
            yLo = Math.min(yLo, s.x[1]);
            yHi = Math.max(yHi, s.x[1]);
        }
        double half = 0.5 * Math.max(3, 1.4 * Math.max(xHi - xLo, yHi - yLo));
        double cx = 0.5 * (xLo + xHi);
        double cy = 0.5 * (yLo + yHi);
        double[] box = {cx - half, cx + half, cy - half, cy + half};
        out.plot(PLANE.range(box[0], box[1], box[2], box[3]));
        out.add(contours(pr, xFree, box));
        double reach = 3 * half;
        out.line(PLANE_PLOT, "constraint Cx = d", new double[] {px - reach * along[0], px + reach * along[0]},
                new double[] {py - reach * along[1], py + reach * along[1]});
        double dd = ps.number("dd");
        if (dd != 0) {
            double qx = px + dd * c[0];
            double qy = py + dd * c[1];
            out.line(PLANE_PLOT, "shifted line Cx = d + Δd", new double[] {qx - reach * along[0], qx + reach * along[0]},
                    new double[] {qy - reach * along[1], qy + reach * along[1]});
        }
        if (s.ok()) {
            double[] xs = new double[MU_COUNT];
            double[] ys = new double[MU_COUNT];
            for (int i = 0; i < MU_COUNT; i++) {
                xs[i] = sweepX[i] == null ? Double.NaN : sweepX[i][0];
                ys[i] = sweepX[i] == null ? Double.NaN : sweepX[i][1];
            }
            out.line(PLANE_PLOT, "penalty path x_μ", xs, ys);
        }
        out.add(Marker.point(PLANE_PLOT, X_FREE, xFree[0], xFree[1]));
        if (xMu != null) {
            out.add(Marker.point(PLANE_PLOT, X_MU, xMu[0], xMu[1]));
        }
        if (s.ok()) {
            out.add(Marker.point(PLANE_PLOT, X_STAR, s.x[0], s.x[1]));
            double[] g = gradient(pr.a, pr.b, s.x);
            double gn = Math.sqrt(g[0] * g[0] + g[1] * g[1]);
            double len = 0.3 * half;
            if (gn > 1e-12 * Math.max(1, value(pr.a, pr.b, s.x))) {
                out.add(Marker.arrow(PLANE_PLOT, "−∇f(x*) (scaled)", s.x[0], s.x[1], s.x[0] - len * g[0] / gn,
                        s.x[1] - len * g[1] / gn));
            }
            // the normal, pointing the same way as −∇f = Cᵀν (so the two arrows overlap when parallel), a little longer
            double sign = s.nu[0] < 0 ? -1 : 1;
            out.add(Marker.arrow(PLANE_PLOT, "normal Cᵀ (scaled)", s.x[0], s.x[1], s.x[0] + 1.3 * len * sign * c[0],
                    s.x[1] + 1.3 * len * sign * c[1]));
        }
        out.add(Marker.point(PLANE_PLOT, POINT, px, py));
    }

    private static void componentsPicture(LabOutput out, Solution s, double[] xFree, double[] xMu) {
        out.plot(COMPONENTS);
        int n = xFree.length;
        double[] idx = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i + 1;
        }
        out.points(COMPONENTS_PLOT, X_FREE, idx, xFree);
        if (s.ok()) {
            out.points(COMPONENTS_PLOT, X_STAR, idx, s.x);
        }
        if (xMu != null) {
            out.points(COMPONENTS_PLOT, X_MU, idx, xMu);
        }
    }

    /**
     * f on a 41×41 grid over the box; levels f(x̂) + top·(k/8)², k = 1…12, top = the largest f − f(x̂)
     * at the box's corners (so the outer contour reaches the corners).
     */
    static FieldGrid contours(Problem pr, double[] xFree, double[] box) {
        int g = 41;
        double[] v = new double[g * g];
        double[] x = new double[2];
        for (int j = 0; j < g; j++) {
            x[1] = box[2] + (box[3] - box[2]) * j / (g - 1);
            for (int i = 0; i < g; i++) {
                x[0] = box[0] + (box[1] - box[0]) * i / (g - 1);
                v[j * g + i] = value(pr.a, pr.b, x);
            }
        }
        double low = value(pr.a, pr.b, xFree);
        double top = Math.max(Math.max(v[0], v[g - 1]), Math.max(v[g * g - g], v[g * g - 1])) - low;
        double span = Math.max(top, 1e-6);
        double[] levels = new double[12];
        for (int k = 0; k < levels.length; k++) {
            double f = (k + 1.0) / 8;
            levels[k] = span * f * f + low;
        }
        return new FieldGrid(PLANE_PLOT, box[0], box[1], box[2], box[3], g, g, v, levels);
    }

    private static void notes(LabOutput out, Problem pr, Solution s, int freeRank) {
        switch (s.trouble) {
            case DEPENDENT:
                out.note("The constraint rows are dependent (row 2 is a multiple of row 1): Cx = d still holds on a "
                        + "set, but the KKT matrix is singular and ν is not unique. No KKT solution is drawn; your "
                        + "settings are kept: choose independent constraints to see it again.");
                break;
            case INFEASIBLE:
                out.note("The constraints contradict each other (row 2 = 2·row 1 but d₂ ≠ 2·d₁): no x satisfies "
                        + "Cx = d, so there is no solution. The unconstrained x̂ and the penalty method's κ are still "
                        + "shown (the penalty method finds a compromise, not a feasible point); your settings are kept.");
                break;
            case NOT_UNIQUE:
                out.note("A direction of null(C) is also in null(A): moving along it keeps Cx = d and does not change "
                        + "‖Ax − b‖², so the minimizer is not unique and the KKT matrix is singular. No KKT solution "
                        + "is drawn; your settings are kept: turn the line or constrain that direction.");
                break;
            default:
                break;
        }
        if (freeRank < pr.a.cols()) {
            out.note("A has rank " + freeRank + " < " + pr.a.cols() + ": the unconstrained minimizers form a "
                    + (pr.a.cols() - freeRank == 1 ? "line" : "subspace") + " (the minimum-norm one is shown); "
                    + (s.ok() ? "the constraint picks a unique point of it." : "the constraint does not fix it."));
        }
    }

    private static void kktTable(LabOutput out, double[][] k, Problem pr, Solution s) {
        int n = pr.a.cols();
        int p = pr.c.rows();
        String[] header = new String[n + p + 3];
        header[0] = "row";
        for (int j = 0; j < n; j++) {
            header[1 + j] = "x" + sub(j + 1);
        }
        for (int j = 0; j < p; j++) {
            header[1 + n + j] = "ν" + sub(j + 1);
        }
        header[n + p + 1] = "right side";
        header[n + p + 2] = "solution";
        LabOutput.Table t = out.table("KKT system [2AᵀA Cᵀ; C 0][x; ν] = [2Aᵀb; d]", header);
        for (int i = 0; i < n + p; i++) {
            String[] cells = new String[n + p + 3];
            cells[0] = i < n ? "x" + sub(i + 1) + " (stationarity)" : "constraint " + (i - n + 1);
            for (int j = 0; j <= n + p; j++) {
                cells[1 + j] = NumberText.format(k[i][j], 4);
            }
            double sol = !s.ok() ? Double.NaN : i < n ? s.x[i] : s.nu[i - n];
            cells[n + p + 2] = (i < n ? "x" + sub(i + 1) : "ν" + sub(i - n + 1)) + " = "
                    + (Double.isNaN(sol) ? "—" : NumberText.format(sol, 4));
            t.row(cells);
        }
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₀' + i));
    }

    private static void readouts(LabOutput out, Problem pr, Solution s, double[] xFree, double[] xMu, double dd,
            double mu, double[][] kkt) {
        boolean ok = s.ok();
        out.readoutText("x", "x* (KKT)", ok ? tuple(s.x) : "—");
        out.readoutText("nu", "ν", ok ? tuple(s.nu) : "—");
        out.readout("nu1", "ν₁", ok ? s.nu[0] : Double.NaN);
        out.readout("fStar", "f(x*) = ‖Ax* − b‖²", ok ? s.value : Double.NaN);
        out.readoutText("xFree", "unconstrained x̂", tuple(xFree));
        out.readout("fFree", "f(x̂)", value(pr.a, pr.b, xFree));
        out.readout("kktResidual", "max |K·[x*; ν] − right side|", ok ? kktResidual(kkt, s.x, s.nu) : Double.NaN);
        double parallel = Double.NaN;
        if (ok) {
            // ∇f(x*) + Cᵀν, relative to ‖∇f(x*)‖ (or 1): 0 when the gradient is a combination of the normals
            double[] g = gradient(pr.a, pr.b, s.x);
            double[] ctn = pr.c.transposeTimes(s.nu);
            double e = 0;
            double gn = 0;
            for (int i = 0; i < g.length; i++) {
                double r = g[i] + ctn[i];
                e = r * r + e;
                gn = g[i] * g[i] + gn;
            }
            parallel = Math.sqrt(e) / Math.max(1, Math.sqrt(gn));
        }
        out.readout("stationarity", "‖∇f(x*) + Cᵀν‖ (relative)", parallel);
        double predicted = ok ? predicted(s.nu[0], dd) : Double.NaN;
        double actual = Double.NaN;
        if (ok) {
            Solution moved = solve(pr.shifted(dd));
            actual = moved.ok() ? moved.value - s.value : Double.NaN;
        }
        out.readout("predicted", "predicted change −ν₁·Δd", predicted);
        out.readout("actual", "actual change f*(d + Δd) − f*(d)", actual);
        out.readout("muDistance", "penalty: ‖x_μ − x*‖ at this μ", ok && xMu != null ? distance(xMu, s.x) : Double.NaN);
        out.readout("muKappa", "penalty: κ(AᵀA + μCᵀC)", penaltyKappa(pr, mu));
    }

    private static String rule(Problem pr, Solution s, double dd) {
        if (!s.ok()) {
            return "[2AᵀA Cᵀ; C 0][x; ν] = [2Aᵀb; d] has no unique solution here (see the note).";
        }
        double[] g = gradient(pr.a, pr.b, s.x);
        return "x* = " + tuple(s.x) + ", ν = " + tuple(s.nu) + " (null-space method: QR of Cᵀ, then QR of AQ₂)\n"
                + "∇f(x*) = 2Aᵀ(Ax* − b) = " + tuple(g) + " = −Cᵀν\n"
                + "f* changes by ≈ −ν₁·Δd = −(" + NumberText.format(s.nu[0], 4) + ")·" + NumberText.format(dd, 3)
                + " = " + NumberText.format(predicted(s.nu[0], dd), 4);
    }

    private static String summary(Problem pr, Solution s, double[] xFree, double dd, double mu, double[] xMu,
            boolean plane) {
        StringBuilder sb = new StringBuilder(plane ? "2-D least squares with one line constraint: "
                : "n-D least squares, 5 unknowns, 2 constraints: ");
        sb.append("unconstrained x̂ = ").append(tuple(xFree)).append("; ");
        if (s.ok()) {
            sb.append("KKT solution x* = ").append(tuple(s.x)).append(", ν = ").append(tuple(s.nu))
                    .append(", f* = ").append(NumberText.format(s.value, 4)).append(". Moving d₁ by ")
                    .append(NumberText.format(dd, 3)).append(" changes f* by about ")
                    .append(NumberText.format(predicted(s.nu[0], dd), 4)).append(". Penalty μ = ")
                    .append(NumberText.format(mu, 3)).append(": x_μ is ")
                    .append(xMu == null ? "undefined" : NumberText.format(distance(xMu, s.x), 3))
                    .append(" from x*, κ = ").append(NumberText.format(penaltyKappa(pr, mu), 3)).append('.');
        } else {
            sb.append("no unique KKT solution (").append(s.trouble == Trouble.INFEASIBLE ? "infeasible constraints"
                    : s.trouble == Trouble.DEPENDENT ? "dependent constraint rows" : "not unique").append(").");
        }
        return sb.toString();
    }

    /** (v₁, …, vₙ) to 4 significant digits: the projection lab's form, declared there once. */

    private static String tuple(double[] v) {
        return NumberText.tuple(v, 4);
    }
}
