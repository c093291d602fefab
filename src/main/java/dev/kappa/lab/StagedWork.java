package dev.kappa.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's expensive intermediate results, computed as a list of small units for one key (the
 * parameters they depend on), so a view can spread them over animation frames
 * ({@link LabModel#prepare}): a new key starts a new plan, {@link #advance} runs at most
 * {@code count} more units, {@link #finish} runs the rest. Units store their results in the
 * model's fields; the order is the plan's, so the results never depend on how the work was sliced.
 */
final class StagedWork {
    /** Plans the units of work for a key. */
    interface Plan {
        void units(List<Runnable> out);
    }

    private String key;
    private List<Runnable> units = new ArrayList<>();
    private int next;

    /** Runs at most {@code count} units of the work for {@code key} (planning it first when the key is new); true when all are done. */
    boolean advance(String k, Plan plan, int count) {
        if (!k.equals(key)) {
            key = k;
            units = new ArrayList<>();
            plan.units(units);
            next = 0;
        }
        for (int i = 0; i < count && next < units.size(); i++) {
            units.get(next++).run();
        }
        return next >= units.size();
    }

    /** Runs whatever is left of the work for {@code key}. */
    void finish(String k, Plan plan) {
        advance(k, plan, Integer.MAX_VALUE);
    }

    /** The fraction of the current plan done, 0…1. */
    double progress() {
        return units.isEmpty() ? 1 : (double) next / units.size();
    }
}
