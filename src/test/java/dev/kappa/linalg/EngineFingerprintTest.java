package dev.kappa.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fingerprint is deterministic and names every routine (engines are compared in the browser). */
class EngineFingerprintTest {
    @Test
    void sameFingerprintOnEveryCallWithOneLinePerRoutine() {
        String first = EngineFingerprint.compute();
        assertEquals(first, EngineFingerprint.compute());
        String[] lines = first.split("\n");
        assertEquals(23, lines.length, first);
        for (String line : lines) {
            assertTrue(line.matches("[A-Za-z0-9.]+ [0-9a-f]+"), "malformed line '" + line + "'");
        }
    }
}
