package dev.kappa.learn.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Exercise;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The nonlinear-ls generators against the formulas, evaluated here with java.lang.Math from the prompt's numbers. */
class NonlinearLsExercisesTest {
    private static final String NUMBER = "([-−]?[0-9]+(?:\\.[0-9]+)?)";

    private static double named(String plain, String name) {
        Matcher m = Pattern.compile(name + " = " + NUMBER).matcher(plain);
        assertTrue(m.find(), "no " + name + " in: " + plain);
        return Double.parseDouble(m.group(1).replace('−', '-'));
    }

    private static double[] tuple(String plain, String after) {
        Matcher m = Pattern.compile(Pattern.quote(after) + "\\(" + NUMBER + ", " + NUMBER + ", " + NUMBER + "\\)")
                .matcher(plain);
        assertTrue(m.find(), "no tuple after '" + after + "' in: " + plain);
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = Double.parseDouble(m.group(i + 1).replace('−', '-'));
        }
        return v;
    }

    @Test
    void exponentialJacobianRowIsTheDerivativeOfTheModel() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new ExponentialJacobianRow().generate(seed);
            String plain = e.prompt().plain();
            double a = named(plain, "a");
            double b = named(plain, "b");
            double x = named(plain, "x");
            double[] row = e.answer().values();
            double ex = Math.exp(-b * x);
            assertEquals(ex, row[0], 1e-14 * ex, "seed " + seed + ": " + plain);
            assertEquals(-a * x * ex, row[1], 1e-14 * Math.abs(a * x * ex), "seed " + seed);
            assertEquals(1, row[2], 0, "seed " + seed);
        }
    }

    @Test
    void dampedStepSolvesTheOneParameterSystem() {
        int gaussNewton = 0;
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new DampedStep().generate(seed);
            String plain = e.prompt().plain();
            double[] r = tuple(plain, "r = ");
            double[] j = tuple(plain, "J = ");
            double mu = named(plain, "μ");
            gaussNewton += mu == 0 ? 1 : 0;
            double want = -(j[0] * r[0] + j[1] * r[1] + j[2] * r[2]) / (j[0] * j[0] + j[1] * j[1] + j[2] * j[2] + mu);
            assertEquals(want, e.answer().scalar(), 1e-12 * Math.max(1, Math.abs(want)), "seed " + seed + ": " + plain);
        }
        assertTrue(gaussNewton > 20, "μ = 0 (the Gauss–Newton step) drawn " + gaussNewton + " times in 300");
    }
}
