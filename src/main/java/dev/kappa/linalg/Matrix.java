package dev.kappa.linalg;

/**
 * A dense m×n matrix of doubles, immutable from the outside.
 *
 * <p>Entries are stored row-major in one array so that row sweeps (the common access pattern of
 * Householder and Givens updates) walk memory contiguously. Every factory copies its input and
 * every accessor that hands out an array hands out a copy, so a {@code Matrix} can be shared
 * freely between a lab model, a plot and a grader.
 *
 * <p>Factories reject NaN and infinite entries, ragged rows, null arrays and impossible sizes
 * (negative, or more than 2³¹ − 1 entries) with an {@link IllegalArgumentException} saying what
 * and where ({@link NonFiniteException} for a non-finite entry). Arithmetic ({@link #times},
 * {@link #plus}, {@link #minus}, {@link #scale}) checks its result the same way: an entry that
 * overflows to ±∞ (or to NaN, as ∞ − ∞) is a {@link NonFiniteException} naming the operation and
 * the entry. So every {@code Matrix} holds finite numbers only, and no decomposition is ever
 * handed an infinity. 0×n and m×0 matrices are allowed: they are the honest shape of "no data
 * yet", and decompositions handle them.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Copies {@code rows}, which must be rectangular with finite entries. */
    public static Matrix of(double[][] rows) {
        if (rows == null) {
            throw new IllegalArgumentException("matrix rows are null");
        }
        int m = rows.length;
        int n = m == 0 ? 0 : lengthOf(rows, 0);
        requireShape(m, n);
        double[] data = new double[m * n];
        for (int i = 0; i < m; i++) {
            int len = lengthOf(rows, i);
            if (len != n) {
                throw new IllegalArgumentException(
                        "ragged matrix: row 0 has " + n + " entries but row " + i + " has " + len);
            }
            for (int j = 0; j < n; j++) {
                double v = rows[i][j];
                requireFinite(v, i, j);
                data[i * n + j] = v;
            }
        }
        return new Matrix(m, n, data);
    }

    /** Copies a row-major array of length rows·cols. */
    public static Matrix ofRowMajor(int rows, int cols, double[] values) {
        requireShape(rows, cols);
        if (values == null || values.length != (long) rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " entries for a " + rows + "×" + cols
                    + " matrix but got " + (values == null ? "null" : String.valueOf(values.length)));
        }
        for (int k = 0; k < values.length; k++) {
            requireFinite(values[k], k / Math.max(cols, 1), k % Math.max(cols, 1));
        }
        return new Matrix(rows, cols, values.clone());
    }

    /** A column vector (n×1). */
    public static Matrix column(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("column values are null");
        }
        return ofRowMajor(values.length, 1, values);
    }

    public static Matrix zeros(int rows, int cols) {
        requireShape(rows, cols);
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    public static Matrix identity(int n) {
        requireShape(n, n);
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++) {
            data[i * n + i] = 1.0;
        }
        return new Matrix(n, n, data);
    }

    /** The n×n diagonal matrix with {@code d} on its diagonal. */
    public static Matrix diagonal(double[] d) {
        if (d == null) {
            throw new IllegalArgumentException("diagonal entries are null");
        }
        int n = d.length;
        requireShape(n, n);
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++) {
            requireFinite(d[i], i, i);
            data[i * n + i] = d[i];
        }
        return new Matrix(n, n, data);
    }

    /**
     * Wraps an array the caller gives up: no copy, no checks. For decompositions in this package
     * that build their results in fresh arrays they never touch again.
     */
    static Matrix wrap(int rows, int cols, double[] rowMajor) {
        return new Matrix(rows, cols, rowMajor);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean isEmpty() {
        return rows == 0 || cols == 0;
    }

    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException(
                    "entry (" + i + ", " + j + ") is outside a " + rows + "×" + cols + " matrix");
        }
        return data[i * cols + j];
    }

    /** A fresh copy of row i. */
    public double[] row(int i) {
        double[] r = new double[cols];
        System.arraycopy(data, i * cols, r, 0, cols);
        return r;
    }

    /** A fresh copy of column j. */
    public double[] column(int j) {
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = data[i * cols + j];
        }
        return c;
    }

    /** A fresh row-major copy of the entries. */
    public double[] toRowMajor() {
        return data.clone();
    }

    /** A fresh {@code double[rows][cols]}. */
    public double[][] toArray() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, out[i], 0, cols);
        }
        return out;
    }

    public Matrix transpose() {
        double[] t = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, t);
    }

    /** The product this·other; the inner loop runs along rows of {@code other} for locality. */
    public Matrix times(Matrix other) {
        requireOperand(other, "multiply by");
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply a " + rows + "×" + cols + " matrix by a "
                    + other.rows + "×" + other.cols + " matrix: inner sizes " + cols + " and " + other.rows + " differ");
        }
        int n = other.cols;
        double[] out = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            int outRow = i * n;
            for (int k = 0; k < cols; k++) {
                double a = data[i * cols + k];
                if (a == 0.0) {
                    continue;
                }
                int otherRow = k * n;
                for (int j = 0; j < n; j++) {
                    out[outRow + j] += a * other.data[otherRow + j];
                }
            }
        }
        return checked(rows, n, out, "the product");
    }

    /** The matrix–vector product this·x. */
    public double[] times(double[] x) {
        requireVector(x, cols);
        if (x.length != cols) {
            throw new IllegalArgumentException(
                    "x has " + x.length + " entries but the matrix has " + cols + " columns");
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                s += data[base + j] * x[j];
            }
            y[i] = s;
        }
        return checkedVector(y, "the product A·x");
    }

    /** The product thisᵀ·x, without forming the transpose. */
    public double[] transposeTimes(double[] x) {
        requireVector(x, rows);
        if (x.length != rows) {
            throw new IllegalArgumentException(
                    "x has " + x.length + " entries but the matrix has " + rows + " rows");
        }
        double[] y = new double[cols];
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                y[j] += data[base + j] * xi;
            }
        }
        return checkedVector(y, "the product Aᵀ·x");
    }

    public Matrix plus(Matrix other) {
        requireSameShape(other, "add");
        double[] out = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            out[k] = data[k] + other.data[k];
        }
        return checked(rows, cols, out, "the sum");
    }

    public Matrix minus(Matrix other) {
        requireSameShape(other, "subtract");
        double[] out = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            out[k] = data[k] - other.data[k];
        }
        return checked(rows, cols, out, "the difference");
    }

    public Matrix scale(double s) {
        NonFiniteException.requireFinite(s, "the scale factor");
        double[] out = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            out[k] = data[k] * s;
        }
        return checked(rows, cols, out, "the scaled matrix");
    }

    /** The leading {@code count} rows, as used by sweeps over growing data sets. */
    public Matrix topRows(int count) {
        if (count < 0 || count > rows) {
            throw new IllegalArgumentException("cannot take " + count + " rows of a matrix with " + rows);
        }
        double[] out = new double[count * cols];
        System.arraycopy(data, 0, out, 0, count * cols);
        return new Matrix(count, cols, out);
    }

    /** The Frobenius norm, scaled to avoid overflow and underflow. */
    public double frobeniusNorm() {
        return ScaledNorm.of(data);
    }

    /** The largest absolute entry. */
    public double maxAbs() {
        double m = 0.0;
        for (double v : data) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** True when the two matrices have the same shape and exactly the same entries. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Matrix)) {
            return false;
        }
        Matrix other = (Matrix) o;
        if (rows != other.rows || cols != other.cols) {
            return false;
        }
        for (int k = 0; k < data.length; k++) {
            if (Double.doubleToLongBits(data[k]) != Double.doubleToLongBits(other.data[k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 31 * rows + cols;
        for (double v : data) {
            long bits = Double.doubleToLongBits(v);
            h = 31 * h + (int) (bits ^ (bits >>> 32));
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(rows).append('×').append(cols).append(" [");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(data[i * cols + j]);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    private void requireSameShape(Matrix other, String verb) {
        requireOperand(other, verb);
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("cannot " + verb + " a " + other.rows + "×" + other.cols
                    + " matrix and a " + rows + "×" + cols + " matrix");
        }
    }

    private static int lengthOf(double[][] rows, int i) {
        if (rows[i] == null) {
            throw new IllegalArgumentException("row " + i + " is null");
        }
        return rows[i].length;
    }

    private static void requireShape(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a matrix cannot be " + rows + "×" + cols);
        }
        if ((long) rows * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix has more than 2³¹ − 1 entries");
        }
    }

    private static void requireOperand(Matrix other, String verb) {
        if (other == null) {
            throw new IllegalArgumentException("cannot " + verb + " a null matrix");
        }
    }

    private static void requireVector(double[] x, int length) {
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (x.length == length) {
            Checks.requireFinite(x, "x");
        }
    }

    static void requireFinite(double v, int i, int j) {
        if (!NonFiniteException.isFinite(v)) {
            throw new NonFiniteException("entry (" + i + ", " + j + ") is " + v + "; entries must be finite");
        }
    }

    /** Wraps the result of an operation after checking that no entry overflowed. */
    private static Matrix checked(int rows, int cols, double[] out, String what) {
        for (int k = 0; k < out.length; k++) {
            if (!NonFiniteException.isFinite(out[k])) {
                throw new NonFiniteException(what + " overflows: its entry (" + k / cols + ", " + k % cols + ") is "
                        + out[k]);
            }
        }
        return new Matrix(rows, cols, out);
    }

    private static double[] checkedVector(double[] y, String what) {
        for (int i = 0; i < y.length; i++) {
            if (!NonFiniteException.isFinite(y[i])) {
                throw new NonFiniteException(what + " overflows: its entry " + i + " is " + y[i]);
            }
        }
        return y;
    }
}
