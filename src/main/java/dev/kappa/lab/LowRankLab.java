package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import java.util.List;

/**
 * Truncated SVD and the Eckart–Young theorem. A (m×n) = Σᵢ σᵢuᵢvᵢᵀ, i = 1…r, r = min(m, n);
 * A_k = Σ_{i≤k} σᵢuᵢvᵢᵀ is the best rank-k approximation in both norms:
 * ‖A − A_k‖₂ = σ_{k+1} and ‖A − A_k‖_F = √(Σ_{i>k} σᵢ²) (σ_{r+1} = 0). The lab forms A_k from
 * the SVD, measures both errors of A − A_k (the Frobenius norm of the formed difference, and
 * ‖A·V_⊥‖₂ = ‖A − A_k‖₂ from a fresh product and SVD, see {@link #twoNormBeyond}) and shows them
 * beside the Eckart–Young values, which agree to rounding. Storing A_k takes k(m + n + 1) numbers instead of mn.
 *
 * <p>Sources: Kappa's own 128×128 picture ({@link GreyPicture#builtIn}); the learner's picture
 * ({@link PictureInput}, at most 256 on a side); or a noisy low-rank matrix A = L + s·E with
 * L = G₁G₂ᵀ/√ρ (G₁ m×ρ, G₂ n×ρ, E m×n, all standard Gaussian from a seeded {@link Rng}, m = 120,
 * n = 100), where truncating at k ≈ ρ removes most of the noise: ‖A_k − L‖_F is smallest near the
 * true rank ρ, while ‖A − A_k‖_F keeps falling to 0.
 *
 * <p>Cost: one SVD of A per source (cached), then per k the sum A_k (k·m·n flops) and an SVD of
 * the m×(r − k) matrix A·V_⊥ for ‖A − A_k‖₂.
 */
public final class LowRankLab extends DeclaredLabModel implements PictureInput {
    public static final String ID = "low-rank";
    static final String PICTURES_PLOT = "pictures";
    static final String SPECTRUM_PLOT = "spectrum";
    static final String ERROR_PLOT = "error";
    static final String LAYERS_PLOT = "layers";
    /** Kappa's own picture is this many pixels on a side. */
    static final int BUILT_IN_SIZE = 128;
    static final int NOISY_ROWS = 120;
    static final int NOISY_COLS = 100;

    static final PlotSpec PICTURES = PlotSpec.of(PICTURES_PLOT, "A and its rank-k approximation A_k")
            .x("column", Axis.INDEX).y("row", Axis.INDEX).yDown().equalAspect()
            .help("Left: the matrix A as a picture; right: A_k, the sum of its first k rank-1 layers (the same grey "
                    + "scale, values beyond it clipped).");
    static final PlotSpec SPECTRUM = PlotSpec.of(SPECTRUM_PLOT, "Singular values σᵢ of A")
            .x("index i", Axis.INDEX).y("σᵢ", Axis.LOG)
            .floor(1e-16, "values below 1e-16 (rounding) are drawn here")
            .series("σᵢ kept (i ≤ k)", Look.of(1).shape(Look.Shape.CIRCLE))
            .series("σᵢ dropped (i > k)", Look.of(2).shape(Look.Shape.SQUARE))
            .series("noise edge s(√m + √n)", Look.REFERENCE.dotted());
    static final PlotSpec ERROR = PlotSpec.of(ERROR_PLOT, "Relative error of A_k vs k")
            .x("rank k", Axis.INDEX).y("relative error", Axis.LOG)
            .floor(1e-16, "errors below 1e-16 (rounding, or 0) are drawn here")
            .series("‖A − A_k‖_F/‖A‖_F = √(Σ_{i>k} σᵢ²)/‖A‖_F", Look.of(1))
            .series("‖A − A_k‖₂/‖A‖₂ = σ_{k+1}/σ₁", Look.of(3).dashed())
            .series("‖A_k − L‖_F/‖L‖_F (error against the clean L)", Look.of(2).width(2.5))
            .series("measured at this k", Look.of(1).shape(Look.Shape.DIAMOND))
            .series("best k against the clean L", Look.of(2).shape(Look.Shape.SQUARE));
    static final PlotSpec LAYERS = PlotSpec.of(LAYERS_PLOT, "The first rank-1 layers σᵢuᵢvᵢᵀ")
            .x("column", Axis.INDEX).y("row", Axis.INDEX).yDown().equalAspect()
            .help("Layer i is σᵢ times the outer product of the i-th left and right singular vectors; each is drawn "
                    + "on its own scale (mid grey is 0), left to right i = 1, 2, …; A_k adds up the first k.");

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Low-rank approximation: the truncated SVD")
            .topic(Topic.LINEAR_ALGEBRA, 1)
            .blurb("Compress a picture to rank k; Eckart–Young's error σ_{k+1}; denoise a low-rank matrix.")
            .params(params().params())
            .presets(presets())
            .plots(PICTURES, SPECTRUM, ERROR, LAYERS);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.choice("source", "matrix A", "picture",
                        Param.option("picture", "Kappa's picture (128×128)"),
                        Param.option("noisy", "noisy low-rank matrix (120×100)"),
                        Param.option("own", "your picture (choose a file)")),
                Param.integer("k", "rank k", 0, GreyPicture.MAX_SIDE, 10),
                Param.integer("layers", "rank-1 layers shown", 1, 8, 4),
                Param.integer("rank", "true rank ρ of L (noisy matrix)", 1, 20, 5),
                Param.number("noise", "noise level s (noisy matrix)", 0, 3, 0.05, 1),
                Param.integer("seed", "seed (noisy matrix)", 0, 999999, 1)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Picture at rank 1", "k=1"),
                new Preset("Picture at rank 20", "k=20"),
                new Preset("Picture at full rank", "k=128"),
                new Preset("Denoising: k = true rank", "source=noisy&k=5"),
                new Preset("Denoising: k too large", "source=noisy&k=40"),
                new Preset("Low-rank without noise", "source=noisy&k=5&noise=0"));
    }

    /** The matrix on display and what is computed from it alone (cached per source). */
    private static final class Data {
        final String key;
        final int m;
        final int n;
        final double[] a;
        /** The noise-free L of the noisy source, or null. */
        final double[] clean;
        final double noiseLevel;
        final double[] sigma;
        /** uᵢ and vᵢ, i = 1…r. */
        final double[][] u;
        final double[][] v;
        final double normF;
        /** ‖A_k − L‖_F/‖L‖_F for k = 0…r (noisy source), else null. */
        final double[] cleanError;

        Data(String key, int m, int n, double[] a, double[] clean, double noiseLevel) {
            this.key = key;
            this.m = m;
            this.n = n;
            this.a = a;
            this.clean = clean;
            this.noiseLevel = noiseLevel;
            Matrix am = Matrix.ofRowMajor(m, n, a);
            SVD svd = SVD.of(am);
            sigma = svd.singularValues();
            u = svd.u().transpose().toArray();
            v = svd.v().transpose().toArray();
            normF = am.frobeniusNorm();
            cleanError = clean == null ? null : cleanErrors();
        }

        /** ‖A_k − L‖_F/‖L‖_F for every k, adding one layer at a time. */
        private double[] cleanErrors() {
            int r = sigma.length;
            double[] out = new double[r + 1];
            double[] sum = new double[m * n];
            double normL = Matrix.ofRowMajor(m, n, clean).frobeniusNorm();
            for (int k = 0; k <= r; k++) {
                if (k > 0) {
                    addLayer(sum, k - 1, 1);
                }
                double[] d = new double[m * n];
                for (int t = 0; t < d.length; t++) {
                    d[t] = sum[t] - clean[t];
                }
                out[k] = Matrix.ofRowMajor(m, n, d).frobeniusNorm() / normL;
            }
            return out;
        }

        /** target += scale·σᵢuᵢvᵢᵀ. */
        void addLayer(double[] target, int i, double scale) {
            double s = scale * sigma[i];
            for (int row = 0; row < m; row++) {
                double ur = s * u[i][row];
                int base = row * n;
                for (int col = 0; col < n; col++) {
                    target[base + col] += ur * v[i][col];
                }
            }
        }

        /** A_k = Σ_{i<k} σᵢuᵢvᵢᵀ (0-based i). */
        double[] truncated(int k) {
            double[] out = new double[m * n];
            for (int i = 0; i < k; i++) {
                addLayer(out, i, 1);
            }
            return out;
        }
    }

    private GreyPicture own;
    private int ownVersion;
    private Data data;
    /** A_k, ‖A − A_k‖_F and ‖A − A_k‖₂ for {@link #truncationKey}. */
    private String truncationKey = "";
    private double[] truncated;
    private double residualFrobenius;
    private double residualTwoNorm;
    private final StagedWork work = new StagedWork();

    public LowRankLab() {
        super(DECLARATION);
    }

    @Override
    public void takePicture(GreyPicture picture) {
        own = picture;
        ownVersion++;
    }

    @Override
    public void showPicture(ParamSet values) {
        values.setChoice("source", "own");
    }

    /**
     * Two units, each one decomposition: the SVD of A (once per source), then A_k and the SVD of
     * A·V_⊥ for ‖A − A_k‖₂ (once per k), so the first picture never waits for both in one task.
     */
    @Override
    public boolean prepare(ParamSet p, int count) {
        return work.advance(workKey(p), plan(p), count);
    }

    @Override
    public double progress() {
        return work.progress();
    }

    private String workKey(ParamSet p) {
        return dataKey(source(p), p) + "|" + p.integer("k");
    }

    private StagedWork.Plan plan(ParamSet p) {
        String source = source(p);
        ParamSet values = p.copy(); // the view goes on changing its own
        return units -> {
            units.add(() -> data(source, values));
            units.add(() -> truncate(data(source, values), values.integer("k")));
        };
    }

    /** The source shown: the learner's picture only once there is one. */
    private String source(ParamSet p) {
        String s = p.choice("source");
        return s.equals("own") && own == null ? "picture" : s;
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        String source = source(p);
        if (!source.equals(p.choice("source"))) {
            out.note("Your picture is not in the page's address (it never leaves your device): choose the file again "
                    + "with “Your picture”; until then Kappa's picture is shown.");
        }
        work.finish(workKey(p), plan(p));
        Data d = data(source, p);
        int r = d.sigma.length;
        int k = p.integer("k");
        if (k > r) {
            out.note("k = " + k + " is more than min(m, n) = " + r + ", the largest possible rank; using k = " + r);
            k = r;
        }
        int m = d.m;
        int n = d.n;
        truncate(d, k);
        double[] ak = truncated;
        double measuredF = residualFrobenius;
        double measured2 = residualTwoNorm;
        double tailF = tail(d.sigma, k);
        double next = k < r ? d.sigma[k] : 0;

        boolean noisy = d.clean != null;
        out.plot(PICTURES.titled(noisy ? "Clean L, noisy A = L + s·E and A_k (k = " + k + ")"
                : "A (" + m + "×" + n + ") and A_k (k = " + k + ")"));
        out.add(pictures(d, ak));

        out.plot(SPECTRUM);
        double[] idx = new double[r];
        double[] kept = new double[r];
        double[] dropped = new double[r];
        for (int i = 0; i < r; i++) {
            idx[i] = i + 1;
            kept[i] = i < k ? d.sigma[i] : Double.NaN;
            dropped[i] = i < k ? Double.NaN : d.sigma[i];
        }
        out.points(SPECTRUM_PLOT, "σᵢ kept (i ≤ k)", idx, kept);
        out.points(SPECTRUM_PLOT, "σᵢ dropped (i > k)", idx, dropped);
        if (noisy && d.noiseLevel > 0) {
            double edge = d.noiseLevel * (Math.sqrt(m) + Math.sqrt(n));
            out.line(SPECTRUM_PLOT, "noise edge s(√m + √n)", new double[] {1, r}, new double[] {edge, edge});
        }

        out.plot(ERROR);
        double[] ks = new double[r + 1];
        double[] relF = new double[r + 1];
        double[] rel2 = new double[r + 1];
        for (int j = 0; j <= r; j++) {
            ks[j] = j;
            relF[j] = tail(d.sigma, j) / d.normF;
            rel2[j] = j < r ? d.sigma[j] / d.sigma[0] : 0;
        }
        out.line(ERROR_PLOT, "‖A − A_k‖_F/‖A‖_F = √(Σ_{i>k} σᵢ²)/‖A‖_F", ks, relF);
        out.line(ERROR_PLOT, "‖A − A_k‖₂/‖A‖₂ = σ_{k+1}/σ₁", ks, rel2);
        int bestK = -1;
        if (noisy) {
            out.line(ERROR_PLOT, "‖A_k − L‖_F/‖L‖_F (error against the clean L)", ks, d.cleanError);
            bestK = 0;
            for (int j = 1; j <= r; j++) {
                if (d.cleanError[j] < d.cleanError[bestK]) {
                    bestK = j;
                }
            }
            out.add(Marker.point(ERROR_PLOT, "best k against the clean L", bestK, d.cleanError[bestK]));
        }
        // an exact 0 (k = r on some engines) would have no place on the log axis: drawn on the floor
        out.add(Marker.point(ERROR_PLOT, "measured at this k", k, Math.max(measuredF / d.normF, 1e-16)));

        int layers = Math.min(p.integer("layers"), r);
        out.plot(LAYERS.titled("The first " + (layers == 1 ? "rank-1 layer σ₁u₁v₁ᵀ"
                : layers + " rank-1 layers σᵢuᵢvᵢᵀ, i = 1…" + layers)));
        out.add(layers(d, layers));

        out.readoutText("size", "A is m×n", m + "×" + n);
        out.readout("k", "rank k", k);
        out.readout("sigma1", "σ₁ = ‖A‖₂", d.sigma[0]);
        out.readout("relErrF", "‖A − A_k‖_F/‖A‖_F (measured)", measuredF / d.normF);
        out.readout("eyF", "Eckart–Young: √(Σ_{i>k} σᵢ²)/‖A‖_F", tailF / d.normF);
        out.readout("err2", "‖A − A_k‖₂ = ‖A·V_⊥‖₂ (measured)", measured2);
        out.readout("eyTwo", "Eckart–Young: σ_{k+1}", next);
        out.readoutText("agree", "measured = Eckart–Young (to rounding)?",
                agreement(measuredF, tailF, measured2, next, d.sigma[0]));
        long stored = (long) k * (m + n + 1);
        out.readoutText("storage", "storage k(m + n + 1) of mn", stored + " of " + (long) m * n);
        out.readout("storageRatio", "storage ratio k(m + n + 1)/(mn)", (double) stored / ((long) m * n));
        if (noisy) {
            out.readout("cleanErr", "‖A_k − L‖_F/‖L‖_F (against the clean L)", d.cleanError[k]);
            out.readout("bestK", "best k against L", bestK);
        }
        out.rule("A_" + k + " = Σ_{i=1}^{" + k + "} σᵢuᵢvᵢᵀ;  ‖A − A_" + k + "‖₂ = σ_" + (k + 1) + " = "
                + NumberText.format(next, 4) + ",  ‖A − A_" + k + "‖_F = √(Σ_{i>" + k + "} σᵢ²) = "
                + NumberText.format(tailF, 4));
        out.summary((noisy ? "A noisy rank-" + p.integer("rank") + " matrix" : source.equals("own") ? "Your picture"
                : "Kappa's picture") + ", " + m + "×" + n + ", approximated at rank " + k + ": relative error "
                + NumberText.format(measuredF / d.normF, 3) + " in the Frobenius norm, ‖A − A_k‖₂ = "
                + NumberText.format(measured2, 3) + " = σ_" + (k + 1) + "; storage " + stored + " of " + (long) m * n
                + " numbers" + (noisy ? "; the error against the clean matrix is smallest at k = " + bestK : "") + ".");
        return out;
    }

    /** Whether the measured norms equal Eckart–Young's, to rounding (relative to ‖A‖₂). */
    static String agreement(double measuredF, double tailF, double measured2, double next, double sigma1) {
        double tol = 1e-10 * sigma1;
        boolean same = Math.abs(measuredF - tailF) <= tol && Math.abs(measured2 - next) <= tol;
        return same ? "yes, to 1e-10·σ₁" : "no, beyond 1e-10·σ₁";
    }

    /** √(Σ_{i>k} σᵢ²), the Frobenius error of the best rank-k approximation (0-based: i ≥ k), without overflow. */
    static double tail(double[] sigma, int k) {
        double scale = 0;
        for (int i = k; i < sigma.length; i++) {
            scale = Math.max(scale, sigma[i]);
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (int i = sigma.length - 1; i >= k; i--) {
            double t = sigma[i] / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    /** A_k and both norms of A − A_k (k clamped to the rank bound), cached for the data and k. */
    private void truncate(Data d, int kWanted) {
        int k = Math.min(kWanted, d.sigma.length);
        String key = d.key + "|" + k;
        if (key.equals(truncationKey)) {
            return;
        }
        double[] ak = d.truncated(k);
        double[] diff = new double[d.m * d.n];
        for (int t = 0; t < diff.length; t++) {
            diff[t] = d.a[t] - ak[t];
        }
        truncated = ak;
        residualFrobenius = Matrix.ofRowMajor(d.m, d.n, diff).frobeniusNorm();
        residualTwoNorm = twoNormBeyond(d, k);
        truncationKey = key;
    }

    private String dataKey(String source, ParamSet p) {
        if (source.equals("noisy")) {
            return "noisy|" + p.integer("rank") + "|" + p.number("noise") + "|" + p.integer("seed");
        }
        return source.equals("own") ? "own|" + ownVersion : "picture";
    }

    /**
     * ‖A − A_k‖₂ measured as ‖A·V_⊥‖₂, the largest singular value of A times [v_{k+1} … v_r]: A − A_k
     * = A(I − V_kV_kᵀ) = (A·V_⊥)·V_⊥ᵀ and V_⊥ has orthonormal columns. A fresh product and SVD of
     * an m×(r − k) matrix, so it costs little when k is near r (an SVD of the m×n difference
     * itself took as long as the SVD of A, and longest at full rank, where it is all rounding).
     */
    static double twoNormBeyond(Data d, int k) {
        int rest = d.sigma.length - k;
        if (rest == 0) {
            return 0;
        }
        double[] av = new double[d.m * rest];
        for (int i = 0; i < d.m; i++) {
            for (int c = 0; c < rest; c++) {
                double[] v = d.v[k + c];
                double sum = 0;
                for (int j = 0; j < d.n; j++) {
                    sum += d.a[i * d.n + j] * v[j];
                }
                av[i * rest + c] = sum;
            }
        }
        return SVD.of(Matrix.ofRowMajor(d.m, rest, av)).norm2();
    }

    private Data data(String source, ParamSet p) {
        String key = dataKey(source, p);
        if (data == null || !data.key.equals(key)) {
            data = load(key, source, p);
        }
        return data;
    }

    private Data load(String key, String source, ParamSet p) {
        if (source.equals("noisy")) {
            double s = p.number("noise");
            double[][] parts = noisyLowRank(NOISY_ROWS, NOISY_COLS, p.integer("rank"), s, p.integer("seed"));
            return new Data(key, NOISY_ROWS, NOISY_COLS, parts[0], parts[1], s);
        }
        GreyPicture pic = source.equals("own") ? own : GreyPicture.builtIn(BUILT_IN_SIZE);
        return new Data(key, pic.rows(), pic.cols(), pic.grey(), null, 0);
    }

    /**
     * {A, L} row by row: L = G₁G₂ᵀ/√ρ and A = L + s·E, with G₁ (m×ρ), then G₂ (n×ρ), then E (m×n)
     * drawn row by row from one {@link Rng}.
     */
    static double[][] noisyLowRank(int m, int n, int rank, double s, long seed) {
        Rng rng = new Rng(seed);
        Matrix g1 = rng.gaussianMatrix(m, rank);
        Matrix g2 = rng.gaussianMatrix(n, rank);
        double[] l = g1.times(g2.transpose()).scale(1 / Math.sqrt(rank)).toRowMajor();
        double[] e = rng.gaussianMatrix(m, n).toRowMajor();
        double[] a = new double[m * n];
        for (int t = 0; t < a.length; t++) {
            a[t] = l[t] + s * e[t];
        }
        return new double[][] {a, l};
    }

    /** The pictures side by side on one grey scale: [A | A_k], or [L | A | A_k] for the noisy source. */
    private static Heatmap pictures(Data d, double[] ak) {
        double[][] tiles = d.clean == null ? new double[][] {d.a, ak} : new double[][] {d.clean, d.a, ak};
        double lo;
        double hi;
        if (d.clean == null) {
            lo = 0;
            hi = 1;
        } else {
            double[] range = range(d.clean);
            lo = range[0];
            hi = range[1];
        }
        return tiled(PICTURES_PLOT, d.m, d.n, tiles, lo, hi);
    }

    /** Layers σᵢuᵢvᵢᵀ, i = 1…count, side by side, each divided by its largest |entry| (grey scale −1…1). */
    private static Heatmap layers(Data d, int count) {
        double[][] tiles = new double[count][];
        for (int i = 0; i < count; i++) {
            double[] layer = new double[d.m * d.n];
            d.addLayer(layer, i, 1);
            double big = 0;
            for (double x : layer) {
                big = Math.max(big, Math.abs(x));
            }
            if (big > 0) {
                for (int t = 0; t < layer.length; t++) {
                    layer[t] /= big;
                }
            }
            tiles[i] = layer;
        }
        return tiled(LAYERS_PLOT, d.m, d.n, tiles, -1, 1);
    }

    /** m×n tiles side by side with a gap (drawn empty) of n/16 columns, at least 2, between them. */
    static Heatmap tiled(String plot, int m, int n, double[][] tiles, double lo, double hi) {
        int gap = Math.max(2, n / 16);
        int width = tiles.length * n + (tiles.length - 1) * gap;
        double[] v = new double[m * width];
        java.util.Arrays.fill(v, Double.NaN);
        for (int t = 0; t < tiles.length; t++) {
            int left = t * (n + gap);
            for (int i = 0; i < m; i++) {
                System.arraycopy(tiles[t], i * n, v, i * width + left, n);
            }
        }
        return new Heatmap(plot, m, width, v, lo, hi);
    }

    private static double[] range(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double t : x) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        return lo < hi ? new double[] {lo, hi} : new double[] {lo - 1, lo + 1};
    }
}
