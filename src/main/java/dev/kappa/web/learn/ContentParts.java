package dev.kappa.web.learn;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Loads the content a page needs before it is shown: the index ({@code content/en/index.js}) comes
 * with the page, and each deck, quiz, lab text and teacher notes is its own script beside it
 * ({@code decks/<id>.js}, …; see {@code dev.kappa.build.ContentLayout}), loaded by a script element, so
 * it works from {@code file://} too. A part already loaded, or one the index does not list (a lab without
 * teacher notes), needs nothing.
 */
public final class ContentParts {
    /** Called once every part asked for has arrived or failed. */
    @JSFunctor
    public interface Done extends JSObject {
        /** {@code failed}: the address of the first part that did not arrive, or null. */
        void done(String failed);
    }

    private ContentParts() {
    }

    /**
     * Loads the parts {@code kind/id} named in {@code needs} (pairs: kind, id, kind, id, …) that are still
     * stubs, then calls {@code done}; at once (synchronously) when none needs loading.
     */
    public static void load(List<String> needs, Done done) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i + 1 < needs.size(); i += 2) {
            if (isStub(needs.get(i), needs.get(i + 1))) {
                missing.add(needs.get(i) + "/" + needs.get(i + 1) + ".js");
            }
        }
        if (missing.isEmpty()) {
            done.done(null);
            return;
        }
        loadNext(missing, 0, done);
    }

    /** True when some of {@code needs} must still be loaded (the page should show that it is loading). */
    public static boolean pending(List<String> needs) {
        for (int i = 0; i + 1 < needs.size(); i += 2) {
            if (isStub(needs.get(i), needs.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void loadNext(List<String> files, int i, Done done) {
        if (i == files.size()) {
            done.done(null);
            return;
        }
        inject(files.get(i), failed -> {
            if (failed != null) {
                done.done(failed);
            } else {
                loadNext(files, i + 1, done);
            }
        });
    }

    /** True when the index lists entry {@code id} of {@code kind} and only as a stub. */
    // Locals have long names: TeaVM's JS build renames the parameters to single letters, which a local
    // of one letter would shadow.
    @JSBody(params = {"kind", "id"}, script = "var content = typeof self !== 'undefined' ? self.KAPPA_CONTENT : null;"
            + " var entries = content && content[kind]; if (!entries || !entries.length) return false;"
            + " var key = kind === 'teacher' ? 'lab' : 'id';"
            + " for (var index = 0; index < entries.length; index++) {"
            + " if (entries[index] && entries[index][key] === id) return entries[index].part === true; }"
            + " return false;")
    private static native boolean isStub(String kind, String id);

    /**
     * Adds a script element for {@code file} (relative to the index's folder); reports its address when it
     * fails to load or loads without registering its part (an out-of-date copy).
     */
    @JSBody(params = {"file", "done"}, script = "var content = self.KAPPA_CONTENT;"
            + " var address = (content.base || 'content/en/') + file; var before = content.generation;"
            + " var script = document.createElement('script'); script.src = address;"
            + " script.onload = function () { done(content.generation > before ? null : address); };"
            + " script.onerror = function () { if (script.parentNode) { script.parentNode.removeChild(script); }"
            + " done(address); };"
            + " document.head.appendChild(script);")
    private static native void inject(String file, Done done);
}
