package dev.kappa.web;

import java.util.List;

/**
 * The four topics of the home page and the labs under each. Decks, quizzes and exercises are
 * listed from the built content, so only labs are named here.
 */
public final class TopicMap {
    /** A lab's place on the map; {@code ready} is false until its view exists. */
    public record LabEntry(String id, String title, String blurb) {
    }

    /** A topic with its labs, in the order a learner meets them. */
    public record Topic(String id, String title, String blurb, List<LabEntry> labs) {
    }

    public static final List<Topic> TOPICS = List.of(
            new Topic("least-squares", "Least squares",
                    "Fitting as projection: normal equations, QR and SVD, residuals orthogonal to the column space, "
                            + "and the minimum-norm solution of underdetermined systems.",
                    List.of(new LabEntry("poly-fit", "Polynomial fitting", "Fit degree 0–20 polynomials; watch under- and over-fitting."),
                            new LabEntry("min-norm", "Many solutions, one chosen", "Underdetermined systems and the minimum-norm point."))),
            new Topic("conditioning", "Conditioning",
                    "Why some problems lose digits: κ(A), κ(AᵀA) = κ(A)², collinear columns, and normalization.",
                    List.of(new LabEntry("conditioning", "Why the normal equations lose digits", "Relative error vs κ for three solvers."),
                            new LabEntry("normalization", "Centre and scale", "How feature means and scales inflate κ."))),
            new Topic("regularization", "Regularization",
                    "Ridge, lasso and elastic net; shrinkage and sparsity; choosing λ; double descent.",
                    List.of(new LabEntry("ridge-path", "Ridge and lasso paths", "Coefficients against log λ, and cross-validation."),
                            new LabEntry("double-descent", "More data can hurt", "Test error peaks at N = D; ridge removes the peak."))),
            new Topic("optimization", "Optimization dynamics",
                    "Curvature and definiteness, gradient descent on quadratics, momentum, adaptive and second-order methods.",
                    List.of(new LabEntry("quadratic-gd", "Gradient descent on a quadratic", "Step size, eigen-directions and the five cases."),
                            new LabEntry("definiteness", "PD, PSD and indefinite", "Contours, eigenvectors and the valley of minima."),
                            new LabEntry("optimizer-race", "Optimizer race", "GD, momentum, Adam, Newton and L-BFGS on one landscape."))));

    private TopicMap() {
    }

    /** The lab with this id, or null. */
    public static LabEntry lab(String id) {
        for (Topic t : TOPICS) {
            for (LabEntry lab : t.labs()) {
                if (lab.id().equals(id)) {
                    return lab;
                }
            }
        }
        return null;
    }
}
