package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kappa.linalg.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every analytic gradient and Hessian against central finite differences at seeded random points.
 * Central differences with h = 1e-5 have truncation error O(h²·f''') ≈ 1e-10 and rounding error
 * O(eps·f/h) ≈ 1e-11 for these O(1)–O(100) functions, so agreement to 1e-6 relative is a real test.
 */
class ObjectiveDerivativesTest {
    private static final double H = 1e-5;
    private static final double TOL = 1e-6;

    private static double[] randomPoint(Random rnd, int n, double scale) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = scale * rnd.nextGaussian();
        }
        return w;
    }

    private static Matrix randomMatrix(Random rnd, int m, int n) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextGaussian();
            }
        }
        return Matrix.of(a);
    }

    private static void checkDerivatives(Objective f, double[] w, String name) {
        String at = name + " at " + java.util.Arrays.toString(w);
        Checks.assertClose(Checks.numericGradient(f, w, H), f.gradient(w), TOL, "gradient of " + at);
        Checks.assertClose(Checks.flatten(Checks.numericHessian(f, w, H)), Checks.flatten(f.hessian(w)), TOL,
                "Hessian of " + at);
    }

    private static void checkMany(Objective f, long seed, double scale, String name) {
        Random rnd = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            checkDerivatives(f, randomPoint(rnd, f.dimension(), scale), name);
        }
    }

    /** Jacobian of a residual model against central differences of its residuals, and f = ½‖r‖². */
    private static void checkResiduals(ResidualModel model, Objective f, long seed, double scale, String name) {
        Random rnd = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            double[] w = randomPoint(rnd, model.parameterCount(), scale);
            double[] r = model.residuals(w);
            Checks.assertClose(0.5 * Checks.norm(r) * Checks.norm(r), f.value(w), 1e-12, name + " ½‖r‖² vs f");
            Matrix j = model.jacobian(w);
            for (int c = 0; c < w.length; c++) {
                double step = H * Math.max(1.0, Math.abs(w[c]));
                double[] p = w.clone();
                double[] m = w.clone();
                p[c] += step;
                m[c] -= step;
                double[] rp = model.residuals(p);
                double[] rm = model.residuals(m);
                double[] numeric = new double[r.length];
                for (int i = 0; i < r.length; i++) {
                    numeric[i] = (rp[i] - rm[i]) / (2 * step);
                }
                Checks.assertClose(numeric, j.column(c), TOL, name + " Jacobian column " + c);
            }
        }
    }

    @Test
    void quadraticFromSymmetricMatrix() {
        Random rnd = new Random(1);
        Matrix m = randomMatrix(rnd, 4, 4);
        Matrix a = m.plus(m.transpose());
        Quadratic f = Quadratic.of(a, randomPoint(rnd, 4, 1.0), 0.7);
        checkMany(f, 2, 1.0, "quadratic");
    }

    @Test
    void quadraticFromEigenvaluesAndRotation() {
        Quadratic f = Quadratic.fromEigen2D(3.0, -1.0, 0.7, new double[] {0.5, -2.0}, 1.0);
        checkMany(f, 3, 2.0, "rotated 2-D quadratic");
        // A = QΛQᵀ: q₁ = (cos θ, sin θ) is an eigenvector for λ₁ = 3.
        double[] q1 = {Math.cos(0.7), Math.sin(0.7)};
        Checks.assertClose(new double[] {3 * q1[0], 3 * q1[1]}, f.times(q1), 1e-14, "A q₁ = λ₁ q₁");
    }

    @Test
    void leastSquaresWithRidge() {
        Random rnd = new Random(4);
        Matrix x = randomMatrix(rnd, 7, 3);
        LeastSquaresObjective f = new LeastSquaresObjective(x, randomPoint(rnd, 7, 1.0), 0.3);
        checkMany(f, 5, 1.0, "least squares");
        double[] w = randomPoint(rnd, 3, 1.0);
        int[] all = {0, 1, 2, 3, 4, 5, 6};
        Checks.assertClose(f.gradient(w), f.batchGradient(w, all, 0, 7), 1e-14, "full batch = gradient");
    }

    @Test
    void logisticLossWithL2() {
        Random rnd = new Random(6);
        Matrix x = randomMatrix(rnd, 9, 3);
        double[] y = new double[9];
        for (int i = 0; i < 9; i++) {
            y[i] = rnd.nextBoolean() ? 1.0 : 0.0;
        }
        LogisticLoss f = new LogisticLoss(x, y, 0.1);
        checkMany(f, 7, 1.0, "logistic loss");
        double[] w = randomPoint(rnd, 3, 1.0);
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        Checks.assertClose(f.gradient(w), f.batchGradient(w, all, 0, 9), 1e-14, "full batch = gradient");
    }

    @Test
    void logisticLossByHandAtZero() {
        // At w = 0 every σ = ½: f = log 2, ∇f = (1/N)Xᵀ(½ − y).
        LogisticLoss f = new LogisticLoss(Matrix.of(new double[][] {{1, 2}, {3, -1}}), new double[] {1, 0});
        assertEquals(Math.log(2.0), f.value(new double[2]), 1e-15);
        Checks.assertClose(new double[] {0.5, -0.75}, f.gradient(new double[2]), 1e-15, "gradient at 0");
    }

    @Test
    void lassoAwayFromKinks() {
        Random rnd = new Random(8);
        Matrix x = randomMatrix(rnd, 6, 3);
        Lasso f = new Lasso(x, randomPoint(rnd, 6, 1.0), 0.4);
        Random pts = new Random(9);
        for (int trial = 0; trial < 20; trial++) {
            double[] w = randomPoint(pts, 3, 1.0);
            for (int j = 0; j < 3; j++) {
                w[j] += w[j] >= 0 ? 0.1 : -0.1;
            }
            checkDerivatives(f, w, "lasso");
        }
    }

    @Test
    void rosenbrock() {
        checkMany(new Rosenbrock(), 10, 1.5, "Rosenbrock");
        checkMany(new Rosenbrock(2.0, 10.0), 11, 1.5, "Rosenbrock a=2 b=10");
        Rosenbrock f = new Rosenbrock();
        assertEquals(0.0, f.value(new double[] {1, 1}));
        assertEquals(24.2, f.value(new double[] {-1.2, 1}), 1e-13);
        checkResiduals(f, f, 12, 1.5, "Rosenbrock residuals");
    }

    @Test
    void saddles() {
        checkMany(new Saddle(), 13, 1.0, "saddle");
        checkMany(new MonkeySaddle(), 14, 1.0, "monkey saddle");
        assertEquals(-2.0, new MonkeySaddle().value(new double[] {1, 1}));
    }

    @Test
    void exponentialFit() {
        double[] x = {0, 0.5, 1, 1.5, 2, 3, 4};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2.0 * Math.exp(-0.7 * x[i]) + 0.5 + 0.01 * ((i % 3) - 1);
        }
        ExponentialFit f = new ExponentialFit(x, y);
        checkMany(f, 15, 0.8, "a·e^(−bx)+c");
        checkResiduals(f, f, 16, 0.8, "a·e^(−bx)+c residuals");
    }

    @Test
    void gaussianBumpFit() {
        double[] x = {0, 1, 2, 2.5, 3, 4, 5, 6};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1.5 * Math.exp(-(x[i] - 2.8) * (x[i] - 2.8) / 2.0) + 0.02 * ((i % 3) - 1);
        }
        GaussianBumpFit f = new GaussianBumpFit(x, y);
        Random rnd = new Random(17);
        for (int trial = 0; trial < 20; trial++) {
            // s kept away from 0, where the bump degenerates
            double[] w = {2 * rnd.nextGaussian(), 3 + rnd.nextGaussian(), (rnd.nextBoolean() ? 1 : -1) * (0.6 + rnd.nextDouble())};
            checkDerivatives(f, w, "Gaussian bump at " + java.util.Arrays.toString(w));
        }
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quadratic.of(Matrix.of(new double[][] {{1, 2}, {3, 4}})));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LeastSquaresObjective(Matrix.identity(2), new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new LogisticLoss(Matrix.identity(2), new double[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> new Lasso(Matrix.identity(2), new double[2], -1));
        assertThrows(IllegalArgumentException.class,
                () -> Quadratic.fromEigen(new double[] {1, 1}, Matrix.of(new double[][] {{1, 1}, {0, 1}})));
    }
}
