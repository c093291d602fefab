package dev.kappa.learn.exercise;

import dev.kappa.lab.LowRankLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.RandomMatrices;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;

/**
 * The error of the best rank-k approximation from the singular values: ‖A − A_k‖_F (or ‖·‖₂,
 * drawn) for a 5×4 matrix with given σ. The answer is measured by the core: A is built as
 * U·diag(σ)·Vᵀ with random orthogonal factors, A_k summed from {@link SVD#of}, and the norm of the
 * difference taken, so Eckart–Young is what the learner uses, not what the grader assumes.
 */
public final class RankKError extends ExerciseGenerator {
    static final int M = 5;
    static final int N = 4;

    @Override
    public String id() {
        return "rank-k-error";
    }

    @Override
    public String title() {
        return "The error of the best rank-k approximation";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return LowRankLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        // strictly decreasing positive integers, so every k leaves a positive error
        double[] sigma = new double[N];
        sigma[0] = between(rng, 8, 12);
        for (int i = 1; i < N; i++) {
            sigma[i] = between(rng, N - i, (int) sigma[i - 1] - 1);
        }
        int k = between(rng, 1, 2);
        boolean frobenius = rng.nextInt(2) == 0;
        Matrix a = RandomMatrices.withSingularValues(rng, M, N, sigma);
        double answer = truncationError(a, k, frobenius);
        String norm = frobenius ? "‖A − A" + sub(k) + "‖_F" : "‖A − A" + sub(k) + "‖₂";
        MathText prompt = new MathText().text("A " + M + "×" + N + " matrix A has singular values ").tuple(sigma)
                .text(". A" + sub(k) + " is its truncated SVD of rank " + k + ". What is " + norm + "?");
        MathText hint = new MathText().text(frobenius
                ? "Eckart–Young: the Frobenius error is the root of the sum of the squares of the singular values left out."
                : "Eckart–Young: the 2-norm error is the largest singular value left out.");
        StringBuilder squares = new StringBuilder();
        for (int i = k; i < N; i++) {
            squares.append(i > k ? " + " : "").append((int) sigma[i]).append("²");
        }
        MathText solution = frobenius
                ? new MathText().text("√(Σ_{i>" + k + "} σᵢ²) = √(" + squares + ") = ").number(answer)
                        .text(", what A" + sub(k) + " leaves out.")
                : new MathText().text("σ" + sub(k + 1) + " = ").number(answer).text(", the largest singular value A"
                        + sub(k) + " leaves out.");
        return exercise(seed, prompt, Answer.scalar(answer, Answer.DEFAULT_REL_TOL, 1e-6), hint, solution);
    }

    /** ‖A − A_k‖ measured: A_k summed from the SVD, then the norm of the difference (2-norm by another SVD). */
    static double truncationError(Matrix a, int k, boolean frobenius) {
        SVD svd = SVD.of(a);
        Matrix u = svd.u();
        Matrix v = svd.v();
        double[] s = svd.singularValues();
        double[][] d = a.toArray();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                for (int l = 0; l < k; l++) {
                    d[i][j] -= s[l] * u.get(i, l) * v.get(j, l);
                }
            }
        }
        Matrix diff = Matrix.of(d);
        return frobenius ? diff.frobeniusNorm() : SVD.of(diff).norm2();
    }

    private static String sub(int k) {
        return dev.kappa.lab.Sub.script(k);
    }
}
