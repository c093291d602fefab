package dev.kappa.lab;

import dev.kappa.lab.plot.ContourLevels;
import dev.kappa.lab.plot.MarchingSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SymmetricEigen;
import dev.kappa.linalg.Tolerance;
import dev.kappa.optim.Quadratic;

/**
 * The maths of one state of the {@code definiteness} lab ({@link DefinitenessLab}): the quadratic f(x) = ½xᵀMx + bᵀx with
 * M = A + λI for a symmetric 2×2 A = [[a11, a12], [a12, a22]] and a shift λ.
 *
 * <p>The eigen-decomposition M = QΛQᵀ ({@link SymmetricEigen}, eigenvalues ascending) decides
 * everything: all λᵢ &gt; 0 (positive definite) gives the unique minimizer x* = −M⁻¹b; λmin = 0
 * (positive semidefinite) gives a valley of minimizers x* + t·q₀ when b ⟂ q₀, and no minimum
 * otherwise; a negative eigenvalue (indefinite or negative definite) makes f unbounded below. An
 * eigenvalue counts as zero when |λᵢ| ≤ eps·2·max|λ| (the rank cut-off), so [[1,1],[1,1]] is PSD
 * despite rounding. Adding λI shifts every eigenvalue by λ and keeps the eigenvectors.
 */
public final class DefinitenessModel {
    /** Half-width of the square view. */
    public static final double VIEW = 2;
    private static final int GRID_X = 121;
    private static final int GRID_Y = 61;
    private static final double SPAN_X = 2 * VIEW;
    private static final double SPAN_Y = 1.1 * VIEW;
    private static final int LEVELS = 8;

    /** The kind of a symmetric matrix by the signs of its eigenvalues. */
    public enum Kind {
        POSITIVE_DEFINITE("positive definite (PD)"),
        POSITIVE_SEMIDEFINITE("positive semidefinite (PSD), singular"),
        INDEFINITE("indefinite (a saddle)"),
        NEGATIVE_SEMIDEFINITE("negative semidefinite, singular"),
        NEGATIVE_DEFINITE("negative definite"),
        ZERO("zero");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Matrix m;
    private final double[] b;
    private final double[] values;
    private final Matrix vectors;
    private final boolean[] zero;
    private final Kind kind;
    private final Quadratic f;

    private DefinitenessModel(ParamSet p) {
        double s = p.number("shift");
        m = Matrix.of(new double[][] {
            {p.number("a11") + s, p.number("a12")},
            {p.number("a12"), p.number("a22") + s}});
        b = new double[] {p.number("b1"), p.number("b2")};
        SymmetricEigen eig = SymmetricEigen.of(m);
        values = eig.values();
        vectors = eig.vectors();
        double maxAbs = Math.max(Math.abs(values[0]), Math.abs(values[1]));
        double cut = Tolerance.rankCutoff(2, 2, maxAbs);
        zero = new boolean[] {Math.abs(values[0]) <= cut, Math.abs(values[1]) <= cut};
        kind = classify(values, zero);
        f = Quadratic.of(m, b, 0);
    }

    public static DefinitenessModel of(ParamSet p) {
        return new DefinitenessModel(p);
    }

    private static Kind classify(double[] v, boolean[] z) {
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < 2; i++) {
            if (!z[i]) {
                if (v[i] > 0) {
                    pos++;
                } else {
                    neg++;
                }
            }
        }
        if (pos > 0 && neg > 0) {
            return Kind.INDEFINITE;
        }
        if (pos == 2) {
            return Kind.POSITIVE_DEFINITE;
        }
        if (neg == 2) {
            return Kind.NEGATIVE_DEFINITE;
        }
        if (pos == 1) {
            return Kind.POSITIVE_SEMIDEFINITE;
        }
        return neg == 1 ? Kind.NEGATIVE_SEMIDEFINITE : Kind.ZERO;
    }

    /** M = A + λI. */
    public Matrix matrix() {
        return m;
    }

    public Kind kind() {
        return kind;
    }

    /** Eigenvalues of M, ascending. */
    public double[] eigenvalues() {
        return values.clone();
    }

    /** Eigenvector i of M (unit), in the order of {@link #eigenvalues()}. */
    public double[] eigenvector(int i) {
        return vectors.column(i);
    }

    public boolean isZero(int i) {
        return zero[i];
    }

    /** βᵢ = qᵢᵀb, the linear term along eigenvector i. */
    private double beta(int i) {
        double[] q = eigenvector(i);
        return q[0] * b[0] + q[1] * b[1];
    }

    /**
     * The minimizer (PD), a point of the valley of minimizers (PSD with b ⟂ null space, the one of
     * least norm), or null when f is unbounded below.
     */
    public double[] minimizer() {
        if (kind != Kind.POSITIVE_DEFINITE && kind != Kind.POSITIVE_SEMIDEFINITE && kind != Kind.ZERO) {
            return null;
        }
        double[] x = new double[2];
        double bNorm = Math.hypot(b[0], b[1]);
        for (int i = 0; i < 2; i++) {
            double bi = beta(i);
            if (zero[i]) {
                if (Math.abs(bi) > 8 * Tolerance.EPS * Math.max(1, bNorm)) {
                    return null; // b has a component along a flat direction: f decreases without bound
                }
                continue;
            }
            double[] q = eigenvector(i);
            x[0] -= bi / values[i] * q[0];
            x[1] -= bi / values[i] * q[1];
        }
        return x;
    }

    /** True when the minimizers form a line (PSD with b ⟂ null space). */
    public boolean valley() {
        return kind == Kind.POSITIVE_SEMIDEFINITE && minimizer() != null;
    }

    /** The direction of the valley (the null eigenvector). */
    public double[] valleyDirection() {
        return eigenvector(zero[0] ? 0 : 1);
    }

    public double value(double x, double y) {
        return f.value(new double[] {x, y});
    }

    private double[] levels = new double[0];

    /** Contour segments of f, one array per level of {@link #contourLevels()}. */
    public double[][] contours() {
        double[] v = MarchingSquares.sample(this::value, -SPAN_X, SPAN_X, GRID_X, -SPAN_Y, SPAN_Y, GRID_Y);
        double[] min = minimizer();
        double ref = min == null ? 0 : value(min[0], min[1]);
        levels = ContourLevels.around(v, ref, LEVELS);
        double[][] out = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            out[i] = MarchingSquares.contour(v, GRID_X, GRID_Y, -SPAN_X, SPAN_X, -SPAN_Y, SPAN_Y, levels[i]);
        }
        return out;
    }

    public double[] contourLevels() {
        return levels.clone();
    }

    /** f sampled over the view with contour levels around the minimum (levels below it dashed). */
    public FieldGrid field(String plot) {
        double[] v = MarchingSquares.sample(this::value, -SPAN_X, SPAN_X, GRID_X, -SPAN_Y, SPAN_Y, GRID_Y);
        double ref = referenceValue();
        return new FieldGrid(plot, -SPAN_X, SPAN_X, -SPAN_Y, SPAN_Y, GRID_X, GRID_Y, v,
                ContourLevels.around(v, ref, LEVELS)).reference(ref);
    }

    /** The contour reference value (f at the minimizer, else 0). */
    public double referenceValue() {
        double[] min = minimizer();
        return min == null ? 0 : value(min[0], min[1]);
    }

    /** A sentence for screen readers and the page. */
    public String verdict() {
        StringBuilder sb = new StringBuilder("A + λI is ").append(kind.label()).append(": eigenvalues ")
                .append(NumberText.format(clean(0), 4)).append(" and ").append(NumberText.format(clean(1), 4))
                .append(". ");
        double[] min = minimizer();
        if (min == null) {
            sb.append("f is unbounded below, so there is no minimizer.");
        } else if (valley()) {
            double[] d = valleyDirection();
            sb.append("The minimizers form a line (a valley) through (").append(NumberText.format(min[0], 4))
                    .append(", ").append(NumberText.format(min[1], 4)).append(") along (")
                    .append(NumberText.format(d[0], 3)).append(", ").append(NumberText.format(d[1], 3))
                    .append("); adding any λ > 0 leaves one minimizer.");
        } else if (kind == Kind.ZERO) {
            sb.append("f is constant: every point is a minimizer.");
        } else {
            sb.append("The unique minimizer is (").append(NumberText.format(min[0], 4)).append(", ")
                    .append(NumberText.format(min[1], 4)).append(").");
        }
        return sb.toString();
    }

    /** Eigenvalue i with rounding-level values shown as 0. */
    public double clean(int i) {
        return zero[i] ? 0 : values[i];
    }
}
