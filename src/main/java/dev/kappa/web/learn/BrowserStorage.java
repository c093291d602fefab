package dev.kappa.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code window.localStorage} with every failure caught on the JavaScript side: in a third-party
 * iframe with storage blocked even reading the property throws, and a full quota throws
 * {@code QuotaExceededError} from {@code setItem}. Java sees results, never exceptions.
 *
 * <p>Inside an LMS, {@code course.js} installs {@code window.kappaStorage}, a storage with the same
 * methods whose record lives in SCORM suspend data; every binding here prefers it.
 */
final class BrowserStorage {
    private BrowserStorage() {
    }

    /** True when localStorage can at least be read. */
    @JSBody(script = "try { var s = window.kappaStorage || window.localStorage; if (!s) return false; s.getItem('kappa.progress'); return true; }"
            + " catch (e) { return false; }")
    static native boolean available();

    /** {@code {ok: true, value: string|null}} or {@code {ok: false, error: name}}. */
    @JSBody(params = "key", script = "try { return {ok: true, value: (window.kappaStorage || window.localStorage).getItem(key)}; }"
            + " catch (e) { return {ok: false, error: String(e && e.name || e)}; }")
    static native JSObject read(String key);

    /** "" on success, else the error's name ({@code QuotaExceededError}, {@code SecurityError}, …). */
    @JSBody(params = {"key", "value"}, script = "try { (window.kappaStorage || window.localStorage).setItem(key, value); return ''; }"
            + " catch (e) { return String(e && e.name || e || 'Error'); }")
    static native String write(String key, String value);

    @JSBody(params = "key", script = "try { (window.kappaStorage || window.localStorage).removeItem(key); return ''; }"
            + " catch (e) { return String(e && e.name || e || 'Error'); }")
    static native String remove(String key);

    /** The stored keys that start with {@code prefix}, joined by newlines ("" when none or unavailable). */
    @JSBody(params = "prefix", script = "try { var s = window.kappaStorage || window.localStorage, out = [];"
            + " for (var i = 0; i < s.length; i++) { var k = s.key(i); if (k && k.indexOf(prefix) === 0) out.push(k); }"
            + " out.sort(); return out.join('\\n'); } catch (e) { return ''; }")
    static native String keysWithPrefix(String prefix);

    /** Characters stored by this origin, keys included; -1 when storage cannot be read. */
    @JSBody(script = "try { var s = window.localStorage, n = 0;"
            + " for (var i = 0; i < s.length; i++) { var k = s.key(i); n += k.length + (s.getItem(k) || '').length; }"
            + " return n; } catch (e) { return -1; }")
    static native double usedChars();

    static boolean isQuota(String error) {
        return error.equals("QuotaExceededError") || error.equals("NS_ERROR_DOM_QUOTA_REACHED");
    }
}
