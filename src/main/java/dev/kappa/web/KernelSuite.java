package dev.kappa.web;

import dev.kappa.linalg.Conditioning;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.MinNormSweep;
import dev.kappa.linalg.Rng;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import java.util.ArrayList;
import java.util.List;

/**
 * The numerical kernels of docs/benchmarks.md, on seeded inputs, for timing in the browser (the
 * bench route) with the same shapes as the JMH and numpy benchmarks. Pure Java: the clock is
 * passed in, so the same code can be timed on the JVM.
 */
public final class KernelSuite {
    /** A monotonic clock in milliseconds. */
    public interface Clock {
        double nowMillis();
    }

    /** One kernel: a name, how many timed repeats, and the work. */
    public interface Kernel {
        String name();

        int repeats();

        double run();
    }

    private final Matrix a200x50;
    private final Matrix a500;
    private final Matrix sym100;
    private final Matrix sym300;
    private final Matrix ls1000x50;
    private final double[] ls1000b;
    private final Matrix sweepX;
    private final double[] sweepT;

    public KernelSuite(long seed) {
        Rng rng = new Rng(seed);
        a200x50 = rng.gaussianMatrix(200, 50);
        a500 = rng.gaussianMatrix(500, 500);
        sym100 = symmetric(rng.gaussianMatrix(100, 100));
        sym300 = symmetric(rng.gaussianMatrix(300, 300));
        ls1000x50 = rng.gaussianMatrix(1000, 50);
        ls1000b = rng.gaussianVector(1000);
        sweepX = rng.gaussianMatrix(200, 50);
        sweepT = rng.gaussianVector(200);
    }

    private static Matrix symmetric(Matrix b) {
        return b.plus(b.transpose()).scale(0.5);
    }

    /** The kernels whose names contain {@code filter} (all of them for null or empty). */
    public Kernel[] kernels(String filter) {
        List<Kernel> chosen = new ArrayList<>();
        for (Kernel k : kernels()) {
            if (filter == null || k.name().contains(filter)) {
                chosen.add(k);
            }
        }
        return chosen.toArray(new Kernel[0]);
    }

    public Kernel[] kernels() {
        return new Kernel[] {
            kernel("svd 200x50", 30, () -> SVD.of(a200x50).singularValues()[0]),
            kernel("double-descent sweep (N=1..200, row-updated factorization)", 30, this::sweepUpdated),
            kernel("double-descent sweep (N=1..200, one SVD per N)", 5, this::sweep),
            kernel("eigh 100x100", 30, () -> SymmetricEigen.of(sym100).values()[0]),
            kernel("eigh 300x300", 7, () -> SymmetricEigen.of(sym300).values()[0]),
            kernel("QR least squares 1000x50", 15, () -> LeastSquares.viaQR(ls1000x50, ls1000b).x()[0]),
            kernel("svd 500x500", 5, () -> SVD.of(a500).singularValues()[0]),
            kernel("cond 500x500", 7, () -> Conditioning.cond(a500)),
        };
    }

    /**
     * The same 200 minimum-norm solutions x_N = X[:N]⁺ t[:N], from one factorization updated row by
     * row ({@link MinNormSweep}: Gram–Schmidt on the rows while N ≤ 50, Givens-updated R after).
     */
    double sweepUpdated() {
        MinNormSweep s = MinNormSweep.of(sweepX, sweepT);
        double sum = 0;
        for (int rows = 1; rows <= s.count(); rows++) {
            sum += s.solution(rows)[0];
        }
        return sum;
    }

    /** Minimum-norm solves x_N = X[:N]⁺ t[:N] for N = 1..200, as numpy's per-N pinv loop. */
    double sweep() {
        double sum = 0;
        for (int rows = 1; rows <= 200; rows++) {
            double[] t = new double[rows];
            System.arraycopy(sweepT, 0, t, 0, rows);
            sum += SVD.of(sweepX.topRows(rows)).solve(t)[0];
        }
        return sum;
    }

    /** Warm-up: at least this long (and at least one run), at most {@link #WARMUP_RUNS} runs. */
    private static final double WARMUP_MILLIS = 250;
    private static final int WARMUP_RUNS = 50;

    /**
     * Warms a kernel up, then runs it {@code repeats} times; returns the median in ms. The warm-up
     * runs for a quarter of a second rather than once: engines compile WebAssembly and JavaScript
     * in tiers (V8 runs a baseline compile first and optimizes hot functions later), and a single
     * warm-up run of a millisecond kernel would time the baseline code.
     */
    public static double medianMillis(Kernel k, Clock clock) {
        double start = clock.nowMillis();
        int warm = 0;
        do {
            k.run();
            warm++;
        } while (warm < WARMUP_RUNS && clock.nowMillis() - start < WARMUP_MILLIS);
        double[] times = new double[k.repeats()];
        for (int i = 0; i < times.length; i++) {
            double t0 = clock.nowMillis();
            k.run();
            times[i] = clock.nowMillis() - t0;
        }
        java.util.Arrays.sort(times);
        int n = times.length;
        return n % 2 == 1 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
    }

    private interface Work {
        double run();
    }

    private static Kernel kernel(String name, int repeats, Work work) {
        return new Kernel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int repeats() {
                return repeats;
            }

            @Override
            public double run() {
                return work.run();
            }
        };
    }
}
