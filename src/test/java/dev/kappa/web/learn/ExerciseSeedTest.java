package dev.kappa.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExerciseSeedTest {
    @Test
    void wholeNumbersInRangeAreSeeds() {
        assertEquals(0, Seeds.parse("0"));
        assertEquals(12345, Seeds.parse("12345"));
        assertEquals(999_999_999_999_999L, Seeds.parse("999999999999999"));
    }

    @Test
    void anythingElseAsksForAFreshSeed() {
        for (String s : new String[] {null, "", "-1", "1.5", "1e3", "abc", " 12", "1000000000000000", "99999999999999999999"}) {
            assertEquals(-1, Seeds.parse(s), "seed parameter '" + s + "'");
        }
    }
}
