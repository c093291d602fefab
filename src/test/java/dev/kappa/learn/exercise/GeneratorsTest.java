package dev.kappa.learn.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Catalog;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.NumberText;
import dev.kappa.learn.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every generator over 1000 seeds: well posed, reproducible, graded correctly. Several answers are
 * also recomputed here from the numbers printed in the prompt with closed 2×2 formulas, independent
 * of the numerical core.
 */
class GeneratorsTest {
    private static final int SEEDS = 1000;

    @Test
    void catalogueHasAtLeastFifteenDistinctGenerators() {
        ExerciseGenerator[] all = Catalogue.all();
        assertTrue(all.length >= 15, "only " + all.length + " generators");
        Set<String> ids = new HashSet<>();
        for (ExerciseGenerator g : all) {
            assertTrue(Catalog.isValidId(g.id()), g.id());
            assertTrue(ids.add(g.id()), "duplicate id " + g.id());
            assertTrue(Catalog.isTopic(g.topic()), g.id() + " topic " + g.topic());
            assertTrue(g.lab() == null || Catalog.isLab(g.lab()), g.id() + " lab " + g.lab());
            assertNotNull(Catalogue.byId(g.id()));
        }
        assertEquals(null, Catalogue.byId("no-such-exercise"));
    }

    private static String typed(double[] v, boolean full) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(full ? Double.toString(v[i]) : NumberText.format(v[i]));
        }
        return sb.toString();
    }

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    @Test
    void everyGeneratorIsWellPosedAndGradedOverManySeeds() {
        List<String> failures = new ArrayList<>();
        for (ExerciseGenerator g : Catalogue.all()) {
            Set<String> distinct = new HashSet<>();
            for (long seed = 0; seed < SEEDS && failures.size() < 20; seed++) {
                String where = g.id() + " seed " + seed;
                Exercise e = g.generate(seed);
                distinct.add(e.prompt().plain());
                check(e, where, failures);
            }
            if (failures.size() >= 20) {
                break;
            }
            if (distinct.size() < 5) {
                failures.add(g.id() + ": only " + distinct.size() + " distinct prompts over " + SEEDS + " seeds");
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s):\n" + String.join("\n", failures));
        }
    }

    private static void check(Exercise e, String where, List<String> failures) {
        if (e.prompt().plain().isEmpty() || e.hint().plain().isEmpty() || e.solution().plain().isEmpty()) {
            failures.add(where + ": empty prompt, hint or solution");
        }
        if (e.prompt().plain().contains("<") || e.solution().plain().contains("<m")) {
            failures.add(where + ": markup in the plain text: " + e.prompt().plain());
        }
        if (!e.prompt().html().contains("<math>")) {
            failures.add(where + ": prompt html has no MathML");
        }
        if (e.prompt().plain().contains("NaN") || e.solution().plain().contains("NaN")
                || e.solution().plain().contains("Infinity")) {
            failures.add(where + ": non-finite number shown: " + e.solution().plain());
        }
        Answer a = e.answer();
        switch (a.kind()) {
            case SCALAR:
            case VECTOR: {
                double[] v = a.values();
                for (double x : v) {
                    if (Double.isNaN(x) || Double.isInfinite(x)) {
                        failures.add(where + ": answer not finite");
                        return;
                    }
                }
                expect(e, typed(v, true), true, where, failures);
                expect(e, typed(v, false), true, where, failures);
                expect(e, e.answer().describe(), true, where, failures);
                expect(e, typed(scaled(v, 1.1), true), false, where, failures);
                expect(e, typed(scaled(v, -1), true), false, where, failures);
                if (v.length > 1) {
                    double[] w = v.clone();
                    int big = 0;
                    for (int i = 1; i < w.length; i++) {
                        if (Math.abs(w[i]) > Math.abs(w[big])) {
                            big = i;
                        }
                    }
                    w[big] *= 1.1;
                    expect(e, typed(w, true), false, where, failures);
                    // Each entry is judged on its own scale: 5 % off on the smallest nonzero entry fails too.
                    int small = -1;
                    for (int i = 0; i < v.length; i++) {
                        if (Math.abs(v[i]) > 100 * a.absTol() && (small < 0 || Math.abs(v[i]) < Math.abs(v[small]))) {
                            small = i;
                        }
                    }
                    if (small >= 0) {
                        double[] u = v.clone();
                        u[small] *= 1.05;
                        expect(e, typed(u, true), false, where, failures);
                    }
                    Verdict shorter = e.grade(typed(java.util.Arrays.copyOf(v, v.length - 1), true));
                    if (shorter.wellFormed() || !shorter.message().contains("Expected " + v.length + " numbers")) {
                        failures.add(where + ": a vector one entry short should be refused with a format hint: " + shorter);
                    }
                }
                break;
            }
            case DIRECTION: {
                double[] v = a.values();
                expect(e, typed(v, true), true, where, failures);
                expect(e, typed(v, false), true, where, failures);
                expect(e, typed(scaled(v, -1), true), true, where, failures);
                expect(e, typed(scaled(v, 3), true), a.anyScale(), where, failures);
                double[] turned = v.length == 2 ? new double[] {-v[1], v[0]} : scaled(v, 0);
                expect(e, typed(turned, true), false, where, failures);
                break;
            }
            case CHOICE: {
                for (int i = 0; i < a.optionCount(); i++) {
                    expect(e, String.valueOf((char) ('a' + i)), i == a.choice(), where, failures);
                    expect(e, e.options()[i], i == a.choice(), where, failures);
                }
                break;
            }
            default:
                failures.add(where + ": unexpected answer kind " + a.kind());
        }
        Verdict garbage = e.grade("abc");
        if (garbage.wellFormed() || garbage.message().isEmpty()) {
            failures.add(where + ": garbage accepted as an answer: " + garbage);
        }
    }

    private static void expect(Exercise e, String input, boolean right, String where, List<String> failures) {
        Verdict v = e.grade(input);
        if (right && !v.correct()) {
            failures.add(where + ": right answer '" + input + "' rejected: " + v);
        } else if (!right && v.correct()) {
            failures.add(where + ": wrong answer '" + input + "' accepted (expected " + e.answer().describe() + ")");
        } else if (!right && !v.wellFormed()) {
            failures.add(where + ": wrong answer '" + input + "' not understood: " + v);
        }
    }

    @Test
    void sameSeedSameExerciseBitForBit() {
        for (ExerciseGenerator g : Catalogue.all()) {
            for (long seed : new long[] {0, 1, 42, 123456789L, -7, Long.MAX_VALUE}) {
                Exercise a = g.generate(seed);
                Exercise b = g.generate(seed);
                assertEquals(a.prompt().html(), b.prompt().html(), g.id());
                assertEquals(a.solution().plain(), b.solution().plain(), g.id());
                double[] va = a.answer().values();
                double[] vb = b.answer().values();
                if (va != null) {
                    for (int i = 0; i < va.length; i++) {
                        assertEquals(Double.doubleToRawLongBits(va[i]), Double.doubleToRawLongBits(vb[i]), g.id());
                    }
                } else {
                    assertEquals(a.answer().choice(), b.answer().choice(), g.id());
                }
            }
        }
    }

    // ------------------------------------------------------------ independent recomputation

    private static final Pattern MATRIX = Pattern.compile("A = \\[\\[([-0-9.e]+), ([-0-9.e]+)(?:, ([-0-9.e]+))?\\], "
            + "\\[([-0-9.e]+), ([-0-9.e]+)(?:, ([-0-9.e]+))?\\]");
    private static final Pattern VECTOR_B = Pattern.compile("b = \\(([-0-9.e]+), ([-0-9.e]+)(?:, ([-0-9.e]+))?\\)");

    private static double[] numbers(Matcher m) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                out.add(Double.parseDouble(m.group(i)));
            }
        }
        double[] v = new double[out.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = out.get(i);
        }
        return v;
    }

    private static double[] matrix2(String plain) {
        Matcher m = MATRIX.matcher(plain);
        assertTrue(m.find(), "no 2×2 matrix in: " + plain);
        return numbers(m);
    }

    private static double[] vectorB(String plain) {
        Matcher m = VECTOR_B.matcher(plain);
        assertTrue(m.find(), "no b in: " + plain);
        return numbers(m);
    }

    /** Eigenvalues of [[p, r], [r, q]] by the quadratic formula, ascending. */
    private static double[] eig2(double p, double r, double q) {
        double mean = (p + q) / 2;
        double rad = Math.hypot((p - q) / 2, r);
        return new double[] {mean - rad, mean + rad};
    }

    private static void close(double expected, double actual, double tol, String what) {
        if (!(Math.abs(expected - actual) <= tol * Math.max(1, Math.abs(expected)))) {
            fail(what + ": expected " + expected + " but the generator says " + actual);
        }
    }

    @Test
    void maxStableStepAndOptimalStepMatchTheQuadraticFormula() {
        for (long seed = 0; seed < 200; seed++) {
            Exercise e = new MaxStableStep().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double[] l = eig2(a[0], a[1], a[3]);
            close(2 / l[1], e.answer().scalar(), 1e-12, "max step seed " + seed);
            Exercise o = new OptimalStep().generate(seed);
            a = matrix2(o.prompt().plain());
            l = eig2(a[0], a[1], a[3]);
            close(2 / (l[0] + l[1]), o.answer().scalar(), 1e-12, "optimal step seed " + seed);
        }
    }

    @Test
    void eigenvaluesMatchTheQuadraticFormula() {
        for (long seed = 0; seed < 200; seed++) {
            Exercise e = new SymmetricEigenvalues().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double[] l = eig2(a[0], a[1], a[3]);
            double[] got = e.answer().values();
            close(l[0], got[0], 1e-12, "λ1 seed " + seed);
            close(l[1], got[1], 1e-12, "λ2 seed " + seed);
        }
    }

    @Test
    void definitenessMatchesTraceAndDeterminant() {
        int[] seen = new int[4];
        for (long seed = 0; seed < 400; seed++) {
            Exercise e = new Definiteness().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double tr = a[0] + a[3];
            double det = a[0] * a[3] - a[1] * a[2];
            int expected = det > 0 ? (tr > 0 ? 0 : 3) : det == 0 ? (tr > 0 ? 1 : -1) : 2;
            assertEquals(expected, e.answer().choice(), "seed " + seed + ": " + e.prompt().plain());
            seen[expected]++;
        }
        for (int k = 0; k < 4; k++) {
            assertTrue(seen[k] > 50, "class " + k + " drawn only " + seen[k] + " times");
        }
    }

    @Test
    void minNormSolutionIsAtTimesInverseOfAAtTimesB() {
        for (long seed = 0; seed < 200; seed++) {
            Exercise e = new MinNormSolution().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double[] b = vectorB(e.prompt().plain());
            // AAᵀ (2×2), then x = Aᵀ (AAᵀ)⁻¹ b.
            double g11 = a[0] * a[0] + a[1] * a[1] + a[2] * a[2];
            double g12 = a[0] * a[3] + a[1] * a[4] + a[2] * a[5];
            double g22 = a[3] * a[3] + a[4] * a[4] + a[5] * a[5];
            double det = g11 * g22 - g12 * g12;
            double y1 = (g22 * b[0] - g12 * b[1]) / det;
            double y2 = (g11 * b[1] - g12 * b[0]) / det;
            double[] x = e.answer().values();
            for (int j = 0; j < 3; j++) {
                close(a[j] * y1 + a[3 + j] * y2, x[j], 1e-10, "x" + j + " seed " + seed);
            }
        }
    }

    @Test
    void newtonStepIsMinusAInverseB() {
        for (long seed = 0; seed < 200; seed++) {
            Exercise e = new NewtonStep().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double[] b = vectorB(e.prompt().plain());
            double det = a[0] * a[3] - a[1] * a[2];
            double[] x = e.answer().values();
            close(-(a[3] * b[0] - a[1] * b[1]) / det, x[0], 1e-12, "x0 seed " + seed);
            close(-(a[0] * b[1] - a[2] * b[0]) / det, x[1], 1e-12, "x1 seed " + seed);
        }
    }

    @Test
    void directionCaseCoversEveryRegime() {
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            seen.add(new DirectionCase().generate(seed).answer().choice());
        }
        assertEquals(5, seen.size(), "regimes drawn: " + seen);
    }

    /** Seed 3 drew λ₁ = λ₂ = 1 and then asked about "the eigenvector of λ₂", which is then any vector. */
    @Test
    void directionCaseNeverDrawsEqualEigenvalues() {
        Pattern p = Pattern.compile("λ₁ = ([0-9.]+) and λ₂ = ([0-9]+(?:\\.[0-9]+)?)");
        for (long seed = 0; seed < SEEDS; seed++) {
            String prompt = new DirectionCase().generate(seed).prompt().plain();
            Matcher m = p.matcher(prompt);
            assertTrue(m.find(), prompt);
            assertFalse(Double.parseDouble(m.group(1)) == Double.parseDouble(m.group(2)), "seed " + seed + ": " + prompt);
        }
    }

    /** Projection seed 1 printed x̂ = (1.282e-16, 1.714) for what is (0, 1.714). */
    @Test
    void workedSolutionsShowNoRoundingNoise() {
        Pattern noise = Pattern.compile("[0-9]e-(1[0-9]|[2-9][0-9]|[1-9][0-9][0-9])");
        List<String> failures = new ArrayList<>();
        for (ExerciseGenerator g : Catalogue.all()) {
            for (long seed = 0; seed < SEEDS && failures.size() < 10; seed++) {
                Exercise e = g.generate(seed);
                String shown = e.prompt().plain() + " | " + e.solution().plain() + " | " + e.answer().describe();
                if (noise.matcher(shown).find()) {
                    failures.add(g.id() + " seed " + seed + ": " + shown);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** "Which step makes the slowest direction contract fastest" reads as η = 1/λmin; the worst factor is meant. */
    @Test
    void optimalStepAsksForTheBestWorstFactor() {
        String prompt = new OptimalStep().generate(0).prompt().plain();
        assertTrue(prompt.contains("max(|1 − ηλmin|, |1 − ηλmax|)"), prompt);
        assertFalse(prompt.contains("slowest eigen-direction contract fastest"), prompt);
    }

    @Test
    void eigenvectorMatchesTheClosedForm() {
        int anyScale = 0;
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new Eigenvector().generate(seed);
            double[] a = matrix2(e.prompt().plain());
            double[] l = eig2(a[0], a[1], a[3]);
            boolean larger = e.prompt().plain().contains("larger eigenvalue");
            double lambda = larger ? l[1] : l[0];
            // (A − λI)v = 0 for v = (r, λ − p) when r ≠ 0.
            double[] v = {a[1], lambda - a[0]};
            double n = Math.hypot(v[0], v[1]);
            double[] got = e.answer().values();
            double dot = (got[0] * v[0] + got[1] * v[1]) / n;
            close(1, Math.abs(dot), 1e-12, "seed " + seed + ": " + e.prompt().plain());
            assertEquals(Answer.Kind.DIRECTION, e.answer().kind());
            anyScale += e.answer().anyScale() ? 1 : 0;
        }
        assertTrue(anyScale > 50 && anyScale < 250, "both kinds of question drawn: " + anyScale + " of 300 any-scale");
    }

    @Test
    void kappaOfAtAIsTheSquare() {
        for (long seed = 0; seed < 100; seed++) {
            Exercise e = new KappaNormalEquations().generate(seed);
            Matcher m = Pattern.compile("κ\\(A\\) = ([0-9.e]+)").matcher(e.prompt().plain());
            assertTrue(m.find(), e.prompt().plain());
            double k = Double.parseDouble(m.group(1));
            close(k * k, e.answer().scalar(), 1e-12, "seed " + seed);
            assertFalse(e.answer().scalar() < 100);
        }
    }

    private static double named(String plain, String name) {
        Matcher m = Pattern.compile(name + " = (-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?)").matcher(plain);
        assertTrue(m.find(), "no " + name + " in: " + plain);
        return Double.parseDouble(m.group(1));
    }

    /** The larger |root| of r² − ar + β by the quadratic formula (complex roots: |r|² = β, their product). */
    private static double rootModulus(double a, double beta) {
        double disc = a * a - 4 * beta;
        if (disc < 0) {
            return Math.sqrt(beta);
        }
        return (Math.abs(a) + Math.sqrt(disc)) / 2;
    }

    @Test
    void momentumRateIsTheLargerRootModulusOverBothEigenvalues() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new MomentumRate().generate(seed);
            String plain = e.prompt().plain();
            double alpha = named(plain, "α");
            double beta = named(plain, "β");
            double l2 = named(plain, "λ₂");
            double rate = Math.max(rootModulus(1 + beta - alpha, beta), rootModulus(1 + beta - alpha * l2, beta));
            close(rate, e.answer().scalar(), 1e-12, "momentum rate seed " + seed + ": " + plain);
            assertTrue(rate < 1, "a converging setting, seed " + seed);
        }
    }

    @Test
    void momentumDampingCaseFollowsTheDiscriminant() {
        int[] seen = new int[4];
        for (long seed = 0; seed < 400; seed++) {
            Exercise e = new MomentumDamping().generate(seed);
            String plain = e.prompt().plain();
            double alpha = named(plain, "α");
            double beta = named(plain, "β");
            double lambda = named(plain, "λ");
            double a = 1 + beta - alpha * lambda;
            double disc = a * a - 4 * beta;
            int expected = rootModulus(a, beta) >= 1 ? 3 : Math.abs(disc) < 1e-9 ? 1 : disc < 0 ? 2 : 0;
            assertEquals(expected, e.answer().choice(), "seed " + seed + ": " + plain);
            seen[expected]++;
        }
        for (int k = 0; k < 4; k++) {
            assertTrue(seen[k] > 50, "case " + k + " drawn only " + seen[k] + " times");
        }
    }

    @Test
    void cgStepsIsTheNumberOfDistinctEigenvalues() {
        Pattern group = Pattern.compile("\\((\\d+) times?\\)");
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new CgSteps().generate(seed);
            String plain = e.prompt().plain();
            Matcher m = group.matcher(plain);
            int distinct = 0;
            int n = 0;
            while (m.find()) {
                distinct++;
                n += Integer.parseInt(m.group(1));
            }
            assertTrue(plain.contains(n + "×" + n), "size " + n + " in: " + plain);
            assertEquals(distinct, e.answer().scalar(), 0, "seed " + seed + ": " + plain);
        }
    }

    @Test
    void cgBoundStepsIsTheSmallestKWithTwoRhoToTheKBelowEpsilon() {
        Pattern eps = Pattern.compile("≤ 10⁻([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
        for (long seed = 0; seed < 200; seed++) {
            Exercise e = new CgBoundSteps().generate(seed);
            String plain = e.prompt().plain();
            double kappa = named(plain, "κ\\(A\\)");
            Matcher m = eps.matcher(plain);
            assertTrue(m.find(), plain);
            int digits = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(m.group(1).charAt(0));
            double rho = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
            int k = 0;
            while (2 * Math.pow(rho, k) > Math.pow(10, -digits)) {
                k++;
            }
            assertEquals(k, e.answer().scalar(), 0, "seed " + seed + ": " + plain);
        }
    }

    private static double signed(String text) {
        return Double.parseDouble(text.replace('−', '-'));
    }

    @Test
    void sgdEndPointIsTheProjectionOfTheStartOntoTheSolutionLine() {
        Pattern eq = Pattern.compile("([-−]?[0-9.]+)·w₁ ([+−]) ([0-9.]+)·w₂ = ([-−]?[0-9.]+)");
        Pattern start = Pattern.compile("w₀ = \\(([-−]?[0-9.]+), ([-−]?[0-9.]+)\\)");
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new SgdEndPoint().generate(seed);
            String plain = e.prompt().plain();
            Matcher m = eq.matcher(plain);
            Matcher s0 = start.matcher(plain);
            assertTrue(m.find() && s0.find(), "seed " + seed + ": " + plain);
            double a1 = signed(m.group(1));
            double a2 = (m.group(2).equals("−") ? -1 : 1) * signed(m.group(3));
            double t = signed(m.group(4));
            double w1 = signed(s0.group(1));
            double w2 = signed(s0.group(2));
            double[] end = e.answer().values();
            // on the line, and moved from w₀ along a only (the cross product of the move with a is 0)
            close(t, a1 * end[0] + a2 * end[1], 1e-12, "on the line, seed " + seed);
            close(0, (end[0] - w1) * a2 - (end[1] - w2) * a1, 1e-12, "moved along a, seed " + seed);
        }
    }

    @Test
    void sgdNoiseBallIsTheSquareRootOfTheSummedVariances() {
        for (long seed = 0; seed < 300; seed++) {
            Exercise e = new SgdNoiseBall().generate(seed);
            String plain = e.prompt().plain();
            double d = named(plain, "d");
            double s = named(plain, "s");
            double eta = named(plain, "η");
            double b = named(plain, "b");
            close(Math.sqrt(d * eta * s * s / (2 * b)), e.answer().scalar(), 1e-12, "noise ball seed " + seed + ": " + plain);
        }
    }
}
