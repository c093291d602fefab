package dev.kappa.web;

import dev.kappa.linalg.VectorKernels;
import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.runtime.heap.Heap;

/**
 * {@link VectorKernels} computed by {@code webapp/wasm/kernels.wasm}, a small hand-written
 * WebAssembly module (source: tools/kernels/kernels.wat) that uses 128-bit SIMD, which TeaVM does
 * not emit: two lanes per instruction. WebAssembly build only, since it reads and writes linear
 * memory; installed by {@link WasmMain} when the loader could instantiate the module.
 *
 * <p>The module shares TeaVM's linear memory. Each call copies its operands in, runs, and copies
 * the result back; the copies are O(n²) against O(n³) arithmetic. The lanes carry sums the scalar
 * code also keeps apart, added in the same order, so the bits are those of
 * {@link VectorKernels#SCALAR}: the self-check and the Chromium tests compare them.
 */
final class SimdKernels implements VectorKernels {
    /** Beyond this much linear memory for one call, the scalar code runs instead. */
    private static final long MAX_BYTES = 1L << 28;

    private Address buffer;
    private int capacity;

    private SimdKernels() {
    }

    /** The kernels, or null when the loader found no SIMD support and supplied stubs. */
    static VectorKernels createIfAvailable() {
        return available() == 1 ? new SimdKernels() : null;
    }

    @Import(module = "kappaKernels", name = "available")
    private static native int available();

    @Import(module = "kappaKernels", name = "multiplyTransposed")
    private static native void multiply(int x, int rows, int y, int pairs, int len, int out);

    @Import(module = "kappaKernels", name = "applyReflectors")
    private static native void reflect(int rows, int total, int len, int v, int beta, int cross, int count, int shift);

    @Import(module = "kappaKernels", name = "bidiagonalize")
    private static native void bidiagonalize(int a, int m, int n, int left, int leftBeta, int right, int rightBeta,
            int d, int e, int w, int next);

    @Override
    public void multiplyTransposed(double[][] x, int xRows, double[][] y, int yRows, int len, double[][] out,
            int offset) {
        int pairs = (yRows + 1) / 2;
        long xCount = (long) xRows * len;
        long yCount = (long) pairs * 2 * len;
        long outCount = (long) xRows * pairs * 2;
        Address xs = reserve(xCount + yCount + outCount);
        if (xs == null) {
            SCALAR.multiplyTransposed(x, xRows, y, yRows, len, out, offset);
            return;
        }
        Address ys = xs.add((int) (8 * xCount));
        Address os = ys.add((int) (8 * yCount));
        copyIn(x, xRows, len, xs);
        for (int r = 0; r < yRows; r++) {
            // Pair block r/2 holds entry q of rows r and r ± 1 side by side: one 128-bit load.
            double[] row = y[r];
            Address at = ys.add(16 * (r >> 1) * len + 8 * (r & 1));
            for (int q = 0; q < len; q++) {
                at.add(16 * q).putDouble(row[q]);
            }
        }
        if ((yRows & 1) == 1) {
            Address at = ys.add(16 * (yRows >> 1) * len + 8);
            for (int q = 0; q < len; q++) {
                at.add(16 * q).putDouble(0.0);
            }
        }
        multiply(xs.toInt(), xRows, ys.toInt(), pairs, len, os.toInt());
        int width = 2 * pairs;
        for (int i = 0; i < xRows; i++) {
            double[] row = out[i];
            Address at = os.add(8 * i * width);
            for (int r = 0; r < yRows; r++) {
                row[offset + r] = at.add(8 * r).getDouble();
            }
        }
    }

    @Override
    public void applyReflectors(double[][] rows, double[][] v, double[] beta, double[] cross, int count, int shift) {
        int total = rows.length;
        int len = total == 0 ? 0 : rows[0].length;
        long rowCount = (long) total * len;
        long vCount = (long) count * len;
        Address rs = reserve(rowCount + vCount + 2L * count);
        if (rs == null) {
            SCALAR.applyReflectors(rows, v, beta, cross, count, shift);
            return;
        }
        Address vs = rs.add((int) (8 * rowCount));
        Address bs = vs.add((int) (8 * vCount));
        Address cs = bs.add(8 * count);
        copyIn(rows, total, len, rs);
        copyIn(v, count, len, vs);
        for (int k = 0; k < count; k++) {
            bs.add(8 * k).putDouble(beta[k]);
            cs.add(8 * k).putDouble(cross[k]);
        }
        reflect(rs.toInt(), total, len, vs.toInt(), bs.toInt(), cs.toInt(), count, shift);
        for (int r = 0; r < total; r++) {
            double[] row = rows[r];
            Address at = rs.add(8 * r * len);
            for (int j = 0; j < len; j++) {
                row[j] = at.add(8 * j).getDouble();
            }
        }
    }

    @Override
    public void bidiagonalize(int m, int n, double[] a, double[][] left, double[] leftBeta, double[][] right,
            double[] rightBeta, double[] d, double[] e) {
        long matrix = (long) m * n;
        Address as = reserve(2 * matrix + (long) n * n + 6L * n);
        if (as == null) {
            SCALAR.bidiagonalize(m, n, a, left, leftBeta, right, rightBeta, d, e);
            return;
        }
        Address ls = as.add((int) (8 * matrix));
        Address rs = ls.add((int) (8 * matrix));
        Address lbs = rs.add(8 * n * n);
        Address rbs = lbs.add(8 * n);
        Address ds = rbs.add(8 * n);
        Address es = ds.add(8 * n);
        Address ws = es.add(8 * n);
        Address next = ws.add(8 * n);
        for (int i = 0; i < a.length; i++) {
            as.add(8 * i).putDouble(a[i]);
        }
        bidiagonalize(as.toInt(), m, n, ls.toInt(), lbs.toInt(), rs.toInt(), rbs.toInt(), ds.toInt(), es.toInt(),
                ws.toInt(), next.toInt());
        copyOut(ls, left, n, m);
        copyOut(rs, right, n - 1, n);
        copyOut(lbs, leftBeta, n);
        // Only the n − 1 right reflectors exist; the kernel leaves the last β unwritten, as the Java loop does.
        copyOut(rbs, rightBeta, n - 1);
        copyOut(ds, d, n);
        copyOut(es, e, n - 1);
    }

    private static void copyOut(Address from, double[][] arrays, int count, int len) {
        for (int i = 0; i < count; i++) {
            copyOut(from.add(8 * i * len), arrays[i], len);
        }
    }

    private static void copyOut(Address from, double[] to, int len) {
        for (int j = 0; j < len; j++) {
            to[j] = from.add(8 * j).getDouble();
        }
    }

    private static void copyIn(double[][] arrays, int count, int len, Address to) {
        for (int i = 0; i < count; i++) {
            double[] a = arrays[i];
            Address at = to.add(8 * i * len);
            for (int q = 0; q < len; q++) {
                at.add(8 * q).putDouble(a[q]);
            }
        }
    }

    /** Linear memory for {@code doubles} values, kept between calls and grown as needed; null if too large. */
    private Address reserve(long doubles) {
        long bytes = 8 * doubles;
        if (bytes > MAX_BYTES) {
            return null;
        }
        if (bytes > capacity) {
            if (buffer != null) {
                Heap.release(buffer);
            }
            capacity = (int) Math.min(MAX_BYTES, Math.max(bytes, 2L * capacity));
            buffer = Heap.alloc(capacity);
        }
        return buffer;
    }
}
