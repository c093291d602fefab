package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.GivensRowUpdate;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.Tolerance;
import java.util.List;

/**
 * Double descent: the test error of the minimum-norm least-squares fit peaks at the interpolation
 * threshold N = D and falls again beyond it; ridge removes the peak.
 *
 * <p>Data (the lecture's set-up, all adjustable): w* ~ N(0, v·I) in ℝᴰ, rows xᵢ ~ N(0, I),
 * tᵢ = xᵢᵀw* + ε, ε ~ N(0, s²); the first N rows form X (N×D), N = 1…Nmax, so the data sets are
 * nested. For each N the thin SVD X = UΣVᵀ is computed once and reused:
 * <ul>
 * <li>minimum-norm fit ŵ = V Σ⁺ Uᵀt (σ at or below numpy's rank cut-off treated as zero);</li>
 * <li>ridge fit ŵ = V diag(σᵢ/(σᵢ² + λ)) Uᵀt, the minimizer of ‖Xw − t‖² + λ‖w‖².</li>
 * </ul>
 * Train error is (1/N)‖Xŵ − t‖²; test error is the exact population error
 * E[(xᵀŵ − t)²] = ‖ŵ − w*‖² + s² for a fresh x ~ N(0, I) (no test sample is drawn, so the curve
 * has no test-set noise). With c = Uᵀt and g = Vᵀw*, both errors are O(k) per λ given the
 * per-N scalars ‖t − Uc‖² and ‖w* − Vg‖², so moving λ does not redo any SVD.
 *
 * <p>Cost: per seed, Nmax SVDs of at most D×D triangular factors (the dominant part, about
 * Nmax·10·D³ flops; the rows enter by sequential Givens QR), cached between calls with the same data parameters; a λ change alone is
 * O(Nmax·D). "seeds" averages errors and σ over several independent data sets drawn in sequence
 * from one {@link Rng}.
 */
public final class DoubleDescentLab extends DeclaredLabModel {
    public static final String ID = "double-descent";
    static final String ERROR_PLOT = "error";
    static final String SIGMA_PLOT = "sigma";

    static final PlotSpec ERROR = PlotSpec.of(ERROR_PLOT, "Error vs number of samples N")
            .x("N", Axis.INDEX).y("mean squared error", Axis.LOG)
            // Train error below D is 0 up to rounding (≈ 1e-30): drawn on a floor, it does not squash the curves.
            .floor(1e-3, "10⁻³ (train error ≈ 0 for N ≤ D)")
            .series("min-norm test", Look.of(1))
            .series("min-norm train", Look.of(1).dashed())
            .series("ridge test", Look.of(2))
            .series("ridge train", Look.of(2).dashed());
    static final PlotSpec SIGMA = PlotSpec.of(SIGMA_PLOT, "Smallest nonzero singular value of X")
            .x("N", Axis.INDEX).y("smallest nonzero σ", Axis.LOG)
            .series("smallest nonzero σ", Look.of(3));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Double descent: more data can hurt")
            .topic(Topic.REGULARIZATION, 2)
            .blurb("Test error peaks at N = D; ridge removes the peak.")
            .params(params().params())
            .presets(presets())
            .plots(ERROR, SIGMA);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.integer("d", "dimension D", 2, 100, 50),
                Param.integer("nmax", "largest N", 10, 300, 200),
                Param.number("wvar", "variance of w*", 0.001, 10, 0.001, 0.1),
                Param.number("noise", "noise standard deviation", 0, 5, 0.01, 1),
                Param.logNumber("lambda", "ridge λ", 1e-4, 1e3, 1),
                Param.flag("ridge", "show ridge", true),
                Param.integer("seeds", "seeds averaged", 1, 20, 1),
                Param.integer("seed", "seed", 0, 999999, 4)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Lecture: D = 50, N = 1…200, ridge λ = 1", "d=50&nmax=200&wvar=0.1&noise=1&lambda=1&ridge=1"),
                new Preset("Min-norm only", "ridge=0"),
                new Preset("Averaged over 3 seeds", "seeds=3"),
                new Preset("Small ridge λ = 0.001", "lambda=0.001"));
    }

    public DoubleDescentLab() {
        super(DECLARATION);
    }

    /**
     * Per-N quantities of one data set, independent of λ, filled one N at a time by {@link #advance}
     * (the sequential QR's state is kept between calls, so a view can spread the sweep over frames).
     */
    private static final class Sweep {
        final double[][] sigma;
        final double[][] c;
        final double[][] g;
        final double[] tPerpSq;
        final double[] wPerpSq;
        final double[] cutoff;
        final Matrix x;
        final double[] t;
        final double[] w;
        final int nmax;
        final double[][] r;
        final double[] z;
        int k;
        double resid;
        /** The next N to compute (nmax + 1 when done). */
        int next = 1;

        Sweep(Matrix x, double[] t, double[] w, int nmax) {
            sigma = new double[nmax + 1][];
            c = new double[nmax + 1][];
            g = new double[nmax + 1][];
            tPerpSq = new double[nmax + 1];
            wPerpSq = new double[nmax + 1];
            cutoff = new double[nmax + 1];
            this.x = x;
            this.t = t;
            this.w = w;
            this.nmax = nmax;
            r = new double[Math.min(nmax, x.cols())][];
            z = new double[Math.min(nmax, x.cols())];
        }

        boolean done() {
            return next > nmax;
        }
    }

    private String cachedKey = "";
    private Sweep[] cached = new Sweep[0];
    /** Draws the data sets one after another (seed k's data come after seed k − 1's draws). */
    private Rng cachedRng;
    private double[] cachedShape = new double[0];

    /**
     * Advances the sweep of p's data (D, Nmax, variance, noise, seeds, seed) by at most {@code count}
     * values of N, starting it afresh when those changed, and says whether it is complete. A view
     * calls this in slices to keep each animation frame short; {@link #compute} finishes whatever is
     * left, so the result is the same either way (each N is computed exactly as in one go).
     */
    @Override
    public boolean prepare(ParamSet p, int count) {
        String key = p.integer("d") + "|" + p.integer("nmax") + "|" + p.number("wvar") + "|" + p.number("noise") + "|"
                + p.integer("seeds") + "|" + p.integer("seed");
        if (!key.equals(cachedKey)) {
            cached = new Sweep[p.integer("seeds")];
            cachedRng = new Rng(p.integer("seed"));
            cachedShape = new double[] {p.integer("d"), p.integer("nmax"), p.number("wvar"), p.number("noise")};
            cachedKey = key;
        }
        int left = count;
        for (int r = 0; r < cached.length; r++) {
            if (cached[r] == null) {
                if (left <= 0) {
                    return false;
                }
                // Drawing one data set (up to 300×100 Gaussians) is a unit of work of its own.
                cached[r] = sweep(cachedRng, (int) cachedShape[0], (int) cachedShape[1], cachedShape[2], cachedShape[3]);
                left--;
            }
            Sweep sw = cached[r];
            while (!sw.done() && left > 0) {
                advance(sw);
                left--;
            }
            if (!sw.done()) {
                return false;
            }
        }
        return true;
    }

    /** The fraction of the sweep's N values (over all seeds) computed so far. */
    @Override
    public double progress() {
        int done = 0;
        int size = 0;
        for (Sweep sw : cached) {
            done += sw == null ? 0 : sw.next - 1;
            size += (int) cachedShape[1];
        }
        return size == 0 ? 1 : (double) done / size;
    }

    /** Computes the output; the SVDs are reused from the previous call when only λ or "ridge" changed. */
    @Override
    public LabOutput compute(ParamSet p) {
        int d = p.integer("d");
        int nmax = p.integer("nmax");
        double wvar = p.number("wvar");
        double noise = p.number("noise");
        double lambda = p.number("lambda");
        boolean ridge = p.flag("ridge");
        int seeds = p.integer("seeds");
        long seed = p.integer("seed");
        prepare(p, Integer.MAX_VALUE);
        Sweep[] sw = cached;

        double[] ns = new double[nmax];
        double[] mnTrain = new double[nmax];
        double[] mnTest = new double[nmax];
        double[] rTrain = new double[nmax];
        double[] rTest = new double[nmax];
        double[] sMin = new double[nmax];
        double noiseVar = noise * noise;
        for (int n = 1; n <= nmax; n++) {
            ns[n - 1] = n;
            for (Sweep s : sw) {
                double[] e = errors(s, n, 0.0);
                mnTrain[n - 1] += e[0] / seeds;
                mnTest[n - 1] += (e[1] + noiseVar) / seeds;
                double[] r = errors(s, n, lambda);
                rTrain[n - 1] += r[0] / seeds;
                rTest[n - 1] += (r[1] + noiseVar) / seeds;
                sMin[n - 1] += smallestNonzero(s, n) / seeds;
            }
        }

        LabOutput out = new LabOutput();
        out.notes(p.notes());
        out.plot(ERROR);
        out.plot(SIGMA);
        out.line(ERROR_PLOT, "min-norm test", ns, mnTest);
        out.line(ERROR_PLOT, "min-norm train", ns, mnTrain);
        if (ridge) {
            out.line(ERROR_PLOT, "ridge test", ns, rTest);
            out.line(ERROR_PLOT, "ridge train", ns, rTrain);
        }
        out.line(SIGMA_PLOT, "smallest nonzero σ", ns, sMin);
        if (d <= nmax) {
            out.add(Marker.vertical(ERROR_PLOT, "N = D", d));
            out.add(Marker.vertical(SIGMA_PLOT, "N = D", d));
        }
        out.add(Marker.horizontal(ERROR_PLOT, "noise variance s²", noiseVar));

        int peak = argmax(mnTest);
        out.readout("d", "D", d);
        out.readout("peakN", "peak N (min-norm test)", peak + 1);
        out.readout("peakError", "min-norm test error at peak", mnTest[peak]);
        if (d <= nmax) {
            out.readout("minNormAtD", "min-norm test error at N = D", mnTest[d - 1]);
            out.readout("ridgeAtD", "ridge test error at N = D", rTest[d - 1]);
            out.readout("sigmaAtD", "smallest σ at N = D", sMin[d - 1]);
        }
        out.readout("minNormAtEnd", "min-norm test error at N = " + nmax, mnTest[nmax - 1]);
        out.readout("ridgeAtEnd", "ridge test error at N = " + nmax, rTest[nmax - 1]);
        out.summary("Min-norm test error peaks at N = " + (peak + 1) + " (D = " + d + ") at "
                + NumberText.format(mnTest[peak], 3) + (ridge ? "; ridge λ = " + NumberText.format(lambda, 3)
                + " gives " + (d <= nmax ? NumberText.format(rTest[d - 1], 3) + " at N = D" : "no peak")
                : "") + (d <= nmax ? "; the smallest nonzero singular value there is "
                + NumberText.format(sMin[d - 1], 3) : "") + ".");
        return out;
    }

    /** Train and excess test error ‖ŵ − w*‖² for fit size n; λ = 0 means minimum norm. */
    private static double[] errors(Sweep s, int n, double lambda) {
        double[] sigma = s.sigma[n];
        double[] c = s.c[n];
        double[] g = s.g[n];
        double resid = s.tPerpSq[n];
        double dist = s.wPerpSq[n];
        for (int i = 0; i < sigma.length; i++) {
            double a;
            if (lambda == 0.0) {
                a = sigma[i] > s.cutoff[n] ? c[i] / sigma[i] : 0.0;
            } else {
                a = sigma[i] * c[i] / (sigma[i] * sigma[i] + lambda);
            }
            double ri = c[i] - sigma[i] * a;
            resid += ri * ri;
            double di = a - g[i];
            dist += di * di;
        }
        return new double[] {resid / n, dist};
    }

    private static double smallestNonzero(Sweep s, int n) {
        double[] sigma = s.sigma[n];
        double smallest = 0.0;
        for (double v : sigma) {
            if (v > s.cutoff[n]) {
                smallest = v;
            }
        }
        return smallest;
    }

    /** One data set: w*, X (nmax×d) and t, drawn from {@code rng} in that order. */
    private static Sweep sweep(Rng rng, int d, int nmax, double wvar, double noise) {
        double sd = Math.sqrt(wvar);
        double[] w = rng.gaussianVector(d);
        for (int j = 0; j < d; j++) {
            w[j] *= sd;
        }
        Matrix x = rng.gaussianMatrix(nmax, d);
        double[] eps = rng.gaussianVector(nmax);
        double[] t = x.times(w);
        for (int i = 0; i < nmax; i++) {
            t[i] += noise * eps[i];
        }
        return new Sweep(x, t, w, nmax);
    }

    /**
     * One more N (s.next) of the sequential QR: X_N = Q_N·R_N with R_N k×D upper trapezoidal, k = min(N, D), and z = Q_Nᵀt,
     * updated by Givens rotations as each row arrives (O(k·D) per row, backward stable); the part
     * of t outside range(X_N) accumulates in {@code resid}. The SVD R_N = ŨΣVᵀ then gives the SVD of
     * X_N with U = Q_NŨ, so c = Uᵀt = Ũᵀz and ‖t − Uc‖² = resid, and each SVD is of a matrix at most
     * D×D instead of N×D.
     */
    private static void advance(Sweep s) {
        Matrix x = s.x;
        double[] w = s.w;
        double[][] r = s.r;
        double[] z = s.z;
        int d = x.cols();
        int n = s.next;
        int k = s.k;
        double[] row = x.row(n - 1);
        double tn = GivensRowUpdate.fold(r, z, k, row, s.t[n - 1]);
        if (k < d) {
            r[k] = row;
            z[k] = tn;
            k++;
        } else {
            s.resid += tn * tn;
        }
        double[][] rk = new double[k][];
        for (int i = 0; i < k; i++) {
            rk[i] = r[i].clone();
        }
        SVD svd = SVD.of(Matrix.of(rk));
        double[] sigma = svd.singularValues();
        double[][] u = svd.u().toArray();
        double[][] v = svd.v().toArray();
        double[] c = new double[k];
        double[] g = new double[k];
        for (int i = 0; i < k; i++) {
            double ci = 0.0;
            for (int row2 = 0; row2 < k; row2++) {
                ci += u[row2][i] * z[row2];
            }
            c[i] = ci;
            double gi = 0.0;
            for (int j = 0; j < d; j++) {
                gi += v[j][i] * w[j];
            }
            g[i] = gi;
        }
        // The part of w* outside range(V), computed directly to avoid the cancellation in ‖w*‖² − ‖g‖².
        double wPerp = 0.0;
        if (k < d) {
            for (int j = 0; j < d; j++) {
                double e = w[j];
                for (int i = 0; i < k; i++) {
                    e -= v[j][i] * g[i];
                }
                wPerp += e * e;
            }
        }
        s.sigma[n] = sigma;
        s.c[n] = c;
        s.g[n] = g;
        s.tPerpSq[n] = s.resid;
        s.wPerpSq[n] = wPerp;
        s.cutoff[n] = Tolerance.rankCutoff(n, d, k == 0 ? 0.0 : sigma[0]);
        s.k = k;
        s.next = n + 1;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
