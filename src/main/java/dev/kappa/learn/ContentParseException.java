package dev.kappa.learn;

/**
 * Malformed content: says which file, which line (1-based) and why. Its message has the
 * {@code file:line: reason} shape compilers use, so a build log links straight to the spot.
 */
public final class ContentParseException extends IllegalArgumentException {
    private final String file;
    private final int line;
    private final String reason;

    public ContentParseException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public ContentParseException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
