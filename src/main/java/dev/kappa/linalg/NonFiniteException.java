package dev.kappa.linalg;

/**
 * A NaN or an infinity where only finite numbers make sense: an argument that holds one, or a
 * matrix operation whose result overflows (the message says which entry and, for arithmetic, which
 * operation).
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that reject bad input keep working; it
 * is its own type so that an iterative method can tell "this step overflowed" (divergence, a
 * state) from "this input makes no sense" (a mistake, reported as such).
 */
public final class NonFiniteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NonFiniteException(String message) {
        super(message);
    }

    /** Rejects v unless it is finite: "{name} is NaN; it must be finite". */
    public static void requireFinite(double v, String name) {
        if (!isFinite(v)) {
            throw new NonFiniteException(name + " is " + v + "; it must be finite");
        }
    }

    /** True for every double but NaN and ±∞ (without {@code Double.isFinite}, for TeaVM's class library). */
    static boolean isFinite(double v) {
        return v - v == 0.0;
    }
}
