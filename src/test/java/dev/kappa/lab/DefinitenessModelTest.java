package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.lab.DefinitenessModel.Kind;
import dev.kappa.linalg.Rng;
import org.junit.jupiter.api.Test;

class DefinitenessModelTest {
    private static DefinitenessModel preset(int i) {
        return DefinitenessModel.of(DefinitenessLab.presets().get(i).applyTo(DefinitenessLab.params()));
    }

    private static DefinitenessModel with(String q) {
        return DefinitenessModel.of(DefinitenessLab.params().readFrom(Preset.parseQuery(q)));
    }

    @Test
    void lecturePresets() {
        DefinitenessModel psd = preset(1);
        assertEquals(Kind.POSITIVE_SEMIDEFINITE, psd.kind());
        assertArrayEquals(new double[] {0, 2}, new double[] {psd.clean(0), psd.clean(1)}, 1e-15);
        assertTrue(psd.valley(), "[[1,1],[1,1]] has a valley of minima");
        double[] d = psd.valleyDirection();
        assertEquals(0, d[0] + d[1], 1e-15, "valley along (1, −1)/√2");
        assertEquals(1, Math.hypot(d[0], d[1]), 1e-15);

        DefinitenessModel ridge = preset(2);
        assertEquals(Kind.POSITIVE_DEFINITE, ridge.kind());
        assertEquals(0.1, ridge.eigenvalues()[0], 1e-14);
        assertEquals(2.1, ridge.eigenvalues()[1], 1e-14);
        assertArrayEquals(new double[] {0, 0}, ridge.minimizer(), 0, "b = 0: the minimizer appears at 0");

        DefinitenessModel saddle = preset(3);
        assertEquals(Kind.INDEFINITE, saddle.kind());
        assertNull(saddle.minimizer());
        assertNull(preset(4).minimizer(), "PSD with b outside the range: no minimum");
        assertEquals(Kind.NEGATIVE_DEFINITE, preset(5).kind());
        assertTrue(preset(3).verdict().startsWith("A + λI is indefinite (a saddle): eigenvalues -1 and 1."),
                preset(3).verdict());
    }

    @Test
    void classificationAgreesWithDeterminantAndTraceOnRandomMatrices() {
        Rng rng = new Rng(7);
        for (int t = 0; t < 2000; t++) {
            double a = inRange(Math.round(rng.gaussian() * 100) / 100.0);
            double b = inRange(Math.round(rng.gaussian() * 100) / 100.0);
            double c = inRange(Math.round(rng.gaussian() * 100) / 100.0);
            DefinitenessModel m = with("a11=" + a + "&a12=" + b + "&a22=" + c);
            double det = a * c - b * b;
            double tr = a + c;
            Kind expected;
            if (Math.abs(det) < 1e-12) {
                expected = null; // singular: checked below through the eigenvalues
            } else if (det < 0) {
                expected = Kind.INDEFINITE;
            } else {
                expected = tr > 0 ? Kind.POSITIVE_DEFINITE : Kind.NEGATIVE_DEFINITE;
            }
            if (expected != null) {
                assertEquals(expected, m.kind(), "A = [[" + a + ", " + b + "], [" + b + ", " + c + "]]");
            }
            // Eigenvalues from the characteristic polynomial.
            double disc = Math.sqrt((a - c) * (a - c) / 4 + b * b);
            assertEquals(tr / 2 - disc, m.eigenvalues()[0], 1e-12, "λmin of " + a + ", " + b + ", " + c);
            assertEquals(tr / 2 + disc, m.eigenvalues()[1], 1e-12, "λmax of " + a + ", " + b + ", " + c);
        }
    }

    /** The parameters' range is [−3, 3]. */
    private static double inRange(double v) {
        return Math.max(-3, Math.min(3, v));
    }

    @Test
    void minimizerSolvesTheLinearSystemByCramer() {
        DefinitenessModel m = with("a11=2&a12=0.5&a22=1&b1=0.3&b2=-0.7&shift=0.25");
        double a = 2.25;
        double b = 0.5;
        double c = 1.25;
        double det = a * c - b * b;
        // (A + λI)x = −b
        double x = (-0.3 * c - b * 0.7) / det;
        double y = (a * 0.7 + b * 0.3) / det;
        assertArrayEquals(new double[] {x, y}, m.minimizer(), 1e-14);
    }

    @Test
    void shiftingAddsToEveryEigenvalue() {
        for (double s = -2; s <= 3; s += 0.25) {
            DefinitenessModel m = with("a11=1&a12=1&a22=1&shift=" + s);
            assertEquals(s, m.eigenvalues()[0], 1e-14, "shift " + s);
            assertEquals(2 + s, m.eigenvalues()[1], 1e-14, "shift " + s);
        }
    }
    /** Issue 15: q₁ and q₂ were both drawn green; each eigenvector now has its own colour in every preset. */
    @Test
    void theTwoEigenvectorsHaveTwoColoursInEveryPreset() {
        DefinitenessLab lab = new DefinitenessLab();
        for (Preset p : lab.allPresets()) {
            LabOutput out = lab.compute(p.applyTo(lab.spec()));
            PlotSpec spec = out.plotNamed(DefinitenessLab.CONTOURS);
            java.util.List<Look> looks = new java.util.ArrayList<>();
            for (Marker m : out.markers()) {
                if (m.name().startsWith("q₁") || m.name().startsWith("q₂")) {
                    looks.add(spec.lookOf(m.name()));
                }
            }
            for (Series s : out.series()) {
                if (s.name().startsWith("q₁") || s.name().startsWith("q₂")) {
                    looks.add(spec.lookOf(s.name()));
                }
            }
            assertEquals(2, looks.size(), p.label());
            assertTrue(looks.get(0).colour() != looks.get(1).colour(), p.label() + ": " + looks);
        }
    }
}
