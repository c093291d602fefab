package dev.kappa.linalg;

/**
 * Benchmark-only bridge to package-private entry points (compiled only in the {@code bench}
 * Maven profile). Until {@code LeastSquares.viaQR} exists, the QR least-squares kernel is
 * pivoted Householder QR plus its minimum-norm solve, which is what that method will run.
 */
public final class BenchAccess {
    private BenchAccess() {
    }

    /** x minimizing ‖Ax − b‖ (minimum norm at the numerical rank) via pivoted QR. */
    public static double[] qrLeastSquares(Matrix a, double[] b) {
        QR qr = QR.of(a);
        return qr.solveMinimumNorm(b, qr.rank());
    }
}
