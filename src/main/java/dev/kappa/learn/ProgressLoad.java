package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * What loading the stored progress record gave. The policy: data that cannot be fully read is
 * never overwritten. When {@link #mustKeepAside()} is true the web layer first copies
 * {@link #rawToKeepAside()} to {@link ProgressCodec#asideKey(long)}, tells the learner
 * {@link #reason()}, and only then may save over the main key.
 */
public final class ProgressLoad {
    /** How the load went. */
    public enum Outcome {
        /** Nothing stored yet: a fresh progress. */
        EMPTY,
        /** A current-version record, read completely. */
        LOADED,
        /** An older record, migrated to the current version (keep the original aside too, it is cheap). */
        MIGRATED,
        /** Readable, but some entries were not: those are dropped from {@link #progress()} and the raw record kept aside. */
        SALVAGED,
        /** Not readable at all (corrupt, or from a newer app): fresh progress, the raw record kept aside. */
        KEPT_ASIDE
    }

    private final Outcome outcome;
    private final Progress progress;
    private final String reason;
    private final String raw;
    private final int storedVersion;
    private final List<String> problems;
    private long revision;
    private long resetAt;

    ProgressLoad(Outcome outcome, Progress progress, String reason, String raw, int storedVersion, List<String> problems) {
        this.outcome = outcome;
        this.progress = progress;
        this.reason = reason;
        this.raw = raw;
        this.storedVersion = storedVersion;
        this.problems = Collections.unmodifiableList(problems);
    }

    /** This load with the shared record's stamps (see {@link ProgressCodec}). */
    ProgressLoad stamped(long revision, long resetAt) {
        this.revision = revision;
        this.resetAt = resetAt;
        return this;
    }

    /** How many saves the stored record has had ({@code "rev"}; 0 when absent or unreadable). */
    public long revision() {
        return revision;
    }

    /** When the learner last reset their progress ({@code "resetAt"}; 0 when never). */
    public long resetAt() {
        return resetAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The progress to use now (fresh when nothing could be read). */
    public Progress progress() {
        return progress;
    }

    /** A sentence for the learner, e.g. "kept aside: record is version 3, newer than this app (1)"; null when all went well. */
    public String reason() {
        return reason;
    }

    /** True when the stored text must be copied elsewhere before the main key is written again. */
    public boolean mustKeepAside() {
        return outcome == Outcome.KEPT_ASIDE || outcome == Outcome.SALVAGED || outcome == Outcome.MIGRATED;
    }

    /** The stored text, exactly as read, to keep aside. */
    public String rawToKeepAside() {
        return raw;
    }

    /** The version the stored record declared (−1 when unreadable, 0 for the pre-release format). */
    public int storedVersion() {
        return storedVersion;
    }

    /** Each entry that could not be read (for SALVAGED), e.g. "cards.ridge/q1: stability is not a number". */
    public List<String> problems() {
        return problems;
    }
}
