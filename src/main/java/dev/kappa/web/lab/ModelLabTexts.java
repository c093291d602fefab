package dev.kappa.web.lab;

import java.util.HashMap;
import java.util.Map;

/**
 * Display settings of each model lab drawn by {@link ModelLab}: labels of choice values and the
 * floor of a log axis. The words around a lab (title, lede, rule, what to try, explanation) are not
 * here but in {@code content/labs/<id>.md}, compiled with their maths into content.js.
 */
final class ModelLabTexts {
    /** The display settings of one lab. */
    static final class Texts {
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, Double> floors = new HashMap<>();

        /** Adds display labels for a choice parameter as value, label pairs. */
        Texts choices(String param, String... valueLabel) {
            for (int i = 0; i + 1 < valueLabel.length; i += 2) {
                labels.put(param + "=" + valueLabel[i], valueLabel[i + 1]);
            }
            return this;
        }

        /** The lowest value a plot's log y axis shows (values below are clipped), e.g. rounding-level errors. */
        Texts logFloor(String plotId, double floor) {
            floors.put(plotId, floor);
            return this;
        }

        double logFloor(String plotId) {
            Double f = floors.get(plotId);
            return f == null ? 0 : f;
        }

        String choiceLabel(String param, String value) {
            String l = labels.get(param + "=" + value);
            return l == null ? value : l;
        }
    }

    private ModelLabTexts() {
    }

    /** The settings of the lab {@code id}; an id without any gets none (never null). */
    static Texts of(String id) {
        Texts t = new Texts();
        switch (id) {
            case "conditioning":
                return t.choices("matrix", "gaussian", "Gaussian random", "collinear", "two nearly collinear columns",
                        "vandermonde", "Vandermonde (powers of x)", "hilbert", "Hilbert", "designed",
                        "designed singular values");
            case "min-norm":
                return t.choices("system", "line", "one equation a₁w₁ + a₂w₂ = b", "lecture", "the lecture's 2×3 system");
            case "poly-fit":
                return t.choices("method", "qr", "QR (Householder)", "normal", "normal equations", "svd", "SVD");
            case "ridge-path":
                return t.choices("source", "synthetic", "synthetic sparse data", "polyfit", "poly-fit features")
                        .choices("method", "ridge", "ridge (ℓ₂)", "lasso", "lasso (ℓ₁)", "elasticnet", "elastic net");
            case "normalization":
                return t.choices("features", "custom", "mean μ and scales", "correlated",
                        "correlated copies of a signal");
            case "double-descent":
                // Train error below D is 0 up to rounding (≈ 1e-30): showing it would squash the curves.
                return t.logFloor("error", 1e-3);
            case "optimizer-race":
                return t.choices("landscape", "quadratic", "ill-conditioned quadratic", "rosenbrock",
                        "Rosenbrock valley", "saddle", "saddle", "logistic", "logistic regression");
            default:
                return t;
        }
    }
}
