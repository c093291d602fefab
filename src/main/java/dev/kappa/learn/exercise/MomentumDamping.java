package dev.kappa.learn.exercise;

import dev.kappa.lab.MomentumLab;
import dev.kappa.lab.Topic;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.MathText;
import dev.kappa.linalg.Rng;
import dev.kappa.optim.MomentumAnalysis;

/**
 * Which case one heavy-ball eigen-component is in: over-damped, critically damped, under-damped or
 * not converging, from the roots of r² − (1 + β − αλ)r + β. The products αλ are drawn per case:
 * critical at (1 ∓ √β)², under-damped strictly between, over-damped below (1 − √β)² or between
 * (1 + √β)² and 2(1 + β), not converging above 2(1 + β); β is a square of a short decimal, so every
 * number in the prompt is short and the case is never a matter of rounding.
 */
public final class MomentumDamping extends ExerciseGenerator {
    static final String[] OPTIONS = {"over-damped|over-damped: two real roots", "critical|critically damped: a double root",
        "under-damped|under-damped: complex roots, it oscillates while it decays",
        "not converging|it does not converge: a root of modulus ≥ 1"};
    static final double[] SQRT_BETA = {0.5, 0.6, 0.7, 0.8, 0.9};
    static final double[] LAMBDAS = {0.5, 1, 2};

    @Override
    public String id() {
        return "momentum-damping";
    }

    @Override
    public String title() {
        return "Heavy ball: which damping case?";
    }

    @Override
    public String topic() {
        return Topic.MORE_LEAST_SQUARES.id();
    }

    @Override
    public String lab() {
        return MomentumLab.ID;
    }

    @Override
    protected Exercise build(Rng rng, long seed) {
        double s = Draws.pick(rng, SQRT_BETA);
        double beta = s * s;
        double lambda = Draws.pick(rng, LAMBDAS);
        double low = (1 - s) * (1 - s);
        double high = (1 + s) * (1 + s);
        double edge = 2 * (1 + beta);
        int wanted = rng.nextInt(OPTIONS.length);
        double product;
        switch (wanted) {
            case 0:
                product = rng.nextInt(2) == 0 ? low / 2 : (high + edge) / 2;
                break;
            case 1:
                product = rng.nextInt(2) == 0 ? low : high;
                break;
            case 2:
                product = (low + high) / 2;
                break;
            default:
                product = edge + 0.5;
        }
        double alpha = round3(product / lambda);
        int right = index(MomentumAnalysis.damping(lambda, alpha, beta));
        Exact x = new Exact(s, alpha, lambda);
        MathText prompt = new MathText().text("Heavy ball wₖ₊₁ = wₖ − α∇f(wₖ) + β(wₖ − wₖ₋₁) runs with ")
                .equals("α", alpha).text(" and ").equals("β", beta).text(" on a quadratic. How does the error "
                        + "component along an eigenvector with eigenvalue ").equals("λ", lambda).text(" behave?");
        MathText hint = new MathText().text("That component follows zₖ₊₁ = (1 + β − αλ)zₖ − βzₖ₋₁. Look at the roots of "
                + "r² − (1 + β − αλ)r + β: the sign of the discriminant (1 + β − αλ)² − 4β, and whether a root has "
                + "modulus ≥ 1.");
        MathText solution = new MathText().text("1 + β − αλ = ").number(x.a()).text(", so the discriminant is ")
                .number(x.discriminant()).text(" and the larger root modulus is ")
                .number(x.modulus()).text(": ")
                .text(OPTIONS[right].split("\\|")[1]).text(".");
        return choiceExercise(seed, prompt, right, OPTIONS, hint, solution);
    }

    /**
     * The worked solution's numbers, exact: β = s² (s of one decimal), α of three decimals and λ ∈ {0.5, 1, 2}
     * make 1 + β − αλ a multiple of 10⁻⁴ and the discriminant one of 10⁻⁸, so they are computed in those
     * units as integers. In doubles the centre of the under-damped range, αλ = 1 + β, gave 1 + β − αλ =
     * −2.2e-16 rather than 0, and a critical discriminant a rounding error rather than 0. (The case itself is
     * the core's {@link MomentumAnalysis#damping}, whose tolerance calls those critical; the nearest
     * non-critical discriminant drawn here is 0.018, and the largest modulus below 1 is 0.977.)
     */
    static final class Exact {
        /** 1 + β − αλ in units of 10⁻⁴. */
        final long a4;
        /** (1 + β − αλ)² − 4β in units of 10⁻⁸. */
        final long disc8;
        final double s;

        Exact(double s, double alpha, double lambda) {
            long beta4 = Math.round(s * s * 10_000);
            this.a4 = 10_000 + beta4 - Math.round(alpha * 1000) * Math.round(lambda * 10);
            this.disc8 = a4 * a4 - 40_000 * beta4;
            this.s = s;
        }

        double a() {
            return a4 / 1e4;
        }

        double discriminant() {
            return disc8 / 1e8;
        }

        /** The larger |root|: √β for complex roots, else (|a| + √disc)/2. */
        double modulus() {
            return disc8 < 0 ? s : (Math.abs(a4) + Math.sqrt(disc8)) / 2e4;
        }
    }

    /** α to three decimals, as a learner reads it (the critical products divided by λ are short already). */
    static double round3(double v) {
        return Math.floor(v * 1000 + 0.5) / 1000;
    }

    static int index(MomentumAnalysis.Damping d) {
        switch (d) {
            case OVER_DAMPED:
                return 0;
            case CRITICALLY_DAMPED:
                return 1;
            case UNDER_DAMPED:
                return 2;
            default:
                return 3;
        }
    }
}
