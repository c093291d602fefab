package dev.kappa.optim;

/**
 * Limited-memory BFGS with memory m (default 10) and a weak-Wolfe line search.
 *
 * <p>Keeps the last m pairs sᵢ = wᵢ₊₁ − wᵢ, yᵢ = ∇f(wᵢ₊₁) − ∇f(wᵢ) (only those with sᵢᵀyᵢ &gt; 0, so
 * the implied inverse Hessian stays positive definite) and computes the direction d = −H·g with the
 * two-loop recursion: q ← g; for i newest→oldest: aᵢ = ρᵢsᵢᵀq, q ← q − aᵢyᵢ (ρᵢ = 1/yᵢᵀsᵢ);
 * r ← γq with γ = sᵀy/yᵀy of the newest pair (γ = 1 before any pair); for i oldest→newest:
 * b = ρᵢyᵢᵀr, r ← r + sᵢ(aᵢ − b); d = −r. The step t satisfies the weak Wolfe conditions
 * ({@link WolfeLineSearch}); wₖ₊₁ = wₖ + td. The curvature condition guarantees sᵀy &gt; 0, so every
 * new pair can be kept; with Armijo alone the pairs along a curved valley go bad and the method stalls.
 *
 * <p>Quasi-Newton speed (superlinear near a minimum) from gradients only and O(mn) memory; the
 * method of choice for smooth problems too large for Newton. Stops: converged when g = 0; line
 * search failed ({@link Optimizer.Status#LINE_SEARCH_FAILED}) when no trial step is acceptable.
 */
public final class Lbfgs extends Optimizer {
    public static final int DEFAULT_MEMORY = 10;

    private final int memory;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private int stored;
    private int newest = -1;
    private double[] lastW;
    private double[] lastG;

    public Lbfgs(Objective f, double[] w0, int memory) {
        super(f, w0);
        if (memory < 1 || memory > 1000) {
            throw new IllegalArgumentException("memory m must be in 1..1000 but is " + memory);
        }
        this.memory = memory;
        this.s = new double[memory][];
        this.y = new double[memory][];
        this.rho = new double[memory];
    }

    public Lbfgs(Objective f, double[] w0) {
        this(f, w0, DEFAULT_MEMORY);
    }

    public int memory() {
        return memory;
    }

    @Override
    public String name() {
        return "L-BFGS";
    }

    @Override
    protected double[] advance(double[] w) {
        double[] g = objective.gradient(w);
        if (Vectors.norm(g) == 0.0) {
            return null;
        }
        if (lastW != null) {
            remember(w, g);
        }
        double[] d = direction(g);
        double slope = Vectors.dot(g, d);
        if (!(slope < 0.0)) {
            // Not a descent direction (rounding in the recursion): forget the curvature pairs.
            stored = 0;
            d = Vectors.axpy(new double[g.length], -1.0, g);
            slope = -Vectors.dot(g, g);
        }
        double t = WolfeLineSearch.step(objective, w, d, slope);
        if (t == 0.0) {
            stopNow(Status.LINE_SEARCH_FAILED, "no step along the L-BFGS direction decreased f in " + WolfeLineSearch.MAX_TRIALS
                    + " trials (‖∇f‖ = " + Vectors.norm(g) + ")");
            return null;
        }
        lastW = w;
        lastG = g;
        return Vectors.axpy(w, t, d);
    }

    private void remember(double[] w, double[] g) {
        double[] sk = new double[w.length];
        double[] yk = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            sk[i] = w[i] - lastW[i];
            yk[i] = g[i] - lastG[i];
        }
        double sy = Vectors.dot(sk, yk);
        // Skip pairs without positive curvature: they would make the two-loop matrix indefinite.
        if (!(sy > 1e-12 * Vectors.norm(sk) * Vectors.norm(yk))) {
            return;
        }
        newest = (newest + 1) % memory;
        s[newest] = sk;
        y[newest] = yk;
        rho[newest] = 1.0 / sy;
        stored = Math.min(stored + 1, memory);
    }

    private double[] direction(double[] g) {
        double[] q = g.clone();
        double[] a = new double[memory];
        for (int c = 0; c < stored; c++) {
            int i = Math.floorMod(newest - c, memory);
            a[i] = rho[i] * Vectors.dot(s[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] -= a[i] * y[i][j];
            }
        }
        double gamma = 1.0;
        if (stored > 0) {
            gamma = Vectors.dot(s[newest], y[newest]) / Vectors.dot(y[newest], y[newest]);
        }
        for (int j = 0; j < q.length; j++) {
            q[j] *= gamma;
        }
        for (int c = stored - 1; c >= 0; c--) {
            int i = Math.floorMod(newest - c, memory);
            double b = rho[i] * Vectors.dot(y[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] += s[i][j] * (a[i] - b);
            }
        }
        for (int j = 0; j < q.length; j++) {
            q[j] = -q[j];
        }
        return q;
    }
}
