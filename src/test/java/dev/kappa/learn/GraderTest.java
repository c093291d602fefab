package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GraderTest {
    private static void right(Answer a, String input) {
        Verdict v = Grader.grade(a, input);
        assertTrue(v.correct(), "expected \"" + input + "\" to be accepted for " + a.describe() + ", got " + v);
    }

    private static void wrong(Answer a, String input) {
        Verdict v = Grader.grade(a, input);
        assertTrue(v.wellFormed(), "expected \"" + input + "\" to be read, got " + v);
        assertFalse(v.correct(), "expected \"" + input + "\" to be rejected for " + a.describe());
    }

    private static void malformed(Answer a, String input, String mentions) {
        Verdict v = Grader.grade(a, input);
        assertFalse(v.wellFormed(), "expected \"" + input + "\" to be unreadable, got " + v);
        assertTrue(v.message().contains(mentions), "message '" + v.message() + "' should mention '" + mentions + "'");
    }

    @Test
    void scalarNotations() {
        Answer a = Answer.scalar(0.001);
        right(a, "0.001");
        right(a, " 1e-3 ");
        right(a, "1E-3");
        right(a, "1/1000");
        right(a, "1 / 1000");
        right(a, ".001");
        right(a, "+0.00100");
        wrong(a, "0.0011");
        wrong(a, "-1e-3");
        right(Answer.scalar(25000), "2.5E4");
        right(Answer.scalar(0.75), "3/4");
        right(Answer.scalar(-1.0 / 3), "-1/3");
        right(Answer.scalar(-1.0 / 3), "\u22121/3");
        right(Answer.scalar(-1.0 / 3), "-0.333");
        right(Answer.scalar(Math.PI / 4), "pi/4");
        right(Answer.scalar(Math.PI), "π");
    }

    @Test
    void defaultTolerancesAreOnePercentAndOneE8() {
        Answer a = Answer.scalar(100);
        right(a, "100.99");
        wrong(a, "101.01");
        Answer zero = Answer.scalar(0);
        right(zero, "1e-9");
        wrong(zero, "1e-7");
    }

    @Test
    void perQuestionTolerances() {
        Answer a = Answer.scalar(100, 1e-4, 0);
        right(a, "100.009");
        wrong(a, "100.02");
        Answer b = Answer.scalar(0, 0, 0.5);
        right(b, "0.4");
        wrong(b, "0.6");
    }

    @Test
    void signHint() {
        Verdict v = Grader.grade(Answer.scalar(2), "-2");
        assertTrue(v.message().contains("sign"), v.message());
    }

    @Test
    void scalarGarbage() {
        Answer a = Answer.scalar(1);
        malformed(a, "", "number");
        malformed(a, "   ", "number");
        malformed(a, "abc", "not a number");
        malformed(a, "1/0", "zero");
        malformed(a, "1//2", "'/'");
        malformed(a, "0x10", "not a number");
        malformed(a, "sqrt(-4)", "negative");
        malformed(a, "(1+2", "unmatched");
        malformed(a, "cos(1)", "not a number");
        malformed(a, "--1", "two signs");
        malformed(a, "1, 2", "several numbers");
        malformed(a, "0,5", "dot");
        malformed(a, "1e", "not a number");
        malformed(a, "NaN", "not a number");
        malformed(a, "Infinity", "not a number");
        malformed(a, "1e999", "too large");
        malformed(a, "2^1e9", "too large");
    }

    @Test
    void vectorNotations() {
        Answer a = Answer.vector(new double[] {1, 2, 3});
        right(a, "1, 2, 3");
        right(a, "[1 2 3]");
        right(a, "(1; 2; 3)");
        right(a, "{1,2,3}");
        right(a, "1 2 3");
        right(a, "  [ 1 ,2 ,  3 ] ");
        right(a, "2/2, 4/2, 9/3");
        right(a, "1 , 2 / 1 , 3");
        wrong(a, "1, 2, 4");
        wrong(a, "-1, -2, -3");
        wrong(a, "1.1, 2.2, 3.3");
    }

    @Test
    void wrongEntriesAndSignsAreNamed() {
        Answer a = Answer.vector(new double[] {-3.0556, 0.1111, 3.2778});
        right(a, "-3.056, 0.1111, 3.278");
        Verdict one = Grader.grade(a, "-3.06, 0.2, 3.28");
        assertEquals("Not correct: entry 2 is off (graded to within 1% of each entry or 1e-8 absolute).", one.message());
        Verdict sign = Grader.grade(a, "3.0556, 0.1111, 3.2778");
        assertTrue(sign.message().contains("entry 1 is off") && sign.message().contains("wrong sign"), sign.message());
        Verdict two = Grader.grade(a, "3.0556, 0.2, -3.2778");
        assertTrue(two.message().startsWith("Not correct: entries 1, 2 and 3 are off"), two.message());
        assertTrue(two.message().contains("Entries 1 and 3 have the wrong sign"), two.message());
    }

    @Test
    void vectorGarbage() {
        Answer a = Answer.vector(new double[] {1, 2, 3});
        malformed(a, "1,,2", "empty");
        malformed(a, "1, 2", "Expected 3 numbers, got 2");
        malformed(a, "1 2 3 4", "got 4");
        malformed(a, "a, b, c", "Entry 1");
        malformed(a, "[1 2 3", "unmatched");
        malformed(a, "[[1 2 3]]", "Brackets");
        malformed(a, "1 2 (3", "unmatched");
        malformed(a, "", "3 numbers");
    }

    // ---------------------------------------------------------------- issue 17: the examples, as found

    /** (−0.2361, 4.236) are the eigenvalues of [[0, 1], [1, 4]]: −0.2 is 15 % off and must not pass. */
    @Test
    void eachVectorEntryIsJudgedOnItsOwnScale() {
        Answer eig = Answer.vector(new double[] {2 - Math.sqrt(5), 2 + Math.sqrt(5)});
        wrong(eig, "-0.2, 4.24");
        right(eig, "-0.2361, 4.236");
        Verdict v = Grader.grade(eig, "-0.2, 4.24");
        assertTrue(v.message().contains("entry 1"), v.message());
        // A 5 % error on the small entry of a min-norm solution, with the floor at a thousandth of the scale.
        Answer minNorm = Answer.vector(new double[] {-55.0 / 18, 1.0 / 9, 59.0 / 18}, 1e-2, 1e-3 * 59.0 / 18);
        wrong(minNorm, "-3.0556, 0.1056, 3.2778");
        right(minNorm, "-3.0556, 0.1111, 3.2778");
        right(minNorm, "-3.06, 0.111, 3.28");
    }

    @Test
    void theAbsoluteFloorLetsRoundedNearZeroEntriesPass() {
        Answer a = Answer.vector(new double[] {0.0004, 2}, 1e-2, 1e-3 * 2);
        right(a, "0, 2");
        right(a, "0.001, 2");
        wrong(a, "0.003, 2");
        right(Answer.vector(new double[] {0, 1.714}), "0, 1.714");
    }

    @Test
    void rootsPowersOfTenAndArithmeticAreRead() {
        right(Answer.scalar(Math.sqrt(5)), "sqrt(5)");
        right(Answer.scalar(Math.sqrt(5)), "√5");
        right(Answer.scalar(Math.sqrt(5)), "√(5)");
        right(Answer.scalar(9e10), "9*10^10");
        right(Answer.scalar(9e10), "9×10^10");
        right(Answer.scalar(9e10), "9·10^10");
        right(Answer.scalar(9e10), "9x10^10");
        right(Answer.scalar(9e10), "9 × 10^10");
        right(Answer.scalar(9e10), "9e10");
        right(Answer.scalar(9e12), "9×10¹²");
        right(Answer.scalar(1.28e-16), "1.28×10⁻¹⁶");
        right(Answer.scalar(2 * Math.PI), "2π");
        right(Answer.scalar(2 * Math.PI), "2*pi");
        right(Answer.scalar(1 + Math.sqrt(5) / 2), "1 + √5/2");
        right(Answer.scalar((1 + Math.sqrt(5)) / 2), "(1+sqrt(5))/2");
        right(Answer.scalar(2.0 / 11), "2/(1+10)");
        right(Answer.scalar(-1), "1-2");
        right(Answer.scalar(8), "2^3");
        right(Answer.scalar(1.0 / 6), "1/2/3");
        right(Answer.scalar(Math.sqrt(2) / 2), "1/√2");
        right(Answer.scalar(3), "3²/3");
    }

    @Test
    void vectorsOfExpressions() {
        Answer a = Answer.vector(new double[] {-Math.sqrt(5), Math.sqrt(5)});
        right(a, "-sqrt(5), sqrt(5)");
        right(a, "[-√5 √5]");
        right(a, "(−√5; √5)");
        right(a, "-sqrt(5) sqrt(5)");
        Answer b = Answer.vector(new double[] {3, -1});
        right(b, "1+2 -1");
        right(b, "1 + 2, -1");
        right(b, "(1+2) (-1)");
        right(b, "[3, 1 - 2]");
    }

    @Test
    void rightValuesInTheWrongOrderAreNamed() {
        Answer eig = Answer.vector(new double[] {2 - Math.sqrt(5), 2 + Math.sqrt(5)}).inOrder("smallest first");
        Verdict v = Grader.grade(eig, "4.236, -0.2361");
        assertFalse(v.correct());
        assertTrue(v.message().contains("wrong order") && v.message().contains("smallest first"), v.message());
    }

    @Test
    void eigenvectorsUpToSignAndScale() {
        double r = Math.sqrt(5);
        Answer unit = Answer.direction(new double[] {1 / r, 2 / r}, false);
        right(unit, "1/sqrt(5), 2/sqrt(5)");
        right(unit, "-0.4472, -0.8944");
        wrong(unit, "1, 2");
        assertTrue(Grader.grade(unit, "1, 2").message().contains("length 1"), Grader.grade(unit, "1, 2").message());
        wrong(unit, "0.8944, 0.4472");
        wrong(unit, "0.4472, -0.8944");
        Answer any = Answer.direction(new double[] {1 / r, 2 / r}, true);
        right(any, "1, 2");
        right(any, "-3, -6");
        right(any, "0.5, 1");
        wrong(any, "1, 2.2");
        wrong(any, "0, 0");
        assertTrue(Grader.grade(any, "0, 0").message().contains("zero vector"), Grader.grade(any, "0, 0").message());
    }

    @Test
    void booleans() {
        Answer t = Answer.bool(true);
        right(t, "true");
        right(t, "Yes");
        right(t, " T ");
        wrong(t, "false");
        wrong(t, "no");
        malformed(t, "maybe", "true or false");
    }

    @Test
    void choices() {
        Answer a = Answer.choice(1, new String[] {"PD|positive definite", "PSD|positive semidefinite", "indefinite"});
        right(a, "b");
        right(a, "B");
        right(a, "(b)");
        right(a, "b)");
        right(a, "2");
        right(a, "PSD");
        right(a, "positive semidefinite");
        wrong(a, "a");
        wrong(a, "indefinite");
        malformed(a, "d", "no option d");
        malformed(a, "7", "no option 7");
        malformed(a, "semi", "not one of the options");
        assertEquals("b) PSD", a.describe());
    }

    @Test
    void multipleChoices() {
        Answer a = Answer.choices(new boolean[] {true, false, true, false});
        right(a, "a, c");
        right(a, "c a");
        right(a, "AC");
        right(a, "1;3");
        wrong(a, "a");
        wrong(a, "a, b, c");
        malformed(a, "a, z", "no option z");
    }

    @Test
    void questionAnswersGradeLikeExercises() {
        Quiz q = ContentParser.parseQuiz("quizzes/x.md", "---\ntitle: T\ntopic: conditioning\nsummary: S\n---\n"
                + "### a single\nP\n- [ ] x\n- [x] y\n> E\n### b numeric tol=0.1\nP\n= 10\n> E\n");
        right(q.questions().get(0).answer(), "b");
        wrong(q.questions().get(0).answer(), "a");
        right(q.questions().get(1).answer(), "10.9");
        wrong(q.questions().get(1).answer(), "11.1");
    }

    @Test
    void neverThrowsOnOddInput() {
        Answer[] keys = {Answer.scalar(1), Answer.vector(new double[] {1, 2}), Answer.bool(false),
            Answer.choice(0, 3), Answer.choices(new boolean[] {true, true})};
        String[] inputs = {null, "", "((", "))", "[", "]", "/", "-", "+", ".", "e", "1e+", "π/π/π", "\u0000", ",,,",
            ";", "()", "[]", "1/-0", "-0", "99999999999999999999999", "ab", "a,", "\n\n", "x".repeat(5000)};
        for (Answer k : keys) {
            for (String in : inputs) {
                Verdict v = Grader.grade(k, in);
                assertTrue(v.message() != null && !v.message().isEmpty(), "no message for " + in);
            }
        }
    }

    @Test
    void numberTextIsReadableAndReparses() {
        assertEquals("0.5", NumberText.format(0.5));
        assertEquals("-3.056", NumberText.format(-3.05555));
        assertEquals("1.235e-6", NumberText.format(1.23456e-6));
        assertEquals("12350", NumberText.format(12345.6));
        assertEquals("1e20", NumberText.format(1e20));
        assertEquals("4e8", NumberText.format(4e8));
        assertEquals("1234000", NumberText.format(1234000));
        assertEquals("10", NumberText.format(9.99999));
        assertEquals("0.001", NumberText.format(0.001));
        assertEquals("(1, -2.5)", NumberText.formatVector(new double[] {1, -2.5}));
        double[] samples = {1.2345678e-12, 9.87654e15, -0.000123456, 3.14159, 1e-300, 123456789};
        for (double s : samples) {
            right(Answer.scalar(s), NumberText.format(s));
        }
    }
}
