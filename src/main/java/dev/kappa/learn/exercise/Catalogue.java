package dev.kappa.learn.exercise;

import dev.kappa.learn.ExerciseGenerator;

/** Every exercise generator, in the order the home page lists them. */
public final class Catalogue {
    private Catalogue() {
    }

    /** Fresh instances of all generators (they are stateless). */
    public static ExerciseGenerator[] all() {
        return new ExerciseGenerator[] {
            new MinNormSolution(), new Projection(), new LeastSquaresResidual(),
            new KappaNormalEquations(), new DigitsLost(), new DiagonalCondition(),
            new RidgeSolution(), new RidgeShrink(),
            new Definiteness(), new SymmetricEigenvalues(), new Eigenvector(), new MaxStableStep(), new OptimalStep(),
            new DirectionCase(), new GdIterations(), new GdStep(), new MomentumBeta(), new NewtonStep(),
            new MomentumDamping(), new MomentumRate(), new SgdNoiseBall(), new SgdEndPoint(),
            new DistanceToPlane(), new LineProjector(), new BiasVarianceAtAPoint(), new RidgeMeanError(),
            new RankKError(), new RankOneError(),
            new PcaDirection(), new ExplainedVariance(), new RayleighQuotient(), new PowerStep(),
            new KalmanUpdate(), new KalmanPredict(), new BalancingWeight(), new SmoothThreeSamples(),
            new CgSteps(), new CgBoundSteps(),
            new LogisticMarginLoss(), new LsBoundaryOnALine(),
            new ConstrainedMinimum(), new ConstraintPrice(),
            new ExponentialJacobianRow(), new DampedStep(),
        };
    }

    /** The ids of all generators, comma-separated, for messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (ExerciseGenerator g : all()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(g.id());
        }
        return sb.toString();
    }

    /** The generator with this id, or null (the view then says the id is unknown). */
    public static ExerciseGenerator byId(String id) {
        for (ExerciseGenerator g : all()) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        return null;
    }
}
