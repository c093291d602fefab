package dev.kappa.web;

import dev.kappa.learn.CardState;
import dev.kappa.learn.Fsrs;
import dev.kappa.learn.Grade;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.QR;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the numerical core gives the same answers in this engine as on the JVM.
 *
 * <p>Pure Java: the JVM test runs the same suite and records each check's fingerprint (the exact
 * bits of its results), and the browser tests compare the fingerprints the page reports on both
 * engines against those. A check passes in the page when its own invariant holds; identity with
 * the JVM is judged by the test that can see both.
 */
public final class SelfTestSuite {
    /** One check: its name, whether its invariant held, a note, and the bits of what it computed. */
    public record Result(String name, boolean passed, String detail, String fingerprint) {
    }

    private SelfTestSuite() {
    }

    public static List<Result> run() {
        List<Result> results = new ArrayList<>();
        results.add(fixedSolve3x3());
        results.add(productAndTranspose());
        results.add(seededStream());
        results.add(transcendentals());
        results.add(pivotedQr());
        results.add(illConditionedSvd());
        results.add(symmetricEigen());
        results.add(lectureMinNorm());
        results.add(rankDeficientLeastSquares());
        results.add(ridgePath());
        results.add(hostileInputs());
        results.add(fsrsSchedule());
        results.add(learnCore());
        results.add(new Result("KMath on 5000 arguments", true, "hash per function",
                oneLine(dev.kappa.linalg.EngineFingerprint.compute())));
        return results;
    }

    /**
     * The heavier check: a hash of every preset of every lab model. Separate from {@link #run()}
     * because an interpreted engine (HtmlUnit) needs minutes for it; real browsers take seconds.
     */
    public static List<Result> runLabs() {
        List<Result> results = new ArrayList<>();
        results.add(new Result("every lab preset", true, "hash of each preset's whole output",
                oneLine(dev.kappa.lab.LabFingerprint.report())));
        return results;
    }

    /** A one-line summary, e.g. "2/2 passed". */
    public static String summary(List<Result> results) {
        int passed = 0;
        for (Result r : results) {
            if (r.passed()) {
                passed++;
            }
        }
        return passed + "/" + results.size() + " passed";
    }

    /** The summary, then one line per check: {@code name|passed|fingerprint}. */
    public static String report(List<Result> results) {
        StringBuilder sb = new StringBuilder(summary(results));
        for (Result r : results) {
            sb.append('\n').append(r.name()).append('|').append(r.passed()).append('|').append(r.fingerprint());
        }
        return sb.toString();
    }

    /**
     * Solves [[4, −2, 1], [−2, 4, −2], [1, −2, 4]]·x = [11, −16, 17] by elimination with partial
     * pivoting in the engine's arithmetic; the exact answer is x = (1, −2, 3).
     */
    static Result fixedSolve3x3() {
        Matrix a = Matrix.of(new double[][] {{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}});
        double[] b = {11, -16, 17};
        double[] x = eliminate(a.toArray(), b.clone());
        double err = Math.max(Math.abs(x[0] - 1), Math.max(Math.abs(x[1] + 2), Math.abs(x[2] - 3)));
        return new Result("3×3 solve", err < 1e-14, "max error " + err, bits(x));
    }

    static Result productAndTranspose() {
        Matrix a = Matrix.of(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
        Matrix g = a.transpose().times(a);
        boolean symmetric = true;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                symmetric &= g.get(i, j) == g.get(j, i);
            }
        }
        return new Result("AᵀA is symmetric", symmetric, "3×3 Gram matrix", bits(g.toRowMajor()));
    }

    /** The first draws of seed 42: uniforms in [0, 1) and Gaussians, exactly as on the JVM. */
    static Result seededStream() {
        Rng rng = new Rng(42);
        double[] v = new double[8];
        boolean ok = true;
        for (int i = 0; i < 4; i++) {
            v[i] = rng.uniform();
            ok &= v[i] >= 0 && v[i] < 1;
        }
        for (int i = 4; i < 8; i++) {
            v[i] = rng.gaussian();
            ok &= Math.abs(v[i]) < 10;
        }
        return new Result("seeded Rng stream", ok, "4 uniforms, 4 Gaussians, seed 42", bits(v));
    }

    /** KMath must not depend on the browser's Math: its results are compared bit for bit. */
    static Result transcendentals() {
        double[] v = {KMath.exp(1), KMath.log(10), KMath.sin(1), KMath.cos(1), KMath.log1p(1e-10),
            KMath.expm1(1e-10), KMath.pow(2, 0.5), KMath.log10(2)};
        double err = Math.abs(v[0] - Math.E) / Math.E + Math.abs(v[1] - 2.302585092994046) / 2.302585092994046
                + Math.abs(v[4] - 9.9999999995e-11) / 1e-10 + Math.abs(v[6] - Math.sqrt(2)) / Math.sqrt(2);
        return new Result("KMath exp/log/sin/cos", err < 8 * Tolerance.EPS, "relative error sum " + err, bits(v));
    }

    static Result pivotedQr() {
        Matrix a = new Rng(7).gaussianMatrix(30, 10);
        QR qr = QR.of(a);
        Matrix q = qr.q();
        double orth = q.transpose().times(q).minus(Matrix.identity(10)).frobeniusNorm();
        int[] p = qr.permutation();
        double[][] ap = new double[30][10];
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 10; j++) {
                ap[i][j] = a.get(i, p[j]);
            }
        }
        double rec = Matrix.of(ap).minus(q.times(qr.r())).frobeniusNorm() / a.frobeniusNorm();
        boolean ok = orth < 1e-13 * 30 && rec < 1e-13 * 30 && qr.rank() == 10;
        return new Result("pivoted QR 30×10", ok, "‖QᵀQ−I‖ " + orth + ", ‖AP−QR‖/‖A‖ " + rec, bits(qr.diagonalOfR()));
    }

    static Result illConditionedSvd() {
        Matrix a = RandomMatrices.withCondition(new Rng(11), 40, 15, 1e8);
        SVD svd = SVD.of(a);
        double[] s = svd.singularValues();
        Matrix us = svd.u().times(Matrix.diagonal(s));
        double rec = a.minus(us.times(svd.v().transpose())).frobeniusNorm() / a.frobeniusNorm();
        double orth = svd.v().transpose().times(svd.v()).minus(Matrix.identity(15)).frobeniusNorm();
        double condErr = Math.abs(svd.cond() - 1e8) / 1e8;
        boolean ok = rec < 1e-13 * 40 && orth < 1e-13 * 40 && condErr < 1e-6;
        return new Result("SVD 40×15, κ = 1e8", ok, "‖A−USVᵀ‖/‖A‖ " + rec + ", κ error " + condErr, bits(s));
    }

    static Result symmetricEigen() {
        Matrix b = new Rng(13).gaussianMatrix(20, 20);
        Matrix a = b.plus(b.transpose()).scale(0.5);
        SymmetricEigen eig = SymmetricEigen.of(a);
        Matrix v = eig.vectors();
        double res = a.times(v).minus(v.times(Matrix.diagonal(eig.values()))).frobeniusNorm() / a.frobeniusNorm();
        boolean sorted = true;
        for (int i = 1; i < 20; i++) {
            sorted &= eig.values()[i - 1] <= eig.values()[i];
        }
        return new Result("symmetric eigen 20×20", res < 1e-13 * 20 && sorted, "‖AV−VΛ‖/‖A‖ " + res, bits(eig.values()));
    }

    /** DESIGN.md's underdetermined example: A = [[1,2,3],[4,5,6]], b = [7,8]. */
    static Result lectureMinNorm() {
        LeastSquares.Result r = LeastSquares.solve(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), new double[] {7, 8});
        double[] x = r.x();
        double err = Math.abs(x[0] + 55.0 / 18) + Math.abs(x[1] - 1.0 / 9) + Math.abs(x[2] - 59.0 / 18);
        return new Result("min-norm 2×3 (lecture)", err < 1e-13 && r.rank() == 2, "x = (−55/18, 1/9, 59/18), error " + err, bits(x));
    }

    /** Residual ⟂ range(A) and solution ⟂ null(A) for a rank-3 8×6 product. */
    static Result rankDeficientLeastSquares() {
        Rng rng = new Rng(17);
        Matrix a = rng.gaussianMatrix(8, 3).times(rng.gaussianMatrix(3, 6));
        double[] b = rng.gaussianVector(8);
        LeastSquares.Result r = LeastSquares.solve(a, b);
        double[] ax = a.times(r.x());
        double[] res = new double[8];
        for (int i = 0; i < 8; i++) {
            res[i] = b[i] - ax[i];
        }
        double[] atr = a.transposeTimes(res);
        double perp = 0;
        for (double v : atr) {
            perp = Math.max(perp, Math.abs(v));
        }
        double scale = a.frobeniusNorm() * a.frobeniusNorm();
        return new Result("lstsq rank 3 of 8×6", r.rank() == 3 && perp < 1e-12 * scale,
                "rank " + r.rank() + ", ‖Aᵀr‖∞ " + perp, bits(r.x()));
    }

    /**
     * Issue 16's hostile inputs, in bounded time on this engine: an overflowing product refused, a
     * graded matrix's tiny singular values kept, 1e±300 and subnormal scales, scale-free κ(AᵀA),
     * Kahan's matrix ranked as the SVD ranks it.
     */
    static Result hostileInputs() {
        Matrix a = Matrix.of(new double[][] {{1e200, 1}, {1, 1e200}});
        boolean refused;
        try {
            a.times(a);
            refused = false;
        } catch (dev.kappa.linalg.NonFiniteException e) {
            refused = true;
        }
        Rng rng = new Rng(16);
        int n = 30;
        double[][] g = rng.gaussianMatrix(n, n).toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // D·G·D with D = diag(2^(−40i/(n−1))), graded over 24 decades (KMath: same bits everywhere).
                g[i][j] = dev.kappa.linalg.KMath.pow(2, -40.0 * (i + j) / (n - 1)) * g[i][j];
            }
        }
        double[] graded = SVD.singularValuesOf(Matrix.of(g));
        double[] big = SVD.singularValuesOf(rng.gaussianMatrix(5, 4).scale(1e300));
        double[] tiny = SVD.singularValuesOf(rng.gaussianMatrix(4, 5).scale(1e-310));
        double gram = dev.kappa.linalg.Conditioning.gramCond(Matrix.identity(3).scale(1e-200), 0);
        double[][] kahan = new double[40][40];
        double sn = 0.9320390859672263;
        double cs = 0.3623577544766736;
        double power = 1.0;
        for (int i = 0; i < 40; i++) {
            kahan[i][i] = power;
            for (int j = i + 1; j < 40; j++) {
                kahan[i][j] = -cs * power;
            }
            power *= sn;
        }
        Matrix k = Matrix.of(kahan);
        int qrRank = QR.of(k).rank();
        int svdRank = SVD.of(k).rank();
        boolean ok = refused && graded[n - 1] > 0 && gram == 1.0 && qrRank == svdRank;
        double[] all = new double[graded.length + big.length + tiny.length + 3];
        System.arraycopy(graded, 0, all, 0, graded.length);
        System.arraycopy(big, 0, all, graded.length, big.length);
        System.arraycopy(tiny, 0, all, graded.length + big.length, tiny.length);
        all[all.length - 3] = gram;
        all[all.length - 2] = qrRank;
        all[all.length - 1] = svdRank;
        return new Result("hostile inputs", ok, "overflow refused " + refused + ", σ_min of graded " + graded[n - 1]
                + ", Kahan rank QR " + qrRank + " / SVD " + svdRank, bits(all));
    }

    static Result ridgePath() {
        Rng rng = new Rng(19);
        Matrix a = rng.gaussianMatrix(12, 5);
        double[] b = rng.gaussianVector(12);
        double[][] path = Ridge.path(a, b, new double[] {100, 1, 1e-2, 1e-8});
        double[] flat = new double[20];
        boolean shrinking = true;
        double prev = -1;
        for (int k = 0; k < 4; k++) {
            double norm = 0;
            for (int j = 0; j < 5; j++) {
                flat[5 * k + j] = path[k][j];
                norm += path[k][j] * path[k][j];
            }
            shrinking &= norm > prev;
            prev = norm;
        }
        return new Result("ridge path, 4 λ", shrinking, "‖w(λ)‖ grows as λ falls", bits(flat));
    }

    /**
     * Three cards reviewed by FSRS-6 over 40 reviews at irregular gaps (same-day, days, months),
     * every grade and lapses included: stability, difficulty and due date of every step. The
     * scheduler uses KMath, so the bits must equal the JVM's; a new card graded Easy is due in
     * round(S₀(Easy)) = round(8.2956) = 8 days, a value computed by hand from the weights.
     */
    static Result fsrsSchedule() {
        Fsrs fsrs = new Fsrs();
        long t0 = 1_700_000_000_000L;
        long[] gapsMinutes = {0, 10, 1440, 4320, 30, 14400, 2880, 86400, 5, 43200};
        double[] v = new double[3 * 40 * 3];
        boolean ok = fsrs.review(CardState.fresh(t0), Grade.EASY, t0).due() == t0 + 8 * Fsrs.DAY_MS;
        for (int c = 0; c < 3; c++) {
            long now = t0;
            CardState card = CardState.fresh(now);
            for (int k = 0; k < 40; k++) {
                now += gapsMinutes[(k + 3 * c) % gapsMinutes.length] * Fsrs.MINUTE_MS;
                Grade g = Grade.of(1 + (k * (c + 1) + k / 3) % 4);
                card = fsrs.review(card, g, now);
                ok &= card.due() > now && card.stability() > 0 && card.difficulty() >= 1 && card.difficulty() <= 10;
                int i = 3 * (40 * c + k);
                v[i] = card.stability();
                v[i + 1] = card.difficulty();
                v[i + 2] = card.due() - t0;
            }
        }
        return new Result("FSRS-6 schedule, 3 cards × 40 reviews", ok, "Easy on a new card: due in 8 days", bits(v));
    }

    /**
     * Issue 17's learn core, whose numbers must not depend on the engine: typed answers as the grader
     * reads them (√, ×10^k, superscripts, π, fractions, a fractional power through KMath), the
     * option orders of quiz attempts (seeded Rng), and the answer of every exercise generator for a
     * few seeds (eigenvectors included). A value computed by hand checks the reader: (1 + √5)/2.
     */
    static Result learnCore() {
        String[] typed = {"(1+sqrt(5))/2", "√2", "9×10^10", "1.28×10⁻¹⁶", "2π", "1/2/3", "2^0.5", "-3.0556", "10^-3",
            "3²/3", "4 x 10^8", "(2 − √80)/2", "1e-8", "0.1+0.2"};
        java.util.List<Double> v = new java.util.ArrayList<>();
        for (String t : typed) {
            v.add(dev.kappa.learn.Grader.read(t));
        }
        boolean ok = v.get(0) == (1 + Math.sqrt(5)) / 2 && v.get(2) == 9e10;
        java.util.List<dev.kappa.learn.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            options.add(new dev.kappa.learn.Option(new dev.kappa.learn.SourceText("o" + i, 0), i == 2));
        }
        dev.kappa.learn.Question q = new dev.kappa.learn.Question("which-step", dev.kappa.learn.QuestionKind.SINGLE,
                new dev.kappa.learn.SourceText("P", 0), options, Double.NaN, false, 0, 0,
                new dev.kappa.learn.SourceText("E", 0), 0);
        for (long seed = 0; seed < 40; seed++) {
            for (int i : new dev.kappa.learn.QuizAttempt("q", seed * 7919, 0).order(q)) {
                v.add((double) i);
            }
        }
        for (dev.kappa.learn.ExerciseGenerator g : dev.kappa.learn.exercise.Catalogue.all()) {
            for (long seed = 0; seed < 4; seed++) {
                dev.kappa.learn.Answer a = g.generate(seed).answer();
                double[] values = a.values();
                if (values == null) {
                    v.add((double) a.choice());
                } else {
                    for (double x : values) {
                        v.add(x);
                    }
                }
            }
        }
        double[] all = new double[v.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = v.get(i);
        }
        return new Result("grader, quiz orders, exercise answers", ok, "(1 + √5)/2 and 9×10^10 read exactly",
                bits(all));
    }

    private static double[] eliminate(double[][] a, double[] b) {
        int n = b.length;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
                    p = i;
                }
            }
            double[] rowTmp = a[k];
            a[k] = a[p];
            a[p] = rowTmp;
            double bTmp = b[k];
            b[k] = b[p];
            b[p] = bTmp;
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) {
                    a[i][j] -= f * a[k][j];
                }
                b[i] -= f * b[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    private static String oneLine(String lines) {
        return lines.trim().replace('\n', ';');
    }

    /** The exact bits of the values, as hex: equal strings mean bit-identical results. */
    public static String bits(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        return sb.toString();
    }
}
