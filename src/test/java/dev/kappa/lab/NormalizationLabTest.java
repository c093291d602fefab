package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizationLabTest {
    private static final double[][] REF = LabFixtures.read("normalization.csv");
    private static final String[] QUERIES = {
        "features=custom&p=3&n=100&mu=3&spread=1",
        "features=custom&p=3&n=100&mu=0&spread=100",
        "features=correlated&p=20&n=30&sigma=0.1&noise=0.5&steps=500"};

    private static LabOutput run(String query) {
        return new NormalizationLab().compute(Query.read(NormalizationLab.params(), query));
    }

    @Test
    void conditionNumbersMatchNumpy() {
        for (int c = 0; c < QUERIES.length; c++) {
            LabOutput out = run(QUERIES[c]);
            for (int v = 0; v < 4; v++) {
                String name = NormalizationLab.VERSIONS[v];
                // κ up to 6e4 from an eigen-decomposition of H: ~κ·ε relative agreement
                assertRelative(REF[c][v + 1], out.readout("kappa-" + name), 1e-9, "case " + c + " κ " + name);
            }
            assertRelative(REF[c][5], out.readout("lmax-raw"), 1e-12, "case " + c + " λmax");
            assertRelative(REF[c][6], out.readout("muSq"), 1e-12, "case " + c + " ‖μ‖² + 1");
        }
    }

    @Test
    void eachValidationCurveSharesItsTrainingCurvesColour() {
        java.util.List<Series> series = run(QUERIES[0]).series();
        int validations = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.name().endsWith(" validation")) {
                validations++;
                String variant = s.name().substring(0, s.name().length() - " validation".length());
                Look train = NormalizationLab.GENERALIZATION.lookOf(variant + " train");
                Look validation = NormalizationLab.GENERALIZATION.lookOf(s.name());
                assertEquals(train.colour(), validation.colour(), s.name() + " is drawn in its training curve's colour");
                assertTrue(train.dash() != validation.dash(), s.name() + " is dashed where its training curve is not");
            }
        }
        assertEquals(4, validations);
    }

    @Test
    void outlierEigenvalueIsAboutMuSquaredPlusOne() {
        LabOutput out = run(QUERIES[0]);
        double ratio = out.readout("lmax-raw") / out.readout("muSq");
        assertTrue(ratio > 0.9 && ratio < 1.1, "λmax/(‖μ‖² + 1) = " + ratio);
        assertTrue(out.readout("kappa-raw") > 100 * out.readout("kappa-centred"));
    }

    @Test
    void whiteningConvergesFastestAndFitsTheNoise() {
        LabOutput out = run(QUERIES[2]);
        assertRelative(REF[2][7], out.readout("validation-whitened"), 1e-8, "whitened GD = LS solution");
        assertTrue(out.readout("gap-whitened") < 1e-12);
        assertTrue(out.readout("gap-standardized") > 1e-3, "standardized GD should still be fitting");
        assertTrue(out.readout("validation-standardized") < 0.5 * out.readout("validation-whitened"),
                "early-stopped standardized GD should generalize better than whitened");
    }

    @Test
    void seriesHaveOneLossCurvePerVersion() {
        LabOutput out = run(QUERIES[1]);
        for (String v : NormalizationLab.VERSIONS) {
            assertEquals(201, out.series(v).size(), v);
            assertEquals(201, out.series(v + " validation").size(), v);
        }
    }
}
