package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bidiagonal and tridiagonal stages on graded inputs whose singular values or eigenvalues are
 * determined to high relative accuracy by their entries (graded bidiagonals; scaled diagonally
 * dominant tridiagonals, definite and indefinite, graded over 24 decades either way), against
 * mpmath ({@code tools/fixtures/accuracy_fixtures.py}). Every value, down to 1e-24 of the largest,
 * must come out within {@link #relativeTolerance} of the truth relative to itself, by QR and by
 * divide and conquer alike (the latter also with leaves of 4 rows, so that every merge path runs).
 * Each case and each method is its own test.
 */
class StageRelativeAccuracyTest {
    private static final List<FixtureReader.Fixture> BIDIAGONAL = FixtureReader.read("/fixtures/accuracy/bidiagonal.txt");
    private static final List<FixtureReader.Fixture> TRIDIAGONAL = FixtureReader.read("/fixtures/accuracy/tridiagonal.txt");

    /** 16·n·ε relative to each value. */
    static double relativeTolerance(int n) {
        return 16.0 * n * Tolerance.EPS;
    }

    @TestFactory
    List<DynamicTest> bidiagonalSingularValues() {
        List<DynamicTest> tests = new ArrayList<>();
        add(tests, BIDIAGONAL, "sv", "QR", (d, e) -> {
            BidiagonalQR.diagonalize(d, e, null, null);
            return d;
        });
        add(tests, BIDIAGONAL, "sv", "divide and conquer", (d, e) -> {
            BidiagonalDivideAndConquer.diagonalize(d, e);
            return d;
        });
        add(tests, BIDIAGONAL, "sv", "divide and conquer, leaves of 4", (d, e) -> {
            BidiagonalDivideAndConquer.diagonalize(d, e, 4);
            return d;
        });
        return tests;
    }

    @TestFactory
    List<DynamicTest> tridiagonalEigenvalues() {
        List<DynamicTest> tests = new ArrayList<>();
        add(tests, TRIDIAGONAL, "eig", "QR", (d, e) -> {
            SymmetricTridiagonalQR.diagonalize(d, e, null);
            return d;
        });
        add(tests, TRIDIAGONAL, "eig", "divide and conquer", (d, e) -> {
            TridiagonalDivideAndConquer.diagonalize(d, e);
            return d;
        });
        add(tests, TRIDIAGONAL, "eig", "divide and conquer, leaves of 4", (d, e) -> {
            TridiagonalDivideAndConquer.diagonalize(d, e, 4);
            return d;
        });
        return tests;
    }

    private static void add(List<DynamicTest> tests, List<FixtureReader.Fixture> cases, String truthTag,
            String method, BiFunction<double[], double[], double[]> run) {
        for (FixtureReader.Fixture f : cases) {
            tests.add(DynamicTest.dynamicTest(f.name + " by " + method, () -> {
                double[] truth = f.list(truthTag).clone();
                double[] values = run.apply(f.list("d").clone(), f.list("e").clone());
                boolean singular = truthTag.equals("sv");
                if (singular) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = Math.abs(values[i]);
                    }
                }
                Arrays.sort(values);
                Arrays.sort(truth);
                double err = RelativeAccuracyTest.worstRelative(values, truth);
                double[] lapack = f.list("lapack").clone();
                Arrays.sort(lapack);
                double lapackErr = RelativeAccuracyTest.worstRelative(lapack, truth);
                if (Boolean.getBoolean("kappa.accuracyReport")) {
                    System.out.println("[accuracy] " + f.name + " by " + method + ": " + err + " (LAPACK " + lapackErr + ")");
                }
                double tol = relativeTolerance(truth.length);
                assertTrue(err <= tol, f.name + " by " + method + ": worst relative error " + err + " > " + tol
                        + " (LAPACK's: " + lapackErr + ")");
            }));
        }
    }
}
