package dev.kappa.web.learn;

import dev.kappa.learn.Fsrs;
import org.teavm.jso.JSBody;

/**
 * What the learning views share for one page: the compiled content (read again as its parts arrive), the progress store, the
 * scheduler and the wall clock. Created once by {@code Main}; no static mutable state.
 */
public final class Learning {
    private Content content;
    private final ProgressStore store;
    private final Fsrs fsrs = new Fsrs();

    public Learning(Content content, ProgressStore store) {
        this.content = content;
        this.store = store;
    }

    /** Loads content and opens storage, reporting problems to {@code notices}. */
    public static Learning boot(Notices notices) {
        Content content = Content.load();
        if (content.problem() != null) {
            notices.report("content", true, content.problem());
        }
        ProgressStore store = new ProgressStore(notices, Learning::wallClock);
        store.open();
        return new Learning(content, store);
    }

    /** The content as read now: read again when a deck's or quiz's script has arrived since. */
    public Content content() {
        if (content.stale()) {
            content = Content.load();
        }
        return content;
    }

    public ProgressStore store() {
        return store;
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    public long now() {
        return wallClock();
    }

    /** Epoch milliseconds (schedules are stored in wall-clock time, unlike {@code performance.now}). */
    @JSBody(script = "return Date.now();")
    static native double dateNow();

    static long wallClock() {
        return (long) dateNow();
    }
}
