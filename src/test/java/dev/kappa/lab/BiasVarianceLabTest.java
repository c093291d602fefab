package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bias-variance lab against numpy lstsq fits of the same training sets (tools/fixtures/bias_variance_fixtures.py). */
class BiasVarianceLabTest {
    private static final double[][] REF = LabFixtures.read("bias_variance.csv");

    private static ParamSet state(double[] row) {
        return Query.read(BiasVarianceLab.params(), "n=" + (int) row[0] + "&noise=" + row[1] + "&sets=" + (int) row[2]
                + "&seed=" + (int) row[3] + "&degree=" + (int) row[4]);
    }

    @Test
    void decompositionByDegreeAndByLambdaMatchesNumpy() {
        BiasVarianceLab lab = new BiasVarianceLab();
        for (double[] row : REF) {
            ParamSet p = state(row);
            int index = (int) row[6];
            boolean ridge = row[5] == 1;
            double[][] fits = ridge ? lab.ridgeFits(p, index) : lab.sweepFits(p, index);
            double[] got = BiasVarianceLab.decompose(fits, p.number("noise"));
            String what = p.toQuery() + (ridge ? " λ = " + BiasVarianceLab.LAMBDAS[index] : " degree " + index);
            // degree 15 on 8 points, or λ = 1e-8 at degree 12, is as ill-conditioned as it gets: the fits agree to κ·ε
            double tol = (!ridge && index >= 8) || (ridge && index <= 2) ? 1e-5 : 1e-9;
            String[] names = {"bias²", "variance", "σ²", "sum", "test error of set 1"};
            for (int c = 0; c < 5; c++) {
                // relative, with a floor: σ = 0 leaves bias² of degree 14 at 2e-13, where rounding shows
                assertEquals(row[7 + c], got[c], tol * Math.max(Math.abs(row[7 + c]), 1e-8), what + " " + names[c]);
            }
        }
    }

    @Test
    void averageTestErrorIsExactlyTheSumOfTheThreeTerms() {
        for (Preset preset : BiasVarianceLab.presets()) {
            LabOutput out = new BiasVarianceLab().compute(preset.applyTo(BiasVarianceLab.params()));
            double sum = out.readout("sum");
            assertEquals(out.readout("bias2") + out.readout("variance") + out.readout("noise"), sum, 1e-15 * sum);
            assertRelative(out.readout("meanTest"), sum, 1e-12, preset.label() + ": E[(y − f̂)²] = bias² + var + σ²");
        }
    }

    @Test
    void degreeOneIsBiasedDegreeTwelveVariesAndRidgeTradesThem() {
        LabOutput one = new BiasVarianceLab().compute(Query.read(BiasVarianceLab.params(), "degree=1"));
        LabOutput twelve = new BiasVarianceLab().compute(Query.read(BiasVarianceLab.params(), "degree=12"));
        assertTrue(one.readout("bias2") > one.readout("variance"), "degree 1: bias dominates");
        assertTrue(twelve.readout("variance") > 10 * twelve.readout("bias2"), "degree 12: variance dominates");
        LabOutput small = new BiasVarianceLab().compute(Query.read(BiasVarianceLab.params(),
                "degree=12&model=ridge&lambda=0.001"));
        LabOutput large = new BiasVarianceLab().compute(Query.read(BiasVarianceLab.params(),
                "degree=12&model=ridge&lambda=10"));
        assertTrue(large.readout("bias2") > small.readout("bias2") && large.readout("variance") < small.readout("variance"),
                "larger λ: more bias, less variance");
        assertEquals(3, one.readout("bestDegree"), "the sweet spot of the defaults' sweep (numpy: degree 3)");
    }

    @Test
    void stagedWorkGivesTheSameOutputAsOneGo() {
        ParamSet p = Query.read(BiasVarianceLab.params(), "degree=7&model=ridge&lambda=0.01&sets=30");
        BiasVarianceLab staged = new BiasVarianceLab();
        int frames = 0;
        while (!staged.prepare(p, 3)) {
            frames++;
        }
        assertTrue(frames > 5, "the work is spread over frames");
        assertEquals(LabFingerprint.of(new BiasVarianceLab().compute(p)), LabFingerprint.of(staged.compute(p)));
    }
}
