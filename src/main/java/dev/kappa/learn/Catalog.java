package dev.kappa.learn;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.Topic;

/**
 * The vocabularies content may name, derived from their one declaration: topics ({@link Topic})
 * and lab ids ({@link LabCatalog}); and the id syntax shared by decks, cards, quizzes and questions.
 */
public final class Catalog {
    /** The topics of the home page, in display order. */
    public static final String[] TOPICS = Topic.ids();

    /** The lab ids a card may link to. */
    public static final String[] LAB_IDS = LabCatalog.ids();

    private Catalog() {
    }

    public static boolean isTopic(String s) {
        return contains(TOPICS, s);
    }

    public static boolean isLab(String s) {
        return contains(LAB_IDS, s);
    }

    /**
     * An id is lowercase ASCII letters, digits and single inner hyphens, 1–64 characters, starting
     * with a letter or digit: it appears in URLs and storage keys, so nothing needs escaping.
     */
    public static boolean isValidId(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return s.charAt(0) != '-' && s.charAt(s.length() - 1) != '-' && !s.contains("--");
    }

    static String joined(String[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }

    private static boolean contains(String[] values, String s) {
        for (String v : values) {
            if (v.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
