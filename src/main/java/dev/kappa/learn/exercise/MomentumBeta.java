package dev.kappa.learn.exercise;

import dev.kappa.lab.OptimizerRaceLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.MomentumAnalysis;

/** The optimal heavy-ball momentum β = ((√κ − 1)/(√κ + 1))². */
public final class MomentumBeta extends ExerciseGenerator {
    static final double[] LAMBDA_MIN = {0.5, 1, 2};
    static final double[] KAPPAS = {4, 9, 16, 25, 36, 49, 64, 100, 400};

    @Override
    public String id() {
        return "momentum-beta";
    }

    @Override
    public String title() {
        return "Optimal momentum coefficient";
    }

    @Override
    public String topic() {
        return Topic.OPTIMIZATION.id();
    }

    @Override
    public String lab() {
        return OptimizerRaceLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double lmin = Draws.pick(rng, LAMBDA_MIN);
        double kappa = Draws.pick(rng, KAPPAS);
        double lmax = lmin * kappa;
        MomentumAnalysis m = MomentumAnalysis.of(lmin, lmax);
        double beta = m.optimalMomentum();
        MathText prompt = new MathText().text("Heavy-ball momentum runs on a quadratic whose Hessian eigenvalues lie in [")
                .number(lmin).text(", ").number(lmax).text("]. Which momentum coefficient β gives the fastest "
                        + "worst-case convergence (with its matching step)?");
        MathText hint = new MathText().text("The tuned rate is (√κ − 1)/(√κ + 1), and β is its square.");
        MathText solution = new MathText().text("κ = ").number(kappa).text(", √κ = ").number(Math.sqrt(kappa))
                .text(", so β = ((√κ − 1)/(√κ + 1))² = ").number(beta).text(", with step α = (2/(√λmax + √λmin))² = ")
                .number(m.optimalStep()).text(".");
        return exercise(seed, prompt, Answer.scalar(beta), hint, solution);
    }
}
