package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decompositions hand their large loops to installed {@link VectorKernels} and to nothing
 * else, and which kernels run does not change a bit of the result. (That the browser's SIMD
 * kernels give the scalar bits is checked in Chromium, by the self-check's VectorKernels line.)
 */
class VectorKernelsTest {
    /** Delegates to the scalar loops, counting calls; one entry changed on request, to prove the path is used. */
    private static final class Recording implements VectorKernels {
        int products;
        int reflections;
        int reductions;
        boolean corrupt;

        @Override
        public void multiplyTransposed(double[][] x, int xRows, double[][] y, int yRows, int len, double[][] out,
                int offset) {
            products++;
            SCALAR.multiplyTransposed(x, xRows, y, yRows, len, out, offset);
            if (corrupt) {
                out[0][offset] += 1e-3;
            }
        }

        @Override
        public void applyReflectors(double[][] rows, double[][] v, double[] beta, double[] cross, int count,
                int shift) {
            reflections++;
            SCALAR.applyReflectors(rows, v, beta, cross, count, shift);
        }

        @Override
        public void bidiagonalize(int m, int n, double[] a, double[][] left, double[] leftBeta, double[][] right,
                double[] rightBeta, double[] d, double[] e) {
            reductions++;
            SCALAR.bidiagonalize(m, n, a, left, leftBeta, right, rightBeta, d, e);
            if (corrupt) {
                d[0] *= 1.0 + 1e-3;
            }
        }
    }

    @AfterEach
    void restoreScalar() {
        VectorKernels.install(null);
    }

    @Test
    void largeDecompositionsUseTheInstalledKernelsAndGetTheSameBits() {
        Rng rng = new Rng(5);
        Matrix a = rng.gaussianMatrix(120, 90);
        double[][] s = rng.gaussianMatrix(100, 100).toArray();
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < i; j++) {
                s[i][j] = s[j][i];
            }
        }
        Matrix sym = Matrix.of(s);
        SVD svd = SVD.of(a);
        SymmetricEigen eigen = SymmetricEigen.of(sym);

        Recording recording = new Recording();
        VectorKernels.install(recording);
        SVD svdAgain = SVD.of(a);
        int svdProducts = recording.products;
        int svdReflections = recording.reflections;
        int svdReductions = recording.reductions;
        SymmetricEigen eigenAgain = SymmetricEigen.of(sym);

        assertTrue(svdProducts > 0 && svdReflections >= 2,
                "SVD 120×90 made " + svdProducts + " products and " + svdReflections + " reflector calls");
        assertEquals(1, svdReductions, "SVD 120×90 must hand its bidiagonal reduction to the kernels once");
        assertTrue(recording.products > svdProducts && recording.reflections > svdReflections,
                "eigen 100×100 made no kernel calls");
        assertArrayEquals(svd.singularValues(), svdAgain.singularValues());
        assertArrayEquals(svd.u().toRowMajor(), svdAgain.u().toRowMajor());
        assertArrayEquals(svd.v().toRowMajor(), svdAgain.v().toRowMajor());
        assertArrayEquals(eigen.values(), eigenAgain.values());
        assertArrayEquals(eigen.vectors().toRowMajor(), eigenAgain.vectors().toRowMajor());

        recording.corrupt = true;
        // The products form the singular vectors (the values come from the secular equations).
        double[] corrupted = SVD.of(a).u().toRowMajor();
        assertTrue(!java.util.Arrays.equals(svd.u().toRowMajor(), corrupted),
                "a kernel that changes an entry must change the result, or this test checks nothing");
        // The reduction's diagonal feeds the singular values themselves.
        double[] shifted = SVD.singularValuesOf(a);
        assertTrue(!java.util.Arrays.equals(svd.singularValues(), shifted),
                "a reduction kernel that changes B must change σ, or the values-only path bypasses it");
    }

    @Test
    void smallDecompositionsKeepTheScalarLoops() {
        Recording recording = new Recording();
        VectorKernels.install(recording);
        Rng rng = new Rng(6);
        SVD.of(rng.gaussianMatrix(40, 25));
        SVD.of(rng.gaussianMatrix(30, 30));
        SymmetricEigen.of(Matrix.identity(25));
        assertEquals(0, recording.products + recording.reflections + recording.reductions,
                "the labs' matrices (25 columns or fewer) must not pay for copying into kernel memory");
    }

    @Test
    void scalarKernelsAreTheDefaultAndReinstallable() {
        assertTrue(KernelChoice.current() == VectorKernels.SCALAR);
        VectorKernels.install(VectorKernels.SCALAR);
        assertTrue(KernelChoice.forWork(Long.MAX_VALUE) == null, "installing SCALAR must mean the plain loops");
    }
}
