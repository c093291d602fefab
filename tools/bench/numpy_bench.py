#!/usr/bin/env python3
"""Times numpy (LAPACK via OpenBLAS) on the kernels of docs/benchmarks.md.

Run from the repository root:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 python3 tools/bench/numpy_bench.py [--repeats 15] [--only 500x500]

Single-threaded BLAS is the fair comparison with Kappa (one thread on the JVM, and in the
browser); without OPENBLAS_NUM_THREADS=1 OpenBLAS uses every core. OPENBLAS_CORETYPE and
OPENBLAS_L2_SIZE, where a machine sets them, can force an older kernel than the CPU's: the
header line names the kernel that runs (from threadpoolctl when installed, else from OpenBLAS).

Prints one line per kernel: name, median and minimum wall-clock ms, median thread-CPU ms
(comparable with dev.kappa.bench.CpuTimeBenchmarks on a loaded machine), repeats. Inputs are
seeded Gaussian matrices of the same shapes as the JMH benchmarks (timings of these kernels do
not depend on the particular draw).
"""
import argparse
import ctypes
import glob
import os
import platform
import time

import numpy as np


def median_ms(fn, repeats, warmup=2):
    """Median and minimum wall-clock ms, and median thread-CPU ms, over `repeats` calls."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(repeats):
        c0 = time.thread_time()
        t0 = time.perf_counter()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    wall.sort()
    return 1e3 * float(np.median(wall)), 1e3 * wall[0], 1e3 * float(np.median(cpu))


def openblas_kernel():
    """The OpenBLAS kernel (core type) this numpy runs, e.g. SkylakeX or Haswell."""
    try:
        import threadpoolctl
        for info in threadpoolctl.threadpool_info():
            if info.get("internal_api") == "openblas":
                return "%s (threadpoolctl, OpenBLAS %s)" % (info.get("architecture"), info.get("version"))
    except ImportError:
        pass
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs", "*openblas*.so*"))
    for path in libs:
        lib = ctypes.CDLL(path)
        for symbol in ("scipy_openblas_get_corename64_", "openblas_get_corename"):
            fn = getattr(lib, symbol, None)
            if fn is not None:
                fn.restype = ctypes.c_char_p
                return "%s (%s)" % (fn().decode(), symbol)
    return "unknown"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--only", default="", help="run only the kernels whose names contain this text")
    args = parser.parse_args()
    rng = np.random.default_rng(2026)
    a200 = rng.standard_normal((200, 50))
    a500 = rng.standard_normal((500, 500))
    b = rng.standard_normal((100, 100))
    s100 = (b + b.T) / 2
    b = rng.standard_normal((300, 300))
    s300 = (b + b.T) / 2
    ls_a = rng.standard_normal((1000, 50))
    ls_b = rng.standard_normal(1000)
    sweep_x = rng.standard_normal((200, 50))
    sweep_t = rng.standard_normal(200)

    def sweep():
        s = 0.0
        for n in range(1, 201):
            s += (np.linalg.pinv(sweep_x[:n]) @ sweep_t[:n])[0]
        return s

    def qr_ls():
        # Householder QR + triangular solve (what a QR least-squares solver does).
        q, r = np.linalg.qr(ls_a)
        return np.linalg.solve(r, q.T @ ls_b)

    kernels = [
        ("svd 200x50", lambda: np.linalg.svd(a200, full_matrices=False), args.repeats * 4),
        ("double-descent sweep (pinv, N=1..200)", sweep, max(5, args.repeats // 2)),
        ("eigh 100x100", lambda: np.linalg.eigh(s100), args.repeats * 4),
        ("eigh 300x300", lambda: np.linalg.eigh(s300), args.repeats),
        ("QR least squares 1000x50", qr_ls, args.repeats * 2),
        ("lstsq 1000x50 (gelsd, for reference)", lambda: np.linalg.lstsq(ls_a, ls_b, rcond=None), args.repeats * 2),
        ("svd 500x500", lambda: np.linalg.svd(a500, full_matrices=False), args.repeats),
        # cond = σ₀/σ_min from svd(compute_uv=False): values only (gesdd with jobz='N').
        ("cond 500x500", lambda: np.linalg.cond(a500), args.repeats),
    ]
    print("# numpy %s, Python %s, OPENBLAS_NUM_THREADS=%s, %s"
          % (np.__version__, platform.python_version(), os.environ.get("OPENBLAS_NUM_THREADS", "(unset)"),
             platform.processor() or platform.machine()))
    print("# OpenBLAS kernel %s; OPENBLAS_CORETYPE=%s, OPENBLAS_L2_SIZE=%s"
          % (openblas_kernel(), os.environ.get("OPENBLAS_CORETYPE", "(unset)"),
             os.environ.get("OPENBLAS_L2_SIZE", "(unset)")))
    print("# kernel | median wall ms | min wall ms | median thread-CPU ms | repeats")
    for name, fn, reps in kernels:
        if args.only not in name:
            continue
        med, best, cpu = median_ms(fn, reps)
        print("%s | %.3f | %.3f | %.3f | %d" % (name, med, best, cpu, reps))


if __name__ == "__main__":
    main()
