package dev.kappa.browser;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabDeclaration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which engines and labs the per-lab browser tests cover: all of them, or, for a quick loop, those
 * named by {@code -Dkappa.engines=js} and {@code -Dkappa.labs=poly-fit,min-norm} (see docs/labs.md).
 */
final class BrowserScope {
    private BrowserScope() {
    }

    static List<String> engines() {
        return pick("kappa.engines", List.of("wasm", "js"));
    }

    static List<LabDeclaration> labs() {
        List<String> ids = pick("kappa.labs", Arrays.asList(LabCatalog.ids()));
        List<LabDeclaration> out = new ArrayList<>();
        for (LabDeclaration d : LabCatalog.all()) {
            if (ids.contains(d.id())) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> pick(String property, List<String> all) {
        String wanted = System.getProperty(property, "").trim();
        if (wanted.isEmpty()) {
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String s : wanted.split(",")) {
            if (all.contains(s.trim())) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
