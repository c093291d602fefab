package dev.kappa.linalg;

/** Argument checks shared by the solvers, with messages that say what is wrong and where. */
final class Checks {
    private Checks() {
    }

    static void requireFinite(double[] v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        for (int i = 0; i < v.length; i++) {
            if (!NonFiniteException.isFinite(v[i])) {
                throw new NonFiniteException(name + "[" + i + "] is " + v[i] + "; entries must be finite");
            }
        }
    }

    /** Returns x after checking that no entry of a computed solution overflowed. */
    static double[] requireFiniteResult(double[] x, String what) {
        for (int i = 0; i < x.length; i++) {
            if (!NonFiniteException.isFinite(x[i])) {
                throw new ArithmeticException(what + " overflows: its entry " + i + " is " + x[i]
                        + " (the exact answer is beyond the range of doubles)");
            }
        }
        return x;
    }

    /** A non-null matrix and a finite right-hand side with one entry per row. */
    static void requireSystem(Matrix a, double[] b) {
        if (a == null) {
            throw new IllegalArgumentException("A is null");
        }
        if (b == null) {
            throw new IllegalArgumentException("b is null");
        }
        if (b.length != a.rows()) {
            throw new IllegalArgumentException("b has " + b.length + " entries but A has " + a.rows() + " rows");
        }
        requireFinite(b, "b");
    }

    static void requireLambda(double lambda, String where) {
        if (Double.isNaN(lambda) || Double.isInfinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException(where + " is " + lambda + "; λ must be finite and ≥ 0");
        }
    }

    /** ‖v‖₂ without overflow or harmful underflow. */
    static double norm(double[] v) {
        return ScaledNorm.of(v);
    }

    /** ‖b − A·x‖₂. */
    static double residualNorm(Matrix a, double[] x, double[] b) {
        double[] ax = a.times(x);
        for (int i = 0; i < ax.length; i++) {
            ax[i] = b[i] - ax[i];
        }
        return norm(ax);
    }
}
