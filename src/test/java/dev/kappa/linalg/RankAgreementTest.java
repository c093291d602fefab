package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Least squares on Kahan's matrix, noisy low-rank, graded, Hilbert, subnormal and 1e±300-scaled
 * inputs ({@code tools/fixtures/accuracy_fixtures.py}): both routes must decide the rank the exact
 * SVD decides (numpy's cut-off on the exact σ), and return the truncated minimum-norm solution to
 * within 1e-10 + 1e3·ε·κ_r relative (κ_r = σ₀/σ_{r−1}, the forward error a backward-stable
 * solver may make). On Kahan's 100×100 matrix viaQR used to say rank 100 and return ‖x‖ ≈ 1.8e15
 * against 1.9e3; on a noisy rank-10 matrix it said 54. Each case and route is its own test.
 */
class RankAgreementTest {
    private static final List<FixtureReader.Fixture> CASES = FixtureReader.read("/fixtures/accuracy/lstsq.txt");

    @TestFactory
    List<DynamicTest> bothRoutesAgreeWithTheExactSvd() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FixtureReader.Fixture f : CASES) {
            for (String route : new String[] {"svd", "qr"}) {
                tests.add(DynamicTest.dynamicTest(f.name + " by " + route, () -> {
                    Matrix a = Matrix.of(f.matrix("matrix"));
                    double[] b = f.list("b");
                    LeastSquares.Result r = route.equals("qr") ? LeastSquares.viaQR(a, b) : LeastSquares.solve(a, b);
                    int rank = (int) f.scalar("rank");
                    assertEquals(rank, r.rank(), f.name + " by " + route + ": rank");
                    double[] truth = f.list("x");
                    double[] sv = f.list("sv");
                    double kappa = sv[0] / sv[rank - 1];
                    double err = Accuracy.norm(minus(r.x(), truth)) / Accuracy.norm(truth);
                    double tol = 1e-10 + 1e3 * Tolerance.EPS * kappa;
                    if (Boolean.getBoolean("kappa.accuracyReport")) {
                        System.out.println("[accuracy] lstsq " + f.name + " by " + route + ": " + err + " (κ_r " + kappa + ")");
                    }
                    assertTrue(err <= tol, f.name + " by " + route + ": relative error " + err + " > " + tol);
                }));
            }
        }
        return tests;
    }

    private static double[] minus(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }
}
