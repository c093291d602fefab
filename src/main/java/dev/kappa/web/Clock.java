package dev.kappa.web;

import org.teavm.jso.JSBody;

/** The page's high-resolution clock: milliseconds since navigation started. */
public final class Clock {
    private Clock() {
    }

    @JSBody(script = "return performance.now();")
    public static native double now();
}
