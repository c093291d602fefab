package dev.kappa.lab;

import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Ridge;

/**
 * The three ways the labs solve least squares min ‖Ax − b‖ (A m×n), chosen by name:
 * <ul>
 * <li>"normal": AᵀA x = Aᵀb by Cholesky. Forming AᵀA squares the condition number, so the
 * error grows like κ(A)²·ε; Cholesky fails when AᵀA is not numerically positive definite, and
 * then the result is null (the lab reports "failed").</li>
 * <li>"qr": pivoted Householder QR (minimum norm when rank deficient); error ~ κ(A)·ε.</li>
 * <li>"svd": the minimum-norm solution A⁺b; error ~ κ(A)·ε.</li>
 * </ul>
 * Thin wrappers over {@link LeastSquares} and {@link Ridge}, plus the error measures the labs share.
 */
final class Fits {
    static final String[] METHODS = {"qr", "normal", "svd"};

    private Fits() {
    }

    static double[] solve(String method, Matrix a, double[] b) {
        switch (method) {
            case "normal":
                return normalEquations(a, b);
            case "svd":
                return LeastSquares.viaSVD(a, b).x();
            default:
                return qr(a, b);
        }
    }

    static double[] qr(Matrix a, double[] b) {
        return LeastSquares.viaQR(a, b).x();
    }

    /** The normal equations by Cholesky, or null when AᵀA is not numerically positive definite. */
    static double[] normalEquations(Matrix a, double[] b) {
        try {
            return LeastSquares.normalEquations(a, b).x();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Ridge x = (AᵀA + λI)⁻¹Aᵀb through the SVD (λ = 0: minimum norm). */
    static double[] ridge(Matrix a, double[] b, double lambda) {
        return Ridge.solve(a, b, lambda);
    }

    /** ‖x − ref‖/‖ref‖ (NaN when x is null: the method failed). */
    static double relativeError(double[] x, double[] ref) {
        if (x == null) {
            return Double.NaN;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < ref.length; i++) {
            num += (x[i] - ref[i]) * (x[i] - ref[i]);
            den += ref[i] * ref[i];
        }
        return Math.sqrt(num / den);
    }

    static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Mean of squared entries of A·x − b. */
    static double mse(Matrix a, double[] x, double[] b) {
        double[] r = a.times(x);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            s += (r[i] - b[i]) * (r[i] - b[i]);
        }
        return r.length == 0 ? 0 : s / r.length;
    }
}
