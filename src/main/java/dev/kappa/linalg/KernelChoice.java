package dev.kappa.linalg;

/** Which {@link VectorKernels} a loop of a given size runs: the installed ones, or the scalar code. */
final class KernelChoice {
    /**
     * Below this many multiply-adds the scalar loop runs even with kernels installed: copying
     * operands into WebAssembly memory costs about as much as a loop this small.
     */
    static final long MIN_WORK = 32 * 32 * 32;

    /** Set once by the engine's entry point before any decomposition; see {@link VectorKernels#install}. */
    private static VectorKernels installed;

    private KernelChoice() {
    }

    static void install(VectorKernels kernels) {
        installed = kernels == VectorKernels.SCALAR ? null : kernels;
    }

    /** The installed kernels, or {@link VectorKernels#SCALAR}. */
    static VectorKernels current() {
        return installed == null ? VectorKernels.SCALAR : installed;
    }

    /** The installed kernels for a loop of {@code work} multiply-adds, or null for the scalar code. */
    static VectorKernels forWork(long work) {
        return work >= MIN_WORK ? installed : null;
    }
}
