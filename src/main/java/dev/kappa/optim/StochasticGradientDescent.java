package dev.kappa.optim;

import dev.kappa.linalg.Rng;

/**
 * Stochastic and mini-batch gradient descent on a {@link FiniteSumObjective}:
 * wₖ₊₁ = wₖ − η·(1/|Bₖ|)Σ_{i∈Bₖ}∇fᵢ(wₖ) (plus the regularizer's gradient).
 *
 * <p>Batches are drawn without replacement: each epoch visits the samples in a fresh random order
 * (a permutation from the seeded {@link Rng}) and cuts it into consecutive batches of size b; the
 * last batch of an epoch is smaller when b does not divide N. The same seed gives the same
 * trajectory on every engine. Defaults η = 0.01, b = 1 (plain SGD).
 *
 * <p>Each step costs b sample gradients instead of N; the noise lets the iterates hover around the
 * minimizer at a distance that shrinks with η and grows with the gradient variance, so SGD helps
 * on large data sets where a rough answer fast beats an exact one slowly.
 */
public final class StochasticGradientDescent extends Optimizer {
    public static final double DEFAULT_ETA = 0.01;
    public static final int DEFAULT_BATCH_SIZE = 1;

    private final FiniteSumObjective sum;
    private final StepSchedule schedule;
    private int steps;
    private final int batchSize;
    private final Rng rng;
    private int[] order;
    private int position;
    private int epoch;

    public StochasticGradientDescent(FiniteSumObjective f, double[] w0, double eta, int batchSize, long seed) {
        this(f, w0, StepSchedule.constant(eta), batchSize, seed);
    }

    /** Mini-batch SGD whose k-th update (k = 0, 1, …) takes the step {@code schedule.eta(k)}. */
    public StochasticGradientDescent(FiniteSumObjective f, double[] w0, StepSchedule schedule, int batchSize,
            long seed) {
        super(f, w0);
        if (schedule == null) {
            throw new IllegalArgumentException("a step schedule is required");
        }
        if (batchSize < 1 || batchSize > f.sampleCount()) {
            throw new IllegalArgumentException("batch size must be in 1.." + f.sampleCount() + " but is " + batchSize);
        }
        this.sum = f;
        this.schedule = schedule;
        this.batchSize = batchSize;
        this.rng = new Rng(seed);
        this.order = rng.permutation(f.sampleCount());
    }

    /** Plain SGD (b = 1) with η = 0.01. */
    public StochasticGradientDescent(FiniteSumObjective f, double[] w0, long seed) {
        this(f, w0, DEFAULT_ETA, DEFAULT_BATCH_SIZE, seed);
    }

    public int batchSize() {
        return batchSize;
    }

    /** Completed passes over the data. */
    public int epoch() {
        return position == order.length ? epoch + 1 : epoch;
    }

    @Override
    public String name() {
        return batchSize == 1 ? "SGD" : "Mini-batch SGD";
    }

    @Override
    protected double[] advance(double[] w) {
        if (position == order.length) {
            order = rng.permutation(order.length);
            position = 0;
            epoch++;
        }
        int end = Math.min(position + batchSize, order.length);
        double[] g = sum.batchGradient(w, order, position, end);
        position = end;
        return Vectors.axpy(w, -schedule.eta(steps++), g);
    }
}
