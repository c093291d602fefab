package dev.kappa.lab;

import dev.kappa.lab.plot.Axis;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The Kalman filter as recursive least squares, tracking an object on a line. State x = (position,
 * velocity), time step 1: x_{t+1} = F x_t + G a_t with F = [[1, 1], [0, 1]], G = (½, 1) and a random
 * acceleration a_t ~ N(0, q), so the process noise is Q = q·GGᵀ; the position is measured,
 * z_t = H x_t + v_t, H = [1, 0], v_t ~ N(0, R), R = r². The truth starts at (0, 1); its
 * accelerations and the measurement noise come from one seeded {@link Rng} (all T accelerations,
 * then all T measurement errors).
 *
 * <p>The filter starts from the prior x̂ = (0, 0), P = p₀I (p₀ = {@value #PRIOR}) and at t = 0 only
 * updates; from t = 1 it predicts, x̂⁻ = F x̂, P⁻ = F P Fᵀ + Q (the uncertainty grows), then updates
 * with the gain K = P⁻Hᵀ/(H P⁻Hᵀ + R): x̂ = x̂⁻ + K(z_t − H x̂⁻), P = (I − KH)P⁻(I − KH)ᵀ + KRKᵀ
 * (Joseph's form, symmetric and positive semidefinite in floating point; it shrinks).
 *
 * <p>With Q = 0 the motion is exactly x_t = Fᵗx₀, and the filter computes, recursively, the
 * solution of the weighted least-squares problem min ‖x₀ − m₀‖²/p₀ + Σ_{s ≤ t}(z_s − HFˢx₀)²/R:
 * the lab also solves that stacked problem for every t with the core's least squares and draws
 * Fᵗx̂₀ beside the filter; they agree to rounding. With Q &gt; 0 the batch line is a straight-line
 * fit that cannot follow the accelerations, and the filter discounts old measurements instead.
 * Large R makes the gain small (the filter trusts its model); large Q makes it near 1 (it trusts
 * the measurements).
 *
 * <p>The player walks through 2T half-steps: 2t is the prediction of step t (the prior at t = 0),
 * 2t + 1 its update. The state plot draws P as its 1σ {@link CovarianceEllipse} around the estimate
 * in (position, velocity): at a prediction the updated ellipse of t − 1 and the larger predicted one
 * (det P⁻ ≥ det P_{t−1}, as det F = 1 and Q ⪰ 0), at an update the predicted one and the smaller
 * updated one (P ⪯ P⁻), with the measurement z_t, which fixes only the position, as a vertical line.
 * Cost: T filter steps, T least-squares solves of at most (T + 2)×2 and 2T 2×2 eigen-decompositions.
 */
public final class KalmanLab extends DeclaredLabModel {
    public static final String ID = "kalman";
    static final String TRACK_PLOT = "track";
    static final String GAIN_PLOT = "gain";
    static final String SPREAD_PLOT = "spread";
    static final String STATE_PLOT = "state";
    static final String PREDICTED = "predicted P⁻ (after predict)";
    static final String UPDATED = "updated P (after update)";
    static final String PREDICTED_MEAN = "predicted estimate x̂⁻";
    static final String UPDATED_MEAN = "updated estimate x̂";
    static final String TRUE_STATE = "true state";
    static final String MEASURED = "measurement z (position only)";
    /** Prior variance p₀ of the initial position and velocity. */
    static final double PRIOR = 1000;
    /**
     * The steady gain depends on q/r² only; below this ratio R dominates (small gain), above
     * {@link #LARGE_RATIO} Q does (gain near 1), and the lab says so.
     */
    static final double SMALL_RATIO = 1e-3;
    static final double LARGE_RATIO = 0.3;

    static final PlotSpec TRACK = PlotSpec.of(TRACK_PLOT, "Position: truth, measurements and estimates")
            .x("time t", Axis.LINEAR).y("position", Axis.LINEAR)
            .series("true position", Look.of(Look.INK).dashed())
            .series("measurements z", Look.of(6).shape(Look.Shape.CIRCLE))
            .series("Kalman estimate", Look.of(1).width(2.5))
            .series("estimate ± 2σ", Look.of(1).dotted().width(1))
            .series("batch least squares (straight line)", Look.of(2).dashDot());
    static final PlotSpec STATE = PlotSpec.of(STATE_PLOT, "State uncertainty at the step shown: 1σ ellipses of P")
            .x("position", Axis.LINEAR).y("velocity", Axis.LINEAR)
            .series(PREDICTED, Look.of(2).dashed().width(2))
            .series(UPDATED, Look.of(1).width(2.5))
            .series(PREDICTED_MEAN, Look.of(2).shape(Look.Shape.SQUARE))
            .series(UPDATED_MEAN, Look.of(1).shape(Look.Shape.CIRCLE))
            .series(TRUE_STATE, Look.of(Look.INK).shape(Look.Shape.CROSS))
            .series(MEASURED, Look.of(6).dotted().width(2));
    static final PlotSpec GAIN = PlotSpec.of(GAIN_PLOT, "Kalman gain K over time")
            .x("time t", Axis.LINEAR).y("gain", Axis.LINEAR)
            .series("position gain K₁", Look.of(1))
            .series("velocity gain K₂", Look.of(5).dashed());
    static final PlotSpec SPREAD = PlotSpec.of(SPREAD_PLOT, "Position uncertainty: predict grows it, update shrinks it")
            .x("time t", Axis.LINEAR).y("standard deviation of position", Axis.LOG)
            .series("σ of position (predict ↑, update ↓)", Look.of(3))
            .series("measurement noise r", Look.REFERENCE);

    public static final LabDeclaration DECLARATION = LabDeclaration.lab(ID)
            .title("Kalman filter: recursive least squares for a moving object")
            .topic(Topic.APPLICATIONS, 4)
            .blurb("Predict, measure, update: the gain, the uncertainty, and batch least squares when Q = 0.")
            .params(params().params())
            .presets(presets())
            .plots(TRACK, STATE, GAIN, SPREAD);

    public static ParamSet params() {
        return new ParamSet(List.of(
                Param.number("q", "process noise q (acceleration variance)", 0, 1, 0.001, 0.01),
                Param.number("r", "measurement noise r (standard deviation)", 0, 5, 0.05, 1),
                Param.integer("steps", "time steps T", 5, 200, 50),
                Param.integer("seed", "seed", 0, 999999, 3)));
    }

    public static List<Preset> presets() {
        return List.of(
                new Preset("Default: q = 0.01, r = 1", "q=0.01&r=1"),
                new Preset("Q = 0: the filter is batch least squares", "q=0&r=1"),
                new Preset("Large R: small gain, smooth estimate", "q=0.01&r=5"),
                new Preset("Large Q: gain near 1, follows the measurements", "q=1&r=1"),
                new Preset("Long run, T = 200", "steps=200"));
    }

    public KalmanLab() {
        super(DECLARATION);
    }

    /** One run: the truth, the measurements and the filter's numbers at every step. */
    static final class Run {
        final int steps;
        final double[] truePos;
        final double[] trueVel;
        final double[] z;
        /** After the update at t: estimate (position, velocity), covariance P (p00, p01, p11). */
        final double[][] est;
        final double[][] cov;
        /** Before the update at t (after the prediction; the prior at t = 0). */
        final double[][] pred;
        final double[][] predCov;
        final double[][] gain;
        /** Position and velocity of the batch weighted least-squares fit of z₀…z_t, at time t (NaN when r = 0). */
        final double[][] batch;

        Run(double q, double r, int steps, long seed) {
            this.steps = steps;
            Rng rng = new Rng(seed);
            double[] acc = rng.gaussianVector(steps);
            double[] noise = rng.gaussianVector(steps);
            truePos = new double[steps];
            trueVel = new double[steps];
            z = new double[steps];
            double sq = Math.sqrt(q);
            double pos = 0;
            double vel = 1;
            for (int t = 0; t < steps; t++) {
                truePos[t] = pos;
                trueVel[t] = vel;
                z[t] = pos + r * noise[t];
                double a = sq * acc[t];
                pos = pos + vel + 0.5 * a;
                vel = vel + a;
            }
            est = new double[steps][];
            cov = new double[steps][];
            pred = new double[steps][];
            predCov = new double[steps][];
            gain = new double[steps][];
            batch = new double[steps][];
            filter(q, r * r);
            batch(r);
        }

        private void filter(double q, double rr) {
            double x0 = 0;
            double x1 = 0;
            double p00 = PRIOR;
            double p01 = 0;
            double p11 = PRIOR;
            for (int t = 0; t < steps; t++) {
                if (t > 0) {
                    // predict: x⁻ = F x, P⁻ = F P Fᵀ + q·G Gᵀ with F = [[1, 1], [0, 1]], G = (½, 1)
                    x0 = x0 + x1;
                    double n00 = p00 + 2 * p01 + p11 + q * 0.25;
                    double n01 = p01 + p11 + q * 0.5;
                    double n11 = p11 + q;
                    p00 = n00;
                    p01 = n01;
                    p11 = n11;
                }
                pred[t] = new double[] {x0, x1};
                predCov[t] = new double[] {p00, p01, p11};
                double s = p00 + rr;
                double k0 = s > 0 ? p00 / s : 0;
                double k1 = s > 0 ? p01 / s : 0;
                gain[t] = new double[] {k0, k1};
                double innovation = z[t] - x0;
                x0 = x0 + k0 * innovation;
                x1 = x1 + k1 * innovation;
                // Joseph form: P = (I − KH) P⁻ (I − KH)ᵀ + K R Kᵀ, with I − KH = [[1 − k0, 0], [−k1, 1]]
                double a00 = (1 - k0) * p00;
                double a01 = (1 - k0) * p01;
                double a10 = -k1 * p00 + p01;
                double a11 = -k1 * p01 + p11;
                double m00 = a00 * (1 - k0) + k0 * k0 * rr;
                double m01 = -a00 * k1 + a01 + k0 * k1 * rr;
                double m11 = -a10 * k1 + a11 + k1 * k1 * rr;
                p00 = m00;
                p01 = m01;
                p11 = m11;
                est[t] = new double[] {x0, x1};
                cov[t] = new double[] {p00, p01, p11};
            }
        }

        /**
         * For each t, min ‖x₀ − m₀‖²/p₀ + Σ_{s ≤ t} (z_s − (pos₀ + s·vel₀))²/R as one stacked least-squares
         * problem (rows scaled by 1/√p₀ and 1/r), solved by the core; the state at t is F^t x̂₀.
         */
        private void batch(double r) {
            for (int t = 0; t < steps; t++) {
                if (!(r > 0)) {
                    batch[t] = new double[] {Double.NaN, Double.NaN};
                    continue;
                }
                double[][] rows = new double[t + 3][];
                double[] rhs = new double[t + 3];
                double w = 1 / Math.sqrt(PRIOR);
                rows[0] = new double[] {w, 0};
                rows[1] = new double[] {0, w};
                for (int s = 0; s <= t; s++) {
                    rows[s + 2] = new double[] {1 / r, s / r};
                    rhs[s + 2] = z[s] / r;
                }
                double[] x = LeastSquares.solve(Matrix.of(rows), rhs).x();
                batch[t] = new double[] {x[0] + t * x[1], x[1]};
            }
        }
    }

    @Override
    public LabOutput compute(ParamSet p) {
        LabOutput out = new LabOutput();
        out.notes(p.notes());
        double q = p.number("q");
        double r = p.number("r");
        int steps = p.integer("steps");
        Run run = new Run(q, r, steps, p.integer("seed"));

        double[] ts = new double[steps];
        double[] estPos = new double[steps];
        double[] hi = new double[steps];
        double[] lo = new double[steps];
        double[] batchPos = new double[steps];
        double[] k0 = new double[steps];
        double[] k1 = new double[steps];
        for (int t = 0; t < steps; t++) {
            ts[t] = t;
            estPos[t] = run.est[t][0];
            double sd = Math.sqrt(Math.max(0, run.cov[t][0]));
            hi[t] = estPos[t] + 2 * sd;
            lo[t] = estPos[t] - 2 * sd;
            batchPos[t] = run.batch[t][0];
            k0[t] = run.gain[t][0];
            k1[t] = run.gain[t][1];
        }
        // the ± 2σ band as one series: up along the upper edge, a gap, then the lower edge
        double[] bandT = new double[2 * steps + 1];
        double[] bandY = new double[2 * steps + 1];
        for (int t = 0; t < steps; t++) {
            bandT[t] = t;
            bandY[t] = hi[t];
            bandT[steps + 1 + t] = t;
            bandY[steps + 1 + t] = lo[t];
        }
        bandT[steps] = Double.NaN;
        bandY[steps] = Double.NaN;

        int half = 2 * steps;
        // half-step 2t is step t's prediction, 2t + 1 its update: the estimate's point 2t repeats
        // the previous estimate (the prior at t = 0), the gain (known once P⁻ is) is the same at both
        double[] estT = new double[half];
        double[] estY = new double[half];
        double[] gainT = new double[half];
        double[] gain0 = new double[half];
        double[] gain1 = new double[half];
        for (int t = 0; t < steps; t++) {
            estT[2 * t] = Math.max(0, t - 1);
            estY[2 * t] = t > 0 ? estPos[t - 1] : run.pred[0][0];
            estT[2 * t + 1] = t;
            estY[2 * t + 1] = estPos[t];
            gainT[2 * t] = t;
            gainT[2 * t + 1] = t;
            gain0[2 * t] = k0[t];
            gain0[2 * t + 1] = k0[t];
            gain1[2 * t] = k1[t];
            gain1[2 * t + 1] = k1[t];
        }
        out.plot(TRACK);
        out.line(TRACK_PLOT, "true position", ts, run.truePos);
        out.points(TRACK_PLOT, "measurements z", ts, run.z);
        if (r > 0) {
            out.line(TRACK_PLOT, "batch least squares (straight line)", ts, batchPos);
        }
        out.line(TRACK_PLOT, "estimate ± 2σ", bandT, bandY);
        out.add(new Series(TRACK_PLOT, "Kalman estimate", Series.Style.LINE, estT, estY).animated());

        CovarianceEllipse[] predicted = new CovarianceEllipse[steps];
        CovarianceEllipse[] updated = new CovarianceEllipse[steps];
        out.plot(STATE);
        for (int t = 0; t < steps; t++) {
            double[] pc = run.predCov[t];
            double[] c = run.cov[t];
            predicted[t] = new CovarianceEllipse(pc[0], pc[1], pc[2]);
            updated[t] = new CovarianceEllipse(c[0], c[1], c[2]);
            ellipse(out, PREDICTED, PREDICTED_MEAN, predicted[t], run.pred[t], 2 * t, 2 * t + 1);
            ellipse(out, UPDATED, UPDATED_MEAN, updated[t], run.est[t], 2 * t + 1, 2 * t + 2);
            out.add(new Series(STATE_PLOT, TRUE_STATE, Series.Style.POINTS, new double[] {run.truePos[t]},
                    new double[] {run.trueVel[t]}).shownAt(2 * t, 2 * t + 1));
            // z fixes the position only: a vertical line across the predicted ellipse's velocity extent
            // (the ellipse {d: dᵀP⁻¹d = 1} reaches ±√P₁₁ in velocity)
            double reach = Math.sqrt(Math.max(0, pc[2]));
            out.add(new Series(STATE_PLOT, MEASURED, Series.Style.LINE, new double[] {run.z[t], run.z[t]},
                    new double[] {run.pred[t][1] - reach, run.pred[t][1] + reach}).shownAt(2 * t + 1, 2 * t + 1));
        }

        out.plot(GAIN);
        out.add(new Series(GAIN_PLOT, "position gain K₁", Series.Style.LINE, gainT, gain0).animated());
        out.add(new Series(GAIN_PLOT, "velocity gain K₂", Series.Style.LINE, gainT, gain1).animated());

        // the sawtooth: at each t the predicted σ, then the updated one
        double[] st = new double[half];
        double[] sd = new double[half];
        for (int t = 0; t < steps; t++) {
            st[2 * t] = t;
            sd[2 * t] = Math.sqrt(Math.max(0, run.predCov[t][0]));
            st[2 * t + 1] = t;
            sd[2 * t + 1] = Math.sqrt(Math.max(0, run.cov[t][0]));
        }
        out.plot(SPREAD.floor(1e-3, "10⁻³"));
        out.add(new Series(SPREAD_PLOT, "σ of position (predict ↑, update ↓)", Series.Style.LINE, st, sd).animated());
        if (r > 0) {
            out.add(Marker.horizontal(SPREAD_PLOT, "measurement noise r", r));
        }

        double errKalman = 0;
        double errRaw = 0;
        double errBatch = 0;
        double gap = 0;
        for (int t = 0; t < steps; t++) {
            errKalman += sq(estPos[t] - run.truePos[t]);
            errRaw += sq(run.z[t] - run.truePos[t]);
            errBatch += sq(batchPos[t] - run.truePos[t]);
            gap = Math.max(gap, Math.abs(estPos[t] - batchPos[t]) / Math.max(1, Math.abs(batchPos[t])));
        }
        out.steps(half);
        out.stepReadout("t", "step t", half, k -> k / 2 + (k % 2 == 0 ? (k == 0 ? ", prior" : ", after predict")
                : ", after update"));
        out.stepReadout("z", "measurement z_t", half, k -> NumberText.format(run.z[k / 2], 4)
                + (k % 2 == 0 ? " (used at the update)" : ""));
        out.stepReadout("predicted", "predicted position (before z_t)", half, k -> NumberText.format(run.pred[k / 2][0], 4));
        out.stepReadout("k", "gain K = (K₁, K₂)", half, k -> "(" + NumberText.format(run.gain[k / 2][0], 4) + ", "
                + NumberText.format(run.gain[k / 2][1], 4) + ")");
        out.stepReadout("estimate", "estimate (position, velocity)", half, k -> k % 2 == 0 ? "not yet updated"
                : "(" + NumberText.format(run.est[k / 2][0], 4) + ", " + NumberText.format(run.est[k / 2][1], 4) + ")");
        out.stepReadout("truth", "truth (position, velocity)", half, k -> "(" + NumberText.format(run.truePos[k / 2], 4)
                + ", " + NumberText.format(run.trueVel[k / 2], 4) + ")");
        // the ellipse on display in words: which, its axes (√ of P's eigenvalues) and its area's change
        IntFunction<CovarianceEllipse> shown = k -> k % 2 == 0 ? predicted[k / 2] : updated[k / 2];
        out.stepReadout("ellipse", "ellipse on display", half, k -> k % 2 == 1 ? "updated P" : k == 0 ? "prior P₀"
                : "predicted P⁻");
        out.stepReadout("axes", "1σ semi-axes √λ", half, k -> NumberText.format(shown.apply(k).major, 3) + ", "
                + NumberText.format(shown.apply(k).minor, 3));
        out.stepReadout("direction", "major axis along", half, k -> "(" + NumberText.format(shown.apply(k).ux, 3) + ", "
                + NumberText.format(shown.apply(k).uy, 3) + ")");
        out.stepReadout("det", "det P", half, k -> detText(predicted, updated, k));
        out.readout("rmseKalman", "RMS error of the Kalman estimate", Math.sqrt(errKalman / steps));
        out.readout("rmseRaw", "RMS error of the raw measurements", Math.sqrt(errRaw / steps));
        out.readout("rmseBatch", "RMS error of batch least squares (straight line)", r > 0
                ? Math.sqrt(errBatch / steps) : Double.NaN);
        out.readout("batchGap", "max |Kalman − batch| / max(1, |batch|)", r > 0 ? gap : Double.NaN);
        out.readout("finalGain", "final position gain K₁", k0[steps - 1]);
        out.stepRule(half, k -> rule(run, q, r, k / 2, k % 2 == 1));
        if (r == 0) {
            out.note("r = 0: the measurements are exact, so the gain is 1 for the position and the batch fit (which "
                    + "divides by r) is not drawn");
        }
        if (q == 0) {
            out.note("q = 0: the object moves at constant velocity, so the filter is exactly the batch least-squares "
                    + "fit of a straight line to all measurements so far (with the prior as two extra rows)");
        } else if (r > 0 && q < SMALL_RATIO * r * r) {
            out.note("Large R against Q (q/r² = " + NumberText.format(q / r / r, 2) + "): the filter trusts its "
                    + "motion model more than each measurement, so the gain stays small (K₁ → "
                    + NumberText.format(k0[steps - 1], 2) + ") and the estimate is smooth but slow to follow a turn");
        } else if (r > 0 && q > LARGE_RATIO * r * r) {
            out.note("Large Q against R (q/r² = " + NumberText.format(q / r / r, 2) + "): the motion model is "
                    + "trusted little, so the gain is near 1 (K₁ → " + NumberText.format(k0[steps - 1], 2)
                    + ") and the estimate follows the measurements, noise included");
        }
        out.summary("An object on a line tracked for " + steps + " steps from noisy positions (r = "
                + NumberText.format(r, 3) + ", q = " + NumberText.format(q, 3) + "): the Kalman estimate's RMS error is "
                + NumberText.format(Math.sqrt(errKalman / steps), 3) + " against " + NumberText.format(Math.sqrt(errRaw
                / steps), 3) + " for the raw measurements; the position gain settles at " + NumberText.format(k0[steps
                - 1], 3) + (r > 0 ? "; the batch straight-line fit differs from the filter by at most "
                + NumberText.format(gap, 2) + " (relative)" : "") + ".");
        return out;
    }

    /**
     * The rule at step t: at the prediction half-step the prior (t = 0) or x̂⁻ = F x̂, P⁻ = FPFᵀ + Q;
     * at the update half-step the gain and the update.
     */
    private static String rule(Run run, double q, double r, int t, boolean update) {
        double[] pc = run.predCov[t];
        double[] k = run.gain[t];
        StringBuilder sb = new StringBuilder();
        if (!update) {
            if (t == 0) {
                return sb.append("t = 0: prior x̂ = (0, 0), P = ").append(NumberText.format(PRIOR, 4)).append("·I")
                        .toString();
            }
            return sb.append("predict: x̂⁻ = F x̂ = (").append(NumberText.format(run.pred[t][0], 4)).append(", ")
                    .append(NumberText.format(run.pred[t][1], 4)).append("),  P⁻ = FPFᵀ + Q, P⁻₁₁ = ")
                    .append(NumberText.format(pc[0], 4)).append(" (grew, q = ").append(NumberText.format(q, 3))
                    .append(")").toString();
        }
        sb.append("gain: K = P⁻Hᵀ/(HP⁻Hᵀ + R) = (").append(NumberText.format(pc[0], 4)).append(", ")
                .append(NumberText.format(pc[1], 4)).append(")/").append(NumberText.format(pc[0] + r * r, 4))
                .append(" = (").append(NumberText.format(k[0], 4)).append(", ").append(NumberText.format(k[1], 4))
                .append(")\n");
        sb.append("update: x̂ = x̂⁻ + K(z − Hx̂⁻) = (").append(NumberText.format(run.est[t][0], 4)).append(", ")
                .append(NumberText.format(run.est[t][1], 4)).append("),  P₁₁ = ")
                .append(NumberText.format(run.cov[t][0], 4)).append(" (shrank)");
        return sb.toString();
    }

    /** One ellipse around {@code mean}, with its centre, drawn at half-steps {@code first}…{@code last}. */
    private static void ellipse(LabOutput out, String name, String centre, CovarianceEllipse e, double[] mean,
            int first, int last) {
        double[][] xy = e.outline(mean[0], mean[1]);
        out.add(new Series(STATE_PLOT, name, Series.Style.LINE, xy[0], xy[1]).shownAt(first, last));
        out.add(new Series(STATE_PLOT, centre, Series.Style.POINTS, new double[] {mean[0]}, new double[] {mean[1]})
                .shownAt(first, last));
    }

    /** det of the ellipse on display at half-step k and what the half-step did to it. */
    private static String detText(CovarianceEllipse[] predicted, CovarianceEllipse[] updated, int k) {
        int t = k / 2;
        if (k % 2 == 1) {
            return NumberText.format(updated[t].det, 3) + " (shrank from " + NumberText.format(predicted[t].det, 3) + ")";
        }
        String from = t == 0 ? "" : " (grew from " + NumberText.format(updated[t - 1].det, 3) + ")";
        return NumberText.format(predicted[t].det, 3) + from;
    }

    private static double sq(double v) {
        return v * v;
    }
}
