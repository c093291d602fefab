package dev.kappa.optim;

/** Small vector helpers shared by objectives and optimizers; plain loops, no allocation beyond results. */
final class Vectors {
    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** ‖a‖₂, scaled so that huge and tiny entries neither overflow nor underflow. */
    static double norm(double[] a) {
        return dev.kappa.linalg.ScaledNorm.of(a);
    }

    static double distance(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return norm(d);
    }

    /** a + s·b, fresh. */
    static double[] axpy(double[] a, double s, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + s * b[i];
        }
        return out;
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /** Rejects a null, wrongly sized or non-finite vector with a message naming it. */
    static void requireVector(double[] v, int n, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (v.length != n) {
            throw new IllegalArgumentException(name + " has " + v.length + " entries but " + n + " are expected");
        }
        for (int i = 0; i < n; i++) {
            if (!isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v[i] + "; entries must be finite");
            }
        }
    }

    static void requirePositive(double v, String name) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite but is " + v);
        }
    }

    static void requireNonNegative(double v, String name) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite but is " + v);
        }
    }

    /** Requires 0 ≤ v < 1, the range of every momentum and averaging coefficient. */
    static void requireUnitInterval(double v, String name) {
        if (!(v >= 0.0 && v < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1) but is " + v);
        }
    }
}
