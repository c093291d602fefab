package dev.kappa.optim;

import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;

/**
 * Closed-form gradient descent wₖ₊₁ = wₖ − α(Awₖ + b) on the quadratic f(w) = ½wᵀAw + bᵀw + c.
 *
 * <p>With A = QΛQᵀ (eigenvalues λᵢ, orthonormal eigenvectors qᵢ), coordinates zᵢ = qᵢᵀw and
 * βᵢ = qᵢᵀb, the objective splits into independent terms f = c + Σᵢ (½λᵢzᵢ² + βᵢzᵢ) and each
 * coordinate evolves on its own:
 * <ul>
 * <li>λᵢ ≠ 0: zᵢ(k) = zᵢ* + (1 − αλᵢ)ᵏ(zᵢ(0) − zᵢ*) with zᵢ* = −βᵢ/λᵢ;</li>
 * <li>λᵢ = 0: zᵢ(k) = zᵢ(0) − kαβᵢ (frozen when βᵢ = 0, drifting linearly otherwise).</li>
 * </ul>
 * Hence wₖ = w∞ + (I − αA)ᵏ(w₀ − w∞), where w∞ = Q z∞ with z∞ᵢ = zᵢ* for λᵢ ≠ 0 and zᵢ(0) for
 * λᵢ = 0. In the PSD case with b ∈ range(A), w∞ is the orthogonal projection of w₀ onto the set
 * of minimizers (the zero eigen-directions are frozen), which is why GD from 0 finds the
 * minimum-norm least-squares solution.
 *
 * <p>Each direction is classified by αλᵢ ({@link Mode}). λᵢ counts as zero when
 * |λᵢ| ≤ eps·n·max|λ| (the same cut-off as the least-squares rank); αλᵢ is "exactly" 1 or 2 when
 * within 8·n·EPS·max(αλᵢ, α·max|λ|) of it, so a step typed as 1/λ or 2/λ gets the boundary label
 * despite rounding. When the quadratic was built from its eigenvalues those exact values are
 * used; otherwise A is decomposed by {@link SymmetricEigen} (eigenvalues ascending).
 *
 * <p>Powers (1 − αλᵢ)ᵏ are computed by repeated squaring (exact IEEE operations), so the closed
 * form gives the same numbers on every engine.
 */
public final class QuadraticGdAnalysis {
    /** How one eigen-component behaves under GD with step α. */
    public enum Mode {
        /** 0 &lt; αλ &lt; 1: shrinks towards its limit without changing sign. */
        MONOTONE,
        /** αλ = 1: reaches its limit in one step. */
        ONE_STEP,
        /** 1 &lt; αλ &lt; 2: shrinks while flipping sign every step. */
        OSCILLATING,
        /** αλ = 2: flips sign with constant magnitude for ever. */
        BOUNCING,
        /** αλ &gt; 2: grows while flipping sign. */
        DIVERGING,
        /** λ = 0 and no linear term along it: never moves. */
        FROZEN,
        /** λ &lt; 0, or λ = 0 with a linear term along it: f is unbounded below and GD runs away. */
        DRIFTING
    }

    private final Quadratic quadratic;
    private final double alpha;
    private final int n;
    private final double[] lambda;
    private final Matrix q;
    private final double[] beta;
    private final double[] z0;
    private final double[] zStar;
    private final boolean[] zero;
    private final Mode[] modes;

    private QuadraticGdAnalysis(Quadratic f, double alpha, double[] w0) {
        this.quadratic = f;
        this.alpha = alpha;
        this.n = f.dimension();
        if (f.hasGivenSpectrum()) {
            this.lambda = f.eigenvalues();
            this.q = f.eigenvectors();
        } else {
            SymmetricEigen eig = SymmetricEigen.of(f.matrix());
            this.lambda = eig.values();
            this.q = eig.vectors();
        }
        double[] b = f.linear();
        this.beta = q.transposeTimes(b);
        this.z0 = q.transposeTimes(w0);
        double maxAbs = 0.0;
        for (double l : lambda) {
            maxAbs = Math.max(maxAbs, Math.abs(l));
        }
        double zeroCut = Tolerance.rankCutoff(n, n, maxAbs);
        double betaCut = 8 * n * Tolerance.EPS * Vectors.norm(b);
        this.zero = new boolean[n];
        this.zStar = new double[n];
        this.modes = new Mode[n];
        for (int i = 0; i < n; i++) {
            zero[i] = Math.abs(lambda[i]) <= zeroCut;
            if (zero[i]) {
                zStar[i] = z0[i];
                modes[i] = Math.abs(beta[i]) <= betaCut ? Mode.FROZEN : Mode.DRIFTING;
            } else {
                zStar[i] = -beta[i] / lambda[i];
                modes[i] = classify(alpha * lambda[i], 8 * n * Tolerance.EPS * Math.max(alpha * lambda[i], alpha * maxAbs),
                        lambda[i] < 0);
            }
        }
    }

    /** The analysis of GD with step α &gt; 0 on f started at w₀. */
    public static QuadraticGdAnalysis of(Quadratic f, double alpha, double[] w0) {
        if (f == null) {
            throw new IllegalArgumentException("quadratic is null");
        }
        Vectors.requirePositive(alpha, "step α");
        Vectors.requireVector(w0, f.dimension(), "start point w0");
        return new QuadraticGdAnalysis(f, alpha, w0);
    }

    private static Mode classify(double x, double tol, boolean negative) {
        if (negative) {
            return Mode.DRIFTING;
        }
        if (Math.abs(x - 1.0) <= tol) {
            return Mode.ONE_STEP;
        }
        if (x < 1.0) {
            return Mode.MONOTONE;
        }
        if (Math.abs(x - 2.0) <= tol) {
            return Mode.BOUNCING;
        }
        return x < 2.0 ? Mode.OSCILLATING : Mode.DIVERGING;
    }

    public double alpha() {
        return alpha;
    }

    /** λᵢ, in the order of {@link #eigenvectors()}'s columns. */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    /** Q, column i the eigenvector qᵢ. */
    public Matrix eigenvectors() {
        return q;
    }

    /** The mode of direction i. */
    public Mode mode(int i) {
        return modes[i];
    }

    public Mode[] modes() {
        return modes.clone();
    }

    /** The per-step factor 1 − αλᵢ of direction i (1 for a zero eigenvalue). */
    public double factor(int i) {
        return zero[i] ? 1.0 : 1.0 - alpha * lambda[i];
    }

    /** True when every direction converges: no DIVERGING, BOUNCING or DRIFTING direction. */
    public boolean converges() {
        for (Mode m : modes) {
            if (m == Mode.DIVERGING || m == Mode.BOUNCING || m == Mode.DRIFTING) {
                return false;
            }
        }
        return true;
    }

    /**
     * w∞ = Q z∞ (z∞ᵢ = −βᵢ/λᵢ for λᵢ ≠ 0, zᵢ(0) for λᵢ = 0): the limit of GD when {@link #converges()},
     * and in the PSD case the projection of w₀ onto the minimizers. Otherwise it is the stationary
     * point the formula is written around (e.g. the saddle point).
     */
    public double[] limit() {
        return q.times(zStar);
    }

    /** f(w∞). */
    public double limitValue() {
        return quadratic.value(limit());
    }

    /**
     * wₖ from the closed form, k ≥ 0.
     *
     * @throws dev.kappa.linalg.NonFiniteException when wₖ overflows (see {@link #finiteSteps})
     */
    public double[] iterate(int k) {
        return q.times(eigenCoordinates(k));
    }

    /** z(k) = Qᵀwₖ, the iterate in eigen-coordinates. */
    public double[] eigenCoordinates(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("iteration k must be non-negative but is " + k);
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (zero[i]) {
                z[i] = z0[i] - k * alpha * beta[i];
            } else {
                z[i] = zStar[i] + power(1.0 - alpha * lambda[i], k) * (z0[i] - zStar[i]);
            }
        }
        return z;
    }

    /**
     * The largest k ≤ maxK for which the closed-form iterate and loss are finite. Diverging and
     * drifting directions overflow eventually; a view asks this before drawing the closed form.
     */
    public int finiteSteps(int maxK) {
        if (maxK < 0) {
            throw new IllegalArgumentException("maxK must be non-negative but is " + maxK);
        }
        if (finiteAt(maxK)) {
            return maxK;
        }
        // Growth is monotone in k (|factor|ᵏ and k·|αβ|), so the finite steps form a prefix.
        int lo = 0;
        int hi = maxK;
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            if (finiteAt(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean finiteAt(int k) {
        double[] z = eigenCoordinates(k);
        if (!Vectors.allFinite(z)) {
            return false;
        }
        try {
            // Q·z can still overflow (dev.kappa.linalg.NonFiniteException) where z does not.
            return Vectors.allFinite(iterate(k)) && Vectors.isFinite(loss(k));
        } catch (dev.kappa.linalg.NonFiniteException e) {
            return false;
        }
    }

    /** f(wₖ) = c + Σᵢ lossTerms(k)[i]. */
    public double loss(int k) {
        double[] t = lossTerms(k);
        double s = quadratic.constant();
        for (double v : t) {
            s += v;
        }
        return s;
    }

    /** The per-direction terms ½λᵢzᵢ(k)² + βᵢzᵢ(k), which sum with c to f(wₖ). */
    public double[] lossTerms(int k) {
        double[] z = eigenCoordinates(k);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.5 * lambda[i] * z[i] * z[i] + beta[i] * z[i];
        }
        return t;
    }

    /**
     * The per-direction excess over the limit, summing to f(wₖ) − f(w∞): ½λᵢ(zᵢ(k) − zᵢ*)² for
     * λᵢ ≠ 0 (zero at convergence; negative for λᵢ &lt; 0) and βᵢ(zᵢ(k) − zᵢ(0)) for λᵢ = 0. For a PSD
     * quadratic these are the non-negative curves of the log-scale loss plot.
     */
    public double[] excessLossTerms(int k) {
        double[] z = eigenCoordinates(k);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            if (zero[i]) {
                t[i] = beta[i] * (z[i] - z0[i]);
            } else {
                double d = z[i] - zStar[i];
                t[i] = 0.5 * lambda[i] * d * d;
            }
        }
        return t;
    }

    /** 2/λmax, the largest step for which no direction diverges; +∞ when no eigenvalue is positive. */
    public double maxStableStep() {
        double max = largestPositive();
        return max > 0.0 ? 2.0 / max : Double.POSITIVE_INFINITY;
    }

    /**
     * 2/(λmin + λmax) over the positive eigenvalues: the step minimizing the worst factor
     * max|1 − αλᵢ| (zero eigen-directions are frozen and do not count).
     *
     * @throws IllegalStateException if no eigenvalue is positive
     */
    public double optimalStep() {
        return 2.0 / (smallestPositive() + largestPositive());
    }

    /** κ = λmax/λmin over the positive eigenvalues (the effective condition number). */
    public double conditionNumber() {
        return largestPositive() / smallestPositive();
    }

    /** (κ − 1)/(κ + 1), the worst factor at the optimal step. */
    public double optimalRate() {
        double kappa = conditionNumber();
        return (kappa - 1.0) / (kappa + 1.0);
    }

    /** The worst factor max|1 − αλᵢ| over non-zero eigenvalues at this α (0 if all are zero). */
    public double rate() {
        double r = 0.0;
        for (int i = 0; i < n; i++) {
            if (!zero[i]) {
                r = Math.max(r, Math.abs(1.0 - alpha * lambda[i]));
            }
        }
        return r;
    }

    /**
     * The predicted number of iterations for the error ‖wₖ − w∞‖ to shrink by a factor ε in the
     * worst case: the smallest k with rateᵏ ≤ ε, about log(1/ε)/log(1/rate) ≈ (κ/2)·ln(1/ε) at the
     * optimal step. 0 when ε ≥ 1; −1 when rate ≥ 1 (never); {@link Integer#MAX_VALUE} when the count
     * exceeds 2³⁰ (κ so large that no animation will get there). The logarithm only gives a first guess;
     * the answer is settled by comparing rateᵏ (repeated squaring), so every engine agrees.
     */
    public int iterationsToReach(double epsilon) {
        Vectors.requirePositive(epsilon, "ε");
        if (epsilon >= 1.0) {
            return 0;
        }
        double r = rate();
        if (r >= 1.0) {
            return -1;
        }
        if (r == 0.0) {
            return 1;
        }
        double guess = Math.ceil(KMath.log(epsilon) / KMath.log(r));
        if (!(guess < (1 << 30))) {
            return Integer.MAX_VALUE;
        }
        int k = Math.max(1, (int) guess);
        for (int i = 0; i < 64 && power(r, k) > epsilon; i++) {
            k++;
        }
        for (int i = 0; i < 64 && k > 1 && power(r, k - 1) <= epsilon; i++) {
            k--;
        }
        return k;
    }

    private double largestPositive() {
        double max = 0.0;
        for (int i = 0; i < n; i++) {
            if (!zero[i] && lambda[i] > max) {
                max = lambda[i];
            }
        }
        return max;
    }

    private double smallestPositive() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!zero[i] && lambda[i] > 0.0) {
                min = Math.min(min, lambda[i]);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            throw new IllegalStateException("the quadratic has no positive eigenvalue: no step is optimal");
        }
        return min;
    }

    /** xᵏ by repeated squaring: exact IEEE multiplications only. */
    static double power(double x, int k) {
        double result = 1.0;
        double base = x;
        int e = k;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        return result;
    }
}
