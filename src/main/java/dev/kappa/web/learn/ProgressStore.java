package dev.kappa.web.learn;

import dev.kappa.learn.KeyValueStore;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressCodec;
import dev.kappa.learn.SharedProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.StorageEvent;

/**
 * The learner's progress in {@code localStorage}: learn-core's {@link SharedProgress} (the merge and keep-aside
 * policy, tested on the JVM) bound to {@link BrowserStorage} and to the {@code storage} events by which the
 * browser announces another tab's writes.
 */
public final class ProgressStore {
    /** Receives sentences for the learner; {@code id} lets a later notice replace an earlier one. */
    public interface Reporter {
        void report(String id, boolean problem, String message);
    }

    /** Epoch milliseconds; a parameter so tests and views share one notion of now. */
    public interface LongClock {
        long now();
    }

    private final SharedProgress shared;

    public ProgressStore(Reporter reporter, LongClock clock) {
        this.shared = new SharedProgress(new LocalStorage(), reporter::report, clock::now);
    }

    /** Reads the stored record once at boot, then follows other tabs' writes. */
    public void open() {
        shared.open();
        if (shared.mode() != SharedProgress.Mode.MEMORY_ONLY) {
            Window.current().addEventListener("storage", e -> {
                String key = ((StorageEvent) e).getKey();
                // A null key is localStorage.clear() in another tab.
                if (key == null || ProgressCodec.STORAGE_KEY.equals(key)) {
                    shared.storageChanged();
                }
            });
        }
    }

    public Progress progress() {
        return shared.progress();
    }

    public SharedProgress.Mode mode() {
        return shared.mode();
    }

    /** Merges this tab's progress into the stored record; false (and a notice) when it could not be stored. */
    public boolean save() {
        return shared.save();
    }

    public String exportText() {
        return shared.exportText();
    }

    /** The stored record exactly as it is (for download when this version cannot read it), or null. */
    public String storedRaw() {
        return shared.storedRaw();
    }

    public SharedProgress.ImportPreview previewImport(String text) {
        return shared.previewImport(text);
    }

    public SharedProgress.ImportResult commitImport(SharedProgress.ImportPreview preview) {
        return shared.commitImport(preview);
    }

    /** Forgets all progress (the learner confirmed it), in every tab; kept-aside records stay. */
    public boolean reset() {
        return shared.reset();
    }

    public List<SharedProgress.AsideRecord> asideRecords() {
        return shared.asideRecords();
    }

    public String readAside(String key) {
        return shared.readAside(key);
    }

    public boolean deleteAside(String key) {
        return shared.deleteAside(key);
    }

    /** {@link BrowserStorage} as learn-core's storage. */
    private static final class LocalStorage implements KeyValueStore {
        @Override
        public String read(String key) throws Unavailable {
            if (!BrowserStorage.available()) {
                throw new Unavailable("storage is blocked");
            }
            JSObject r = BrowserStorage.read(key);
            if (Js.bool(r, "ok") != 1) {
                throw new Unavailable(Js.string(r, "error"));
            }
            return Js.string(r, "value");
        }

        @Override
        public String write(String key, String value) {
            return BrowserStorage.write(key, value);
        }

        @Override
        public String remove(String key) {
            return BrowserStorage.remove(key);
        }

        @Override
        public List<String> keys(String prefix) {
            String joined = BrowserStorage.keysWithPrefix(prefix);
            return joined.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(joined.split("\n")));
        }

        @Override
        public boolean isQuota(String error) {
            return BrowserStorage.isQuota(error);
        }

        @Override
        public long usedChars() {
            return (long) BrowserStorage.usedChars();
        }
    }
}
