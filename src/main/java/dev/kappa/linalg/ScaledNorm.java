package dev.kappa.linalg;

/**
 * ‖x[from:to]‖₂ as LAPACK's dlassq accumulates it: a running scale (the largest |xᵢ| so far) and a
 * sum of squares of xᵢ/scale, so huge entries do not overflow and tiny ones do not underflow to zero.
 * One copy of the update, so every norm of the library rounds alike.
 */
public final class ScaledNorm {
    private ScaledNorm() {
    }

    /** ‖x‖₂. */
    public static double of(double[] x) {
        return of(x, 0, x.length);
    }

    /** ‖x[from:to]‖₂ (from inclusive, to exclusive). */
    public static double of(double[] x, int from, int to) {
        double scale = 0.0;
        double ssq = 1.0;
        for (int i = from; i < to; i++) {
            double v = x[i];
            if (v != 0.0) {
                double a = Math.abs(v);
                // the ratio is a named, twice-used local so that TeaVM's JS printer keeps (ratio)·(ratio)
                if (scale < a) {
                    double ratio = scale / a;
                    ssq = 1.0 + ssq * ratio * ratio;
                    scale = a;
                } else {
                    double ratio = a / scale;
                    ssq += ratio * ratio;
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }
}
