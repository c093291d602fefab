package dev.kappa.web.learn;

import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.ProgressLoad;
import dev.kappa.learn.ProgressMerge;

/**
 * The learner's progress in {@code localStorage} under one versioned key
 * ({@link ProgressCodec#STORAGE_KEY}), read and written with learn-core's codec.
 *
 * <p>The policy of DESIGN.md, "Data that belongs to the learner":
 * <ul>
 * <li>a stored record that does not read completely (corrupt, newer version, partly unreadable,
 *     or older and migrated) is first copied to a key of its own ({@link ProgressCodec#asideKey})
 *     and reported; if even that copy fails, the main key is never written in this session;</li>
 * <li>a write refused for quota is reported and changes nothing already stored (the browser keeps
 *     the previous value when {@code setItem} throws);</li>
 * <li>when storage is unavailable (blocked in a third-party iframe, or throwing), the app works
 *     from memory and says that progress will not be kept.</li>
 * </ul>
 */
public final class ProgressStore {
    /** Receives sentences for the learner; {@code id} lets a later notice replace an earlier one. */
    public interface Reporter {
        void report(String id, boolean problem, String message);
    }

    /** Where progress can go. */
    public enum Mode {
        /** Saved after every change. */
        SAVING,
        /** No storage: kept in memory for this visit only. */
        MEMORY_ONLY,
        /** A stored record could not be kept aside, so it is left untouched and nothing is saved. */
        PROTECTING
    }

    private static final int MAX_ASIDE_TRIES = 100;

    private final Reporter reporter;
    private final LongClock clock;
    private Progress progress = new Progress();
    private Mode mode = Mode.SAVING;
    private String asideKey;

    /** Epoch milliseconds; a parameter so tests and views share one notion of now. */
    public interface LongClock {
        long now();
    }

    public ProgressStore(Reporter reporter, LongClock clock) {
        this.reporter = reporter;
        this.clock = clock;
    }

    /** Reads the stored record once at boot, applying the keep-aside policy. */
    public void open() {
        if (!BrowserStorage.available()) {
            mode = Mode.MEMORY_ONLY;
            reporter.report("storage", true, "This browser does not let Kappa store data here (storage is blocked or "
                    + "unavailable, as in some embedded frames), so your progress will not be kept after you leave. "
                    + "Everything else works.");
            return;
        }
        org.teavm.jso.JSObject r = BrowserStorage.read(ProgressCodec.STORAGE_KEY);
        if (Js.bool(r, "ok") != 1) {
            mode = Mode.MEMORY_ONLY;
            reporter.report("storage", true, "Kappa could not read its stored progress (" + Js.string(r, "error")
                    + "), so progress will not be kept after you leave.");
            return;
        }
        ProgressLoad load = ProgressCodec.decode(Js.string(r, "value"));
        progress = load.progress();
        // Another tab saving its progress must not be overwritten by this tab's older copy on our next save.
        org.teavm.jso.browser.Window.current().addEventListener("storage", e -> followOtherTab(
                ((org.teavm.jso.dom.events.StorageEvent) e).getKey()));
        if (!load.mustKeepAside()) {
            return;
        }
        String key = keepAside(load.rawToKeepAside());
        if (key == null) {
            mode = Mode.PROTECTING;
            reporter.report("aside", true, "Your stored progress could not be read (" + load.reason() + ") and there "
                    + "was no room to keep a copy aside, so Kappa will not write over it: nothing you do now is saved. "
                    + "Export it from the Progress page or free some storage, then reload.");
            return;
        }
        asideKey = key;
        boolean migrated = load.outcome() == ProgressLoad.Outcome.MIGRATED;
        String reason = load.reason() == null ? "" : load.reason();
        if (reason.startsWith("kept aside: ")) {
            reason = reason.substring("kept aside: ".length());
        }
        reporter.report("aside", !migrated, (migrated ? "Your progress was upgraded to this version of Kappa ("
                + reason + "). " : "Your stored progress could not be read (" + reason + "), so it was kept aside, "
                + "not overwritten. ") + "The original is kept in this browser as “" + key
                + "”; the Progress page can download it.");
    }

    private void followOtherTab(String key) {
        if (mode != Mode.SAVING || !ProgressCodec.STORAGE_KEY.equals(key)) {
            return;
        }
        org.teavm.jso.JSObject r = BrowserStorage.read(ProgressCodec.STORAGE_KEY);
        ProgressLoad load = ProgressCodec.decode(Js.bool(r, "ok") == 1 ? Js.string(r, "value") : null);
        if (load.outcome() == ProgressLoad.Outcome.LOADED) {
            progress = load.progress();
        } else if (load.outcome() == ProgressLoad.Outcome.EMPTY) {
            progress = new Progress(); // reset in another tab
        }
    }

    private String keepAside(String raw) {
        long t = clock.now();
        for (int i = 0; i < MAX_ASIDE_TRIES; i++) {
            String key = ProgressCodec.asideKey(t + i);
            org.teavm.jso.JSObject existing = BrowserStorage.read(key);
            if (Js.bool(existing, "ok") == 1 && Js.string(existing, "value") != null) {
                continue;
            }
            return BrowserStorage.write(key, raw).isEmpty() ? key : null;
        }
        return null;
    }

    public Progress progress() {
        return progress;
    }

    public Mode mode() {
        return mode;
    }

    /** The key a damaged record was kept under at boot, or null. */
    public String asideKey() {
        return asideKey;
    }

    /** Writes the current progress; false (and a notice) when it could not be stored. */
    public boolean save() {
        if (mode != Mode.SAVING) {
            return false;
        }
        String error = BrowserStorage.write(ProgressCodec.STORAGE_KEY, ProgressCodec.encode(progress, clock.now()));
        if (error.isEmpty()) {
            reporter.report("save", false, null);
            return true;
        }
        if (BrowserStorage.isQuota(error)) {
            reporter.report("save", true, "Storage is full, so this step was not saved. Everything saved before is "
                    + "still there. Free some space for this site (or export your progress) and try again.");
        } else {
            reporter.report("save", true, "Progress could not be saved (" + error + "). Everything saved before is "
                    + "still there.");
        }
        return false;
    }

    /** The stored text of the current progress, as an export file holds it. */
    public String exportText() {
        return ProgressCodec.encode(progress, clock.now());
    }

    /** Reads an export file; the merge to preview, or null with {@code errorOut[0]} set when it does not read. */
    public ProgressMerge previewImport(String text, String[] errorOut) {
        ProgressLoad load = ProgressCodec.decode(text);
        if (load.outcome() == ProgressLoad.Outcome.EMPTY || load.outcome() == ProgressLoad.Outcome.KEPT_ASIDE) {
            errorOut[0] = load.outcome() == ProgressLoad.Outcome.EMPTY ? "the file is empty"
                    : load.reason().replace("kept aside: ", "");
            return null;
        }
        if (load.outcome() == ProgressLoad.Outcome.SALVAGED) {
            errorOut[0] = load.reason().replace("kept aside: ", "");
        }
        return ProgressMerge.of(progress, load.progress());
    }

    /** Replaces the progress by a previewed merge and saves it. */
    public boolean applyImport(ProgressMerge merge) {
        progress = merge.merged();
        return save();
    }

    /** Forgets all progress (the learner confirmed it); kept-aside records stay. */
    public boolean reset() {
        progress = new Progress();
        if (mode != Mode.SAVING) {
            return false;
        }
        return BrowserStorage.remove(ProgressCodec.STORAGE_KEY).isEmpty();
    }

    /** Keys of records kept aside in this browser, oldest first. */
    public String[] asideKeys() {
        String joined = BrowserStorage.keysWithPrefix(ProgressCodec.STORAGE_KEY + ".aside.");
        return joined.isEmpty() ? new String[0] : joined.split("\n");
    }

    /** The stored text under a kept-aside key, or null. */
    public String readAside(String key) {
        org.teavm.jso.JSObject r = BrowserStorage.read(key);
        return Js.bool(r, "ok") == 1 ? Js.string(r, "value") : null;
    }
}
