package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The multi-objective lab against numpy (tools/fixtures/multi_objective_fixtures.py): smoothing and
 * deblurring against lstsq of the stacked problems, control (one stacked least-squares solve)
 * against a direct solve of its normal equations.
 */
class MultiObjectiveLabTest {
    private static final Map<String, double[]> REF = read();

    private static Map<String, double[]> read() {
        Map<String, List<Double>> lists = new LinkedHashMap<>();
        try (InputStream in = MultiObjectiveLabTest.class.getResourceAsStream("/fixtures/lab/multi_objective.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                lists.computeIfAbsent(c[0], k -> new ArrayList<>()).add(Double.parseDouble(c[2]));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : lists.entrySet()) {
            double[] v = new double[e.getValue().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = e.getValue().get(i);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static void close(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = Math.max(1, MultiObjectiveLab.norm(expected));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol * scale, what + " entry " + i);
        }
    }

    private static double[] estimate(String query) {
        ParamSet p = Query.read(MultiObjectiveLab.params(), query);
        return MultiObjectiveLab.estimates(p, new double[] {p.number("rho")})[0];
    }

    @Test
    void smoothingAndDeblurringMatchNumpysStackedLeastSquares() {
        close(REF.get("smooth-10"), estimate("rho=10&signal=smooth&noise=0.2&seed=1"), 1e-12, "smoothing ρ = 10");
        close(REF.get("piecewise-1"), estimate("rho=1&signal=piecewise&noise=0.2&seed=1"), 1e-12, "piecewise ρ = 1");
        close(REF.get("spike-1000"), estimate("rho=1000&signal=spike&noise=0.5&seed=9"), 1e-11, "spike ρ = 1000");
        close(REF.get("deblur-0.01"), estimate("method=deblur&rho=0.01&noise=0.2&blur=3&seed=1"), 1e-11, "deblur");
        // ρ = 1e-4 with a 7-sample blur: κ of the stacked problem is about 1e4, the answers agree to κ·ε
        close(REF.get("deblur-1e-4-w7"), estimate("method=deblur&rho=0.0001&signal=piecewise&noise=0.05&blur=7&seed=2"),
                1e-9, "deblur ρ = 1e-4");
    }

    @Test
    void stackedControlLeastSquaresEqualsTheDirectSolve() {
        close(REF.get("control-10"), MultiObjectiveLab.controlInputs(30, 1, 10, 10), 1e-11, "ρ = 10");
        close(REF.get("control-0.01"), MultiObjectiveLab.controlInputs(30, 1, 10, 0.01), 1e-9, "ρ = 0.01");
        close(REF.get("control-unstable"), MultiObjectiveLab.controlInputs(40, 1.1, -5, 1), 1e-9, "a = 1.1");
        close(REF.get("control-damped"), MultiObjectiveLab.controlInputs(100, 0.6, 20, 1e-4), 1e-8, "a = 0.6, ρ = 1e-4");
        // the trade-off curve's ridge path gives the same inputs as the stacked solve
        double[] path = Ridge.path(30, 1, 10, 10);
        close(MultiObjectiveLab.controlInputs(30, 1, 10, 10), path, 1e-10, "ridge path vs stacked");
    }

    /** Ridge of the stacked targets on G, the way the control trade-off curve is computed. */
    private static final class Ridge {
        static double[] path(int horizon, double a, double target, double rho) {
            return dev.kappa.linalg.Ridge.path(MultiObjectiveLab.response(horizon, a),
                    MultiObjectiveLab.targets(horizon, target), new double[] {rho})[0];
        }
    }

    @Test
    void largerRhoGivesGentlerInputsAndSmootherEstimates() {
        LabOutput gentle = new MultiObjectiveLab().compute(Query.read(MultiObjectiveLab.params(), "task=control&rho=10"));
        LabOutput sharp = new MultiObjectiveLab().compute(Query.read(MultiObjectiveLab.params(), "task=control&rho=0.01"));
        assertTrue(gentle.readout("peak") < sharp.readout("peak"), "ρ = 10 uses smaller inputs");
        assertTrue(gentle.readout("tracking") > sharp.readout("tracking"), "…and tracks worse");
        LabOutput smooth = new MultiObjectiveLab().compute(Query.read(MultiObjectiveLab.params(), "rho=1000"));
        LabOutput rough = new MultiObjectiveLab().compute(Query.read(MultiObjectiveLab.params(), "rho=0.01"));
        assertTrue(smooth.readout("penalty") < rough.readout("penalty") && smooth.readout("misfit") > rough.readout("misfit"),
                "more ρ: less roughness, more misfit");
    }

    @Test
    void draggingAlongTheCurvePicksTheNearestGridRho() {
        ParamSet p = Query.read(MultiObjectiveLab.params(), "rho=10");
        LabOutput out = new MultiObjectiveLab().compute(Query.read(MultiObjectiveLab.params(), "rho=1000"));
        Marker m = out.marker(MultiObjectiveLab.TRADEOFF_PLOT, MultiObjectiveLab.HANDLE);
        MultiObjectiveLab.dragAlongCurve(p, m.x(), m.y());
        assertEquals(1000, p.number("rho"), 1e-9, "a grid ρ dragged onto itself");
    }

    @Test
    void lCurveCornerOfARightAngleIsItsVertex() {
        double[] cx = {1e-3, 1e-2, 1e-1, 1, 1, 1, 1};
        double[] cy = {1, 1, 1, 1, 1e-1, 1e-2, 1e-3};
        assertEquals(3, MultiObjectiveLab.corner(cx, cy));
    }
}
