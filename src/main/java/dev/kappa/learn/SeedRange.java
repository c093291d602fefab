package dev.kappa.learn;

/**
 * The seeds of a printed exercise sheet, {@code from} to {@code to} inclusive, read from the
 * address ({@code #/sheet/<generator>?from=1&to=10}). Reading never throws: anything unusable
 * falls back to the default range with a sentence saying why.
 */
public final class SeedRange {
    /** Seeds are whole numbers below 10¹⁵, as in {@code #/exercise/<id>?seed=<n>}. */
    public static final long MAX_SEED = 999_999_999_999_999L;
    /** The most exercises one sheet holds (a class set; a longer print is a mistake, not a plan). */
    public static final int MAX_COUNT = 50;
    public static final long DEFAULT_FROM = 1;
    public static final long DEFAULT_TO = 10;

    private final long from;
    private final long to;
    private final String note;

    private SeedRange(long from, long to, String note) {
        this.from = from;
        this.to = to;
        this.note = note;
    }

    /** Reads the two parameters (either may be null); a missing {@code to} means ten seeds from {@code from}. */
    public static SeedRange parse(String fromText, String toText) {
        long from = fromText == null ? DEFAULT_FROM : seed(fromText);
        long to = toText == null ? (from < 0 ? -1 : Math.min(MAX_SEED, from + DEFAULT_TO - DEFAULT_FROM)) : seed(toText);
        if (from < 0 || to < 0) {
            return new SeedRange(DEFAULT_FROM, DEFAULT_TO, "Seeds are whole numbers from 0 to " + MAX_SEED
                    + ", so this sheet shows seeds " + DEFAULT_FROM + " to " + DEFAULT_TO + ".");
        }
        if (to < from) {
            return new SeedRange(to, from, "The range was given backwards, so this sheet shows seeds " + to + " to "
                    + from + ".");
        }
        if (to - from + 1 > MAX_COUNT) {
            return new SeedRange(from, from + MAX_COUNT - 1, "A sheet holds at most " + MAX_COUNT
                    + " exercises, so this one shows seeds " + from + " to " + (from + MAX_COUNT - 1) + ".");
        }
        return new SeedRange(from, to, null);
    }

    /** The seed in {@code s}, or −1 when it is not a whole number in [0, MAX_SEED]. */
    public static long seed(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            // The compound operand on the left: TeaVM's JS printer mis-associates it on the right
            // (docs/architecture.md, JsSafeArithmeticTest).
            v = (c - '0') + v * 10;
        }
        return v <= MAX_SEED ? v : -1;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    public int count() {
        return (int) (to - from + 1);
    }

    /** Why the range differs from what was asked, or null when it is exactly that. */
    public String note() {
        return note;
    }
}
