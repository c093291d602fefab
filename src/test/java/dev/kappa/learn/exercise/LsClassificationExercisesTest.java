package dev.kappa.learn.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kappa.learn.Exercise;
import dev.kappa.linalg.LeastSquares;
import dev.kappa.linalg.Matrix;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ls-classification exercises recomputed from their prompts by other means: the logistic loss by
 * Math.log1p/Math.exp of the parsed margin, the boundary by Householder QR ({@link LeastSquares#viaQR})
 * of the parsed points rather than the generator's closed-form normal equations.
 */
class LsClassificationExercisesTest {
    private static final Pattern TUPLE = Pattern.compile("\\(([-−0-9., ]+)\\)");

    private static double[][] tuples(String plain) {
        Matcher m = TUPLE.matcher(plain);
        java.util.List<double[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            String[] parts = m.group(1).split(",\\s*");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i].trim().replace('−', '-'));
            }
            out.add(v);
        }
        return out.toArray(new double[0][]);
    }

    private static double label(String plain) {
        Matcher m = Pattern.compile("y = ([-−]?1)").matcher(plain);
        assertTrue(m.find(), "no label in " + plain);
        return Double.parseDouble(m.group(1).replace('−', '-'));
    }

    private static void close(double expected, double actual, double tol, String what) {
        if (!(Math.abs(expected - actual) <= tol * Math.max(1, Math.abs(expected)))) {
            fail(what + ": expected " + expected + " but the generator says " + actual);
        }
    }

    @Test
    void logisticLossIsLog1pOfTheParsedMargin() {
        for (long seed = 0; seed < 500; seed++) {
            Exercise e = new LogisticMarginLoss().generate(seed);
            String plain = e.prompt().plain();
            double[][] t = tuples(plain);
            assertTrue(t.length >= 2 && t[0].length == 3 && t[1].length == 2, "seed " + seed + ": " + plain);
            double y = label(plain);
            double m = y * (t[0][0] + t[0][1] * t[1][0] + t[0][2] * t[1][1]);
            assertTrue(m != 0 && Math.abs(m) <= 6, "seed " + seed + ": margin " + m);
            close(Math.log1p(Math.exp(-m)), e.answer().scalar(), 1e-14, "logistic loss, seed " + seed + ": " + plain);
        }
    }

    @Test
    void boundaryIsWhereTheQrLeastSquaresScoreVanishes() {
        for (long seed = 0; seed < 500; seed++) {
            Exercise e = new LsBoundaryOnALine().generate(seed);
            String plain = e.prompt().plain();
            double[][] t = tuples(plain);
            assertTrue(t.length >= 2 && t[0].length == t[1].length, "seed " + seed + ": " + plain);
            double[] x = t[0];
            double[] y = t[1];
            boolean pos = false;
            boolean neg = false;
            double[][] rows = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                rows[i] = new double[] {1, x[i]};
                pos |= y[i] == 1;
                neg |= y[i] == -1;
            }
            assertTrue(pos && neg, "seed " + seed + ": both classes in " + plain);
            double[] w = LeastSquares.viaQR(Matrix.of(rows), y).x();
            close(-w[0] / w[1], e.answer().scalar(), 1e-12, "boundary, seed " + seed + ": " + plain);
        }
    }
}
