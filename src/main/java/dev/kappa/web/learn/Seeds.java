package dev.kappa.web.learn;

import dev.kappa.learn.SeedRange;
import org.teavm.jso.JSBody;

/**
 * Seeds of exercises and quiz attempts: whole numbers below 10¹⁵ (exact in a JavaScript number and
 * short enough to read in an address), fresh ones from the browser's cryptographic generator. A
 * seed only chooses which exercise or option order comes; it never feeds the maths.
 */
final class Seeds {
    static final long MAX = SeedRange.MAX_SEED;

    private Seeds() {
    }

    /** The seed in {@code s}, or −1 when it is missing or not a whole number in [0, MAX]. */
    static long parse(String s) {
        return SeedRange.seed(s);
    }

    static long fresh() {
        return (long) randomSeed();
    }

    @JSBody(script = "var c = self.crypto; if (c && c.getRandomValues) { var a = new Uint32Array(2);"
            + " c.getRandomValues(a); return (a[0] % 1000000) * 1000 + (a[1] % 1000); }"
            + " return Math.floor(Math.random() * 1e9);")
    private static native double randomSeed();
}
