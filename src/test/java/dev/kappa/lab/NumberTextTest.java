package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void formatsLikeAPersonWouldWrite() {
        String[][] cases = {
            {"0.5", "0.5"}, {"1", "1"}, {"-3.0556", "-3.0556"}, {"1e-6", "1e-6"}, {"0.0001", "0.0001"},
            {"123456", "123456"}, {"1234567", "1.23457e6"}, {"1e16", "1e16"}, {"0.1", "0.1"},
            {"0.30000000000000004", "0.3"}, {"2.5e-10", "2.5e-10"}, {"0", "0"}, {"99999.94", "99999.9"},
            {"999999.5", "1e6"}, {"1.7976931348623157e308", "1.79769e308"}, {"4.9e-324", "4.94066e-324"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], NumberText.format(Double.parseDouble(c[0])), "format(" + c[0] + ")");
        }
    }

    @Test
    void significantDigits() {
        assertEquals("3.14", NumberText.format(Math.PI, 3));
        assertEquals("3.14159265", NumberText.format(Math.PI, 9));
        assertEquals("∞", NumberText.format(Double.POSITIVE_INFINITY));
    }
}
