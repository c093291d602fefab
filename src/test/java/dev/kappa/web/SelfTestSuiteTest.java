package dev.kappa.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The in-browser self-test must hold on the JVM first: browser tests then compare engines to it. */
class SelfTestSuiteTest {
    @Test
    void everyCheckPassesOnTheJvm() {
        for (SelfTestSuite.Result r : SelfTestSuite.run()) {
            assertTrue(r.passed(), r.name() + ": " + r.detail());
        }
    }

    @Test
    void fingerprintsAreDeterministic() {
        assertTrue(SelfTestSuite.report(SelfTestSuite.run()).equals(SelfTestSuite.report(SelfTestSuite.run())));
    }
}
