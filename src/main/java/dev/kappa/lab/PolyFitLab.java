package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.Conditioning;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Rng;
import java.util.List;

/**
 * Polynomial fitting is linear least squares: y ≈ Σⱼ cⱼxʲ, j = 0…d, with the Vandermonde design
 * matrix X = [xᵢʲ] (n×(d+1)).
 *
 * <p>Data: the lecture's n = 30 points xᵢ = 5i/(n−1) on [0, 5], yᵢ = 0.5 + 2xᵢ − 0.3xᵢ² + s·εᵢ
 * (ε from a seeded {@link Rng}), or the learner's points ({@code pts=x1,y1;x2,y2}, see
 * {@link PointData}). A seeded permutation puts a fraction of the points in a test set. The fit uses
 * QR (default), the normal equations or the SVD ({@link Fits}); x is used raw or scaled to
 * [−1, 1] (u = (x − mid)/half), and κ of both design matrices is reported, as is the orthogonality
 * check max|Xᵀr|/(‖X‖_F‖r‖) of the residual r against the columns. Train and test mean squared
 * errors are computed for every degree 0…20, and k-fold cross-validation on the training points
 * (folds in permutation order) picks the degree with the smallest mean validation error.
 *
 * <p>Cost: 21 degrees × (k + 2) least-squares fits of at most n×21 matrices, about
 * 21·(k+2)·4n·21² flops (≈ 1 ms at n = 30, k = 5).
 */
public final class PolyFitLab extends DeclaredLabModel {
    public static final String ID = "poly-fit";
    static final String FIT_PLOT = "fit";
    static final String ERROR_PLOT = "error";
    static final int MAX_DEGREE = 20;
    static final String POINTS_HELP = PointEdit.HELP + " Your points are kept in the address (pts); adding or deleting "
            + "a point redraws the train/test split.";

    static final PlotSpec FIT = PlotSpec.of(FIT_PLOT, "Polynomial fit")
            .x("x", Axis.LINEAR).y("y", Axis.LINEAR)
            .series("training points", Look.of(1).shape(Look.Shape.CIRCLE))
            .series("test points", Look.of(2).shape(Look.Shape.SQUARE))
            .series("fit", Look.of(3).width(2.5))
            .series("true curve 0.5 + 2x − 0.3x²", Look.REFERENCE)
            .editablePoints("pts", POINTS_HELP);
    static final PlotSpec ERRORS = PlotSpec.of(ERROR_PLOT, "Mean squared error vs degree")
            .x("degree", Axis.INDEX).y("MSE", Axis.LOG)
            .series("train", Look.of(1))
            .series("test", Look.of(2))
            .seriesStartingWith("CV (", Look.of(3).dashed())
            .series("CV choice", Look.of(3).shape(Look.Shape.DIAMOND));

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Polynomial fitting: under- and overfitting")
            .topic(Topic.LEAST_SQUARES, 1)
            .blurb("Fit degree 0–20 polynomials; watch under- and over-fitting.")
            .params(params().params())
            .presets(presets())
            .plots(FIT, ERRORS);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.integer("degree", "degree d", 0, MAX_DEGREE, 3),
                Param.choice("method", "solver", "qr", Param.option("qr", "QR (Householder)"),
                        Param.option("normal", "normal equations"), Param.option("svd", "SVD")),
                Param.flag("scaled", "scale x to [−1, 1]", false),
                Param.integer("n", "number of points", 5, 200, 30),
                Param.number("noise", "noise standard deviation", 0, 3, 0.01, 0.5),
                Param.number("test", "test fraction", 0, 0.8, 0.05, 0.3),
                Param.integer("folds", "cross-validation folds k", 2, 10, 5),
                Param.integer("seed", "seed", 0, 999999, 1),
                Param.points("pts", "your points x,y;x,y;…", 6000)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Lecture: degree 1 underfits", "degree=1&n=30&noise=0.5"),
                new Preset("Lecture: degree 3", "degree=3&n=30&noise=0.5"),
                new Preset("Lecture: degree 15 overfits", "degree=15&n=30&noise=0.5"),
                new Preset("Degree 15 by the normal equations", "degree=15&method=normal"),
                new Preset("Degree 15 with scaled x", "degree=15&scaled=1"),
                new Preset("Your own points", "pts=0,1;1,3;2,2;3,5;4,4;5,6&test=0"));
    }

    public PolyFitLab() {
        super(DECLARATION);
    }

    /** The lecture's underlying curve 0.5 + 2x − 0.3x². */
    static double truth(double x) {
        return 0.5 + 2 * x - 0.3 * x * x;
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        int degree = p.integer("degree");
        String method = p.choice("method");
        boolean scaled = p.flag("scaled");
        int folds = p.integer("folds");
        long seed = p.integer("seed");

        Rng rng = new Rng(seed);
        PointData data = load(p, rng, out);
        boolean own = userPointsUsed(p);
        double[] x = data.xs();
        double[] y = data.ys();
        int n = x.length;
        int[] perm = rng.permutation(n);
        int nTest = (int) Math.floor(p.number("test") * n + 0.5);
        nTest = Math.min(nTest, n - 2);
        int nTrain = n - nTest;
        double[] xTr = new double[nTrain];
        double[] yTr = new double[nTrain];
        double[] xTe = new double[nTest];
        double[] yTe = new double[nTest];
        for (int i = 0; i < n; i++) {
            int k = perm[i];
            if (i < nTest) {
                xTe[i] = x[k];
                yTe[i] = y[k];
            } else {
                xTr[i - nTest] = x[k];
                yTr[i - nTest] = y[k];
            }
        }
        noteDuplicates(out, x);
        int distinct = distinctCount(xTr);
        int columns = degree + 1;
        if (columns > distinct) {
            out.note("degree " + degree + " needs at least " + columns + " training points with different x; there "
                    + (distinct == 1 ? "is 1" : "are " + distinct) + ", so the fit is not unique (the curve drawn is the "
                    + "solver's choice)");
        }
        double lo = x[0];
        double hi = x[0];
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        Scale sc = new Scale(scaled, lo, hi);

        // every degree: train/test error and k-fold CV error
        int maxDeg = MAX_DEGREE;
        double[] degs = new double[maxDeg + 1];
        double[] trainErr = new double[maxDeg + 1];
        double[] testErr = new double[maxDeg + 1];
        double[] cvErr = new double[maxDeg + 1];
        int k = Math.min(folds, nTrain);
        for (int d = 0; d <= maxDeg; d++) {
            degs[d] = d;
            double[] c = fit(method, xTr, yTr, d, sc);
            trainErr[d] = mse(c, xTr, yTr, sc);
            testErr[d] = nTest == 0 ? Double.NaN : mse(c, xTe, yTe, sc);
            cvErr[d] = crossValidate(method, xTr, yTr, d, sc, k);
        }
        int cvPick = 0;
        for (int d = 1; d <= maxDeg; d++) {
            if (cvErr[d] < cvErr[cvPick] || Double.isNaN(cvErr[cvPick])) {
                cvPick = d;
            }
        }

        double[] c = fit(method, xTr, yTr, degree, sc);
        out.plot(FIT.titled("Polynomial fit of degree " + degree));
        out.editablePoints(FIT_PLOT, data);
        out.points(FIT_PLOT, "training points", xTr, yTr);
        if (nTest > 0) {
            out.points(FIT_PLOT, "test points", xTe, yTe);
        }
        double pad = (hi - lo) * 0.02;
        int grid = 200;
        double[] gx = new double[grid];
        double[] gy = new double[grid];
        double[] ty = new double[grid];
        for (int i = 0; i < grid; i++) {
            gx[i] = lo - pad + (hi - lo + 2 * pad) * i / (grid - 1);
            gy[i] = c == null ? Double.NaN : eval(c, sc.map(gx[i]));
            ty[i] = truth(gx[i]);
        }
        out.line(FIT_PLOT, "fit", gx, gy);
        if (!own) {
            out.line(FIT_PLOT, "true curve 0.5 + 2x − 0.3x²", gx, ty);
        }

        out.plot(ERRORS);
        out.line(ERROR_PLOT, "train", degs, trainErr);
        if (nTest > 0) {
            out.line(ERROR_PLOT, "test", degs, testErr);
        }
        out.line(ERROR_PLOT, "CV (" + k + " folds)", degs, cvErr);
        out.add(Marker.vertical(ERROR_PLOT, "degree " + degree, degree));
        out.add(Marker.point(ERROR_PLOT, "CV choice", cvPick, cvErr[cvPick]));

        Matrix raw = design(xTr, degree, new Scale(false, lo, hi));
        Matrix scaledX = design(xTr, degree, new Scale(true, lo, hi));
        out.readout("degree", "degree", degree);
        out.readout("trainMse", "train MSE", trainErr[degree]);
        out.readout("testMse", "test MSE", testErr[degree]);
        out.readout("cvDegree", "CV-chosen degree", cvPick);
        out.readout("condRaw", "κ(X), raw x", Conditioning.cond(raw));
        out.readout("condScaled", "κ(X), scaled x", Conditioning.cond(scaledX));
        out.readout("orthogonality", "residual ⟂ columns: max|Xᵀr|/(‖X‖‖r‖)", orthogonality(c, xTr, yTr, sc));
        LabOutput.Table coef = out.table("coefficients", "power", "coefficient");
        if (c != null) {
            for (int j = 0; j <= degree; j++) {
                out.readout("c" + j, "c" + Sub.script(j), c[j]);
                coef.row((scaled ? "u^" : "x^") + j, NumberText.format(c[j], 6));
            }
        } else {
            out.note("the normal equations failed at degree " + degree
                    + ": XᵀX is not numerically positive definite");
        }
        out.summary(n + (own ? " points of yours" : " generated points") + " (" + nTrain + " training, " + nTest
                + " test). Degree " + degree + " fit by " + method + (scaled ? " on scaled x" : "") + ": train MSE "
                + NumberText.format(trainErr[degree], 3) + (nTest > 0 ? ", test MSE "
                + NumberText.format(testErr[degree], 3) : "") + "; " + k + "-fold cross-validation picks degree "
                + cvPick + ".");
        return out;
    }

    /**
     * The points the lab fits for these values, in data order: the learner's {@code pts} when at
     * least 2 of them are valid, otherwise the generated lecture data (what the plot shows either
     * way; the view edits a copy of these when the learner first drags, adds or deletes a point).
     */
    public static PointData points(ParamSet p) {
        return load(p, new Rng(p.integer("seed")), null);
    }

    /** Whether {@code pts} holds at least 2 valid points (so they, not the generated data, are fitted). */
    static boolean userPointsUsed(ParamSet p) {
        return PointData.fromQuery(p.text("pts")).size() >= 2;
    }

    /** The data, drawing the generated noise from {@code rng}; notes about {@code pts} go to {@code out}. */
    private static PointData load(ParamSet p, Rng rng, LabOutput out) {
        PointData data = PointData.fromQuery(p.text("pts"));
        if (out != null) {
            for (String e : data.errors()) {
                out.note("pts: " + e);
            }
        }
        if (data.size() >= 2) {
            return data;
        }
        if (out != null && !p.text("pts").trim().isEmpty()) {
            out.note("pts: fewer than 2 valid points; using the generated data");
        }
        int n = p.integer("n");
        double noise = p.number("noise");
        double[] x = new double[n];
        double[] y = new double[n];
        double[] eps = rng.gaussianVector(n);
        for (int i = 0; i < n; i++) {
            x[i] = 5.0 * i / (n - 1);
            y[i] = truth(x[i]) + noise * eps[i];
        }
        return PointData.of(x, y);
    }

    /**
     * The lecture data and its split exactly as {@link #compute} makes them: {xTrain, yTrain, xTest, yTest}.
     */
    static double[][] lectureSplit(int n, double noise, double testFraction, long seed) {
        Rng rng = new Rng(seed);
        double[] eps = rng.gaussianVector(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5.0 * i / (n - 1);
            y[i] = truth(x[i]) + noise * eps[i];
        }
        int[] perm = rng.permutation(n);
        int nTest = Math.min((int) Math.floor(testFraction * n + 0.5), n - 2);
        double[][] out = {new double[n - nTest], new double[n - nTest], new double[nTest], new double[nTest]};
        for (int i = 0; i < n; i++) {
            int k = perm[i];
            int slot = i < nTest ? 2 : 0;
            int at = i < nTest ? i : i - nTest;
            out[slot][at] = x[k];
            out[slot + 1][at] = y[k];
        }
        return out;
    }

    /** Notes x values that occur more than once (the fit sees them as one column value with several y). */
    static void noteDuplicates(LabOutput out, double[] x) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        int repeated = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 2] != sorted[i])) {
                repeated++;
                if (shown < 3) {
                    sb.append(shown == 0 ? "" : ", ").append(NumberText.format(sorted[i], 6));
                    shown++;
                }
            }
        }
        if (repeated > 0) {
            out.note((repeated == 1 ? "x = " + sb + " occurs" : repeated + " x values occur (x = " + sb
                    + (repeated > shown ? ", …" : "") + ")") + " more than once: a polynomial gives one y per x, "
                    + "so it fits their mean at best");
        }
    }

    /** How many different values x holds. */
    static int distinctCount(double[] x) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        int count = sorted.length == 0 ? 0 : 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                count++;
            }
        }
        return count;
    }

    /** x ↦ u = (x − mid)/half when scaling, identity otherwise. */
    static final class Scale {
        final boolean on;
        final double mid;
        final double half;

        Scale(boolean on, double lo, double hi) {
            this.on = on;
            this.mid = 0.5 * (lo + hi);
            this.half = hi > lo ? 0.5 * (hi - lo) : 1.0;
        }

        double map(double x) {
            return on ? (x - mid) / half : x;
        }
    }

    static Matrix design(double[] x, int degree, Scale sc) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = sc.map(x[i]);
        }
        return RandomMatrices.vandermonde(u, degree + 1);
    }

    /** Coefficients in powers of u = sc.map(x), or null when the method failed. */
    static double[] fit(String method, double[] x, double[] y, int degree, Scale sc) {
        if (x.length == 0) {
            return null;
        }
        return Fits.solve(method, design(x, degree, sc), y);
    }

    static double eval(double[] c, double u) {
        double s = 0;
        for (int j = c.length - 1; j >= 0; j--) {
            s = s * u + c[j];
        }
        return s;
    }

    static double mse(double[] c, double[] x, double[] y, Scale sc) {
        if (c == null || x.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = eval(c, sc.map(x[i])) - y[i];
            s += r * r;
        }
        return s / x.length;
    }

    /** Mean validation MSE over k folds (fold f holds the training points i ≡ f mod k). */
    static double crossValidate(String method, double[] x, double[] y, int degree, Scale sc, int k) {
        if (k < 2) {
            return Double.NaN;
        }
        double total = 0;
        for (int f = 0; f < k; f++) {
            int nVal = 0;
            for (int i = f; i < x.length; i += k) {
                nVal++;
            }
            double[] xt = new double[x.length - nVal];
            double[] yt = new double[x.length - nVal];
            double[] xv = new double[nVal];
            double[] yv = new double[nVal];
            int a = 0;
            int b = 0;
            for (int i = 0; i < x.length; i++) {
                if (i % k == f) {
                    xv[b] = x[i];
                    yv[b++] = y[i];
                } else {
                    xt[a] = x[i];
                    yt[a++] = y[i];
                }
            }
            total += mse(fit(method, xt, yt, degree, sc), xv, yv, sc);
        }
        return total / k;
    }

    static double orthogonality(double[] c, double[] x, double[] y, Scale sc) {
        if (c == null) {
            return Double.NaN;
        }
        Matrix a = design(x, c.length - 1, sc);
        double[] r = a.times(c);
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - r[i];
        }
        double[] g = a.transposeTimes(r);
        double worst = 0;
        for (double v : g) {
            worst = Math.max(worst, Math.abs(v));
        }
        double denom = a.frobeniusNorm() * Fits.norm(r);
        return denom == 0 ? 0 : worst / denom;
    }
}
