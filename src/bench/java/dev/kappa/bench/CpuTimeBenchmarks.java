package dev.kappa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The {@link KernelBenchmarks} kernels timed by thread CPU time instead of wall-clock time.
 *
 * <p>On a shared, oversubscribed machine the wall-clock time of a single-threaded kernel mostly
 * measures how long the scheduler kept it waiting; its CPU time does not (cache sharing still
 * inflates it somewhat). tools/bench/numpy_bench.py reports numpy's thread CPU time the same way,
 * so ratios of the two are comparable. Each kernel is warmed up for about 3 s of CPU, then timed
 * in 15 samples of at least 50 ms each; the median per call is printed.
 */
public final class CpuTimeBenchmarks {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private interface Kernel {
        Object run();
    }

    public static void main(String[] args) {
        KernelBenchmarks b = new KernelBenchmarks();
        b.setUp();
        String filter = args.length > 0 ? args[0] : "";
        Object[][] kernels = {
            {"svd 200x50", (Kernel) b::kappaSvd200x50, (Kernel) b::ejmlSvd200x50},
            {"double-descent sweep", (Kernel) b::kappaDoubleDescentSweep, (Kernel) b::ejmlDoubleDescentSweep},
            {"eigen 100x100", (Kernel) b::kappaEigen100, (Kernel) b::ejmlEigen100},
            {"eigen 300x300", (Kernel) b::kappaEigen300, (Kernel) b::ejmlEigen300},
            {"QR least squares 1000x50", (Kernel) b::kappaQrLeastSquares1000x50, (Kernel) b::ejmlQrLeastSquares1000x50},
            {"svd 500x500", (Kernel) b::kappaSvd500x500, (Kernel) b::ejmlSvd500x500},
            {"cond 500x500", (Kernel) b::kappaCond500x500, (Kernel) b::ejmlCond500x500},
        };
        System.out.println("# kernel | Kappa median CPU ms | EJML median CPU ms | Kappa/EJML");
        for (Object[] k : kernels) {
            String name = (String) k[0];
            if (!name.contains(filter)) {
                continue;
            }
            double kappa = median((Kernel) k[1]);
            double ejml = median((Kernel) k[2]);
            System.out.println(name + " | " + round(kappa) + " | " + round(ejml) + " | " + round(kappa / ejml));
        }
    }

    private static double median(Kernel kernel) {
        long start = CPU.getCurrentThreadCpuTime();
        int calls = 0;
        while (CPU.getCurrentThreadCpuTime() - start < 3_000_000_000L) {
            sink = kernel.run();
            calls++;
        }
        long perCall = (CPU.getCurrentThreadCpuTime() - start) / calls;
        int batch = (int) Math.max(1, 50_000_000L / Math.max(perCall, 1));
        double[] samples = new double[15];
        for (int s = 0; s < samples.length; s++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sink = kernel.run();
            }
            samples[s] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / batch;
        }
        java.util.Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    private static String round(double x) {
        return String.valueOf(Math.round(x * 1000.0) / 1000.0);
    }
}
