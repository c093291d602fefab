package dev.kappa.learn.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.learn.Exercise;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constrained-ls generators against conditions their answers must meet, not their formulas: the
 * minimizer satisfies the KKT conditions read off the prompt, and the predicted change is the slope of
 * the optimal value f*(d) = (cᵀb − d)²/‖c‖² (the squared distance to the line) times Δd.
 */
class ConstrainedLsExercisesTest {
    private static final String NUM = "([-−]?[0-9.]+)";

    private static double num(String s) {
        return Double.parseDouble(s.replace('−', '-'));
    }

    @Test
    void constrainedMinimumMeetsTheKktConditions() {
        Pattern p = Pattern.compile(NUM + "\\(x₁ ([+−]) " + NUM + "\\)² \\+ " + NUM + "\\(x₂ ([+−]) " + NUM
                + "\\)² subject to x₁ \\+ x₂ = " + NUM);
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new ConstrainedMinimum().generate(seed);
            String plain = e.prompt().plain();
            Matcher m = p.matcher(plain);
            assertTrue(m.find(), "seed " + seed + ": " + plain);
            double w1 = num(m.group(1));
            double t1 = (m.group(2).equals("+") ? -1 : 1) * num(m.group(3));
            double w2 = num(m.group(4));
            double t2 = (m.group(5).equals("+") ? -1 : 1) * num(m.group(6));
            double d = num(m.group(7));
            double[] x = e.answer().values();
            assertEquals(d, x[0] + x[1], 1e-12, "feasible, seed " + seed);
            // the gradient (2w₁(x₁ − t₁), 2w₂(x₂ − t₂)) is parallel to the normal (1, 1)
            assertEquals(w1 * (x[0] - t1), w2 * (x[1] - t2), 1e-12, "stationary, seed " + seed + ": " + plain);
        }
    }

    @Test
    void constraintPriceIsTheSlopeOfTheSquaredDistance() {
        Pattern b = Pattern.compile("b = \\(" + NUM + ", " + NUM + "\\)");
        Pattern line = Pattern.compile(NUM + "·x₁ ([+−]) " + NUM + "·x₂ = " + NUM);
        Pattern step = Pattern.compile("d \\+ " + NUM + "\\.$");
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new ConstraintPrice().generate(seed);
            String plain = e.prompt().plain();
            Matcher mb = b.matcher(plain);
            Matcher ml = line.matcher(plain);
            Matcher ms = step.matcher(plain);
            assertTrue(mb.find() && ml.find() && ms.find(), "seed " + seed + ": " + plain);
            double b1 = num(mb.group(1));
            double b2 = num(mb.group(2));
            double c1 = num(ml.group(1));
            double c2 = (ml.group(2).equals("−") ? -1 : 1) * num(ml.group(3));
            double d = num(ml.group(4));
            double dd = num(ms.group(1));
            double n2 = c1 * c1 + c2 * c2;
            double r = c1 * b1 + c2 * b2 - d;
            // d/dd of (cᵀb − d)²/‖c‖² is −2(cᵀb − d)/‖c‖²
            double slope = -2 * r / n2;
            assertEquals(slope * dd, e.answer().scalar(), 1e-12, "seed " + seed + ": " + plain);
            // and the exact change differs from it by (Δd)²/‖c‖² only
            double exact = ((r - dd) * (r - dd) - r * r) / n2;
            assertEquals(exact - dd * dd / n2, e.answer().scalar(), 1e-12, "seed " + seed);
        }
    }
}
