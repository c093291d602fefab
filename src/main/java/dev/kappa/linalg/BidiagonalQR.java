package dev.kappa.linalg;

/**
 * Singular values of an upper bidiagonal n×n matrix B (diagonal d, superdiagonal e) to high
 * relative accuracy, by implicit QR as in LAPACK's dbdsqr (Demmel and Kahan, "Accurate singular
 * values of bidiagonal matrices", 1990).
 *
 * <p>Every singular value σᵢ of B, however small, is determined by d and e to a relative accuracy
 * of about n·ε (a relative change of each entry by ε changes each σᵢ by at most about (2n − 1)·ε
 * relatively), and this algorithm keeps that accuracy:
 * <ul>
 *   <li>Splitting and convergence tests are relative. An off-diagonal eⱼ is set to zero only when
 *       |eⱼ| ≤ tol·μⱼ, where μ runs the recurrence μ ← |dⱼ₊₁|·μ/(μ + |eⱼ|), a lower bound on the
 *       smallest singular value of the leading (or trailing) part; then the change is below tol
 *       relative to every singular value (tol = 100u, u = 2⁻⁵³). Entries are compared with an
 *       absolute threshold only at the bottom of the range (tol·σ_min estimate, or about n²
 *       times the underflow level).</li>
 *   <li>Shifts: the Wilkinson-like shift (the smaller singular value of the trailing 2×2,
 *       {@link #smallerSingularValue}) is used unless it is negligible against the block's
 *       smallest singular value estimate, or that estimate is so small relative to the block's
 *       largest entry that a shift would destroy its relative accuracy; then the step is the
 *       zero-shift QR sweep of Demmel and Kahan, whose rotations involve no subtraction and
 *       change every σ by a few ulps only.</li>
 *   <li>Direction: each new block is chased from its larger end towards its smaller end (top to
 *       bottom, or bottom to top), so graded matrices converge at the small end.</li>
 *   <li>2×2 blocks are diagonalized exactly ({@link #twoByTwo}, LAPACK's dlasv2).</li>
 * </ul>
 *
 * <p>On return d holds the singular values up to sign (unsorted) and e is zero. The left rotations
 * are recorded in {@code u} and the right ones in {@code v} (as rotations of the rows of Uᵀ and
 * Vᵀ, for the caller to apply in one pass); either may be null when only values are wanted. The
 * work is bounded as in dbdsqr: at most 6n² rotations in all (each sweep of a block of length ℓ
 * counts ℓ), else {@link ArithmeticException}.
 */
final class BidiagonalQR {
    /** LAPACK's unit roundoff (dlamch('E')). */
    private static final double ROUNDOFF = 0x1.0p-53;
    /**
     * tol = 100u, LAPACK's TOLMUL·u with TOLMUL = max(10, min(100, u^(−1/8))) ≈ 98.7 rounded up:
     * the relative size below which an off-diagonal entry counts as converged.
     */
    private static final double TOL = 100.0 * ROUNDOFF;
    /** dbdsqr's MAXITR: at most 6n sweeps over the whole matrix (6n² rotations). */
    private static final int MAX_SWEEPS_PER_ROW = 6;

    private BidiagonalQR() {
    }

    static void diagonalize(double[] d, double[] e, RotationSequence u, RotationSequence v) {
        int n = d.length;
        if (n <= 1) {
            return;
        }
        double thresh = Math.max(TOL * smallestEstimate(d, e), Tolerance.SAFE_MIN * n * n * MAX_SWEEPS_PER_ROW);
        int maxPasses = MAX_SWEEPS_PER_ROW * n;
        int passes = 0;
        int rotations = -1;
        int oldLo = -1;
        int oldHi = -1;
        boolean downwards = true;
        int hi = n - 1;
        while (hi > 0) {
            if (rotations >= n) {
                rotations -= n;
                if (++passes >= maxPasses) {
                    throw new ArithmeticException("bidiagonal QR did not converge in " + maxPasses + " sweeps of "
                            + n + " rotations (block ending at " + hi + " of " + n + ")");
                }
            }
            // The unreduced block lo..hi: e[lo..hi−1] above the absolute threshold.
            double blockMax = Math.abs(d[hi]);
            int lo = 0;
            for (int j = hi - 1; j >= 0; j--) {
                double absE = Math.abs(e[j]);
                if (absE <= thresh) {
                    e[j] = 0.0;
                    lo = j + 1;
                    break;
                }
                blockMax = Math.max(blockMax, Math.max(Math.abs(d[j]), absE));
            }
            if (lo == hi) {
                hi--;
                continue;
            }
            if (lo == hi - 1) {
                twoByTwo(d, e, lo, u, v);
                hi -= 2;
                continue;
            }
            if (lo > oldHi || hi < oldLo) {
                // A new block: chase from the larger end towards the smaller one.
                downwards = Math.abs(d[lo]) >= Math.abs(d[hi]);
            }
            double smallest = relativeConvergence(d, e, lo, hi, downwards);
            if (smallest < 0.0) {
                continue;
            }
            oldLo = lo;
            oldHi = hi;
            double shift = 0.0;
            // A shift would cost the small values their relative accuracy: use none.
            if ((smallest / blockMax) * n * TOL > Math.max(ROUNDOFF, 0.01 * TOL)) {
                double far = downwards ? Math.abs(d[lo]) : Math.abs(d[hi]);
                shift = downwards ? smallerSingularValue(d[hi - 1], e[hi - 1], d[hi])
                        : smallerSingularValue(d[lo], e[lo], d[lo + 1]);
                if (far > 0.0) {
                    double ratio = shift / far;
                    if (ratio * ratio < ROUNDOFF) {
                        shift = 0.0;
                    }
                }
            }
            rotations += hi - lo;
            if (shift == 0.0) {
                if (downwards) {
                    zeroShiftDown(d, e, lo, hi, u, v);
                    if (Math.abs(e[hi - 1]) <= thresh) {
                        e[hi - 1] = 0.0;
                    }
                } else {
                    zeroShiftUp(d, e, lo, hi, u, v);
                    if (Math.abs(e[lo]) <= thresh) {
                        e[lo] = 0.0;
                    }
                }
            } else if (downwards) {
                shiftedDown(d, e, lo, hi, shift, u, v);
                if (Math.abs(e[hi - 1]) <= thresh) {
                    e[hi - 1] = 0.0;
                }
            } else {
                shiftedUp(d, e, lo, hi, shift, u, v);
                if (Math.abs(e[lo]) <= thresh) {
                    e[lo] = 0.0;
                }
            }
        }
    }

    /**
     * dbdsqr's estimate of the smallest singular value of B, min over j of μⱼ/√n with
     * μ₀ = |d₀|, μⱼ = |dⱼ|·μⱼ₋₁/(μⱼ₋₁ + |eⱼ₋₁|) (0 as soon as one μ is 0).
     */
    private static double smallestEstimate(double[] d, double[] e) {
        int n = d.length;
        double estimate = Math.abs(d[0]);
        double mu = estimate;
        for (int i = 1; i < n && estimate != 0.0; i++) {
            mu = (mu / (mu + Math.abs(e[i - 1]))) * Math.abs(d[i]);
            estimate = Math.min(estimate, mu);
        }
        return estimate / Math.sqrt(n);
    }

    /**
     * The relative convergence test on the block lo..hi in the chase direction: sets an eⱼ that is
     * negligible against the running lower bound μ of the smallest singular value to zero and
     * returns −1 (the block split), else returns the smallest μ (an estimate of σ_min of the block).
     */
    private static double relativeConvergence(double[] d, double[] e, int lo, int hi, boolean downwards) {
        if (downwards) {
            if (Math.abs(e[hi - 1]) <= TOL * Math.abs(d[hi])) {
                e[hi - 1] = 0.0;
                return -1.0;
            }
            double mu = Math.abs(d[lo]);
            double smallest = mu;
            for (int j = lo; j < hi; j++) {
                double absE = Math.abs(e[j]);
                if (absE <= TOL * mu) {
                    e[j] = 0.0;
                    return -1.0;
                }
                mu = (mu / (mu + absE)) * Math.abs(d[j + 1]);
                smallest = Math.min(smallest, mu);
            }
            return smallest;
        }
        if (Math.abs(e[lo]) <= TOL * Math.abs(d[lo])) {
            e[lo] = 0.0;
            return -1.0;
        }
        double mu = Math.abs(d[hi]);
        double smallest = mu;
        for (int j = hi - 1; j >= lo; j--) {
            double absE = Math.abs(e[j]);
            if (absE <= TOL * mu) {
                e[j] = 0.0;
                return -1.0;
            }
            mu = (mu / (mu + absE)) * Math.abs(d[j]);
            smallest = Math.min(smallest, mu);
        }
        return smallest;
    }

    /**
     * Demmel–Kahan zero-shift QR sweep, top to bottom: two rotations per row, each built from
     * products only (no differences), so every entry keeps high relative accuracy.
     */
    private static void zeroShiftDown(double[] d, double[] e, int lo, int hi, RotationSequence u,
            RotationSequence v) {
        double[] rot = new double[3];
        double cs = 1.0;
        double oldCs = 1.0;
        double oldSn = 0.0;
        for (int i = lo; i < hi; i++) {
            givens(d[i] * cs, e[i], rot);
            cs = rot[0];
            double sn = rot[1];
            double r = rot[2];
            if (i > lo) {
                e[i - 1] = oldSn * r;
            }
            givens(oldCs * r, d[i + 1] * sn, rot);
            oldCs = rot[0];
            oldSn = rot[1];
            d[i] = rot[2];
            record(v, i, i + 1, cs, sn);
            record(u, i, i + 1, oldCs, oldSn);
        }
        double h = d[hi] * cs;
        d[hi] = h * oldCs;
        e[hi - 1] = h * oldSn;
    }

    /** The zero-shift sweep bottom to top (B read as its transpose: the roles of u and v swap). */
    private static void zeroShiftUp(double[] d, double[] e, int lo, int hi, RotationSequence u,
            RotationSequence v) {
        double[] rot = new double[3];
        double cs = 1.0;
        double oldCs = 1.0;
        double oldSn = 0.0;
        for (int i = hi; i > lo; i--) {
            givens(d[i] * cs, e[i - 1], rot);
            cs = rot[0];
            double sn = rot[1];
            double r = rot[2];
            if (i < hi) {
                e[i] = oldSn * r;
            }
            givens(oldCs * r, d[i - 1] * sn, rot);
            oldCs = rot[0];
            oldSn = rot[1];
            d[i] = rot[2];
            record(u, i - 1, i, cs, -sn);
            record(v, i - 1, i, oldCs, -oldSn);
        }
        double h = d[lo] * cs;
        d[lo] = h * oldCs;
        e[lo] = h * oldSn;
    }

    /**
     * One Golub–Kahan step with the given shift, top to bottom: implicitly a QR step on BᵀB − σ²I
     * (σ the shift), done on B by chasing a bulge with alternating right and left rotations.
     */
    private static void shiftedDown(double[] d, double[] e, int lo, int hi, double shift, RotationSequence u,
            RotationSequence v) {
        double[] rot = new double[3];
        double f = (Math.abs(d[lo]) - shift) * (sign(1.0, d[lo]) + shift / d[lo]);
        double g = e[lo];
        for (int i = lo; i < hi; i++) {
            givens(f, g, rot);
            double cosR = rot[0];
            double sinR = rot[1];
            if (i > lo) {
                e[i - 1] = rot[2];
            }
            f = cosR * d[i] + sinR * e[i];
            e[i] = cosR * e[i] - sinR * d[i];
            g = sinR * d[i + 1];
            d[i + 1] = cosR * d[i + 1];
            givens(f, g, rot);
            double cosL = rot[0];
            double sinL = rot[1];
            d[i] = rot[2];
            f = cosL * e[i] + sinL * d[i + 1];
            d[i + 1] = cosL * d[i + 1] - sinL * e[i];
            if (i < hi - 1) {
                g = sinL * e[i + 1];
                e[i + 1] = cosL * e[i + 1];
            }
            record(v, i, i + 1, cosR, sinR);
            record(u, i, i + 1, cosL, sinL);
        }
        e[hi - 1] = f;
    }

    /** The shifted step bottom to top. */
    private static void shiftedUp(double[] d, double[] e, int lo, int hi, double shift, RotationSequence u,
            RotationSequence v) {
        double[] rot = new double[3];
        double f = (Math.abs(d[hi]) - shift) * (sign(1.0, d[hi]) + shift / d[hi]);
        double g = e[hi - 1];
        for (int i = hi; i > lo; i--) {
            givens(f, g, rot);
            double cosR = rot[0];
            double sinR = rot[1];
            if (i < hi) {
                e[i] = rot[2];
            }
            f = cosR * d[i] + sinR * e[i - 1];
            e[i - 1] = cosR * e[i - 1] - sinR * d[i];
            g = sinR * d[i - 1];
            d[i - 1] = cosR * d[i - 1];
            givens(f, g, rot);
            double cosL = rot[0];
            double sinL = rot[1];
            d[i] = rot[2];
            f = cosL * e[i - 1] + sinL * d[i - 1];
            d[i - 1] = cosL * d[i - 1] - sinL * e[i - 1];
            if (i > lo + 1) {
                g = sinL * e[i - 2];
                e[i - 2] = cosL * e[i - 2];
            }
            record(u, i - 1, i, cosR, -sinR);
            record(v, i - 1, i, cosL, -sinL);
        }
        e[lo] = f;
    }

    private static void record(RotationSequence seq, int p, int q, double c, double s) {
        if (seq != null) {
            seq.add(p, q, c, s);
        }
    }

    /**
     * A plane rotation with c·f + s·g = r, −s·f + c·g = 0, c ≥ 0 and r of the sign of f (LAPACK's
     * dlartg): out = {c, s, r}. Scaled only when f or g is near the ends of the exponent range.
     */
    static void givens(double f, double g, double[] out) {
        if (g == 0.0) {
            out[0] = 1.0;
            out[1] = 0.0;
            out[2] = f;
            return;
        }
        if (f == 0.0) {
            out[0] = 0.0;
            out[1] = sign(1.0, g);
            out[2] = Math.abs(g);
            return;
        }
        double af = Math.abs(f);
        double ag = Math.abs(g);
        if (af > 0x1.0p-511 && af < 0x1.0p511 && ag > 0x1.0p-511 && ag < 0x1.0p511) {
            double dd = Math.sqrt(f * f + g * g);
            out[0] = af / dd;
            double r = sign(dd, f);
            out[1] = g / r;
            out[2] = r;
            return;
        }
        double scale = Math.min(0x1.0p1023, Math.max(Tolerance.SAFE_MIN, Math.max(af, ag)));
        double fs = f / scale;
        double gs = g / scale;
        double dd = Math.sqrt(fs * fs + gs * gs);
        out[0] = Math.abs(fs) / dd;
        double r = sign(dd, f);
        out[1] = gs / r;
        out[2] = r * scale;
    }

    /**
     * The smaller singular value of the 2×2 upper triangular [[f, g], [0, h]] (LAPACK's dlas2),
     * accurate to a few ulps relative to itself.
     */
    static double smallerSingularValue(double f, double g, double h) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhMin = Math.min(fa, ha);
        double fhMax = Math.max(fa, ha);
        if (fhMin == 0.0) {
            return 0.0;
        }
        if (ga < fhMax) {
            double as = fhMin / fhMax + 1.0;
            double at = (fhMax - fhMin) / fhMax;
            double q = ga / fhMax;
            double au = q * q;
            double c = 2.0 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
            // c on the left: TeaVM's JS printer would drop the parentheses of fhMin * (2.0 / …).
            return c * fhMin;
        }
        double au = fhMax / ga;
        if (au == 0.0) {
            // fhMax/ga underflowed: ga is enormous next to both.
            return (fhMin * fhMax) / ga;
        }
        double as = fhMin / fhMax + 1.0;
        double at = (fhMax - fhMin) / fhMax;
        double p = as * au;
        double q = at * au;
        double c = 1.0 / (Math.sqrt(p * p + 1.0) + Math.sqrt(q * q + 1.0));
        double s = (c * fhMin) * au;
        return s + s;
    }

    /**
     * Diagonalizes the 2×2 block [[d[k], e[k]], [0, d[k+1]]] exactly (LAPACK's dlasv2): the larger
     * singular value to d[k], the smaller to d[k+1], both to high relative accuracy, with signs
     * such that the recorded rotations diagonalize the block.
     */
    private static void twoByTwo(double[] d, double[] e, int k, RotationSequence u, RotationSequence v) {
        double f = d[k];
        double g = e[k];
        double h = d[k + 1];
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        // pmax: which of f (1), g (2), h (3) has the largest magnitude; it fixes the signs.
        int pmax = 1;
        boolean swap = ha > fa;
        if (swap) {
            pmax = 3;
            double t = ft;
            ft = ht;
            ht = t;
            t = fa;
            fa = ha;
            ha = t;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double ssMin;
        double ssMax;
        double clt;
        double crt;
        double slt;
        double srt;
        if (ga == 0.0) {
            ssMin = ha;
            ssMax = fa;
            clt = 1.0;
            crt = 1.0;
            slt = 0.0;
            srt = 0.0;
        } else {
            boolean gaSmall = true;
            ssMin = 0.0;
            ssMax = 0.0;
            clt = 0.0;
            crt = 0.0;
            slt = 0.0;
            srt = 0.0;
            if (ga > fa) {
                pmax = 2;
                if (fa / ga < ROUNDOFF) {
                    // g dominates: the values follow without cancellation.
                    gaSmall = false;
                    ssMax = ga;
                    ssMin = ha > 1.0 ? fa / (ga / ha) : (fa / ga) * ha;
                    clt = 1.0;
                    slt = ht / gt;
                    srt = 1.0;
                    crt = ft / gt;
                }
            }
            if (gaSmall) {
                double dd = fa - ha;
                double l = dd == fa ? 1.0 : dd / fa;
                double m = gt / ft;
                double t = 2.0 - l;
                double mm = m * m;
                double tt = t * t;
                double s = Math.sqrt(tt + mm);
                double r = l == 0.0 ? Math.abs(m) : Math.sqrt(l * l + mm);
                double a = 0.5 * (s + r);
                ssMin = ha / a;
                ssMax = fa * a;
                if (mm == 0.0) {
                    if (l == 0.0) {
                        t = sign(2.0, ft) * sign(1.0, gt);
                    } else {
                        t = gt / sign(dd, ft) + m / t;
                    }
                } else {
                    t = (m / (s + t) + m / (r + l)) * (a + 1.0);
                }
                l = Math.sqrt(t * t + 4.0);
                crt = 2.0 / l;
                srt = t / l;
                clt = (srt * m + crt) / a;
                slt = ((ht / ft) * srt) / a;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign;
        if (pmax == 1) {
            tsign = sign(1.0, csr) * sign(1.0, csl) * sign(1.0, f);
        } else if (pmax == 2) {
            tsign = sign(1.0, snr) * sign(1.0, csl) * sign(1.0, g);
        } else {
            tsign = sign(1.0, snr) * sign(1.0, snl) * sign(1.0, h);
        }
        d[k] = sign(ssMax, tsign);
        d[k + 1] = sign(ssMin, tsign * sign(1.0, f) * sign(1.0, h));
        e[k] = 0.0;
        record(v, k, k + 1, csr, snr);
        record(u, k, k + 1, csl, snl);
    }

    /** |a| with the sign of b (Fortran's SIGN; +|a| for b = ±0). */
    private static double sign(double a, double b) {
        double m = Math.abs(a);
        return b >= 0.0 ? m : -m;
    }

    /** Makes every d[i] non-negative, negating right vector i (row i of vt) with it: σᵢ = |dᵢ|. */
    static void makeNonNegative(double[] d, double[][] vt) {
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                if (vt != null) {
                    double[] row = vt[i];
                    for (int j = 0; j < row.length; j++) {
                        row[j] = -row[j];
                    }
                }
            }
        }
    }
}
