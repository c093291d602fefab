package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Conditioning;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Ridge;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.optim.Adam;
import dev.kappa.optim.ConjugateGradient;
import dev.kappa.optim.GradientDescent;
import dev.kappa.optim.Lasso;
import dev.kappa.optim.LeastSquaresObjective;
import dev.kappa.optim.MomentumAnalysis;
import dev.kappa.optim.Quadratic;
import dev.kappa.optim.QuadraticGdAnalysis;
import dev.kappa.optim.StochasticGradientDescent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every numeric answer stated in {@code content/quizzes} agrees with the numerical core: each
 * numeric question is recomputed here with {@code dev.kappa.linalg} / {@code dev.kappa.optim} and
 * the file's value must be within the question's own tolerance (|stated − computed| ≤
 * max(abs, tol·|stated|), the grader's rule, so a learner who types the core's value is marked
 * right). The JVM counterpart of tools/content/check_numeric_answers.py (numpy), with the same
 * question list.
 *
 * <p>A question the core has no routine for (a count, a definition, the value of a stated
 * approximation formula) is an {@link #arithmetic} entry: the reason is written down and the
 * number is still recomputed by plain arithmetic, so an edited answer fails either way. A numeric
 * question with no entry here, or an entry naming no numeric question, fails the test. The quiz
 * decks state no card numbers the script checks (it reads quizzes only), so neither does this.
 */
class NumericAnswersTest {
    /** How one stated number is recomputed; {@code reason} is null for a computation by the core. */
    record Check(String quiz, String question, String how, String reason, DoubleSupplier compute) {
    }

    /** A numeric question explicitly not checked, and why. None today; the hook keeps the rule honest. */
    record NotComputable(String quiz, String question, String reason) {
    }

    static Check core(String quiz, String question, String how, DoubleSupplier compute) {
        return new Check(quiz, question, how, null, compute);
    }

    static Check arithmetic(String quiz, String question, String reason, DoubleSupplier compute) {
        return new Check(quiz, question, "plain arithmetic", reason, compute);
    }

    static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }

    static Matrix diag(double... d) {
        return Matrix.diagonal(d);
    }

    /** values[i] repeated times[i] times, in order. */
    static double[] repeated(double[] values, int[] times) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int t = 0; t < times[i]; t++) {
                out.add(values[i]);
            }
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    static Matrix shifted(Matrix a, double lambda) {
        return a.plus(Matrix.identity(a.rows()).scale(lambda));
    }

    static final Matrix A23 = m(new double[][] {{1, 2, 3}, {4, 5, 6}});
    static final double[] B23 = {7, 8};
    /** ‖w_end − w⁺‖ of SGD on the one-point system w₁ + 2w₂ = 5 from (2, −1). */
    static double sgdEndDistance() {
        Matrix a = m(new double[][] {{1, 2}});
        double[] t = {5};
        StochasticGradientDescent sgd = new StochasticGradientDescent(new LeastSquaresObjective(a, t),
                new double[] {2, -1}, 0.1, 1, 1);
        sgd.run(2000);
        double[] plus = LeastSquares.solve(a, t).x();
        double[] w = sgd.current();
        return Math.sqrt((w[0] - plus[0]) * (w[0] - plus[0]) + (w[1] - plus[1]) * (w[1] - plus[1]));
    }

    static final Quadratic ONE_TO_TEN = Quadratic.of(diag(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

    /** trace(A(AᵀA)⁻¹Aᵀ) = Σᵢ (P eᵢ)ᵢ, each P eᵢ = A·lstsq(A, eᵢ), for A a 30×4 Vandermonde of random x. */
    static double projectorTrace() {
        Rng rng = new Rng(7);
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = 5 * rng.uniform();
        }
        Matrix a = RandomMatrices.vandermonde(x, 4);
        double trace = 0;
        for (int i = 0; i < 30; i++) {
            double[] e = new double[30];
            e[i] = 1;
            trace += a.times(LeastSquares.solve(a, e).x())[i];
        }
        return trace;
    }

    /** The largest ridge gain σ/(σ² + 1) = Ridge.solve([σ], [1], 1) over σ = 0.001, 0.002, …, 10. */
    static double largestRidgeGain() {
        double best = 0;
        for (int k = 1; k <= 10_000; k++) {
            double s = k / 1000.0;
            best = Math.max(best, Ridge.solve(m(new double[][] {{s}}), new double[] {1}, 1.0)[0]);
        }
        return best;
    }

    /** CG iterations on diag(1,1,1,5,5,10)x = (1 … 2) from 0 until ‖r‖ ≤ 1e-10‖b‖. */
    static double cgIterations() {
        double[] b = {1, 1.2, 1.4, 1.6, 1.8, 2};
        double[] minusB = new double[6];
        for (int i = 0; i < 6; i++) {
            minusB[i] = -b[i];
        }
        ConjugateGradient cg = new ConjugateGradient(Quadratic.of(diag(1, 1, 1, 5, 5, 10), minusB, 0), new double[6]);
        assertTrue(cg.runUntilGradientBelow(1e-10 * Math.sqrt(13.2), 60), "CG converges on 3 distinct eigenvalues");
        return cg.iteration();
    }

    /** |Δw₂| of Adam's first step when the gradient is the constant (3, −0.02): f(w) = gᵀw. */
    static double adamFirstStep() {
        Adam adam = new Adam(Quadratic.of(Matrix.zeros(2, 2), new double[] {3, -0.02}, 0), new double[] {0, 0});
        assertTrue(adam.step(), "Adam takes a step");
        return Math.abs(adam.current()[1]);
    }

    static final List<Check> CHECKS = List.of(
        core("least-squares-basics", "line-fit-slope", "LeastSquares.solve, x[1]",
            () -> LeastSquares.solve(m(new double[][] {{1, 0}, {1, 1}, {1, 2}}), new double[] {1, 2, 6}).x()[1]),
        core("least-squares-basics", "residual-norm-small", "LeastSquares.solve(...).residualNorm()",
            () -> LeastSquares.solve(m(new double[][] {{1}, {1}}), new double[] {1, 3}).residualNorm()),
        core("least-squares-basics", "projector-trace", "Σ (A·lstsq(A, eᵢ))ᵢ, A 30×4 Vandermonde",
            NumericAnswersTest::projectorTrace),
        core("least-squares-solvers", "kappa-squared", "Conditioning.cond(AᵀA), κ(A) = 1e3",
            () -> Conditioning.cond(LeastSquares.gram(RandomMatrices.withCondition(new Rng(1), 6, 2, 1e3)))),
        core("least-squares-solvers", "digits-normal-equations", "16 − digitsLost(gramCond(A)), κ(A) = 1e6",
            () -> 16 - Conditioning.digitsLost(Conditioning.gramCond(
                    RandomMatrices.withCondition(new Rng(2), 20, 5, 1e6), 0))),
        core("least-squares-solvers", "line-fit-intercept", "LeastSquares.solve, x[0]",
            () -> LeastSquares.solve(m(new double[][] {{1, 0}, {1, 1}, {1, 2}}), new double[] {1, 3, 4}).x()[0]),
        core("conditioning", "kappa-diagonal", "Conditioning.cond(diag(10, 0.1))",
            () -> Conditioning.cond(diag(10, 0.1))),
        core("conditioning", "digits-lost", "Conditioning.digitsLost(1e10)",
            () -> Conditioning.digitsLost(1e10)),
        core("conditioning", "ridge-kappa", "Conditioning.cond(diag(400, 0) + 0.01 I)",
            () -> Conditioning.cond(shifted(diag(400, 0), 0.01))),
        core("conditioning", "nearly-singular-kappa", "Conditioning.cond([[1,1],[1,1.0001]])",
            () -> Conditioning.cond(m(new double[][] {{1, 1}, {1, 1.0001}}))),
        core("normalization", "outlier-eigenvalue", "Conditioning.cond(I + μμᵀ), μ = (3, 4)",
            () -> Conditioning.cond(Matrix.identity(2).plus(m(new double[][] {{9, 12}, {12, 16}})))),
        core("normalization", "scale-ratio-kappa", "Conditioning.cond(diag(1000², 1))",
            () -> Conditioning.cond(diag(1e6, 1))),
        core("normalization", "whitened-step", "QuadraticGdAnalysis.optimalStep on H = I₃",
            () -> QuadraticGdAnalysis.of(Quadratic.of(Matrix.identity(3)), 0.5, new double[] {1, 1, 1}).optimalStep()),
        core("min-norm", "example-first-component", "LeastSquares.solve (min-norm), x[0]",
            () -> LeastSquares.solve(A23, B23).x()[0]),
        core("min-norm", "example-third-component", "LeastSquares.solve (min-norm), x[2]",
            () -> LeastSquares.solve(A23, B23).x()[2]),
        core("min-norm", "solution-set-dimension", "3 − rank from LeastSquares.solve",
            () -> 3 - LeastSquares.solve(A23, B23).rank()),
        core("min-norm", "gd-projection", "GradientDescent on ½(x₁+x₂−2)² from (3, 0), 2000 steps",
            () -> new GradientDescent(new LeastSquaresObjective(m(new double[][] {{1, 1}}), new double[] {2}),
                    new double[] {3, 0}, 0.25).run(2000).current()[1]),
        core("min-norm", "one-equation-min-norm", "LeastSquares.solve([[1, 2]], [5]), x[1]",
            () -> LeastSquares.solve(m(new double[][] {{1, 2}}), new double[] {5}).x()[1]),
        core("ridge-lasso", "ridge-scalar", "Ridge.solve(x = (1, 2), y = (2, 4), λ = 5)",
            () -> Ridge.solve(m(new double[][] {{1}, {2}}), new double[] {2, 4}, 5)[0]),
        core("ridge-lasso", "ridge-kappa-shift", "Conditioning.cond(diag(9, 0.01) + I)",
            () -> Conditioning.cond(shifted(diag(9, 0.01), 1))),
        core("ridge-lasso", "soft-threshold-value", "Lasso.softThreshold(−2, 0.5)",
            () -> Lasso.softThreshold(-2, 0.5)),
        arithmetic("ridge-lasso", "lambda-from-prior", "a definition (λ = σ²/τ²), nothing to compute",
            () -> 1.0 / 0.1),
        core("ridge-lasso", "lasso-lambda-max", "‖∇g(0)‖∞ of Lasso (KKT at w = 0)",
            () -> {
                double[] g = new Lasso(m(new double[][] {{1, 0}, {0, 1}, {1, 1}}), new double[] {1, 2, 3}, 0)
                        .smoothGradient(new double[2]);
                return Math.max(Math.abs(g[0]), Math.abs(g[1]));
            }),
        core("gd-dynamics", "largest-stable-step", "QuadraticGdAnalysis.maxStableStep, eigenvalues 1…10",
            () -> QuadraticGdAnalysis.of(ONE_TO_TEN, 0.1, new double[10]).maxStableStep()),
        core("gd-dynamics", "optimal-step", "QuadraticGdAnalysis.optimalStep, eigenvalues 1…10",
            () -> QuadraticGdAnalysis.of(ONE_TO_TEN, 0.1, new double[10]).optimalStep()),
        core("gd-dynamics", "optimal-rate", "QuadraticGdAnalysis.rate at the optimal step",
            () -> QuadraticGdAnalysis.of(ONE_TO_TEN, QuadraticGdAnalysis.of(ONE_TO_TEN, 0.1, new double[10])
                    .optimalStep(), new double[10]).rate()),
        core("gd-dynamics", "lecture-slow-fraction", "5 GradientDescent steps, η = 0.5, on ½·0.01·w² from 1",
            () -> new GradientDescent(Quadratic.of(diag(0.01)), new double[] {1}, 0.5).run(5).current()[0]),
        core("gd-dynamics", "iterations-to-tolerance", "iterationsToReach(1e-6), eigenvalues {1, 100}, α = 1/100",
            () -> QuadraticGdAnalysis.of(Quadratic.of(diag(1, 100)), 0.01, new double[2]).iterationsToReach(1e-6)),
        core("optimizers", "heavy-ball-rate", "MomentumAnalysis.of(1, 400).rate()",
            () -> MomentumAnalysis.of(1, 400).rate()),
        core("momentum", "tuned-beta", "MomentumAnalysis.of(1, 100).optimalMomentum()",
            () -> MomentumAnalysis.of(1, 100).optimalMomentum()),
        core("momentum", "tuned-alpha", "MomentumAnalysis.of(1, 100).optimalStep()",
            () -> MomentumAnalysis.of(1, 100).optimalStep()),
        core("momentum", "early-stopping-fraction", "1 − w₁₀ of 10 GradientDescent steps (α = 1) on ½·0.1·w² from 1",
            () -> 1 - new GradientDescent(Quadratic.of(diag(0.1)), new double[] {1}, 1).run(10).current()[0]),
        core("momentum", "momentum-iterations", "ln of MomentumAnalysis.of(1, 1e4)'s GD rate over ln of its rate",
            () -> Math.log(MomentumAnalysis.of(1, 1e4).gradientDescentRate()) / Math.log(MomentumAnalysis.of(1, 1e4).rate())),
        core("krylov", "clustered-steps", "first step of ConjugateGradient on diag(1×50, 4×30, 9×20) within 1e-8 of x*",
            () -> dev.kappa.learn.exercise.CgSteps.steps(repeated(new double[] {1, 4, 9}, new int[] {50, 30, 20}))),
        core("krylov", "bound-steps", "ConjugateGradient.boundSteps(100, 1e-6)",
            () -> ConjugateGradient.boundSteps(100, 1e-6)),
        core("krylov", "jacobi-kappa", "κ from SymmetricEigen of D^(−1/2)AD^(−1/2), A = [[100, 6], [6, 1]]",
            () -> {
                double[] l = SymmetricEigen.eigenvaluesOf(m(new double[][] {{1, 6 / Math.sqrt(100)}, {6 / Math.sqrt(100), 1}}));
                return l[1] / l[0];
            }),
        arithmetic("why-min-norm", "ridge-lambda-from-prior", "a ratio of stated variances, σ²/τ²", () -> 0.25 / 4),
        core("why-min-norm", "pinv-norm", "1/σ of SVD.of([1, 2, 3])",
            () -> 1 / dev.kappa.linalg.SVD.of(m(new double[][] {{1, 2, 3}})).singularValues()[0]),
        arithmetic("ls-classification", "logistic-at-zero", "log(1 + e⁰) = log 2", () -> Math.log(2)),
        core("ls-classification", "ls-one-dimension", "−w₀/w₁ of LeastSquares.viaQR([1, 1; 1, 3; 1, −1], (1, 1, −1))",
            () -> {
                double[] w = LeastSquares.viaQR(m(new double[][] {{1, 1}, {1, 3}, {1, -1}}), new double[] {1, 1, -1}).x();
                return -w[0] / w[1];
            }),
        arithmetic("sgd", "steps-per-epoch", "a count, ⌈n/b⌉", () -> Math.ceil(200.0 / 16)),
        arithmetic("constrained-ls", "kkt-size", "a count, n + p rows", () -> 5.0 + 2),
        arithmetic("constrained-ls", "sensitivity-sign", "−ν·Δd with the stated ν and Δd", () -> -2 * 0.01),
        arithmetic("sgd", "ball-halving", "the stated model r² ∝ η/b, not a run", () -> Math.sqrt(0.25)),
        arithmetic("sgd", "batch-radius", "the stated model r² ∝ η/b, not a run", () -> Math.sqrt(1.0 / 16)),
        core("sgd", "min-norm-distance", "StochasticGradientDescent (η = 0.1) on w₁ + 2w₂ = 5 from (2, −1), 2000 steps, "
                + "distance to w⁺ = LeastSquares.viaSVD",
            NumericAnswersTest::sgdEndDistance),
        core("nonlinear-ls", "exp-jacobian-entry", "ExponentialFit's Jacobian at (a, b, c) = (2, 0.5, 0), x = 2, ∂r/∂b",
            () -> new dev.kappa.optim.ExponentialFit(new double[] {2}, new double[] {0})
                    .jacobian(new double[] {2, 0.5, 0}).get(0, 1)),
        arithmetic("nonlinear-ls", "lm-large-mu", "the stated large-μ limit δ ≈ −∇f/μ, not a run", () -> -2.0 / 100),
        core("optimizers", "adam-first-step", "one Adam step (defaults) with gradient (3, −0.02)",
            NumericAnswersTest::adamFirstStep),
        core("optimizers", "cg-distinct-eigenvalues", "ConjugateGradient on diag(1,1,1,5,5,10), iterations",
            NumericAnswersTest::cgIterations),
        core("curvature", "smallest-eigenvalue", "SymmetricEigen.of([[2,1],[1,2]]), smallest",
            () -> SymmetricEigen.of(m(new double[][] {{2, 1}, {1, 2}})).values()[0]),
        core("curvature", "semi-axis-length", "max √(2c/λᵢ), SymmetricEigen of diag(4, 1), c = 2",
            () -> {
                double best = 0;
                for (double l : SymmetricEigen.of(diag(4, 1)).values()) {
                    best = Math.max(best, Math.sqrt(2 * 2 / l));
                }
                return best;
            }),
        core("curvature", "shift-makes-pd", "Conditioning.cond(diag(1, 0) + 0.5 I)",
            () -> Conditioning.cond(shifted(diag(1, 0), 0.5))),
        core("generalization", "ridge-max-gain", "max of Ridge.solve([σ], [1], 1) over a grid of σ",
            NumericAnswersTest::largestRidgeGain),
        arithmetic("generalization", "smallest-sv-estimate",
            "asks for the value of the stated approximation √N − √D, not for an SVD", () -> Math.sqrt(200) - Math.sqrt(50)),
        arithmetic("generalization", "ols-variance",
            "an expectation over random designs (σ²D/(N−D−1)); the core fits one design", () -> 1.0 * 50 / (100 - 50 - 1)),
        arithmetic("generalization", "cv-fit-count", "a count (folds × candidates)", () -> 5 * 20),
        core("projection", "pythagoras-numeric", "‖r‖² of LeastSquares.solve for the projection lab's defaults, to 4 decimals",
            () -> {
                Matrix a = m(new double[][] {{2, 0.4}, {0, 1.6}, {0.4, 0}});
                double[] b = {1.2, 1.4, 1.8};
                double r = LeastSquares.solve(a, b).residualNorm();
                return Math.round(r * r * 1e4) / 1e4;
            }),
        arithmetic("projection", "projector-trace-value", "the rank of a full-column-rank 10×3 matrix", () -> 3),
        arithmetic("bias-variance", "bv-sum", "bias² + variance + σ², three given numbers", () -> 0.006 + 0.032 + 0.3 * 0.3),
        arithmetic("bias-variance", "bv-variance-numeric", "the population variance of three given numbers",
            () -> ((1.0 - 1.2) * (1.0 - 1.2) + 0 + (1.4 - 1.2) * (1.4 - 1.2)) / 3),
        arithmetic("bias-variance", "bv-bias-numeric", "(mean of three given numbers − 0.5)²",
            () -> Math.pow((0.2 + 0.3 + 0.4) / 3 - 0.5, 2)),
        core("low-rank", "ey-frobenius", "‖A − A₂‖_F with A₂ from SVD.of(diag(10, 4, 2, 1))",
            NumericAnswersTest::rankTwoFrobeniusError),
        arithmetic("low-rank", "storage-count", "a count k(m + n + 1)", () -> 10 * (128 + 128 + 1)),
        core("pca", "pca-variance-numeric", "σ₁²/(n − 1) with σ₁ from SVD.of(diag(10, 2)), n = 11",
            () -> Math.pow(SVD.of(Matrix.diagonal(new double[] {10, 2})).singularValues()[0], 2) / 10),
        core("pca", "pca-ratio-numeric", "σ₁²/Σσᵢ² from SVD.of(diag(3, 1))", () -> explainedRatio(new double[] {3, 1})),
        core("pca", "pca-projection-error", "σ₃² from SVD.of(diag(4, 2, 1))",
            () -> Math.pow(SVD.of(Matrix.diagonal(new double[] {4, 2, 1})).singularValues()[2], 2)),
        core("power-iteration", "pi-rate-numeric", "|λ₂/λ₁| from SymmetricEigen of diag(4, 3, 1)",
            () -> dominantRatio(Matrix.diagonal(new double[] {4, 3, 1}))),
        core("power-iteration", "pi-rayleigh-numeric", "xᵀAx/xᵀx by Matrix.times for A = [[2, 1], [1, 3]], x = (1, 1)",
            () -> rayleighQuotient(m(new double[][] {{2, 1}, {1, 3}}), new double[] {1, 1})),
        core("power-iteration", "pi-inverse-rate", "|β₂/β₁| from SymmetricEigen of (A − 0.9I)⁻¹, A = diag(2, 1)",
            () -> dominantRatio(m(new double[][] {{1 / 1.1, 0}, {0, 1 / 0.1}}))),
        core("kalman", "kf-gain-value", "the weight of z in LeastSquares.solve of [[1/2], [1/1]] (prior σ 2, R 1): K = P⁻/(P⁻ + R)",
            () -> kalmanByLeastSquares()[0]),
        core("kalman", "kf-update-value", "LeastSquares.solve of the stacked prior 2.0 (σ 2) and measurement 3.0 (σ 1)",
            () -> kalmanByLeastSquares()[1]),
        arithmetic("kalman", "kf-posterior-variance", "P⁻R/(P⁻ + R) for P⁻ = 4, R = 1", () -> 4.0 * 1 / (4 + 1)),
        core("multi-objective", "mo-scalar", "Ridge.solve([[1]], [4], 3)", () -> Ridge.solve(m(new double[][] {{1}}),
            new double[] {4}, 3)[0]),
        arithmetic("multi-objective", "mo-balance", "the root ρ > 0 of ρ² = ρ", () -> 1));

    /** xᵀAx/xᵀx with Ax from Matrix.times. */
    static double rayleighQuotient(Matrix a, double[] x) {
        double[] ax = a.times(x);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += x[i] * ax[i];
            den += x[i] * x[i];
        }
        return num / den;
    }

    /** |λ₂|/|λ₁| for the two eigenvalues of largest modulus, from the core's SymmetricEigen. */
    static double dominantRatio(Matrix a) {
        double[] l = SymmetricEigen.of(a).values();
        double[] abs = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            abs[i] = Math.abs(l[i]);
        }
        java.util.Arrays.sort(abs);
        return abs[abs.length - 2] / abs[abs.length - 1];
    }

    /** σ₁²/Σσᵢ² with the σᵢ of diag(d) from the core's SVD. */
    static double explainedRatio(double[] d) {
        double[] s = SVD.of(Matrix.diagonal(d)).singularValues();
        double total = 0;
        for (double x : s) {
            total += x * x;
        }
        return s[0] * s[0] / total;
    }

    /** ‖A − A₂‖_F for A = diag(10, 4, 2, 1), A₂ summed from the core's SVD. */
    static double rankTwoFrobeniusError() {
        Matrix a = Matrix.diagonal(new double[] {10, 4, 2, 1});
        SVD svd = SVD.of(a);
        Matrix u = svd.u();
        Matrix v = svd.v();
        double[] s = svd.singularValues();
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double aij = a.get(i, j);
                for (int l = 0; l < 2; l++) {
                    aij -= s[l] * u.get(i, l) * v.get(j, l);
                }
                sum += aij * aij;
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * One scalar Kalman update as least squares: prior 2.0 with σ = 2 and measurement 3.0 with σ = 1 are
     * two weighted rows; the solution is the update, and its weight on z (the solution for z = 1, prior 0)
     * is the gain. Returns {gain, updated estimate}.
     */
    static double[] kalmanByLeastSquares() {
        Matrix a = m(new double[][] {{1 / 2.0}, {1 / 1.0}});
        double gain = LeastSquares.solve(a, new double[] {0, 1}).x()[0];
        double estimate = LeastSquares.solve(a, new double[] {2.0 / 2.0, 3.0 / 1.0}).x()[0];
        return new double[] {gain, estimate};
    }

    static final List<NotComputable> NOT_COMPUTABLE = List.of();

    /** The numeric questions of every quiz file, keyed "quiz/question". */
    static Map<String, Question> numericQuestions(List<Quiz> quizzes) {
        Map<String, Question> out = new LinkedHashMap<>();
        for (Quiz quiz : quizzes) {
            for (Question q : quiz.questions()) {
                if (q.kind() == QuestionKind.NUMERIC) {
                    out.put(quiz.id() + "/" + q.id(), q);
                }
            }
        }
        return out;
    }

    /** The grader's rule: a learner typing {@code computed} is marked right. */
    static boolean agrees(Question q, double computed) {
        double stated = q.numericAnswer();
        return Math.abs(computed - stated) <= Math.max(q.absTol(), q.relTol() * Math.abs(stated));
    }

    /** One message per disagreement or missing question, empty when all stated numbers hold. */
    static List<String> disagreements(List<Quiz> quizzes, List<Check> checks) {
        Map<String, Question> numeric = numericQuestions(quizzes);
        Map<String, String> files = new LinkedHashMap<>();
        for (Quiz quiz : quizzes) {
            files.put(quiz.id(), quiz.file());
        }
        List<String> problems = new ArrayList<>();
        for (Check c : checks) {
            Question q = numeric.get(c.quiz() + "/" + c.question());
            if (q == null) {
                problems.add(c.quiz() + "/" + c.question() + ": no numeric question with that id (stale check?)");
                continue;
            }
            double computed = c.compute().getAsDouble();
            if (!agrees(q, computed)) {
                problems.add(files.get(c.quiz()) + ":" + q.line() + " " + c.question() + ": the file says "
                        + q.numericAnswer() + " but " + c.how() + " gives " + computed + " (tol=" + q.relTol()
                        + ", abs=" + q.absTol() + ")");
            }
        }
        return problems;
    }

    static List<Quiz> contentQuizzes() throws IOException {
        return ContentFilesTest.quizzes();
    }

    @Test
    void everyStatedNumberAgreesWithTheCore() throws IOException {
        assertEquals(List.of(), disagreements(contentQuizzes(), CHECKS));
    }

    /** One message per numeric question without an entry, entry without a question, or duplicate entry. */
    static List<String> coverageProblems(Map<String, Question> numeric) {
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (Check c : CHECKS) {
            covered.merge(c.quiz() + "/" + c.question(), 1, Integer::sum);
        }
        for (NotComputable n : NOT_COMPUTABLE) {
            covered.merge(n.quiz() + "/" + n.question(), 1, Integer::sum);
        }
        List<String> problems = new ArrayList<>();
        for (String key : numeric.keySet()) {
            if (!covered.containsKey(key)) {
                problems.add(key + ": a numeric question neither checked here nor listed as not computable");
            }
        }
        for (Map.Entry<String, Integer> e : covered.entrySet()) {
            if (!numeric.containsKey(e.getKey())) {
                problems.add(e.getKey() + ": listed here but no such numeric question in content/quizzes");
            }
            if (e.getValue() > 1) {
                problems.add(e.getKey() + ": listed " + e.getValue() + " times");
            }
        }
        return problems;
    }

    @Test
    void everyNumericQuestionIsCheckedOrExplainedOnce() throws IOException {
        for (Check c : CHECKS) {
            assertTrue(c.reason() == null || !c.reason().isBlank(), c.question() + ": an arithmetic check says why");
        }
        for (NotComputable n : NOT_COMPUTABLE) {
            assertTrue(!n.reason().isBlank(), n.question() + ": a reason");
        }
        Map<String, Question> numeric = numericQuestions(contentQuizzes());
        assertEquals(List.of(), coverageProblems(numeric));
        assertTrue(numeric.size() >= 38, "the quizzes state " + numeric.size() + " numeric answers");
    }

    /**
     * The check is able to fail: the real gd-dynamics quiz with the answer of largest-stable-step
     * changed from 0.2 to 0.25 (outside its 1 % tolerance) is reported, with file and line; a
     * numeric question added without a check is reported as unchecked.
     */
    @Test
    void aWrongAnswerInTheContentIsReported() throws IOException {
        Path file = ContentFilesTest.CONTENT.resolve("quizzes/gd-dynamics.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst("(?m)^= 0\\.2\\s*$", "= 0.25");
        assertTrue(!edited.equals(text), "the answer line of largest-stable-step is '= 0.2'");
        Quiz wrong = ContentParser.parseQuiz("quizzes/gd-dynamics.md", edited);
        List<String> problems = disagreements(List.of(wrong), onlyQuiz("gd-dynamics"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("quizzes/gd-dynamics.md:7 largest-stable-step: the file says 0.25"),
                problems.get(0));

        String added = text + "\n### invented numeric\nWhat is one?\n= 1\n> Because.\n";
        Quiz extra = ContentParser.parseQuiz("quizzes/gd-dynamics.md", added);
        List<Quiz> all = new ArrayList<>();
        for (Quiz q : contentQuizzes()) {
            all.add(q.id().equals("gd-dynamics") ? extra : q);
        }
        assertEquals(List.of("gd-dynamics/invented: a numeric question neither checked here nor listed as not computable"),
                coverageProblems(numericQuestions(all)));
    }

    private static List<Check> onlyQuiz(String quiz) {
        List<Check> out = new ArrayList<>();
        for (Check c : CHECKS) {
            if (c.quiz().equals(quiz)) {
                out.add(c);
            }
        }
        return out;
    }
}
