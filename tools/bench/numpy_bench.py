#!/usr/bin/env python3
"""Times numpy (LAPACK via OpenBLAS) on the kernels of docs/benchmarks.md.

Run from the repository root:

    OPENBLAS_NUM_THREADS=1 python3 tools/bench/numpy_bench.py [--repeats 15]

Single-threaded BLAS is the fair comparison with Kappa (one thread on the JVM, and in the
browser); without OPENBLAS_NUM_THREADS=1 OpenBLAS uses every core. Prints one line per kernel:
name, median and minimum wall-clock ms, median thread-CPU ms (comparable with
dev.kappa.bench.CpuTimeBenchmarks on a loaded machine), repeats. Inputs are seeded Gaussian matrices of the same shapes as the
JMH benchmarks (timings of these kernels do not depend on the particular draw).
"""
import argparse
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
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
    ]
    print("# numpy %s, Python %s, OPENBLAS_NUM_THREADS=%s, %s"
          % (np.__version__, platform.python_version(), os.environ.get("OPENBLAS_NUM_THREADS", "(unset)"),
             platform.processor() or platform.machine()))
    print("# kernel | median wall ms | min wall ms | median thread-CPU ms | repeats")
    for name, fn, reps in kernels:
        med, best, cpu = median_ms(fn, reps)
        print("%s | %.3f | %.3f | %.3f | %d" % (name, med, best, cpu, reps))


if __name__ == "__main__":
    main()
