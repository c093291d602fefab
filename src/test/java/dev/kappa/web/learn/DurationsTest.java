package dev.kappa.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {
    private static final long MIN = 60_000L;
    private static final long DAY = 86_400_000L;

    @Test
    void wordsForTheIntervalsFsrsProduces() {
        assertEquals("now", Durations.of(0));
        assertEquals("1 min", Durations.of(MIN));
        assertEquals("10 min", Durations.of(10 * MIN));
        assertEquals("5 h", Durations.of(5 * 60 * MIN));
        assertEquals("16 d", Durations.of(16 * DAY));
        assertEquals("4 mo", Durations.of(122 * DAY));
        assertEquals("2.5 y", Durations.of(913 * DAY));
        assertEquals("1 minute", Durations.spoken(MIN));
        assertEquals("3 days", Durations.spoken(3 * DAY));
    }
}
