package dev.kappa.learn.exercise;

import dev.kappa.lab.NonlinearLsLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.ExponentialFit;

/**
 * One row of the Jacobian of rᵢ = a·e^{−bxᵢ} + c − yᵢ with respect to (a, b, c): (e^{−bxᵢ}, −a·xᵢ·e^{−bxᵢ}, 1),
 * computed by optim's {@link ExponentialFit}, the row Gauss–Newton and Levenberg–Marquardt use.
 */
public final class ExponentialJacobianRow extends ExerciseGenerator {
    private static final double[] RATES = {-0.5, 0.5, 1, 1.5, 2};
    private static final double[] XS = {0.5, 1, 2, 3};

    @Override
    public String id() {
        return "exp-jacobian-row";
    }

    @Override
    public String title() {
        return "A Jacobian row of an exponential fit";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return NonlinearLsLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double a = nonzero(rng, 4);
        double b = pick(rng, RATES);
        double c = between(rng, -2, 2);
        double x = pick(rng, XS);
        double[] row = new ExponentialFit(new double[] {x}, new double[] {0}).jacobian(new double[] {a, b, c})
                .toRowMajor();
        MathText prompt = new MathText().text("The residual of one point of the fit y ≈ a·e^(−bx) + c is r = a·e^(−bx) + c − y. ")
                .text("At a = ").number(a).text(", b = ").number(b).text(", c = ").number(c).text(" and the point's x = ")
                .number(x).text(", give its Jacobian row (∂r/∂a, ∂r/∂b, ∂r/∂c) (3 numbers).");
        MathText hint = new MathText().text("Differentiate a·e^(−bx) + c: the a-derivative is e^(−bx), the b-derivative "
                + "brings down −x, and c enters with coefficient 1.");
        MathText solution = new MathText().text("e^(−bx) = ").number(row[0]).text(", so the row is (e^(−bx), −a·x·e^(−bx), 1) = ")
                .tuple(row).text(". The value of c does not enter.");
        return exercise(seed, prompt, Answer.vector(row), hint, solution);
    }
}
