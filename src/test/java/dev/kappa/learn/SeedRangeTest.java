package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeedRangeTest {
    private static void range(String from, String to, long a, long b, boolean noted) {
        SeedRange r = SeedRange.parse(from, to);
        assertEquals(a, r.from(), "from for " + from + ".." + to);
        assertEquals(b, r.to(), "to for " + from + ".." + to);
        assertEquals(noted, r.note() != null, "note for " + from + ".." + to + ": " + r.note());
    }

    @Test
    void readsWhatWasAskedAndDefaults() {
        range("3", "7", 3, 7, false);
        range(null, null, 1, 10, false);
        range("20", null, 20, 29, false);
        range("0", "0", 0, 0, false);
        range("999999999999990", null, 999999999999990L, 999999999999999L, false);
        assertEquals(5, SeedRange.parse("3", "7").count());
        assertNull(SeedRange.parse("1", "50").note());
    }

    @Test
    void anythingUnusableFallsBackAndSaysWhy() {
        range("x", "7", 1, 10, true);
        range("-1", "7", 1, 10, true);
        range("1e3", null, 1, 10, true);
        range("1", "1000000000000000", 1, 10, true);
        range("9", "4", 4, 9, true);
        range("1", "51", 1, 50, true);
        assertTrue(SeedRange.parse("1", "500").note().contains("at most 50"));
    }
}
