package dev.kappa.optim;

import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Tolerance;

/**
 * The quadratic f(x) = ½xᵀAx + bᵀx + c with A symmetric n×n, b ∈ ℝⁿ, c ∈ ℝ.
 *
 * <p>∇f(x) = Ax + b and ∇²f = A everywhere. A is positive definite (PD: one minimizer
 * x* = −A⁻¹b), positive semidefinite (PSD: a valley of minimizers when b ∈ range(A), unbounded
 * below otherwise) or indefinite (a saddle, unbounded below).
 *
 * <p>Built three ways: from eigenvalues and a rotation angle in 2-D (A = QΛQᵀ with Q the rotation
 * by θ, the construction of the lecture figures), from eigenvalues and an orthogonal Q in n-D, or
 * from any symmetric A. When built from eigenvalues the exact Λ and Q are kept, so that
 * {@link QuadraticGdAnalysis} classifies step sizes against the eigenvalues the user chose rather
 * than against recomputed ones a rounding error away.
 */
public final class Quadratic implements Objective {
    private final int n;
    private final double[] a;
    private final double[] b;
    private final double c;
    private final double[] eigenvalues;
    private final Matrix eigenvectors;

    private Quadratic(int n, double[] a, double[] b, double c, double[] eigenvalues, Matrix eigenvectors) {
        this.n = n;
        this.a = a;
        this.b = b;
        this.c = c;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
    }

    /**
     * ½xᵀAx + bᵀx + c from a symmetric A. An asymmetry larger than 16·EPS·max|Aᵢⱼ| is rejected with
     * the offending entry named; smaller ones (rounding) are averaged away.
     */
    public static Quadratic of(Matrix a, double[] b, double c) {
        int n = requireSquare(a);
        Vectors.requireVector(b, n, "b");
        requireFinite(c, "c");
        double[] sym = symmetrized(a);
        return new Quadratic(n, sym, b.clone(), c, null, null);
    }

    /** ½xᵀAx (b = 0, c = 0). */
    public static Quadratic of(Matrix a) {
        return of(a, new double[requireSquare(a)], 0.0);
    }

    /**
     * The 2-D quadratic with A = QΛQᵀ, Λ = diag(λ₁, λ₂) and Q = [[cos θ, −sin θ], [sin θ, cos θ]]
     * (columns q₁, q₂ are the eigenvectors, the axes of the contour ellipses), θ in radians.
     */
    public static Quadratic fromEigen2D(double lambda1, double lambda2, double theta, double[] b, double c) {
        requireFinite(theta, "theta");
        double cos = KMath.cos(theta);
        double sin = KMath.sin(theta);
        Matrix q = Matrix.of(new double[][] {{cos, -sin}, {sin, cos}});
        return fromEigen(new double[] {lambda1, lambda2}, q, b, c);
    }

    /** {@link #fromEigen2D(double, double, double, double[], double)} with b = 0, c = 0. */
    public static Quadratic fromEigen2D(double lambda1, double lambda2, double theta) {
        return fromEigen2D(lambda1, lambda2, theta, new double[2], 0.0);
    }

    /**
     * A = Q·diag(λ)·Qᵀ with Q n×n orthogonal (‖QᵀQ − I‖max ≤ 64·n·EPS, else rejected). Entry (i, j)
     * is Σₖ qᵢₖλₖqⱼₖ, computed once for i ≤ j and mirrored so A is exactly symmetric.
     */
    public static Quadratic fromEigen(double[] lambda, Matrix q, double[] b, double c) {
        int n = requireSquare(q);
        Vectors.requireVector(lambda, n, "eigenvalues");
        Vectors.requireVector(b, n, "b");
        requireFinite(c, "c");
        requireOrthogonal(q);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += q.get(i, k) * lambda[k] * q.get(j, k);
                }
                a[i * n + j] = s;
                a[j * n + i] = s;
            }
        }
        return new Quadratic(n, a, b.clone(), c, lambda.clone(), q);
    }

    /** {@link #fromEigen(double[], Matrix, double[], double)} with b = 0, c = 0. */
    public static Quadratic fromEigen(double[] lambda, Matrix q) {
        return fromEigen(lambda, q, new double[q.rows()], 0.0);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double value(double[] x) {
        double quad = 0.0;
        double lin = 0.0;
        for (int i = 0; i < n; i++) {
            double ax = 0.0;
            for (int j = 0; j < n; j++) {
                ax += a[i * n + j] * x[j];
            }
            quad += x[i] * ax;
            lin += b[i] * x[i];
        }
        return 0.5 * quad + lin + c;
    }

    /** Ax + b. */
    @Override
    public double[] gradient(double[] x) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * x[j];
            }
            g[i] = s + b[i];
        }
        return g;
    }

    /** A. */
    @Override
    public Matrix hessian(double[] x) {
        return matrix();
    }

    /** Av without allocating a Matrix (the inner product conjugate gradient needs). */
    public double[] times(double[] v) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    public Matrix matrix() {
        return Matrix.ofRowMajor(n, n, a);
    }

    public double[] linear() {
        return b.clone();
    }

    public double constant() {
        return c;
    }

    /** True when built from eigenvalues, so {@link #eigenvalues()} and {@link #eigenvectors()} are exact. */
    public boolean hasGivenSpectrum() {
        return eigenvalues != null;
    }

    /** The eigenvalues given at construction (in the given order), or null if built from A. */
    public double[] eigenvalues() {
        return eigenvalues == null ? null : eigenvalues.clone();
    }

    /** The orthogonal Q given at construction (columns are eigenvectors), or null if built from A. */
    public Matrix eigenvectors() {
        return eigenvectors;
    }

    private static int requireSquare(Matrix m) {
        if (m == null) {
            throw new IllegalArgumentException("matrix is null");
        }
        if (m.rows() != m.cols() || m.rows() == 0) {
            throw new IllegalArgumentException("a quadratic needs a non-empty square matrix but got "
                    + m.rows() + "×" + m.cols());
        }
        return m.rows();
    }

    private static double[] symmetrized(Matrix m) {
        int n = m.rows();
        double tol = 16 * Tolerance.EPS * m.maxAbs();
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double aij = m.get(i, j);
                double aji = m.get(j, i);
                if (Math.abs(aij - aji) > tol) {
                    throw new IllegalArgumentException("A must be symmetric but A[" + i + "][" + j + "] = " + aij
                            + " and A[" + j + "][" + i + "] = " + aji);
                }
                double s = aij == aji ? aij : 0.5 * (aij + aji);
                out[i * n + j] = s;
                out[j * n + i] = s;
            }
        }
        return out;
    }

    private static void requireOrthogonal(Matrix q) {
        int n = q.rows();
        double tol = 64 * n * Tolerance.EPS;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += q.get(k, i) * q.get(k, j);
                }
                double expected = i == j ? 1.0 : 0.0;
                if (Math.abs(s - expected) > tol) {
                    throw new IllegalArgumentException("Q must be orthogonal but (QᵀQ)[" + i + "][" + j + "] = " + s);
                }
            }
        }
    }

    static void requireFinite(double v, String name) {
        if (!Vectors.isFinite(v)) {
            throw new IllegalArgumentException(name + " is " + v + "; it must be finite");
        }
    }
}
