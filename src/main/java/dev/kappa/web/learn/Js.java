package dev.kappa.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Typed reads of plain JavaScript data (the compiled content object, small result records) that
 * never throw: a missing or mistyped field reads as null, NaN or an empty array, and the caller
 * decides what that means. Kept to a handful of accessors so both engines stay small.
 */
final class Js {
    private Js() {
    }

    /** The global {@code KAPPA_CONTENT} set by content/en/index.js, or null when the script did not run. */
    @JSBody(script = "return (typeof self !== 'undefined' && self.KAPPA_CONTENT && typeof self.KAPPA_CONTENT === 'object')"
            + " ? self.KAPPA_CONTENT : null;")
    static native JSObject content();

    /** How many content parts have arrived (0 before any, or without content). */
    @JSBody(script = "var content = typeof self !== 'undefined' ? self.KAPPA_CONTENT : null;"
            + " return content && typeof content.generation === 'number' ? content.generation : 0;")
    static native int generation();

    @JSBody(params = {"o", "k"}, script = "var v = o == null ? undefined : o[k]; return typeof v === 'string' ? v : null;")
    static native String string(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "var v = o == null ? undefined : o[k]; return typeof v === 'number' ? v : NaN;")
    static native double number(JSObject o, String k);

    /** 1 for true, 0 for false, −1 when the field is not a boolean. */
    @JSBody(params = {"o", "k"}, script = "var v = o == null ? undefined : o[k]; return v === true ? 1 : v === false ? 0 : -1;")
    static native int bool(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "var v = o == null ? undefined : o[k]; return (v && typeof v === 'object') ? v : null;")
    static native JSObject object(JSObject o, String k);

    /** The length of an array field, 0 when it is absent or not an array. */
    @JSBody(params = {"o", "k"}, script = "var v = o == null ? undefined : o[k]; return Array.isArray(v) ? v.length : 0;")
    static native int length(JSObject o, String k);

    @JSBody(params = {"o", "k", "i"}, script = "var v = o[k][i]; return (v && typeof v === 'object') ? v : null;")
    static native JSObject objectAt(JSObject o, String k, int i);

    @JSBody(params = {"o", "k", "i"}, script = "var v = o[k][i]; return typeof v === 'string' ? v : null;")
    static native String stringAt(JSObject o, String k, int i);
}
