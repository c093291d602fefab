package dev.kappa.lab;

import java.util.ArrayList;
import java.util.List;

/** The lab models of this package, one fresh instance each (instances cache, so a view owns its own). */
public final class Labs {
    private Labs() {
    }

    public static List<LabModel> models() {
        List<LabModel> out = new ArrayList<>();
        out.add(new DoubleDescentLab());
        out.add(new ConditioningLab());
        out.add(new MinNormLab());
        out.add(new PolyFitLab());
        out.add(new OptimizerRaceLab());
        out.add(new RidgePathLab());
        out.add(new NormalizationLab());
        return out;
    }

    /** A fresh model for a route id, or null for an unknown id. */
    public static LabModel byId(String id) {
        for (LabModel m : models()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
