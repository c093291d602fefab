package dev.kappa.web.learn;

/**
 * Records that a lab page was opened, in the learner's progress ({@link dev.kappa.learn.Progress#visitLab}),
 * through the same {@link ProgressStore} as the learning views, so visits are exported, imported
 * and merged with the rest.
 *
 * <p>A lab must work whatever storage does: a full quota or a failed write is reported by the
 * store's usual notice and the visit is kept in memory for this session; a store that is only in
 * memory or protecting a kept-aside record simply does not write; and anything unexpected is
 * swallowed here rather than reaching the router, because the lab page matters more than the tally.
 */
public final class LabVisits {
    private LabVisits() {
    }

    /** Counts one visit to {@code labId} now and saves; never throws. */
    public static void record(Learning learning, String labId) {
        if (learning == null || labId == null || labId.isEmpty()) {
            return;
        }
        try {
            learning.store().progress().visitLab(labId, learning.now());
            learning.store().save();
        } catch (RuntimeException e) {
            // Deliberately ignored: progress is a convenience, the lab is the page.
        }
    }
}
