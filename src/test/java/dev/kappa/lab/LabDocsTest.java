package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/labs.md must contain, for every lab, exactly the parameter table and presets generated from its declaration. */
class LabDocsTest {
    @Test
    void docsMatchTheDeclarations() throws IOException {
        String doc = Files.readString(Path.of("docs", "labs.md"), StandardCharsets.UTF_8);
        for (LabModel lab : Labs.models()) {
            String block = LabDocs.block(lab);
            assertTrue(doc.contains(block), "docs/labs.md is out of date for " + lab.id()
                    + "; regenerate with java -cp target/classes dev.kappa.lab.LabDocs. Expected block:\n" + block);
        }
    }
}
