package dev.kappa.linalg;

/**
 * A fingerprint of this package's numerical results for the browser self-test: each line is a
 * routine's name and a 64-bit hash of the exact bits it produced on a fixed, seeded workload.
 * The JVM and every browser engine must print identical lines; a differing line names the
 * routine whose arithmetic the engine changed (e.g. a reassociated sum in TeaVM's JavaScript).
 *
 * <p>The workload is small (about 50 000 elementary-function calls and 40 small matrices of up
 * to 30×30, a few milliseconds on the JVM) so that the self-test page can run it on load.
 */
public final class EngineFingerprint {
    private EngineFingerprint() {
    }

    /**
     * Prints {@link #compute()}: the entry point of the JavaScript probe that
     * {@code mvn -Pengine-probe test} builds and runs under node (see EngineFingerprintJsTest).
     */
    public static void main(String[] args) {
        System.out.print(compute());
    }

    private static long mix(long acc, double d) {
        return acc * 1000003L + Double.doubleToLongBits(d);
    }

    private static long mix(long acc, double[] v) {
        for (double d : v) {
            acc = mix(acc, d);
        }
        return acc;
    }

    /** Lines "name hex-hash", one per routine, in a fixed order. */
    public static String compute() {
        String[] names = {"KMath.exp", "KMath.log", "KMath.log1p", "KMath.expm1", "KMath.sin", "KMath.cos",
            "KMath.log10", "KMath.pow", "Rng.gaussian"};
        long[] acc = new long[names.length];
        Rng rng = new Rng(42);
        for (int i = 0; i < 5000; i++) {
            double x = rng.uniform() * 1400 - 700;
            double t = KMath.pow(10, rng.uniform() * 600 - 300);
            double y = rng.gaussian();
            acc[0] = mix(acc[0], KMath.exp(x));
            acc[1] = mix(acc[1], KMath.log(t));
            acc[2] = mix(acc[2], KMath.log1p(y > 0 ? t : -0.999 * rng.uniform()));
            acc[3] = mix(acc[3], KMath.expm1(x / (1 + i % 50)));
            acc[4] = mix(acc[4], KMath.sin(x * 1000));
            acc[5] = mix(acc[5], KMath.cos(x * 1000));
            acc[6] = mix(acc[6], KMath.log10(t));
            acc[7] = mix(acc[7], KMath.pow(t, y * 3));
            acc[8] = mix(acc[8], y);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < names.length; k++) {
            line(sb, names[k], acc[k]);
        }
        Rng r = new Rng(7);
        long qr = 0;
        long lsqr = 0;
        long chol = 0;
        long ne = 0;
        long random = 0;
        long norm = 0;
        long svd = 0;
        long lsq = 0;
        long ridge = 0;
        long sweep = 0;
        long eigen = 0;
        for (int t = 0; t < 40; t++) {
            int m = 1 + r.nextInt(30);
            int n = 1 + r.nextInt(30);
            Matrix a = r.gaussianMatrix(m, n);
            double[] b = r.gaussianVector(m);
            QR f = QR.of(a);
            qr = mix(mix(qr, f.q().toRowMajor()), f.r().toRowMajor());
            lsqr = mix(lsqr, LeastSquares.viaQR(a, b).x());
            Matrix g = LeastSquares.gram(a).plus(Matrix.identity(n));
            Cholesky c = Cholesky.of(g);
            chol = mix(mix(chol, c.l().toRowMajor()), c.solve(a.transposeTimes(b)));
            if (m >= n) {
                ne = mix(ne, LeastSquares.normalEquations(a, b).x());
            }
            random = mix(random, RandomMatrices.withCondition(r, m, n, 1e3).toRowMajor());
            norm = mix(norm, a.frobeniusNorm());
            svd = mix(svd, SVD.of(a).singularValues());
            lsq = mix(lsq, LeastSquares.solve(a, b).x());
            ridge = mix(ridge, Ridge.solve(a, b, 0.1));
            MinNormSweep s = MinNormSweep.of(a, b);
            for (int rows = 1; rows <= m; rows++) {
                sweep = mix(sweep, s.solution(rows));
            }
            SymmetricEigen e = SymmetricEigen.of(g);
            eigen = mix(mix(eigen, e.values()), e.vectors().toRowMajor());
        }
        // Sizes above the divide-and-conquer leaves (several merges), vectors included, and a
        // spectrum of repeated values so that the deflating rotations run too.
        Matrix wide = r.gaussianMatrix(70, 90);
        SVD big = SVD.of(wide);
        long svdDc = mix(mix(mix(0, big.singularValues()), big.u().toRowMajor()), big.v().toRowMajor());
        Matrix lowRank = r.gaussianMatrix(80, 6);
        SymmetricEigen clustered = SymmetricEigen.of(lowRank.times(lowRank.transpose()).plus(Matrix.identity(80)));
        SymmetricEigen gram = SymmetricEigen.of(LeastSquares.gram(wide));
        long eigenDc = mix(mix(0, clustered.values()), clustered.vectors().toRowMajor());
        eigenDc = mix(mix(eigenDc, gram.values()), gram.vectors().toRowMajor());
        line(sb, "QR", qr);
        line(sb, "LeastSquares.viaQR", lsqr);
        line(sb, "Cholesky", chol);
        line(sb, "LeastSquares.normalEquations", ne);
        line(sb, "RandomMatrices", random);
        line(sb, "Matrix.frobeniusNorm", norm);
        line(sb, "SVD", svd);
        line(sb, "LeastSquares.solve", lsq);
        line(sb, "Ridge", ridge);
        line(sb, "MinNormSweep", sweep);
        line(sb, "SymmetricEigen", eigen);
        line(sb, "SVD.divideAndConquer", svdDc);
        line(sb, "SymmetricEigen.divideAndConquer", eigenDc);
        line(sb, "VectorKernels", vectorKernels(new Rng(11)));
        return sb.toString();
    }

    /**
     * The installed {@link VectorKernels} (the browser's SIMD ones, or the scalar loops) called
     * directly, below the size at which the decompositions would hand them work, on shapes that
     * reach every edge of the vector code: odd counts of rows and columns, lengths 1 to 4 past a
     * multiple of the vector width, zero rows, and zero β (the single-reflector path).
     */
    private static long vectorKernels(Rng rng) {
        VectorKernels kernels = KernelChoice.current();
        long acc = 0;
        int[][] products = {{1, 1, 1}, {2, 3, 5}, {7, 9, 13}, {4, 4, 4}, {5, 6, 2}, {9, 1, 17}, {8, 5, 0}};
        for (int[] shape : products) {
            double[][] x = rng.gaussianMatrix(shape[0], Math.max(shape[2], 1)).toArray();
            double[][] y = rng.gaussianMatrix(shape[1], Math.max(shape[2], 1)).toArray();
            double[][] out = new double[shape[0]][shape[1] + 2];
            kernels.multiplyTransposed(x, shape[0], y, shape[1], shape[2], out, 1);
            for (double[] row : out) {
                acc = mix(acc, row);
            }
        }
        int[][] reflections = {{1, 3, 2, 1}, {7, 9, 8, 1}, {13, 30, 29, 1}, {5, 31, 31, 0}, {4, 6, 6, 0},
            {9, 12, 11, 1}};
        for (int[] shape : reflections) {
            int total = shape[0];
            int len = shape[1];
            int count = shape[2];
            int shift = shape[3];
            double[][] rows = rng.gaussianMatrix(total, len).toArray();
            java.util.Arrays.fill(rows[0], 0.0);
            double[][] v = new double[count][len];
            double[] beta = new double[count];
            for (int k = 0; k < count; k++) {
                double norm = 0.0;
                for (int j = k + shift; j < len; j++) {
                    v[k][j] = rng.gaussian();
                    norm += v[k][j] * v[k][j];
                }
                beta[k] = k % 5 == 3 || norm == 0.0 ? 0.0 : 2.0 / norm;
            }
            kernels.applyReflectors(rows, v, beta, Householder.crossProducts(v, count, shift), count, shift);
            for (double[] row : rows) {
                acc = mix(acc, row);
            }
        }
        // The bidiagonal reduction: m = n, odd and even sizes, tails past the lane widths, one
        // column, a zero column (β = 0 on the left) and a zero row.
        int[][] reductions = {{1, 1}, {2, 1}, {2, 2}, {3, 2}, {5, 5}, {7, 4}, {9, 6}, {13, 11}, {17, 9}};
        for (int[] shape : reductions) {
            int m = shape[0];
            int n = shape[1];
            double[] a = rng.gaussianMatrix(m, n).toRowMajor();
            if (n > 2) {
                for (int i = 0; i < m; i++) {
                    a[i * n + 1] = 0.0;
                }
                java.util.Arrays.fill(a, (m - 1) * n, m * n, 0.0);
            }
            double[][] left = new double[n][m];
            double[][] right = new double[n][];
            for (int k = 0; k + 1 < n; k++) {
                right[k] = new double[n];
            }
            double[] leftBeta = new double[n];
            double[] rightBeta = new double[n];
            double[] d = new double[n];
            double[] e = new double[Math.max(n - 1, 0)];
            kernels.bidiagonalize(m, n, a, left, leftBeta, right, rightBeta, d, e);
            acc = mix(mix(mix(mix(acc, d), e), leftBeta), rightBeta);
            for (int k = 0; k < n; k++) {
                acc = mix(acc, left[k]);
                if (right[k] != null) {
                    acc = mix(acc, right[k]);
                }
            }
        }
        return acc;
    }

    private static void line(StringBuilder sb, String name, long hash) {
        sb.append(name).append(' ').append(Long.toHexString(hash)).append('\n');
    }
}
