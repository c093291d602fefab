package dev.kappa.linalg;

/**
 * Deterministic elementary functions: the same bits on the JVM, in WasmGC and in JavaScript.
 *
 * <p>TeaVM maps {@code Math.log}, {@code exp}, {@code sin}… to the browser's implementations,
 * which may differ in the last bit between engines, and its {@code log1p}/{@code expm1} are the
 * naive formulas. Anything that feeds a seeded data set or a graded answer therefore goes through
 * this class, which uses only IEEE-exact operations ({@code + − × ÷}, {@code sqrt}, {@code floor},
 * comparisons) and bit manipulation through {@code doubleToRawLongBits}/{@code longBitsToDouble}.
 * Identical inputs give identical outputs everywhere by construction.
 *
 * <p>The algorithms are the classic ones of Cody–Waite argument reduction followed by a minimax
 * polynomial or rational approximation on a small interval (the scheme of Sun's fdlibm, which
 * {@code StrictMath} also follows). Measured against {@code StrictMath} on hundreds of thousands
 * of arguments (see {@code KMathTest}) every function here agrees to within 1 ulp; log, and
 * log10 on powers of ten, agree exactly. pow and log10 carry log x in double-double so that the
 * final rounding dominates their error.
 *
 * <p>Expressions are written so that TeaVM 0.15's JavaScript output keeps their meaning: its
 * printer drops the parentheses of a right operand of + or × that is itself a sum or a product
 * (it prints a + (b − c) as a + b − c, also after inlining a temporary), which changes the
 * rounding. So compound terms go on the left (commutation is exact) and sums are left-deep.
 *
 * <p>Limitation: {@link #sin} and {@link #cos} reduce the argument with a three-part π/2, which is
 * exact for |x| ≤ 2²⁰·π/2 ≈ 1.6e6; larger arguments (where a double's spacing already exceeds
 * 0.1 rad) are rejected with an {@link IllegalArgumentException} rather than answered wrongly.
 */
public final class KMath {
    private KMath() {
    }

    // ln 2 split so that k·LN2_HI is exact for |k| < 2^11 (LN2_HI has 21 trailing zero bits).
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    // ln 2 and 1/ln 10 as double-double (hi + lo), correct to about 2^-106.
    private static final double LN2_DD_HI = 0.6931471805599453;
    private static final double LN2_DD_LO = 2.3190468138462996e-17;
    private static final double INV_LN10_HI = 0.4342944819032518;
    private static final double INV_LN10_LO = 1.098319650216765e-17;

    private static final double EXP_OVERFLOW = 7.09782712893383973096e+02;
    private static final double EXP_UNDERFLOW = -7.45133219101941108420e+02;
    private static final double TWO_54 = 0x1.0p54;
    private static final double SQRT2 = 1.4142135623730951;

    /** Minimax coefficients of r·(e^r+1)/(e^r−1) ≈ 2 + P1 r² + … on |r| ≤ ln2/2. */
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    /** Minimax coefficients of (log(1+f) − 2s)/s ≈ Lg1 s² + … with s = f/(2+f). */
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    /** Minimax coefficients of the expm1 rational approximation on |r| ≤ ln2/2. */
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    /** sin x ≈ x + S1 x³ + … on |x| ≤ π/4. */
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    /** cos x ≈ 1 − x²/2 + C1 x⁴ + … on |x| ≤ π/4. */
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    // π/2 in three 33-bit pieces (n·PIO2_k exact for n < 2^20) and their tails.
    private static final double INV_PIO2 = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;
    /** The largest |x| whose reduction by n·π/2 with the three pieces above is exact. */
    public static final double TRIG_MAX_ARGUMENT = 0x1.921fbffffffffp20;

    // ---------------------------------------------------------------- exp family

    /** e^x, within 1 ulp. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        return expWithTail(x, 0.0);
    }

    /**
     * e^(x+tail) for a double-double argument (|tail| ≪ ulp(x)); the tail enters the reduced
     * argument r so that pow keeps the extra bits of y·log x.
     */
    private static double expWithTail(double x, double tail) {
        double ax = Math.abs(x);
        if (ax < 0x1.0p-28 && tail == 0.0) {
            return 1.0 + x;
        }
        int k;
        double hi;
        double lo;
        if (ax > 0.5 * LN2_HI) {
            if (ax < 1.5 * LN2_HI) {
                k = x > 0 ? 1 : -1;
            } else {
                k = (int) (INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
            }
            // x − k·ln2 in two pieces: k·LN2_HI is exact, so hi has no rounding error.
            hi = x - k * LN2_HI;
            lo = k * LN2_LO - tail;
        } else {
            k = 0;
            hi = x;
            lo = -tail;
        }
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        // e^r = 1 + r + r·c/(2−c); hi and lo are kept apart to avoid the rounding of r.
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        return scaleByPowerOfTwo(y, k);
    }

    /** y·2^k for y in [1/2, 4) and k in [−1080, 1024], rounding only if the result is subnormal. */
    private static double scaleByPowerOfTwo(double y, int k) {
        if (k >= -1021 && k <= 1023) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
        }
        if (k > 1023) {
            return y * 2.0 * 0x1.0p1023;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) (k + 1000) << 52)) * 0x1.0p-1000;
    }

    /** e^x − 1, accurate also for tiny x where exp(x) − 1 cancels; within 1 ulp. */
    public static double expm1(double x) {
        if (x != x) {
            return x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -38.816242111356935) { // −56·ln2: e^x below half an ulp of 1
            return -1.0;
        }
        double ax = Math.abs(x);
        if (ax < 0x1.0p-54) {
            return x;
        }
        int k;
        double r;
        double c;
        if (ax > 0.5 * LN2_HI) {
            double hi;
            double lo;
            if (ax < 1.5 * LN2_HI) {
                k = x > 0 ? 1 : -1;
                hi = x - k * LN2_HI;
                lo = k * LN2_LO;
            } else {
                k = (int) (INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
                hi = x - k * LN2_HI;
                lo = k * LN2_LO;
            }
            r = hi - lo;
            c = (hi - r) - lo; // the rounding error of r, fed back below
        } else {
            k = 0;
            r = x;
            c = 0.0;
        }
        double hfx = 0.5 * r;
        double hxs = r * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = ((r1 - t) / (6.0 - r * t)) * hxs;
        if (k == 0) {
            return r - (r * e - hxs);
        }
        e = r * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (r - e) - 0.5;
        }
        if (k == 1) {
            return r < -0.25 ? -2.0 * (e - (r + 0.5)) : 1.0 + 2.0 * (r - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - r);
            return scaleByPowerOfTwo(y, k) - 1.0;
        }
        double y;
        if (k < 20) {
            double oneMinus = Double.longBitsToDouble((0x3ff00000L - (0x200000L >> k)) << 32); // 1 − 2^−k
            y = oneMinus - (e - r);
        } else {
            double twoToMinusK = Double.longBitsToDouble((long) (0x3ff - k) << 52);
            y = r - (e + twoToMinusK);
            y += 1.0;
        }
        return scaleByPowerOfTwo(y, k);
    }

    // ---------------------------------------------------------------- log family

    /** The natural logarithm, within 1 ulp; NaN for x &lt; 0, −∞ for ±0. */
    public static double log(double x) {
        if (x != x || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= TWO_54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            k += 1;
        }
        return logReduced(k, m - 1.0, 0.0);
    }

    /**
     * log(2^k·(1+f)) + c for f in [√2/2−1, √2−1] (exact) and a small correction c.
     * With s = f/(2+f), log(1+f) = 2s + s·R(s²), R a minimax polynomial.
     */
    private static double logReduced(int k, double f, double c) {
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        if (f > 0.38 || f < -0.2895) {
            // log(1+f) = f − f²/2 + s·(f²/2 + R): better when |f| is large
            double hfsq = 0.5 * f * f;
            return dk * LN2_HI - ((hfsq - ((dk * LN2_LO + c) + s * (hfsq + r))) - f);
        }
        // log(1+f) = f − s·(f − R)
        return dk * LN2_HI - ((s * (f - r) - (dk * LN2_LO + c)) - f);
    }

    /** log(1+x), accurate for tiny x where log(1 + x) loses the digits of x; within 1 ulp. */
    public static double log1p(double x) {
        if (x != x || x < -1.0) {
            return Double.NaN;
        }
        if (x == -1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (Math.abs(x) < 0x1.0p-54) {
            return x;
        }
        if (x > -0.2928932188134524 && x < 0.41421356237309503) {
            return logReduced(0, x, 0.0); // 1+x already in [√2/2, √2): f = x exactly
        }
        double u = 1.0 + x;
        long bits = Double.doubleToRawLongBits(u);
        int k = (int) (bits >>> 52) - 1023;
        // c is the rounding error of u = fl(1+x), relative to u: log(1+x) = log(u) + c/u.
        double c = 0.0;
        if (k < 54) {
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        }
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            k += 1;
        }
        return logReduced(k, m - 1.0, c);
    }

    /** log₁₀ x within 1 ulp (exact for the powers of ten that are doubles, 1e0 … 1e22). */
    public static double log10(double x) {
        if (x != x || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double[] l = logDoubleDouble(x);
        // (lh + ll)·(ih + il) with the leading product exact
        double p = l[0] * INV_LN10_HI;
        double pe = twoProductError(l[0], INV_LN10_HI, p);
        double tail = pe + l[0] * INV_LN10_LO + l[1] * INV_LN10_HI;
        return tail + p;
    }

    /**
     * log x as a double-double {hi, lo} with a relative error near 2^−64, for pow and log10.
     * log(1+f) = 2·atanh(s) = 2s + (2/3)s³ + (2/5)s⁵ + …, with s = f/(2+f) carried in two pieces.
     */
    private static double[] logDoubleDouble(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= TWO_54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            k += 1;
        }
        double f = m - 1.0;
        // 2 + f = uh + ul exactly (|f| < 2), then s = f/(2+f) = sh + sl.
        double uh = 2.0 + f;
        double ul = f - (uh - 2.0);
        double sh = f / uh;
        double p = sh * uh;
        double pe = twoProductError(sh, uh, p);
        double sl = (((f - p) - pe) - sh * ul) / uh;
        // z = s² (double-double)
        double zh = sh * sh;
        double zl = twoProductError(sh, sh, zh) + 2.0 * sh * sl;
        // q = 2/3 + z·(2/5 + z·(2/7 + …)); the leading 2/3 in two pieces, the rest is small
        double z = zh;
        double rest = z * (0.4 + z * (2.0 / 7 + z * (2.0 / 9 + z * (2.0 / 11 + z * (2.0 / 13 + z * (2.0 / 15
                + z * (2.0 / 17 + z * (2.0 / 19 + z * (2.0 / 21 + z * (2.0 / 23 + z * (2.0 / 25)))))))))));
        double twoThirdsHi = 2.0 / 3;
        double twoThirdsLo = 3.700743415417188e-17;
        double qh = twoThirdsHi + rest;
        double ql = (twoThirdsHi - qh) + rest + twoThirdsLo;
        // t = s·z, then tq = t·q
        double th = sh * zh;
        double tl = twoProductError(sh, zh, th) + sh * zl + sl * zh;
        double tqh = th * qh;
        double tpe = twoProductError(th, qh, tqh);
        // log m = 2s + tq = lh + ll
        double lh = 2.0 * sh + tqh;
        double ll = (2.0 * sh - lh) + tqh + 2.0 * sl + tpe + th * ql + tl * qh;
        // + k·ln2 = kh + (kpe + k·LN2_DD_LO); (sumh, e) = TwoSum(kh, lh) with e = (kh − (sumh − bb)) + (lh − bb)
        double kh = k * LN2_DD_HI;
        double kpe = twoProductError(k, LN2_DD_HI, kh);
        double sumh = kh + lh;
        double bb = sumh - kh;
        double suml = ll - ((bb - lh) - (kh - (sumh - bb))) + kpe + k * LN2_DD_LO;
        double hi = sumh + suml;
        double lo = suml - (hi - sumh);
        return new double[] {hi, lo};
    }

    /** The exact error a·b − fl(a·b) by Dekker's splitting (no fused multiply–add needed). */
    private static double twoProductError(double a, double b, double p) {
        double ca = 134217729.0 * a; // 2^27 + 1
        double ah = ca - (ca - a);
        double al = a - ah;
        double cb = 134217729.0 * b;
        double bh = cb - (cb - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /**
     * x^y within 1 ulp on the tested arguments, with Java's special cases (pow(x, 0) = 1, NaN for a negative base and a
     * non-integer exponent, signed zeros and infinities by the parity of an integer y).
     * Computed as e^(y·log x) with log x and the product carried in double-double.
     */
    public static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        boolean yIsInteger = Math.floor(y) == y;
        boolean yIsOddInteger = yIsInteger && Math.abs(y) < 0x1.0p53 && (((long) y) & 1L) == 1L;
        if (Double.isInfinite(y)) {
            if (ax == 1.0) {
                return Double.NaN;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (ax == 0.0 || ax == Double.POSITIVE_INFINITY) {
            boolean large = (ax == 0.0) == (y < 0);
            double magnitude = large ? Double.POSITIVE_INFINITY : 0.0;
            return (x < 0 || (x == 0.0 && 1.0 / x < 0)) && yIsOddInteger ? -magnitude : magnitude;
        }
        if (x < 0 && !yIsInteger) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return x < 0 && yIsOddInteger ? -1.0 : 1.0;
        }
        double[] l = logDoubleDouble(ax);
        double wh = y * l[0];
        double result;
        if (wh > 710.0) {
            result = Double.POSITIVE_INFINITY;
        } else if (wh < -746.0) {
            result = 0.0;
        } else {
            double wl = twoProductError(y, l[0], wh) + y * l[1];
            double w = wl + wh;
            double wt = wl - (w - wh);
            if (w > EXP_OVERFLOW) {
                result = Double.POSITIVE_INFINITY;
            } else if (w < EXP_UNDERFLOW) {
                result = 0.0;
            } else {
                result = expWithTail(w, wt);
            }
        }
        return x < 0 && yIsOddInteger ? -result : result;
    }

    // ---------------------------------------------------------------- trigonometry

    /** sin x within 1 ulp for |x| ≤ {@link #TRIG_MAX_ARGUMENT}. */
    public static double sin(double x) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) <= 0.7853981633974483) { // π/4
            return kernelSin(x, 0.0, false);
        }
        double[] y = new double[2];
        int n = reduceByHalfPi(x, y);
        switch (n & 3) {
            case 0:
                return kernelSin(y[0], y[1], true);
            case 1:
                return kernelCos(y[0], y[1]);
            case 2:
                return -kernelSin(y[0], y[1], true);
            default:
                return -kernelCos(y[0], y[1]);
        }
    }

    /** cos x within 1 ulp for |x| ≤ {@link #TRIG_MAX_ARGUMENT}. */
    public static double cos(double x) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) <= 0.7853981633974483) {
            return kernelCos(x, 0.0);
        }
        double[] y = new double[2];
        int n = reduceByHalfPi(x, y);
        switch (n & 3) {
            case 0:
                return kernelCos(y[0], y[1]);
            case 1:
                return -kernelSin(y[0], y[1], true);
            case 2:
                return -kernelCos(y[0], y[1]);
            default:
                return kernelSin(y[0], y[1], true);
        }
    }

    /**
     * Writes x − n·π/2 as y[0] + y[1] (|y| ≤ π/4 roughly) and returns n. Each stage subtracts
     * n times a 33-bit piece of π/2 exactly; a further stage is taken only when cancellation
     * has eaten the bits the previous one guaranteed.
     */
    private static int reduceByHalfPi(double x, double[] y) {
        double t = Math.abs(x);
        if (t > TRIG_MAX_ARGUMENT) {
            throw new IllegalArgumentException("trigonometric argument " + x
                    + " is beyond ±" + TRIG_MAX_ARGUMENT + ", where the deterministic reduction is exact");
        }
        int n = (int) (t * INV_PIO2 + 0.5);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T;
        int j = exponentBits(t);
        double y0 = r - w;
        if (j - exponentBits(y0) > 16) {
            double t0 = r;
            w = fn * PIO2_2;
            r = t0 - w;
            w = fn * PIO2_2T - ((t0 - r) - w);
            y0 = r - w;
            if (j - exponentBits(y0) > 49) {
                t0 = r;
                w = fn * PIO2_3;
                r = t0 - w;
                w = fn * PIO2_3T - ((t0 - r) - w);
                y0 = r - w;
            }
        }
        double y1 = (r - y0) - w;
        if (x < 0) {
            y[0] = -y0;
            y[1] = -y1;
            return -n;
        }
        y[0] = y0;
        y[1] = y1;
        return n;
    }

    private static int exponentBits(double v) {
        return (int) ((Double.doubleToRawLongBits(v) >>> 52) & 0x7ff);
    }

    /** sin(x+y) for |x| ≤ π/4, |y| ≪ ulp(x); {@code withTail} says y is meaningful. */
    private static double kernelSin(double x, double y, boolean withTail) {
        if (Math.abs(x) < 0x1.0p-27) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!withTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x+y) for |x| ≤ π/4, |y| ≪ ulp(x). */
    private static double kernelCos(double x, double y) {
        double ax = Math.abs(x);
        if (ax < 0x1.0p-27) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ax < 0.3) {
            return 1.0 - (0.5 * z - (r * z - x * y));
        }
        // 1 − z/2 = (1 − qx) − (z/2 − qx), with qx ≈ |x|/4 cut to 21 bits so that 1 − qx is exact.
        double qx;
        if (ax > 0.78125) {
            qx = 0.28125;
        } else {
            long hi = (Double.doubleToRawLongBits(ax) >>> 32) - 0x00200000L; // x/4, low word cleared
            qx = Double.longBitsToDouble(hi << 32);
        }
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (r * z - x * y));
    }
}
