package dev.kappa.lab;

import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;

/**
 * The 1σ ellipse of a 2×2 covariance P = [[p₀₀, p₀₁], [p₀₁, p₁₁]]: the points c + d with
 * dᵀP⁻¹d = 1. With P = VΛVᵀ ({@link SymmetricEigen}, λ_min ≤ λ_max) it is
 * c + √λ_max·cos θ·v_max + √λ_min·sin θ·v_min, so the semi-axes are the square roots of the
 * eigenvalues, along the eigenvectors; its area is π·√det P. A Gaussian with covariance P puts
 * 1 − e^{−1/2} ≈ 39% of its mass inside (the 2σ ellipse, twice as large, holds 86%).
 */
final class CovarianceEllipse {
    /** Segments of the drawn outline. */
    static final int SEGMENTS = 64;
    /** cos and sin of 2πj/{@value #SEGMENTS}, from KMath so every engine draws the same points. */
    private static final double[] COS = new double[SEGMENTS + 1];
    private static final double[] SIN = new double[SEGMENTS + 1];

    static {
        for (int j = 0; j <= SEGMENTS; j++) {
            double theta = 2 * Math.PI * j / SEGMENTS;
            COS[j] = KMath.cos(theta);
            SIN[j] = KMath.sin(theta);
        }
    }

    /** Semi-axes √λ_max ≥ √λ_min (a negative rounding-level eigenvalue counts as 0). */
    final double major;
    final double minor;
    /** Unit direction of the major axis, its first (position) component ≥ 0; (ux, uy). */
    final double ux;
    final double uy;
    /** det P = λ_max·λ_min. */
    final double det;

    CovarianceEllipse(double p00, double p01, double p11) {
        SymmetricEigen eig = SymmetricEigen.of(Matrix.of(new double[][] {{p00, p01}, {p01, p11}}));
        double[] values = eig.values();
        Matrix v = eig.vectors();
        major = Math.sqrt(Math.max(0, values[1]));
        minor = Math.sqrt(Math.max(0, values[0]));
        double x = v.get(0, 1);
        double y = v.get(1, 1);
        // an eigenvector's sign is arbitrary: fix it so the direction reads the same on every run
        boolean flip = x < 0 || (x == 0 && y < 0);
        ux = flip ? -x : x;
        uy = flip ? -y : y;
        det = values[1] * values[0];
    }

    /** The outline centred at (cx, cy), closed: x coordinates then y coordinates, {@value #SEGMENTS} + 1 points each. */
    double[][] outline(double cx, double cy) {
        double[] xs = new double[SEGMENTS + 1];
        double[] ys = new double[SEGMENTS + 1];
        for (int j = 0; j <= SEGMENTS; j++) {
            double a = major * COS[j];
            double b = minor * SIN[j];
            // minor axis (−uy, ux): c + a·u + b·u⊥
            xs[j] = a * ux - b * uy + cx;
            ys[j] = a * uy + b * ux + cy;
        }
        return new double[][] {xs, ys};
    }
}
