package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lab reference the build writes (target/lab-reference.md) covers every lab, parameter and preset. */
class LabDocsTest {
    @Test
    void referenceNamesEveryLabParameterAndPreset() {
        String doc = LabDocs.reference();
        for (LabDeclaration lab : LabCatalog.all()) {
            assertTrue(doc.contains("`#/lab/" + lab.id() + "`"), lab.id());
            for (Param p : lab.spec().params()) {
                assertTrue(doc.contains("| `" + p.name() + "` | " + p.label() + " |"), lab.id() + "." + p.name());
            }
            for (Preset p : lab.presets()) {
                assertTrue(doc.contains(p.route(lab.id())), lab.id() + " preset " + p.label());
            }
        }
    }
}
