package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The power-iteration lab against numpy (tools/fixtures/power_iteration_fixtures.py): the iterates of
 * the same iteration run by numpy, the target eigenvalue and the rate |β₂/β₁| from LAPACK's eigh of the
 * iteration matrix, and the eigenvector error measured against eigh's eigenvector.
 */
class PowerIterationLabTest {
    private static final double[][] ROWS = LabFixtures.read("power_iteration.csv");
    private static final List<String> STATES = List.of("", "l2=1.9&steps=100", "mode=shift&mu=3",
            "mode=inverse&mu=0.9&steps=10", "mode=deflate", "matrix=nxn&n=10&l2=1.6&steps=60",
            "matrix=nxn&n=25&l1=-3&l2=2.5&steps=120&seed=7", "l2=-2", "angle=-65&l1=-1.5&l2=4&x1=1.3&x2=0.4&steps=40");
    /** The state whose |λ₁| = |λ₂|: numpy's eigh may pick either as "the" top, so only the iterates compare. */
    private static final int TIE = 7;

    private static LabOutput run(String query) {
        return new PowerIterationLab().compute(Query.read(PowerIterationLab.params(), query));
    }

    @Test
    void iteratesAreNumpys() {
        for (int s = 0; s < STATES.size(); s++) {
            String query = STATES.get(s);
            LabOutput out = run(query);
            Series rho = out.series(PowerIterationLab.RHO);
            for (double[] row : ROWS) {
                if (row[0] != s) {
                    continue;
                }
                int k = (int) row[1];
                assertEquals(row[4], rho.y(k), 1e-12 * Math.max(1, Math.abs(row[4])), "ρ(x" + k + ") of " + query);
                if (query.startsWith("matrix=nxn")) {
                    continue; // the coordinates of an n×n iterate are not drawn; ρ and the errors compare below
                }
                Series it = out.series(PowerIterationLab.ITERATES);
                assertEquals(row[2], it.x(k), 1e-11, "x" + k + "[1] of " + query);
                assertEquals(row[3], it.y(k), 1e-11, "x" + k + "[2] of " + query);
            }
        }
    }

    @Test
    void targetAndRateAreLapacksAndTheErrorFallsAtThatRate() {
        for (int s = 0; s < STATES.size(); s++) {
            if (s == TIE) {
                continue;
            }
            String query = STATES.get(s);
            LabOutput out = run(query);
            Series err = out.series(PowerIterationLab.VECTOR_ERROR);
            double rate = Double.NaN;
            double lambda = Double.NaN;
            for (double[] row : ROWS) {
                if (row[0] != s) {
                    continue;
                }
                rate = row[7];
                lambda = row[6];
                int k = (int) row[1];
                // sin∠ to numpy's eigenvector; below 1e-9 both are rounding-dominated
                double tol = Math.max(1e-9, 1e-6 * row[5]);
                assertEquals(row[5], Math.max(err.y(k), 0), tol + PowerIterationLab.FLOOR, "sin∠(x" + k + ", q) of " + query);
            }
            assertEquals(rate, out.readout("rate"), 1e-12 + 1e-9 * rate, "r = |β₂/β₁| of " + query);
            double rho = out.readout("rho");
            assertEquals(lambda, rho, 1e-9 * Math.max(1, Math.abs(lambda)) + rate * rate, "ρ → λ for " + query);
            double measured = out.readout("measuredRate");
            if (!Double.isNaN(measured) && rate > 1e-3) {
                assertEquals(rate, measured, 0.02 * rate, "measured eₖ/eₖ₋₁ against |β₂/β₁| for " + query);
            }
        }
    }

    @Test
    void rayleighErrorFallsAtTheSquaredRate() {
        LabOutput out = run("l2=1.9&steps=100");
        Series v = out.series(PowerIterationLab.VALUE_ERROR);
        // for symmetric A, |ρ(x_k) − λ₁| shrinks by r² per step once the start has been forgotten
        double ratio = v.y(80) / v.y(79);
        assertEquals(0.95 * 0.95, ratio, 0.01, "|ρ − λ| ratio per step");
        Series e = out.series(PowerIterationLab.VECTOR_ERROR);
        assertEquals(0.95, e.y(80) / e.y(79), 0.01, "sin∠ ratio per step");
    }

    @Test
    void equalModulusDoesNotConvergeAndSaysSo() {
        LabOutput out = run("l2=-2");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("never converge")), out.notes().toString());
        assertEquals(1.0, out.readout("rate"), 0);
        Series it = out.series(PowerIterationLab.ITERATES);
        assertEquals(it.x(10), it.x(30), 1e-15, "period 2: x₁₀ = x₃₀");
    }

    @Test
    void equalEigenvaluesMakeEveryVectorAnEigenvector() {
        LabOutput out = run("l2=2");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("A = λI")), out.notes().toString());
        assertEquals(0, out.readout("vectorError"), 1e-15);
        assertEquals(0, out.readout("valueError"), 1e-14);
    }

    @Test
    void zeroStartGetsANoteAndStillIterates() {
        LabOutput out = run("x1=0&x2=0");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("start vector is 0")), out.notes().toString());
        assertTrue(out.readout("vectorError") < 1e-8, "from (1, 0) it converges: " + out.readout("vectorError"));
    }

    @Test
    void startOrthogonalToTheTargetStaysAtTheSecondEigenvector() {
        LabOutput out = run("angle=0&x1=0&x2=1");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("no component along the target")), out.notes().toString());
        assertEquals(1.0, out.readout("rho"), 0, "ρ stays at λ₂ = 1 exactly");
    }

    @Test
    void inverseIterationAtAnEigenvalueNudgesTheShift() {
        LabOutput out = run("mode=inverse&mu=1&angle=0");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("is an eigenvalue")), out.notes().toString());
        assertTrue(out.readout("vectorError") < 1e-12, "one solve lands on q₂: " + out.readout("vectorError"));
        assertEquals(1.0, out.readout("rho"), 1e-12);
    }

    @Test
    void aZeroMatrixSaysThereIsNothingToIterate() {
        LabOutput out = run("l1=0&l2=0");
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("A = 0")), out.notes().toString());
    }

    @Test
    void deflationFindsTheSecondEigenpair() {
        LabOutput out = run("mode=deflate");
        assertEquals(1.0, out.readout("rho"), 1e-12, "λ₂");
        assertEquals(2.0, out.readout("lambdaHat"), 1e-12, "λ̂₁ deflated away");
    }
}
