package dev.kappa.lab;

/**
 * A greyscale picture as a rows×cols matrix of grey levels, 0 (black) … 1 (white), row by row:
 * pixel (i, j) at i·cols + j. The low-rank lab reads a picture as the matrix it factors.
 */
public final class GreyPicture {
    /** Pictures the learner brings are scaled (in the browser) so their longer side is at most this. */
    public static final int MAX_SIDE = 256;

    private final int rows;
    private final int cols;
    private final double[] grey;

    private GreyPicture(int rows, int cols, double[] grey) {
        this.rows = rows;
        this.cols = cols;
        this.grey = grey;
    }

    /**
     * A picture from its grey levels; refused (IllegalArgumentException with the reason) when the
     * shape is empty, larger than {@link #MAX_SIDE} on a side or does not match the values, or a
     * value is not a grey level.
     */
    public static GreyPicture of(int rows, int cols, double[] grey) {
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("the picture is " + rows + "×" + cols + " pixels; it needs at least 2 "
                    + "rows and 2 columns");
        }
        if (rows > MAX_SIDE || cols > MAX_SIDE) {
            throw new IllegalArgumentException("the picture is " + rows + "×" + cols + " pixels; at most " + MAX_SIDE
                    + " on a side is read");
        }
        if (grey.length != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " picture needs " + rows * cols
                    + " grey levels, got " + grey.length);
        }
        for (double g : grey) {
            if (!(g >= 0 && g <= 1)) {
                throw new IllegalArgumentException("a grey level " + g + " is outside 0…1");
            }
        }
        return new GreyPicture(rows, cols, grey.clone());
    }

    /**
     * A picture from 8-bit grey levels written as the characters U+0000…U+00FF of a string (how
     * the browser hands a decoded picture to the core: a string crosses to either engine cheaply).
     */
    public static GreyPicture ofBytes(int rows, int cols, String levels) {
        if (levels == null || levels.length() != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " picture needs " + rows * cols
                    + " grey levels, got " + (levels == null ? 0 : levels.length()));
        }
        double[] g = new double[levels.length()];
        for (int i = 0; i < g.length; i++) {
            int c = levels.charAt(i);
            if (c > 255) {
                throw new IllegalArgumentException("grey level " + c + " at pixel " + i + " is not 0…255");
            }
            g[i] = c / 255.0;
        }
        return of(rows, cols, g);
    }

    /**
     * Kappa's own test picture, {@code size}×{@code size}: a sky that brightens smoothly downwards,
     * a softly shaded sun, a mountain ridge (straight edges at many angles), a striped field in the
     * foreground (sharp edges aligned with the axes, which low rank reproduces early) and a
     * checkerboard sign (which it reproduces late). Built from + − × ÷ and √ only, so every engine
     * draws the same bits.
     */
    public static GreyPicture builtIn(int size) {
        double[] g = new double[size * size];
        double s = size;
        for (int i = 0; i < size; i++) {
            double y = (i + 0.5) / s; // 0 at the top, 1 at the bottom
            for (int j = 0; j < size; j++) {
                double x = (j + 0.5) / s;
                double v = 0.35 + 0.45 * y; // sky: a smooth vertical gradient
                double dx = x - 0.72;
                double dy = y - 0.24;
                double r2 = (dx * dx + dy * dy) / (0.13 * 0.13);
                if (r2 < 1) {
                    v = 0.98 - 0.25 * r2; // the sun, brightest at its centre
                }
                if (y > ridge(x)) {
                    v = 0.18 + 0.25 * (y - ridge(x)); // the mountain, slightly lighter lower down
                }
                if (y > 0.78) {
                    // the field: stripes 1/16 of the picture wide, alternating
                    int band = (int) Math.floor(x * 16);
                    v = band % 2 == 0 ? 0.55 : 0.7;
                }
                if (x > 0.08 && x < 0.3 && y > 0.5 && y < 0.7) {
                    // the sign: a checkerboard of squares 1/32 of the picture
                    int a = (int) Math.floor(x * 32);
                    int b = (int) Math.floor(y * 32);
                    v = (a + b) % 2 == 0 ? 0.05 : 0.95;
                }
                g[i * size + j] = v;
            }
        }
        return new GreyPicture(size, size, g);
    }

    /** The mountain's skyline: y of the ridge (downwards) at x, piecewise linear through fixed peaks. */
    private static double ridge(double x) {
        double[] px = {0, 0.18, 0.34, 0.5, 0.62, 0.85, 1};
        double[] py = {0.62, 0.42, 0.55, 0.3, 0.48, 0.38, 0.58};
        for (int k = 1; k < px.length; k++) {
            if (x <= px[k]) {
                double t = (x - px[k - 1]) / (px[k] - px[k - 1]);
                return py[k - 1] + t * (py[k] - py[k - 1]);
            }
        }
        return py[py.length - 1];
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The grey levels row by row (a copy). */
    public double[] grey() {
        return grey.clone();
    }
}
