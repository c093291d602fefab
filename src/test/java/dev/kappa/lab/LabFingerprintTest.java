package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LabFingerprintTest {
    @Test
    void equalOutputsHashEquallyAndAOneBitChangeShows() {
        LabOutput a = new LabOutput().line("p", "s", new double[] {1, 2}, new double[] {3, 4}).readout("r", "r", 0.1).summary("x");
        LabOutput b = new LabOutput().line("p", "s", new double[] {1, 2}, new double[] {3, 4}).readout("r", "r", 0.1).summary("x");
        LabOutput c = new LabOutput().line("p", "s", new double[] {1, 2}, new double[] {3, Math.nextUp(4.0)})
                .readout("r", "r", 0.1).summary("x");
        assertEquals(LabFingerprint.of(a), LabFingerprint.of(b));
        assertNotEquals(LabFingerprint.of(a), LabFingerprint.of(c));
    }
}
