package dev.kappa.web.lab;

import dev.kappa.lab.LabModel;
import dev.kappa.lab.Labs;
import dev.kappa.web.Catalog;

/**
 * Which labs exist: id → a fresh lab. The router uses it for {@code #/lab/<id>} and the home page
 * (through {@link #catalog}) to link the labs that are ready. Add a hand-written lab by adding a case;
 * a {@link LabModel} from {@link Labs} only needs its id in the list. Every id here needs its words in
 * {@code content/labs/<id>.md}: the content compiler fails the build without them.
 */
public final class LabRegistry {
    private static final String[] IDS = {"quadratic-gd", "definiteness", "conditioning", "min-norm", "poly-fit",
        "ridge-path", "normalization", "double-descent", "optimizer-race"};

    private LabRegistry() {
    }

    /** A new instance of the lab, or null when there is no lab with that id. */
    public static Lab create(String id) {
        switch (id) {
            case "quadratic-gd":
                return new QuadraticGdLab();
            case "definiteness":
                return new DefinitenessLab();
            default: {
                // The model labs share one generic view.
                LabModel model = has(id) ? Labs.byId(id) : null;
                return model == null ? null : new ModelLab(model);
            }
        }
    }

    public static boolean has(String id) {
        for (String s : IDS) {
            if (s.equals(id)) {
                return true;
            }
        }
        return false;
    }

    public static String[] ids() {
        return IDS.clone();
    }

    /** {@code base} with {@link Catalog#labReady} answered by this registry. */
    public static Catalog catalog(Catalog base) {
        return new Catalog() {
            @Override
            public boolean labReady(String labId) {
                return has(labId) || base.labReady(labId);
            }

            @Override
            public Entry[] decks(String topicId) {
                return base.decks(topicId);
            }

            @Override
            public Entry[] quizzes(String topicId) {
                return base.quizzes(topicId);
            }

            @Override
            public Entry[] exercises(String topicId) {
                return base.exercises(topicId);
            }
        };
    }
}
