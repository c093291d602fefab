package dev.kappa.web.lab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words around each model lab drawn by {@link ModelLab}: title, lede, the rule behind the
 * picture, what to try, the explanation and display labels of choices. Plain text with Unicode
 * maths; one entry per lab id.
 */
final class ModelLabTexts {
    /** The texts of one lab. */
    static final class Texts {
        final String title;
        final String lede;
        final String rule;
        final List<String> whatToTry;
        final List<String> explanation;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, Double> floors = new HashMap<>();

        Texts(String title, String lede, String rule, List<String> whatToTry, List<String> explanation) {
            this.title = title;
            this.lede = lede;
            this.rule = rule;
            this.whatToTry = whatToTry;
            this.explanation = explanation;
        }

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

    /** The texts of the lab {@code id}; an id without texts gets its id as title (never null). */
    static Texts of(String id) {
        switch (id) {
            case "conditioning":
                return conditioning();
            case "min-norm":
                return minNorm();
            case "poly-fit":
                return polyFit();
            case "ridge-path":
                return ridgePath();
            case "normalization":
                return normalization();
            case "double-descent":
                return doubleDescent();
            case "optimizer-race":
                return optimizerRace();
            default:
                return new Texts(id, "", "", List.of(), List.of());
        }
    }

    private static Texts conditioning() {
        return new Texts("Conditioning: why not to form AᵀA",
                "Solve the least-squares problem Ax ≈ b three ways and watch the error grow like κ(A) for QR and SVD "
                        + "but like κ(A)² for the normal equations.",
                "κ(A) = σmax/σmin,  κ(AᵀA) = κ(A)²\nrelative error ≈ κ·ε with ε = 2⁻⁵² ≈ 2.2·10⁻¹⁶,  digits lost ≈ log₁₀ κ",
                List.of(
                        "Start with the Gaussian 100×5 matrix: κ(A) is small and all three solvers agree to ~15 digits.",
                        "Pick the lecture's two collinear columns: κ(A) ≈ 10⁸, so the normal equations (κ² ≈ 10¹⁶) lose "
                                + "every digit while QR keeps about eight.",
                        "Switch on the ridge term λI: κ(AᵀA + λI) drops to about σmax²/λ, bought with a bias in x.",
                        "Try the Hilbert 10×10 and the Vandermonde matrices: famous ill-conditioned families.",
                        "With the designed matrix, slide κ from 1 to 10¹⁶ and read the digits lost off the readouts."),
                List.of(
                        "The condition number κ(A) = σmax/σmin (largest over smallest singular value) bounds how much a "
                                + "relative change in the data can change the least-squares solution. Rounding to "
                                + "double precision is such a change, of relative size ε ≈ 2.2·10⁻¹⁶, so a backward-"
                                + "stable solver (Householder QR, SVD) gives a relative error of order κ(A)·ε: about "
                                + "log₁₀ κ(A) of the 16 decimal digits are lost.",
                        "The normal equations AᵀAx = Aᵀb square the singular values: AᵀA = VΣ²Vᵀ, so κ(AᵀA) = κ(A)². "
                                + "Forming AᵀA in floating point already commits an error of order κ(A)²·ε, twice as "
                                + "many digits lost. At κ(A) ≈ 10⁸ that is everything; the matrix as formed may not "
                                + "even be numerically positive definite.",
                        "Ridge adds λ to every eigenvalue: κ(AᵀA + λI) = (σmax² + λ)/(σmin² + λ). It tames the "
                                + "conditioning, but the answer is a different (biased) x, so its error no longer "
                                + "goes to zero with ε."))
                .choices("matrix", "gaussian", "Gaussian random", "collinear", "two nearly collinear columns",
                        "vandermonde", "Vandermonde (powers of x)", "hilbert", "Hilbert", "designed",
                        "designed singular values");
    }

    private static Texts minNorm() {
        return new Texts("Minimum-norm solutions and where gradient descent lands",
                "An underdetermined system Aw = b has a whole affine set of solutions; the pseudo-inverse picks the "
                        + "one closest to 0, and gradient descent picks the one closest to where it started.",
                "w⁺ = A⁺b = Aᵀ(AAᵀ)⁻¹b (full row rank),  all solutions: w⁺ + null(A)\n"
                        + "GD on ½‖Aw − b‖² from w₀ → w⁺ + (I − A⁺A)w₀,  ridge w(λ) = (AᵀA + λI)⁻¹Aᵀb → w⁺ as λ → 0",
                List.of(
                        "Run GD from 0: its end point is exactly the minimum-norm point w⁺.",
                        "Move the start w₀: GD now ends at the orthogonal projection of w₀ onto the solution line, not "
                                + "at w⁺.",
                        "Slide the ridge λ from 10³ down to 10⁻⁶ and watch w(λ) travel along the ridge path into w⁺.",
                        "Pick the lecture's 2×3 system: the solutions form a line in ℝ³, and the same statements hold.",
                        "Push η towards 2/L: GD still converges, but ‖w‖ oscillates on the way."),
                List.of(
                        "The solutions of Aw = b form the affine set w⁺ + null(A). The minimum-norm solution w⁺ = A⁺b "
                                + "is the foot of the perpendicular from 0 to that set: it lies in the row space of A, "
                                + "which is orthogonal to null(A), so ‖w⁺ + n‖² = ‖w⁺‖² + ‖n‖² ≥ ‖w⁺‖².",
                        "Every gradient Aᵀ(Aw − b) lies in the row space, so gradient descent never changes the "
                                + "null-space component of w. Started at w₀ it converges (for 0 < η < 2/L, L = σmax²) "
                                + "to the solution with the same null-space part as w₀: the projection of w₀ onto the "
                                + "solution set. From w₀ = 0 that is w⁺ — an implicit bias towards small norm.",
                        "Ridge regression minimizes ‖Aw − b‖² + λ‖w‖². Its solution lies in the row space for every "
                                + "λ > 0 and tends to w⁺ as λ → 0; for large λ it shrinks towards 0."))
                .choices("system", "line", "one equation a₁w₁ + a₂w₂ = b", "lecture", "the lecture's 2×3 system");
    }

    private static Texts polyFit() {
        return new Texts("Polynomial fitting: under- and overfitting",
                "Fit a polynomial of degree d to noisy samples by least squares and compare training error, test "
                        + "error and cross-validation as d grows.",
                "min over c of ‖Xc − y‖²,  X = [1, x, x², …, x^d] (Vandermonde, n×(d+1))\n"
                        + "normal equations: XᵀXc = Xᵀy;  QR: Rc = Qᵀy;  residual r = y − Xc ⟂ columns of X",
                List.of(
                        "Degree 1 underfits: both training and test error stay high.",
                        "Degree 3 follows the trend; degree 15 passes close to every training point but swings wildly "
                                + "between them, and its test error explodes.",
                        "With degree 15, switch the solver to the normal equations: κ(XᵀX) = κ(X)² is huge on raw x and "
                                + "the coefficients go wrong.",
                        "Tick 'scale x to [−1, 1]' and compare κ(X) raw vs scaled.",
                        "Type your own points (x,y;x,y;…): malformed pairs are reported and skipped."),
                List.of(
                        "A polynomial of degree d is linear in its coefficients, so fitting it is linear least squares "
                                + "with the Vandermonde matrix X whose columns are 1, x, …, x^d. The training error can "
                                + "only fall as d grows (the models are nested); the error on held-out points falls, "
                                + "then rises once the polynomial starts to fit the noise.",
                        "k-fold cross-validation estimates the test error from the training points alone: fit on k − 1 "
                                + "folds, measure on the remaining one, average; the chosen degree minimizes that average.",
                        "The columns xʲ of a Vandermonde matrix on [0, 5] are nearly parallel for large j, so κ(X) grows "
                                + "exponentially with d. QR loses about log₁₀ κ(X) digits, the normal equations twice "
                                + "as many. Mapping x to [−1, 1] first makes the powers far less alike and κ(X) "
                                + "orders of magnitude smaller."))
                .choices("method", "qr", "QR (Householder)", "normal", "normal equations", "svd", "SVD");
    }

    private static Texts ridgePath() {
        return new Texts("Regularization paths: ridge, lasso and elastic net",
                "Follow every coefficient wⱼ(λ) as the penalty λ grows, and let cross-validation pick λ.",
                "min over w of ½‖Xw − t‖² + λ(α‖w‖₁ + ½(1 − α)‖w‖²)\n"
                        + "ridge (α = 0): w(λ) = (XᵀX + λI)⁻¹Xᵀt;  lasso (α = 1): soft-thresholding by coordinate descent",
                List.of(
                        "With ridge, all coefficients shrink smoothly towards 0 as λ grows, but none becomes exactly 0.",
                        "Switch to the lasso: coefficients hit 0 one after another; compare 'nonzero weights' with the 5 "
                                + "true ones.",
                        "Move λ to the cross-validation minimum, then to the larger one-standard-error λ: a simpler model "
                                + "at almost the same validation error.",
                        "Watch κ(XᵀX + λ(1−α)I) fall as λ grows: the penalty also fixes the conditioning.",
                        "Pick the poly-fit data: the features are powers of x and strongly correlated."),
                List.of(
                        "Ridge adds λ to every eigenvalue of XᵀX. In the SVD X = UΣVᵀ the fit is w(λ) = Σ σᵢ/(σᵢ² + λ) "
                                + "(uᵢᵀt) vᵢ: directions with σᵢ² ≫ λ are kept, those with σᵢ² ≪ λ are suppressed. As "
                                + "λ → 0 the path ends at the least-squares (minimum-norm) solution; as λ → ∞ it goes to 0.",
                        "The lasso's ‖w‖₁ has a corner at every wⱼ = 0, so for λ large enough the optimum sits exactly "
                                + "on it: each coordinate update is a soft threshold S(z, τ) = sign(z)·max(|z| − τ, 0). "
                                + "The path is piecewise linear and selects features. The elastic net mixes both: "
                                + "sparse like the lasso, stable with correlated features like ridge.",
                        "λ trades bias for variance. K-fold cross-validation estimates the test error on a grid of λ; "
                                + "the one-standard-error rule picks the largest λ whose error is within one standard "
                                + "error of the minimum."))
                .choices("source", "synthetic", "synthetic sparse data", "polyfit", "poly-fit features")
                .choices("method", "ridge", "ridge (ℓ₂)", "lasso", "lasso (ℓ₁)", "elasticnet", "elastic net");
    }

    private static Texts normalization() {
        return new Texts("Normalization: centring, scaling and whitening",
                "The same linear regression with raw, centred, standardized and whitened features: the curvature "
                        + "matrix H and so the speed of gradient descent change, the best fit does not.",
                "f(w) = (1/2N)‖X̃w − y‖²,  H = X̃ᵀX̃/N,  X̃ = [1, X]\n"
                        + "GD with η = 1/λmax(H): the error along eigenvector i shrinks by 1 − λᵢ/λmax per step, slowest 1 − 1/κ(H)",
                List.of(
                        "Uncentred features: the raw H has one outlier eigenvalue ≈ ‖μ‖² + 1 and κ(H) is large; "
                                + "centring alone removes it.",
                        "Features on different scales: centring does not help, standardizing does.",
                        "Correlated features: standardized H is still ill-conditioned (the features are nearly equal); "
                                + "whitening makes κ(H) = 1 and GD converges in one step.",
                        "In the correlated preset, watch the validation MSE: whitened GD also fits the noise directions "
                                + "at once, while slow directions of raw GD act like early stopping."),
                List.of(
                        "Gradient descent with step 1/λmax on a quadratic with Hessian H reduces the error along each "
                                + "eigenvector by the factor 1 − λᵢ/λmax per step, so the slowest direction needs about "
                                + "κ(H) = λmax/λmin steps per factor e. Centring, scaling and whitening are invertible "
                                + "affine changes of the features: they leave the best fit's predictions alone and only "
                                + "change H.",
                        "Uncentred features with mean μ make the bias column and the features nearly parallel: H gets "
                                + "one eigenvalue ≈ ‖μ‖² + 1 along the mean direction. Centring removes it; dividing by "
                                + "each feature's standard deviation equalizes the diagonal of H.",
                        "Whitening multiplies the centred features by Σ^(−1/2) (Σ their covariance), so H becomes the "
                                + "identity: κ(H) = 1. GD then moves along every direction equally fast — including the "
                                + "directions that only carry noise, which is why early stopping no longer regularizes."))
                .choices("features", "custom", "mean μ and scales", "correlated", "correlated copies of a signal");
    }

    private static Texts doubleDescent() {
        return new Texts("Double descent: more data can hurt",
                "Fit D = 50 weights by minimum-norm least squares on the first N samples: the test error peaks at "
                        + "N = D, exactly where the smallest nonzero singular value of X dips towards 0.",
                "ŵ = X⁺t (minimum norm),  ridge ŵ = (XᵀX + λI)⁻¹Xᵀt\n"
                        + "test error = ‖ŵ − w*‖² + s²,  ‖X⁺t‖ ≈ ‖noise‖/σmin(X)",
                List.of(
                        "Look at the min-norm test error: it falls, rises to a peak at N = D, and falls again.",
                        "Compare the lower plot: σmin(X) is smallest near N = D.",
                        "Tick ridge and slide λ: even λ = 1 flattens the peak; λ = 0.001 barely does.",
                        "Average over 3 seeds: the peak stays at N = D, so it is not an accident of one data set.",
                        "Set the noise to 0: the peak nearly disappears — it is noise amplified by 1/σmin."),
                List.of(
                        "For N < D the system is underdetermined and the fit interpolates: the minimum-norm solution is "
                                + "X⁺t. For N > D it is overdetermined and least squares averages the noise. At N = D "
                                + "the square matrix X is as close to singular as it gets: a random N×D Gaussian "
                                + "matrix has σmin ≈ √D − √N, which is 0 at N = D.",
                        "The noise component of t is divided by the singular values: ‖X⁺·noise‖ is of order "
                                + "‖noise‖/σmin. When σmin dips, the fitted weights blow up and the test error "
                                + "‖ŵ − w*‖² + s² peaks. Adding data beyond that point makes X better conditioned and "
                                + "the error falls again: the second descent.",
                        "Ridge replaces 1/σᵢ by σᵢ/(σᵢ² + λ) ≤ 1/(2√λ), so no direction can amplify the noise without "
                                + "bound and the peak is gone for a suitable λ."))
                // Train error below D is 0 up to rounding (≈ 1e-30): showing it would squash the curves.
                .logFloor("error", 1e-3);
    }

    private static Texts optimizerRace() {
        return new Texts("Optimizer race",
                "Gradient descent, momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, Newton and L-BFGS from the same "
                        + "start on the same landscape: who reaches f* first, and by which path?",
                "GD: w ← w − η∇f;  momentum: v ← βv − η∇f, w ← w + v\n"
                        + "Adam: m ← β₁m + (1−β₁)g, s ← β₂s + (1−β₂)g², w ← w − η·m̂/(√ŝ + ε);  Newton: w ← w − t·H⁻¹∇f",
                List.of(
                        "Rosenbrock: GD crawls along the curved valley, momentum overshoots and swings across it, "
                                + "Newton needs a handful of steps.",
                        "Ill-conditioned quadratic: GD zig-zags across the narrow direction; raise κ and it slows down "
                                + "in proportion.",
                        "Too large a step: with η > 2/λmax the GD iterates grow and the run is marked diverged.",
                        "Saddle: GD slides off along the negative-curvature direction, while Newton jumps to the "
                                + "saddle point, because it seeks ∇f = 0, not a minimum.",
                        "Logistic regression: Adam, AdaGrad and RMSProp rescale each coordinate by its gradient "
                                + "history."),
                List.of(
                        "Gradient descent on a quadratic with eigenvalues λmin ≤ … ≤ λmax needs η < 2/λmax to converge "
                                + "and then about κ = λmax/λmin steps per factor e: it zig-zags along steep directions "
                                + "while creeping along flat ones. Momentum accumulates past gradients, v ← βv − η∇f, "
                                + "so it speeds up along consistent directions (about √κ steps with tuned η, β) but "
                                + "carries its velocity past the minimum and overshoots; Nesterov evaluates the "
                                + "gradient at the look-ahead point, which damps that overshoot.",
                        "AdaGrad, RMSProp and Adam divide each coordinate's step by the root of its (accumulated or "
                                + "averaged) squared gradients, so a coordinate with small gradients gets a larger "
                                + "step: a diagonal, per-coordinate rescaling that helps when the axes have very "
                                + "different scales, though not for curvature that is not axis-aligned. AdamW applies "
                                + "weight decay directly to w instead of through the gradient.",
                        "Newton's method uses the Hessian: w ← w − H⁻¹∇f is exact for a quadratic in one step and "
                                + "converges quadratically near a minimum, but it is attracted to any stationary point, "
                                + "saddles included. L-BFGS builds an approximation of H⁻¹ from the last m gradient "
                                + "differences at O(mn) cost per step."))
                .choices("landscape", "quadratic", "ill-conditioned quadratic", "rosenbrock", "Rosenbrock valley",
                        "saddle", "saddle", "logistic", "logistic regression");
    }
}
