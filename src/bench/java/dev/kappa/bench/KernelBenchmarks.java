package dev.kappa.bench;

import dev.kappa.linalg.Conditioning;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import dev.kappa.linalg.SVD;
import dev.kappa.linalg.SymmetricEigen;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The numerical-core kernels of issue 3, Kappa beside EJML on the same inputs. Each benchmark
 * returns its result so the JIT cannot discard the work; both libraries compute singular
 * vectors (thin) and eigenvectors, as the labs need them. Time per call, average mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBenchmarks {
    private Matrix svd200x50;
    private Matrix svd500;
    private Matrix sym100;
    private Matrix sym300;
    private Matrix ls1000x50;
    private double[] ls1000b;
    private Matrix sweepX;
    private double[] sweepT;

    private DMatrixRMaj e200x50;
    private DMatrixRMaj e500;
    private DMatrixRMaj eSym100;
    private DMatrixRMaj eSym300;
    private DMatrixRMaj eLs1000x50;
    private DMatrixRMaj eLs1000b;
    private DMatrixRMaj eSweepX;
    private DMatrixRMaj eSweepT;

    @Setup
    public void setUp() {
        Inputs in = new Inputs(2026L);
        double[][] a = in.gaussian(200, 50);
        svd200x50 = Matrix.of(a);
        e200x50 = new DMatrixRMaj(a);
        a = in.gaussian(500, 500);
        svd500 = Matrix.of(a);
        e500 = new DMatrixRMaj(a);
        a = in.symmetric(100);
        sym100 = Matrix.of(a);
        eSym100 = new DMatrixRMaj(a);
        a = in.symmetric(300);
        sym300 = Matrix.of(a);
        eSym300 = new DMatrixRMaj(a);
        a = in.gaussian(1000, 50);
        ls1000x50 = Matrix.of(a);
        eLs1000x50 = new DMatrixRMaj(a);
        ls1000b = in.vector(1000);
        eLs1000b = DMatrixRMaj.wrap(1000, 1, ls1000b.clone());
        // Double descent (DESIGN.md): D = 50 features, N = 1..200 samples.
        a = in.gaussian(200, 50);
        sweepX = Matrix.of(a);
        eSweepX = new DMatrixRMaj(a);
        sweepT = in.vector(200);
        eSweepT = DMatrixRMaj.wrap(200, 1, sweepT.clone());
    }

    @Benchmark
    public SVD kappaSvd200x50() {
        return SVD.of(svd200x50);
    }

    @Benchmark
    public SVD kappaSvd500x500() {
        return SVD.of(svd500);
    }

    /** κ₂ = σ₀/σ_min, which needs no singular vectors. */
    @Benchmark
    public double kappaCond500x500() {
        return Conditioning.cond(svd500);
    }

    @Benchmark
    public SymmetricEigen kappaEigen100() {
        return SymmetricEigen.of(sym100);
    }

    @Benchmark
    public SymmetricEigen kappaEigen300() {
        return SymmetricEigen.of(sym300);
    }

    @Benchmark
    public double[] kappaQrLeastSquares1000x50() {
        return LeastSquares.viaQR(ls1000x50, ls1000b).x();
    }

    /** Minimum-norm solves x_N = X[:N]⁺ t[:N] for N = 1..200, one SVD each. */
    @Benchmark
    public double kappaDoubleDescentSweep() {
        double sum = 0.0;
        for (int rows = 1; rows <= 200; rows++) {
            double[] t = new double[rows];
            System.arraycopy(sweepT, 0, t, 0, rows);
            double[] x = SVD.of(sweepX.topRows(rows)).solve(t);
            sum += x[0];
        }
        return sum;
    }

    @Benchmark
    public SingularValueDecomposition_F64<DMatrixRMaj> ejmlSvd200x50() {
        return ejmlSvd(e200x50);
    }

    @Benchmark
    public SingularValueDecomposition_F64<DMatrixRMaj> ejmlSvd500x500() {
        return ejmlSvd(e500);
    }

    /** EJML's κ₂ from its SVD without U or V. */
    @Benchmark
    public double ejmlCond500x500() {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(e500.numRows, e500.numCols, false, false, true);
        if (!svd.decompose(e500.copy())) {
            throw new IllegalStateException("EJML SVD failed");
        }
        double[] s = svd.getSingularValues();
        double max = 0.0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < svd.numberOfSingularValues(); i++) {
            max = Math.max(max, s[i]);
            min = Math.min(min, s[i]);
        }
        return max / min;
    }

    @Benchmark
    public EigenDecomposition_F64<DMatrixRMaj> ejmlEigen100() {
        return ejmlEigen(eSym100);
    }

    @Benchmark
    public EigenDecomposition_F64<DMatrixRMaj> ejmlEigen300() {
        return ejmlEigen(eSym300);
    }

    @Benchmark
    public DMatrixRMaj ejmlQrLeastSquares1000x50() {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
        if (!solver.setA(eLs1000x50.copy())) {
            throw new IllegalStateException("EJML QR failed");
        }
        DMatrixRMaj x = new DMatrixRMaj(50, 1);
        solver.solve(eLs1000b, x);
        return x;
    }

    @Benchmark
    public double ejmlDoubleDescentSweep() {
        double sum = 0.0;
        for (int rows = 1; rows <= 200; rows++) {
            DMatrixRMaj x = CommonOps_DDRM.extract(eSweepX, 0, rows, 0, 50);
            DMatrixRMaj t = CommonOps_DDRM.extract(eSweepT, 0, rows, 0, 1);
            DMatrixRMaj pinv = new DMatrixRMaj(50, rows);
            CommonOps_DDRM.pinv(x, pinv);
            DMatrixRMaj w = new DMatrixRMaj(50, 1);
            CommonOps_DDRM.mult(pinv, t, w);
            sum += w.get(0, 0);
        }
        return sum;
    }

    private static SingularValueDecomposition_F64<DMatrixRMaj> ejmlSvd(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, true);
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("EJML SVD failed");
        }
        return svd;
    }

    private static EigenDecomposition_F64<DMatrixRMaj> ejmlEigen(DMatrixRMaj a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.numRows, true, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalStateException("EJML eigen failed");
        }
        return eig;
    }
}
