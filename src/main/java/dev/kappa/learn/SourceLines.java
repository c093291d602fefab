package dev.kappa.learn;

/**
 * What the content parsers (decks, quizzes, lab texts) share: the file's lines with line endings and
 * a byte-order mark normalized, errors that name the file and the 1-based line, the id taken from
 * the file name, comment lines ({@code %}), {@code ###} headings, balanced-dollar checks and the
 * {@code ---} front matter's {@code key: value} lines. Each format decides which keys it accepts.
 * Marks of quoted numbers, {@code [[key: shown]]}, are read as their shown text ({@link QuotedNumber}).
 */
abstract class SourceLines {
    /** Receives one {@code key: value} line of the front matter (value trimmed and non-empty). */
    interface FrontMatterKey {
        void accept(int index, String key, String value);
    }

    final String file;
    final String[] lines;

    SourceLines(String file, String text) {
        this.file = file;
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = normalized.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Quoted numbers ([[key: shown]]) read as what they show; the build checks them separately.
        for (int i = 0; i < lines.length; i++) {
            lines[i] = QuotedNumber.strip(lines[i]);
        }
    }

    final ContentParseException error(int index, String reason) {
        return new ContentParseException(file, index + 1, reason);
    }

    /**
     * The file's base name without {@code .md}, which must be a valid id; {@code what} names it in the
     * message ("id", "lab id").
     */
    final String idFromFileName(String what) {
        String base = file;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        if (slash >= 0) {
            base = base.substring(slash + 1);
        }
        if (!base.endsWith(".md")) {
            throw new ContentParseException(file, 1, "content files end in .md");
        }
        String id = base.substring(0, base.length() - 3);
        if (!Catalog.isValidId(id)) {
            throw new ContentParseException(file, 1, "file name '" + id + "' is not a valid " + what
                    + " (lowercase letters, digits, single hyphens)");
        }
        return id;
    }

    static boolean isComment(String line) {
        return line.startsWith("%");
    }

    static boolean isBlank(String line) {
        return line.trim().isEmpty() || isComment(line);
    }

    final int nextHeading(int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith("###")) {
                return i;
            }
        }
        return lines.length;
    }

    /** Checks the dollars of {@code t}, reporting an unbalanced one at its own line. */
    final SourceText checkMath(SourceText t) {
        try {
            RichText.split(t.text());
        } catch (RichText.SyntaxError e) {
            throw new ContentParseException(file, t.lineOf(e.offset()), e.getMessage(), e);
        }
        return t;
    }

    /**
     * Reads the front matter that opens the file (after blank and comment lines), handing each
     * {@code key: value} line to {@code keys}; {@code keyList} names the accepted keys for messages.
     * Returns the index of the closing {@code ---} line.
     */
    final int frontMatter(String keyList, FrontMatterKey keys) {
        int i = 0;
        while (i < lines.length && isBlank(lines[i])) {
            i++;
        }
        if (i >= lines.length || !lines[i].trim().equals("---")) {
            throw error(Math.min(i, lines.length - 1), "expected the front matter to start with a line '---'");
        }
        int open = i;
        for (i = open + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.trim().equals("---")) {
                return i;
            }
            if (isBlank(line)) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw error(i, "front matter lines are 'key: value' (" + keyList + ")");
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (value.isEmpty()) {
                throw error(i, "front matter key '" + key + "' has no value");
            }
            keys.accept(i, key, value);
        }
        throw error(open, "front matter opened here is never closed with '---'");
    }
}
