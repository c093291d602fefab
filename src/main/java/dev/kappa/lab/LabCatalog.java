package dev.kappa.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The labs of Kappa: every {@link LabModel} class in {@code dev.kappa.lab}, found at compile time
 * ({@code LabIndex}, written by {@code dev.kappa.build.processor.LabIndexProcessor}), ordered by
 * topic, then by the position each declares in its topic, then by id. The router, the home page,
 * the content compiler, the docs, the contract tests and the engine fingerprint all read this one
 * list, so a new lab is its model class, its text file and its tests.
 */
public final class LabCatalog {
    private static List<LabDeclaration> declarations;

    private LabCatalog() {
    }

    /** Every lab's declaration, in home-page order. */
    public static synchronized List<LabDeclaration> all() {
        if (declarations == null) {
            List<LabDeclaration> list = new ArrayList<>();
            for (int i = 0; i < LabIndex.size(); i++) {
                list.add(LabIndex.create(i).declaration());
            }
            list.sort((a, b) -> a.topic() != b.topic() ? a.topic().compareTo(b.topic())
                    : a.position() != b.position() ? Integer.compare(a.position(), b.position())
                    : a.id().compareTo(b.id()));
            declarations = List.copyOf(list);
        }
        return declarations;
    }

    /** A fresh model of every lab, in home-page order (models cache, so each caller gets its own). */
    public static List<LabModel> models() {
        List<LabModel> out = new ArrayList<>();
        for (LabDeclaration d : all()) {
            out.add(create(d.id()));
        }
        return out;
    }

    /** A fresh model for a route id, or null for an unknown id. */
    public static LabModel create(String id) {
        for (int i = 0; i < LabIndex.size(); i++) {
            LabModel m = LabIndex.create(i);
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** The declaration of a lab, or null. */
    public static LabDeclaration declaration(String id) {
        for (LabDeclaration d : all()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }

    public static boolean has(String id) {
        return declaration(id) != null;
    }

    /** Every lab id, in home-page order. */
    public static String[] ids() {
        List<LabDeclaration> all = all();
        String[] out = new String[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i).id();
        }
        return out;
    }

    /** The labs of one topic, in order. */
    public static List<LabDeclaration> of(Topic topic) {
        List<LabDeclaration> out = new ArrayList<>();
        for (LabDeclaration d : all()) {
            if (d.topic() == topic) {
                out.add(d);
            }
        }
        return out;
    }
}
