package dev.kappa.lab;

/**
 * The topics of Kappa, in the order the home page shows them: each lab declares one (see
 * {@link LabDeclaration}), and so does every deck, quiz and exercise. The home page hides a topic
 * with nothing in it yet, so the topics the wave-2 labs need are declared here already.
 */
public enum Topic {
    LEAST_SQUARES("least-squares", "Least squares",
            "Fitting as projection: normal equations, QR and SVD, residuals orthogonal to the column space, and the "
                    + "minimum-norm solution of underdetermined systems."),
    CONDITIONING("conditioning", "Conditioning",
            "Why some problems lose digits: κ(A), κ(AᵀA) = κ(A)², collinear columns, and normalization."),
    REGULARIZATION("regularization", "Regularization",
            "Ridge, lasso and elastic net; shrinkage and sparsity; choosing λ; double descent."),
    OPTIMIZATION("optimization", "Optimization dynamics",
            "Curvature and definiteness, gradient descent on quadratics, momentum, adaptive and second-order methods."),
    LINEAR_ALGEBRA("linear-algebra", "Linear algebra for ML",
            "Truncated SVD and low-rank approximation, PCA, power iteration, Krylov methods and preconditioning."),
    MORE_LEAST_SQUARES("more-least-squares", "More least squares and optimization",
            "Classification by least squares, constraints, nonlinear least squares, SGD and momentum."),
    APPLICATIONS("applications", "Least squares in pictures and applications",
            "Projection in 3-D, bias and variance, multi-objective least squares and the Kalman filter.");

    private final String id;
    private final String title;
    private final String blurb;

    Topic(String id, String title, String blurb) {
        this.id = id;
        this.title = title;
        this.blurb = blurb;
    }

    /** The id content files name in their front matter ({@code topic: least-squares}). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String blurb() {
        return blurb;
    }

    /** The topic with this id, or null. */
    public static Topic byId(String id) {
        for (Topic t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** Every topic id, in display order. */
    public static String[] ids() {
        Topic[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].id;
        }
        return out;
    }
}
