package dev.kappa.web;

import dev.kappa.linalg.VectorKernels;
import org.teavm.jso.JSExport;

/**
 * Entry point of the WebAssembly build: installs the SIMD kernels when the loader supplied
 * them, then starts the same app as {@link Main}. A separate class because the JavaScript build
 * cannot compile linear-memory code, and TeaVM exports the entry class's methods.
 */
public final class WasmMain {
    private static String kernel = "scalar";

    private WasmMain() {
    }

    public static void main(String[] args) {
        VectorKernels simd = SimdKernels.createIfAvailable();
        if (simd != null) {
            VectorKernels.install(simd);
            kernel = "wasm-simd";
        }
        Main.main(args);
    }

    /** As {@link Main#selfCheck()}. */
    @JSExport
    public static String selfCheck() {
        return Main.selfCheck();
    }

    /** As {@link Main#labCheck()}. */
    @JSExport
    public static String labCheck() {
        return Main.labCheck();
    }

    /** Which vector kernels run, {@code wasm-simd} or {@code scalar}: the browser tests require SIMD here. */
    @JSExport
    public static String vectorKernels() {
        return kernel;
    }
}
