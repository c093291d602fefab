package dev.kappa.learn.exercise;

import dev.kappa.lab.MultiObjectiveLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.Rng;

/**
 * The weight of a 1-D bi-objective problem: min (x − a)² + ρ(x − b)² has x(ρ) = (a + ρb)/(1 + ρ);
 * which ρ puts the minimizer at c (between a and b)? ρ = (c − a)/(b − c). The key is checked by
 * solving the stacked least-squares problem [1; √ρ]x ≈ [a; √ρ b] with that ρ.
 */
public final class BalancingWeight extends ExerciseGenerator {
    @Override
    public String id() {
        return "balancing-weight";
    }

    @Override
    public String title() {
        return "The weight that balances two objectives";
    }

    @Override
    public String topic() {
        return Topic.APPLICATIONS.id();
    }

    @Override
    public String lab() {
        return MultiObjectiveLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        int a = between(rng, -6, 2);
        int b = a + between(rng, 3, 8);
        int c = between(rng, a + 1, b - 1);
        double rho = (double) (c - a) / (b - c);
        double w = Math.sqrt(rho);
        // integers: a check at rounding level of 0 is 0 (x = 0, not 9.065e-17)
        double check = Draws.cleaned(new double[] {LeastSquares.solve(Matrix.of(new double[][] {{1}, {w}}),
            new double[] {a, w * b}).x()[0]}, Math.max(Math.abs(a), Math.abs(b)))[0];
        MathText prompt = new MathText().text("A scalar x should be close to ").equals("a", a).text(" and also close to ")
                .equals("b", b).text(": minimize (x − a)² + ρ(x − b)². For which weight ρ is the minimizer ")
                .equals("x", c).text("?");
        MathText hint = new MathText().text("Set the derivative 2(x − a) + 2ρ(x − b) to zero: x = (a + ρb)/(1 + ρ). "
                + "Then solve for ρ.");
        MathText solution = new MathText().text("x = (a + ρb)/(1 + ρ) = c gives ρ = (c − a)/(b − c) = ").number(rho)
                .text(". Check: the stacked least-squares problem [1; √ρ]x ≈ [a; √ρ·b] gives x = ").number(check)
                .text(".");
        return exercise(seed, prompt, Answer.scalar(rho), hint, solution);
    }
}
