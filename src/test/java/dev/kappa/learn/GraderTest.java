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
        malformed(a, "--1", "two signs");
        malformed(a, "1, 2", "several numbers");
        malformed(a, "0,5", "dot");
        malformed(a, "1e", "not a number");
        malformed(a, "NaN", "not a number");
        malformed(a, "Infinity", "not a number");
        malformed(a, "1e999", "too large");
        malformed(a, "0x10", "not a number");
        malformed(a, "1-2", "not a number");
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
    void vectorToleranceIsOnTheVectorsScale() {
        Answer a = Answer.vector(new double[] {-3.0556, 0.1111, 3.2778});
        right(a, "-3.06, 0.11, 3.28");
        wrong(a, "-3.06, 0.2, 3.28");
    }

    @Test
    void vectorGarbage() {
        Answer a = Answer.vector(new double[] {1, 2, 3});
        malformed(a, "1,,2", "empty");
        malformed(a, "1, 2", "Expected 3 numbers, got 2");
        malformed(a, "1 2 3 4", "got 4");
        malformed(a, "a, b, c", "Entry 1");
        malformed(a, "[1 2 3", "Expected 3");
        malformed(a, "[[1 2 3]]", "Brackets");
        malformed(a, "", "3 numbers");
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
