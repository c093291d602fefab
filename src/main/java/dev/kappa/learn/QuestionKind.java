package dev.kappa.learn;

/** The four question kinds of the content format, named as they are written in a heading. */
public enum QuestionKind {
    SINGLE("single"), MULTIPLE("multiple"), NUMERIC("numeric"), TRUEFALSE("truefalse");

    private final String word;

    QuestionKind(String word) {
        this.word = word;
    }

    /** The word used in content headings and in the compiled JSON. */
    public String word() {
        return word;
    }

    /** The kind written as {@code word}, or null. */
    public static QuestionKind fromWord(String word) {
        for (QuestionKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
