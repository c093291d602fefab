package dev.kappa.learn;

/**
 * Authored text (TeX between dollars, light markup) together with the file line it starts on, so
 * that a TeX error found later, at build time, can still be reported at its line.
 */
public final class SourceText {
    private final String text;
    private final int line;

    public SourceText(String text, int line) {
        this.text = text;
        this.line = line;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of the file where this text starts. */
    public int line() {
        return line;
    }

    /** The file line of the character at {@code offset} in {@link #text()}. */
    public int lineOf(int offset) {
        int l = line;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                l++;
            }
        }
        return l;
    }

    @Override
    public String toString() {
        return text;
    }
}
