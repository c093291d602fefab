package dev.kappa.learn.exercise;

import dev.kappa.lab.KrylovLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.KMath;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.ConjugateGradient;

/**
 * The steps CG's bound guarantees: the smallest k with 2((√κ − 1)/(√κ + 1))ᵏ ≤ ε, for κ a perfect
 * square (so ρ is a plain fraction) and ε = 10⁻ᵈ; answered by {@link ConjugateGradient#boundSteps}.
 */
public final class CgBoundSteps extends ExerciseGenerator {
    static final int[] ROOTS = {3, 5, 10, 20, 30, 50, 100};
    static final int[] DIGITS = {3, 4, 6, 8};
    static final double[] EPSILONS = {1e-3, 1e-4, 1e-6, 1e-8};

    @Override
    public String id() {
        return "cg-bound-steps";
    }

    @Override
    public String title() {
        return "Conjugate gradient: steps from the √κ bound";
    }

    @Override
    public String topic() {
        return Topic.LINEAR_ALGEBRA.id();
    }

    @Override
    public String lab() {
        return KrylovLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int root = ROOTS[rng.nextInt(ROOTS.length)];
        int which = rng.nextInt(DIGITS.length);
        int digits = DIGITS[which];
        double kappa = (double) root * root;
        double epsilon = EPSILONS[which];
        int k = ConjugateGradient.boundSteps(kappa, epsilon);
        double rho = ConjugateGradient.boundRate(kappa);
        MathText prompt = new MathText().text("CG runs on Ax = b with A symmetric positive definite and ")
                .equals("κ(A)", kappa).text(". What is the smallest k for which its bound 2((√κ − 1)/(√κ + 1))ᵏ "
                        + "guarantees ‖xₖ − x*‖_A ≤ 10⁻" + superscript(digits) + "·‖x₀ − x*‖_A?");
        MathText hint = new MathText().text("With ρ = (√κ − 1)/(√κ + 1) solve 2ρᵏ ≤ ε: k ≥ ln(2/ε)/(−ln ρ), rounded up.");
        MathText solution = new MathText().text("√κ = " + root + ", so ρ = " + (root - 1) + "/" + (root + 1) + " = ")
                .number(rho).text(" and ln(2/ε)/(−ln ρ) = ").number(KMath.log(2 / epsilon) / -KMath.log(rho))
                .text(": k = ").number(k).text(". Gradient descent's (κ − 1)/(κ + 1) would need about κ/2·ln(1/ε) steps.");
        return exercise(seed, prompt, Answer.scalar(k, 0, 0.1), hint, solution);
    }

    static String superscript(int d) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        String s = Integer.toString(d);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(digits.charAt(s.charAt(i) - '0'));
        }
        return sb.toString();
    }
}
