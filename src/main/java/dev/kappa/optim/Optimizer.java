package dev.kappa.optim;

/**
 * An iterative minimizer that advances one step at a time and records its {@link Trajectory}, so a
 * view can animate it frame by frame.
 *
 * <p>Life cycle: {@link Status#RUNNING} until the method stops, with a status that says why
 * (and {@link #stopReason()} in words):
 * <ul>
 *   <li>{@link Status#CONVERGED}: its own convergence test is met (a zero gradient, conjugate
 *       gradient's residual vanished, a sweep that changes nothing beyond rounding);</li>
 *   <li>{@link Status#STALLED}: it can make no further progress in floating point, but nothing
 *       certifies a minimum (no trial step decreases f, Levenberg–Marquardt's damping ran out);</li>
 *   <li>{@link Status#LINE_SEARCH_FAILED}: a line search found no acceptable step along a descent
 *       direction;</li>
 *   <li>{@link Status#DIVERGED}: a step produced a non-finite point, value or intermediate — a NaN/∞
 *       in the new point, or the linear-algebra layer reporting an overflow
 *       ({@link dev.kappa.linalg.NonFiniteException}) or a failure ({@link ArithmeticException});
 *       the reason is also kept in {@link Trajectory#divergenceReason()};</li>
 *   <li>{@link Status#INVALID_INPUT}: the objective or the linear-algebra layer rejected something
 *       as meaningless (any other {@link IllegalArgumentException}: a wrongly sized gradient, a
 *       non-symmetric Hessian), which is a mistake, not divergence.</li>
 * </ul>
 * None of these is an exception: the offending point is not recorded, the step index is kept,
 * and further {@link #step()} calls do nothing.
 *
 * <p>Bad hyper-parameters and starting points are rejected by constructors, before any step.
 */
public abstract class Optimizer {
    /** Where an optimizer is in its life cycle. */
    public enum Status { RUNNING, CONVERGED, STALLED, LINE_SEARCH_FAILED, DIVERGED, INVALID_INPUT }

    protected final Objective objective;
    private double[] w;
    private int iteration;
    private Status status = Status.RUNNING;
    private String stopReason = "";
    private final Trajectory trajectory;

    protected Optimizer(Objective objective, double[] w0) {
        if (objective == null) {
            throw new IllegalArgumentException("objective is null");
        }
        Vectors.requireVector(w0, objective.dimension(), "start point w0");
        double f0 = objective.value(w0);
        if (!Vectors.isFinite(f0)) {
            throw new IllegalArgumentException("the objective is " + f0 + " at the start point");
        }
        this.objective = objective;
        this.w = w0.clone();
        this.trajectory = new Trajectory(w0, f0);
    }

    /** A short display name, e.g. "Adam". */
    public abstract String name();

    /**
     * Computes wₖ₊₁ from wₖ (a copy the implementation may keep), updating the method's own state.
     * Returns null when the method is finished (converged) and takes no further step, or after
     * calling {@link #divergeNow}.
     */
    protected abstract double[] advance(double[] w);

    /**
     * Takes one step. Returns true when a new point was recorded; false when the optimizer had
     * already stopped or stops now (converged or diverged).
     */
    public final boolean step() {
        if (status != Status.RUNNING) {
            return false;
        }
        int k = iteration + 1;
        double[] next;
        double f;
        try {
            next = advance(w.clone());
            if (next == null) {
                if (status == Status.RUNNING) {
                    stop(Status.CONVERGED, "converged at step " + iteration);
                }
                return false;
            }
            if (!Vectors.allFinite(next)) {
                diverge(k, "step " + k + " produced a non-finite point");
                return false;
            }
            f = objective.value(next);
        } catch (dev.kappa.linalg.NonFiniteException | ArithmeticException e) {
            // An overflow the linear-algebra layer caught, or a solve it could not do: this step diverged.
            diverge(k, "step " + k + ": " + e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            stop(Status.INVALID_INPUT, "step " + k + ": " + e.getMessage());
            return false;
        }
        if (!Vectors.isFinite(f)) {
            diverge(k, "step " + k + ": the objective is " + f);
            return false;
        }
        w = next;
        iteration = k;
        trajectory.add(next, f);
        return true;
    }

    /** Takes up to {@code steps} steps (stopping early if the optimizer stops); returns this. */
    public final Optimizer run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be non-negative but is " + steps);
        }
        for (int i = 0; i < steps && step(); i++) {
            // each step records itself
        }
        return this;
    }

    /**
     * Steps until ‖∇f(w)‖ ≤ tolerance or {@code maxSteps} steps were taken or the optimizer stopped;
     * returns true when the gradient test was met.
     */
    public final boolean runUntilGradientBelow(double tolerance, int maxSteps) {
        for (int i = 0; i <= maxSteps; i++) {
            if (Vectors.norm(objective.gradient(w)) <= tolerance) {
                return true;
            }
            if (i == maxSteps || !step()) {
                break;
            }
        }
        return Vectors.norm(objective.gradient(w)) <= tolerance;
    }

    private void diverge(int step, String reason) {
        stop(Status.DIVERGED, reason);
        trajectory.markDiverged(step, reason);
    }

    private void stop(Status why, String reason) {
        status = why;
        stopReason = reason;
    }

    /**
     * For {@link #advance} to report that it cannot take the step being computed for a reason other
     * than convergence or divergence ({@link Status#STALLED} or {@link Status#LINE_SEARCH_FAILED});
     * advance then returns null.
     */
    protected final void stopNow(Status why, String reason) {
        if (why == Status.RUNNING || why == Status.CONVERGED || why == Status.DIVERGED) {
            throw new IllegalArgumentException("stopNow is for STALLED, LINE_SEARCH_FAILED or INVALID_INPUT, not " + why);
        }
        stop(why, "step " + (iteration + 1) + ": " + reason);
    }

    /** Why the optimizer stopped, in words (empty while running). */
    public final String stopReason() {
        return stopReason;
    }

    /**
     * For {@link #advance} to report that the step being computed cannot be taken for a reason that
     * means "unbounded" (e.g. no minimum along the search line); advance then returns null.
     */
    protected final void divergeNow(String reason) {
        diverge(iteration + 1, "step " + (iteration + 1) + ": " + reason);
    }

    public final Status status() {
        return status;
    }

    public final boolean diverged() {
        return status == Status.DIVERGED;
    }

    /** Number of steps taken. */
    public final int iteration() {
        return iteration;
    }

    /** A copy of the current iterate. */
    public final double[] current() {
        return w.clone();
    }

    public final Objective objective() {
        return objective;
    }

    public final Trajectory trajectory() {
        return trajectory;
    }
}
