package dev.kappa.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One tab's copy of the learner's progress, kept in step with the one record every tab of the origin shares
 * ({@link ProgressCodec#STORAGE_KEY}), and the policy of DESIGN.md, "Data that belongs to the learner".
 *
 * <p><b>Saving is read–merge–write.</b> {@link #save()} reads the stored record, merges this tab's progress into
 * it with {@link ProgressMerge} (a join: commutative, associative and idempotent, so the order in which tabs
 * merge does not matter), and writes the result with the revision counter {@code "rev"} one higher. The same
 * step runs when another tab's write is announced ({@link #storageChanged()}), and writes again only when the
 * stored record lacks something this tab has. So when two tabs write in the same instant and one write
 * replaces the other, the tab whose write was lost notices it on the other's announcement and writes the union:
 * the tabs converge and no review is lost.
 *
 * <p><b>Resets</b> are a record, not an absence: {@code "resetAt"} says when the learner erased their progress.
 * Merging a record with an older {@code resetAt} keeps only its entries active after the reset, so a tab that had
 * not yet heard of a reset cannot bring erased progress back, while what it did after the reset is kept. A record
 * that vanishes (cleared by the browser, or reset by an older Kappa) erases what this tab had synced, but not the
 * changes it made since.
 *
 * <p><b>Records that do not read completely</b> (corrupt, partly unreadable, older and migrated) are copied to a
 * key of their own before anything is written over them; identical copies are made once. A record of a newer
 * version that appears while this tab runs (another tab runs a newer deploy) is never written over: this tab
 * stops saving to the shared record ({@link Mode#OUTDATED}) and keeps what the learner does here in a copy aside.
 * When no copy can be made, nothing is written at all ({@link Mode#PROTECTING}) and the stored record can be
 * downloaded as it is ({@link #storedRaw()}).
 *
 * <p><b>Imports</b> are checked (ranges, plausible times, the quota) before the preview, and re-merged into the
 * then-current record when the learner commits them, so a preview never stands for a stale snapshot.
 */
public final class SharedProgress {
    /** Receives sentences for the learner; {@code id} lets a later notice replace an earlier one, null removes it. */
    public interface Reporter {
        void report(String id, boolean problem, String message);
    }

    /** Epoch milliseconds; a parameter so that tests control time. */
    public interface Clock {
        long now();
    }

    /** Where progress goes. */
    public enum Mode {
        /** Merged into the shared record after every change. */
        SAVING,
        /** No storage: kept in memory for this visit only. */
        MEMORY_ONLY,
        /** A stored record could not be kept aside, so it is left untouched and nothing is written. */
        PROTECTING,
        /** Another tab stored a newer version's record: left untouched; this tab's changes go to a copy aside. */
        OUTDATED
    }

    /** What browsers give one origin at the least (5 MB; they count characters, keys included). */
    public static final long QUOTA_CHARS = 5_000_000L;
    /** The longest record an import may produce: a fifth of the quota, leaving room for saves and kept-aside copies.
     *  A real record is tens of kilobytes. */
    public static final int MAX_RECORD_CHARS = 1_000_000;
    /** How far past this device's clock an imported time may lie (clocks of two devices differ). */
    static final long CLOCK_SLACK_MS = 86_400_000L;
    private static final String ASIDE_PREFIX = ProgressCodec.STORAGE_KEY + ".aside.";
    private static final int MAX_ASIDE_TRIES = 100;

    private final KeyValueStore storage;
    private final Reporter reporter;
    private final Clock clock;
    private Progress progress = new Progress();
    /** The reset generation {@link #progress} belongs to. */
    private long resetAt;
    /** The revision of the record last read or written. */
    private long revision;
    /** True once this tab has read or written a record (so a vanished one means it was removed). */
    private boolean seenRecord;
    /** When {@link #progress} last matched the stored record. */
    private long syncedAt;
    /** The newer-version or unreadable record found at boot and kept aside then: ours to write over. */
    private String bootRaw;
    private Mode mode = Mode.SAVING;
    private String asideKey;
    private String ownAsideKey;
    /** In {@link Mode#OUTDATED}: the version of the record another tab stored. */
    private int outdatedBy;

    public SharedProgress(KeyValueStore storage, Reporter reporter, Clock clock) {
        this.storage = storage;
        this.reporter = reporter;
        this.clock = clock;
    }

    /** Reads the stored record once at boot, applying the keep-aside policy. */
    public void open() {
        String raw;
        try {
            raw = storage.read(ProgressCodec.STORAGE_KEY);
        } catch (KeyValueStore.Unavailable e) {
            mode = Mode.MEMORY_ONLY;
            reporter.report("storage", true, "This browser does not let Kappa store data here (" + e.getMessage()
                    + "; storage is blocked or unavailable, as in some embedded frames), so your progress will not be "
                    + "kept after you leave. Everything else works.");
            return;
        }
        ProgressLoad load = ProgressCodec.decode(raw);
        adopt(load.progress(), load.resetAt(), load.revision(), raw != null);
        if (!load.mustKeepAside()) {
            return;
        }
        String key = keepAside(raw);
        if (key == null) {
            mode = Mode.PROTECTING;
            reporter.report("aside", true, "Your stored progress could not be read (" + reasonOf(load) + ") and there "
                    + "was no room to keep a copy aside, so Kappa will not write over it: nothing you do now is saved. "
                    + "Download the stored record from the Progress page or free some storage, then reload.");
            return;
        }
        asideKey = key;
        bootRaw = raw;
        boolean migrated = load.outcome() == ProgressLoad.Outcome.MIGRATED;
        reporter.report("aside", !migrated, (migrated ? "Your progress was upgraded to this version of Kappa ("
                + reasonOf(load) + "). " : "Your stored progress could not be read (" + reasonOf(load) + "), so it was "
                + "kept aside, not overwritten. ") + "The original is kept in this browser as “" + key
                + "”; the Progress page can download it.");
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

    /** The reset generation of this tab's progress (0: never reset). */
    public long resetAt() {
        return resetAt;
    }

    /** Merges this tab's progress into the stored record (read–merge–write); false, with a notice, when not stored. */
    public boolean save() {
        if (mode == Mode.OUTDATED) {
            return keepOwnCopyAside();
        }
        return sync(true) != Sync.FAILED;
    }

    /** Another tab changed the shared record: adopt its changes, and write back only what it lacks of ours. */
    public void storageChanged() {
        if (mode == Mode.SAVING) {
            sync(false);
        }
    }

    private enum Sync { UNCHANGED, WRITTEN, FAILED }

    /** The revision of the record as read by the last {@link #sync}. */
    private long lastStoredRevision;

    /**
     * Reads the shared record, merges this tab's progress into it and writes the result if it differs.
     * {@code saving} is true when this tab has a change to store (then a newer-version record sends this tab's
     * progress aside), false when another tab's write is being followed.
     */
    private Sync sync(boolean saving) {
        if (mode != Mode.SAVING) {
            return Sync.FAILED;
        }
        long now = clock.now();
        String raw;
        try {
            raw = storage.read(ProgressCodec.STORAGE_KEY);
        } catch (KeyValueStore.Unavailable e) {
            reporter.report("save", true, "Progress could not be saved (" + e.getMessage() + "). Everything saved "
                    + "before is still there.");
            return Sync.FAILED;
        }
        ProgressLoad load = ProgressCodec.decode(raw);
        lastStoredRevision = load.revision();
        Progress stored = load.progress();
        switch (load.outcome()) {
            case EMPTY:
                if (seenRecord) {
                    // Removed since this tab last synced (site data cleared, or an older Kappa's reset): what was
                    // synced goes with it; what this tab did since stays.
                    progress = activeSince(progress, syncedAt + 1);
                }
                break;
            case LOADED:
                break;
            case KEPT_ASIDE:
                if (load.storedVersion() > ProgressCodec.VERSION && !raw.equals(bootRaw)) {
                    return becomeOutdated(load, saving);
                }
                if (keepAside(raw) == null) {
                    return protect(load);
                }
                break;
            default: // MIGRATED, SALVAGED: the original is kept before it is written over
                if (keepAside(raw) == null) {
                    return protect(load);
                }
        }
        long storedResetAt = load.resetAt();
        Progress merged;
        if (storedResetAt == resetAt) {
            merged = ProgressMerge.of(stored, progress).merged();
        } else if (storedResetAt > resetAt) {
            merged = ProgressMerge.of(stored, activeSince(progress, storedResetAt + 1)).merged();
        } else {
            merged = ProgressMerge.of(activeSince(stored, resetAt + 1), progress).merged();
        }
        long mergedResetAt = Math.max(storedResetAt, resetAt);
        boolean upToDate = load.outcome() == ProgressLoad.Outcome.LOADED && storedResetAt == mergedResetAt
                && merged.equals(stored);
        boolean nothingToStore = load.outcome() == ProgressLoad.Outcome.EMPTY && merged.isEmpty() && mergedResetAt == 0;
        if (upToDate || nothingToStore) {
            adopt(merged, mergedResetAt, load.revision(), raw != null);
            syncedAt = now;
            return Sync.UNCHANGED;
        }
        long nextRevision = load.revision() + 1;
        String error = storage.write(ProgressCodec.STORAGE_KEY,
                ProgressCodec.encode(merged, now, nextRevision, mergedResetAt));
        if (!error.isEmpty()) {
            // The browser keeps the previous value when a write fails: adopt what others stored, keep ours in memory.
            progress = merged;
            resetAt = mergedResetAt;
            reportFailedWrite(error);
            return Sync.FAILED;
        }
        adopt(merged, mergedResetAt, nextRevision, true);
        syncedAt = now;
        reporter.report("save", false, null);
        return Sync.WRITTEN;
    }

    private void adopt(Progress p, long generation, long rev, boolean recordSeen) {
        progress = p;
        resetAt = generation;
        revision = rev;
        seenRecord |= recordSeen;
    }

    private void reportFailedWrite(String error) {
        if (storage.isQuota(error)) {
            reporter.report("save", true, "Storage is full, so this step was not saved. Everything saved before is "
                    + "still there. Free some space for this site (or export your progress) and try again.");
        } else {
            reporter.report("save", true, "Progress could not be saved (" + error + "). Everything saved before is "
                    + "still there.");
        }
    }

    private Sync protect(ProgressLoad load) {
        mode = Mode.PROTECTING;
        reporter.report("aside", true, "The stored progress could not be read (" + reasonOf(load) + ") and there was "
                + "no room to keep a copy aside, so Kappa will not write over it: nothing you do now is saved. "
                + "Download the stored record from the Progress page or free some storage, then reload.");
        return Sync.FAILED;
    }

    private Sync becomeOutdated(ProgressLoad load, boolean saving) {
        mode = Mode.OUTDATED;
        outdatedBy = load.storedVersion();
        if (saving) {
            return keepOwnCopyAside() ? Sync.WRITTEN : Sync.FAILED;
        }
        reportOutdated();
        return Sync.UNCHANGED;
    }

    private void reportOutdated() {
        reporter.report("outdated", true, "Another tab runs a newer version of Kappa and saved your progress in its "
                + "format (version " + outdatedBy + "). This tab no longer saves there, so it cannot write over it."
                + (ownAsideKey == null ? "" : " What you do in this tab is kept aside as “" + ownAsideKey + "”, which "
                        + "the Progress page can download.") + " Reload this tab to continue with the newer version.");
    }

    /** In {@link Mode#OUTDATED}: this tab's whole progress, in a key of its own (a superset each time). */
    private boolean keepOwnCopyAside() {
        long now = clock.now();
        if (ownAsideKey == null) {
            ownAsideKey = freshAsideKey(now);
            if (ownAsideKey == null) {
                reportOutdated();
                return false;
            }
            reportOutdated();
        }
        String error = storage.write(ownAsideKey, ProgressCodec.encode(progress, now));
        if (!error.isEmpty()) {
            reportFailedWrite(error);
            return false;
        }
        return true;
    }

    /** The stored text of the current progress, as an export file holds it. */
    public String exportText() {
        return ProgressCodec.encode(progress, clock.now());
    }

    /** The shared record exactly as stored (for download when this version cannot read it), or null. */
    public String storedRaw() {
        try {
            return storage.read(ProgressCodec.STORAGE_KEY);
        } catch (KeyValueStore.Unavailable e) {
            return null;
        }
    }

    /** Forgets all progress (the learner confirmed it), in every tab; kept-aside records stay. */
    public boolean reset() {
        long now = clock.now();
        progress = new Progress();
        // Strictly later than any earlier reset, so the newest reset is always the one that wins.
        resetAt = Math.max(now, resetAt + 1);
        return mode == Mode.SAVING && sync(true) != Sync.FAILED;
    }

    // ---- import ------------------------------------------------------------------------------------------------

    /** A file read and checked, ready to preview; {@link #error()} non-null when it cannot be imported. */
    public static final class ImportPreview {
        private final Progress imported;
        private final List<ProgressMerge.Change> changes;
        private final String note;
        private final String error;
        private final long revision;

        ImportPreview(Progress imported, List<ProgressMerge.Change> changes, String note, String error, long revision) {
            this.imported = imported;
            this.changes = changes;
            this.note = note;
            this.error = error;
            this.revision = revision;
        }

        /** What merging would add or change now (it is merged again, with whatever is stored then, on commit). */
        public List<ProgressMerge.Change> changes() {
            return changes;
        }

        /** Parts of the file that will be skipped, or null. */
        public String note() {
            return note;
        }

        /** Why the file cannot be imported (nothing is changed), or null. */
        public String error() {
            return error;
        }
    }

    /** What committing an import did. */
    public static final class ImportResult {
        private final boolean saved;
        private final boolean othersMeanwhile;
        private final String refused;

        ImportResult(boolean saved, boolean othersMeanwhile, String refused) {
            this.saved = saved;
            this.othersMeanwhile = othersMeanwhile;
            this.refused = refused;
        }

        /** True when the merge is stored (false: kept for this visit only, see the notices; or refused). */
        public boolean saved() {
            return saved;
        }

        /** True when another tab had saved since the preview (its changes are kept as well). */
        public boolean othersMeanwhile() {
            return othersMeanwhile;
        }

        /** Why nothing was imported, or null. */
        public String refused() {
            return refused;
        }
    }

    /** Reads an export file and checks it, without changing anything. */
    public ImportPreview previewImport(String text) {
        long now = clock.now();
        if (text != null && text.length() > MAX_RECORD_CHARS) {
            return refusal("the file is " + text.length() + " characters long, more than a Kappa progress file can be ("
                    + MAX_RECORD_CHARS + ")");
        }
        ProgressLoad load = ProgressCodec.decode(text);
        if (load.outcome() == ProgressLoad.Outcome.EMPTY) {
            return refusal("the file is empty");
        }
        if (load.outcome() == ProgressLoad.Outcome.KEPT_ASIDE) {
            return refusal(reasonOf(load));
        }
        Progress imported = load.progress();
        List<String> skipped = new ArrayList<>(load.problems());
        skipped.addAll(dropFutureEntries(imported, now + CLOCK_SLACK_MS));
        if (imported.isEmpty() && !skipped.isEmpty()) {
            return refusal("none of its entries can be used (first: " + skipped.get(0) + ")");
        }
        ProgressMerge merge = ProgressMerge.of(progress, imported);
        String room = roomFor(ProgressCodec.encode(merge.merged(), now, revision + 1, resetAt).length());
        if (room != null) {
            return refusal(room);
        }
        String note = skipped.isEmpty() ? null : skipped.size() + " entr" + (skipped.size() == 1 ? "y" : "ies")
                + " will be skipped (first: " + skipped.get(0) + ")";
        return new ImportPreview(imported, merge.changes(), note, null, revision);
    }

    private ImportPreview refusal(String why) {
        return new ImportPreview(new Progress(), Collections.<ProgressMerge.Change>emptyList(), null, why, revision);
    }

    /**
     * Merges a previewed file into the progress as it is now, in this tab and in storage (whatever other tabs
     * saved since the preview is kept too).
     */
    public ImportResult commitImport(ImportPreview preview) {
        if (preview.error != null) {
            return new ImportResult(false, false, preview.error);
        }
        Progress merged = ProgressMerge.of(progress, preview.imported).merged();
        String room = roomFor(ProgressCodec.encode(merged, clock.now(), revision + 1, resetAt).length());
        if (room != null) {
            return new ImportResult(false, false, room);
        }
        progress = merged;
        if (mode == Mode.OUTDATED) {
            return new ImportResult(keepOwnCopyAside(), false, null);
        }
        boolean saved = sync(true) != Sync.FAILED;
        return new ImportResult(saved, saved && lastStoredRevision != preview.revision, null);
    }

    /** Null when a record of {@code chars} characters leaves room for saving, else a sentence saying why not. */
    private String roomFor(int chars) {
        if (chars > MAX_RECORD_CHARS) {
            return "it would make your progress record " + chars + " characters long; Kappa keeps it under "
                    + MAX_RECORD_CHARS + " so that saving always has room";
        }
        long used = storage.usedChars();
        String current = storedRaw();
        long after = used - (current == null ? 0 : current.length()) + chars;
        if (used >= 0 && after > QUOTA_CHARS * 9 / 10) {
            return "this site's storage in this browser would be nearly full (" + after + " of about " + QUOTA_CHARS
                    + " characters); delete kept-aside records on this page first";
        }
        return null;
    }

    /** Removes entries active after {@code limit} (they would win every later merge); says which. */
    private static List<String> dropFutureEntries(Progress p, long limit) {
        List<String> dropped = new ArrayList<>();
        for (String where : removeWhere(p, time -> time > limit)) {
            dropped.add(where + ": its time lies in the future");
        }
        for (java.util.Iterator<Map.Entry<String, LabRecord>> it = p.labs().entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, LabRecord> e = it.next();
            if (e.getValue().first() > e.getValue().last()) {
                dropped.add("labs." + e.getKey() + ": its first visit comes after its last");
                it.remove();
            }
        }
        return dropped;
    }

    /** A copy of {@code p} with only the entries active at or after {@code t}. */
    static Progress activeSince(Progress p, long t) {
        Progress out = p.copy();
        removeWhere(out, time -> time < t);
        return out;
    }

    /** A test on the time an entry was last active. */
    private interface TimeTest {
        boolean test(long time);
    }

    /**
     * Removes every entry whose time passes {@code drop}: a card's last review, each review in a history, a quiz's
     * best score, the start of a quiz attempt, an exercise's last attempt (its exercise in progress goes with it),
     * a lab's last visit, a prediction (the first answer); returns where each was ("cards.deck/card",
     * "reviews.deck/card", …).
     */
    private static List<String> removeWhere(Progress p, TimeTest drop) {
        List<String> removed = new ArrayList<>();
        removeFrom("cards", p.cards(), c -> c.lastReview(), drop, removed);
        for (java.util.Iterator<Map.Entry<String, List<ReviewEntry>>> it = p.reviews().entrySet().iterator();
                it.hasNext();) {
            Map.Entry<String, List<ReviewEntry>> e = it.next();
            if (e.getValue().removeIf(x -> drop.test(x.at()))) {
                removed.add("reviews." + e.getKey());
            }
            if (e.getValue().isEmpty()) {
                it.remove();
            }
        }
        removeFrom("quizzes", p.quizzes(), q -> q.at(), drop, removed);
        removeFrom("quizAttempts", p.quizAttempts(), a -> a.started(), drop, removed);
        removeFrom("exercises", p.exercises(), x -> x.last(), drop, removed);
        removeFrom("labs", p.labs(), l -> l.last(), drop, removed);
        removeFrom("predictions", p.predictions(), x -> x.at(), drop, removed);
        return removed;
    }

    /** When an entry of type {@code V} was last active. */
    private interface ActiveAt<V> {
        long of(V entry);
    }

    private static <V> void removeFrom(String area, Map<String, V> entries, ActiveAt<V> activeAt, TimeTest drop,
            List<String> removed) {
        for (java.util.Iterator<Map.Entry<String, V>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, V> e = it.next();
            if (drop.test(activeAt.of(e.getValue()))) {
                removed.add(area + "." + e.getKey());
                it.remove();
            }
        }
    }

    // ---- records kept aside ------------------------------------------------------------------------------------

    /** One record kept aside in this browser. */
    public static final class AsideRecord {
        private final String key;
        private final int chars;
        private final String summary;

        AsideRecord(String key, int chars, String summary) {
            this.key = key;
            this.chars = chars;
            this.summary = summary;
        }

        public String key() {
            return key;
        }

        /** Its length in characters. */
        public int chars() {
            return chars;
        }

        /** What it holds, e.g. "version 2 (newer than this Kappa)" or "3 cards, 1 quiz, 0 exercises, 2 labs". */
        public String summary() {
            return summary;
        }
    }

    /** The records kept aside in this browser, oldest first. */
    public List<AsideRecord> asideRecords() {
        List<AsideRecord> out = new ArrayList<>();
        for (String key : storage.keys(ASIDE_PREFIX)) {
            String raw = readAside(key);
            if (raw != null) {
                out.add(new AsideRecord(key, raw.length(), summarize(raw)));
            }
        }
        return out;
    }

    /** The stored text under a kept-aside key, or null. */
    public String readAside(String key) {
        if (!key.startsWith(ASIDE_PREFIX)) {
            return null;
        }
        try {
            return storage.read(key);
        } catch (KeyValueStore.Unavailable e) {
            return null;
        }
    }

    /** Deletes a kept-aside record (the learner confirmed it); false when it could not be removed. */
    public boolean deleteAside(String key) {
        if (!key.startsWith(ASIDE_PREFIX) || !storage.remove(key).isEmpty()) {
            return false;
        }
        if (key.equals(asideKey)) {
            asideKey = null;
        }
        if (key.equals(ownAsideKey)) {
            ownAsideKey = null;
        }
        return true;
    }

    private static String summarize(String raw) {
        ProgressLoad load = ProgressCodec.decode(raw);
        if (load.outcome() == ProgressLoad.Outcome.KEPT_ASIDE) {
            return load.storedVersion() > ProgressCodec.VERSION ? "version " + load.storedVersion()
                    + " (from a newer Kappa)" : "unreadable: " + reasonOf(load);
        }
        Progress p = load.progress();
        return count(p.cards().size(), "card") + ", " + count(p.quizzes().size(), "quiz") + ", "
                + count(p.exercises().size(), "exercise") + ", " + count(p.labs().size(), "lab")
                + (load.outcome() == ProgressLoad.Outcome.SALVAGED ? " readable (some entries are not)" : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : what.endsWith("z") ? "zes" : "s");
    }

    /** Copies {@code raw} to a key of its own, unless an identical copy exists; the key, or null when it failed. */
    private String keepAside(String raw) {
        for (String key : storage.keys(ASIDE_PREFIX)) {
            if (raw.equals(readAside(key))) {
                return key;
            }
        }
        String key = freshAsideKey(clock.now());
        return key != null && storage.write(key, raw).isEmpty() ? key : null;
    }

    /** A kept-aside key never used before, named for {@code now}; null when none could be found. */
    private String freshAsideKey(long now) {
        for (int i = 0; i < MAX_ASIDE_TRIES; i++) {
            String key = ProgressCodec.asideKey(now + i);
            if (readAside(key) == null) {
                return key;
            }
        }
        return null;
    }

    private static String reasonOf(ProgressLoad load) {
        String reason = load.reason() == null ? "" : load.reason();
        return reason.startsWith("kept aside: ") ? reason.substring("kept aside: ".length()) : reason;
    }
}
