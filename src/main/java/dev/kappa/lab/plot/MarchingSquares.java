package dev.kappa.lab.plot;

/**
 * Contour lines of a function sampled on a regular grid, by marching squares.
 *
 * <p>The grid has {@code nx × ny} samples {@code values[j*nx + i] = f(x_i, y_j)} at
 * x_i = x0 + i·(x1−x0)/(nx−1), y_j likewise. Each cell's four corners are classified above/below
 * the level, and where an edge changes sign the crossing is placed by linear interpolation, so a
 * contour of a smooth function is accurate to O(h²) in the cell size h. The two ambiguous
 * saddle cases (diagonal corners on the same side) are resolved with the cell-centre average.
 * Output: segments as flat quadruples (xa, ya, xb, yb) in data coordinates, ready to stroke.
 */
public final class MarchingSquares {
    private MarchingSquares() {
    }

    /** Samples f on the grid; non-finite samples are stored as NaN and no contour crosses those cells. */
    public static double[] sample(Function2 f, double x0, double x1, int nx, double y0, double y1, int ny) {
        requireGrid(nx, ny);
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            double y = y0 + (y1 - y0) * j / (ny - 1);
            for (int i = 0; i < nx; i++) {
                double x = x0 + (x1 - x0) * i / (nx - 1);
                double fx = f.value(x, y);
                v[j * nx + i] = Double.isInfinite(fx) ? Double.NaN : fx;
            }
        }
        return v;
    }

    /** The segments of the contour {f = level}. */
    public static double[] contour(double[] values, int nx, int ny, double x0, double x1, double y0, double y1,
            double level) {
        requireGrid(nx, ny);
        if (values.length != nx * ny) {
            throw new IllegalArgumentException("values has " + values.length + " samples but the grid is " + nx + "×" + ny);
        }
        double dx = (x1 - x0) / (nx - 1);
        double dy = (y1 - y0) / (ny - 1);
        double[] out = new double[64];
        int n = 0;
        double[] pts = new double[8];
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                // Corners counter-clockwise from bottom-left: a=(i,j) b=(i+1,j) c=(i+1,j+1) d=(i,j+1).
                double a = values[j * nx + i] - level;
                double b = values[j * nx + i + 1] - level;
                double c = values[(j + 1) * nx + i + 1] - level;
                double d = values[(j + 1) * nx + i] - level;
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int code = (a > 0 ? 1 : 0) | (b > 0 ? 2 : 0) | (c > 0 ? 4 : 0) | (d > 0 ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                out = grown(out, n);
                double xl = x0 + i * dx;
                double yb = y0 + j * dy;
                // Crossing points on each edge (only used where the edge changes sign).
                int k = 0;
                double bottomX = xl + dx * frac(a, b);
                double rightY = yb + dy * frac(b, c);
                double topX = xl + dx * frac(d, c);
                double leftY = yb + dy * frac(a, d);
                boolean eb = (a > 0) != (b > 0);
                boolean er = (b > 0) != (c > 0);
                boolean et = (d > 0) != (c > 0);
                boolean el = (a > 0) != (d > 0);
                if (code == 5 || code == 10) {
                    // Saddle cell: pair edges according to the centre's side.
                    boolean centreAbove = (a + b + c + d) / 4 > 0;
                    boolean aAbove = a > 0;
                    if (centreAbove == aAbove) {
                        // a's corner region connects through the centre: cut off b and d.
                        n = push(out, n, xl + dx, rightY, bottomX, yb);
                        n = push(out, n, topX, yb + dy, xl, leftY);
                    } else {
                        // cut off a and c.
                        n = push(out, n, bottomX, yb, xl, leftY);
                        n = push(out, n, topX, yb + dy, xl + dx, rightY);
                    }
                    continue;
                }
                if (eb) {
                    pts[k++] = bottomX;
                    pts[k++] = yb;
                }
                if (er) {
                    pts[k++] = xl + dx;
                    pts[k++] = rightY;
                }
                if (et) {
                    pts[k++] = topX;
                    pts[k++] = yb + dy;
                }
                if (el) {
                    pts[k++] = xl;
                    pts[k++] = leftY;
                }
                if (k == 4) {
                    n = push(out, n, pts[0], pts[1], pts[2], pts[3]);
                }
            }
        }
        double[] trimmed = new double[n];
        System.arraycopy(out, 0, trimmed, 0, n);
        return trimmed;
    }

    /** Where along an edge from value p to value q the zero lies, in [0, 1]. */
    private static double frac(double p, double q) {
        double den = p - q;
        if (den == 0) {
            return 0.5;
        }
        double t = p / den;
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    private static int push(double[] out, int n, double xa, double ya, double xb, double yb) {
        if (xa == xb && ya == yb) {
            return n; // a level met exactly at a grid node: nothing to draw
        }
        out[n] = xa;
        out[n + 1] = ya;
        out[n + 2] = xb;
        out[n + 3] = yb;
        return n + 4;
    }

    /** Makes room for at least two more segments. */
    private static double[] grown(double[] out, int n) {
        if (n + 8 <= out.length) {
            return out;
        }
        double[] g = new double[out.length * 2];
        System.arraycopy(out, 0, g, 0, n);
        return g;
    }

    private static void requireGrid(int nx, int ny) {
        if (nx < 2 || ny < 2 || (long) nx * ny > 4_000_000L) {
            throw new IllegalArgumentException("a contour grid needs 2..2000 samples per side but got " + nx + "×" + ny);
        }
    }

    /** A scalar function of two variables. */
    public interface Function2 {
        double value(double x, double y);
    }
}
