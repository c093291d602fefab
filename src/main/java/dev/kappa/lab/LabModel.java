package dev.kappa.lab;

import java.util.List;

/**
 * A lab's model: its declared parameters, presets, and the computation from a parameter state to
 * plot-ready {@link LabOutput}. Implementations may cache expensive intermediate results between
 * calls (a slider drag changes one parameter at a time), so one instance belongs to one view.
 * {@link #compute} never throws for any state its {@link #spec()} can hold.
 */
public interface LabModel {
    /** The route id, e.g. "double-descent". */
    String id();

    /** The declared parameters with their defaults (a fresh set). */
    ParamSet spec();

    List<Preset> allPresets();

    LabOutput compute(ParamSet params);

    /**
     * For a model whose {@link #compute} can take longer than a frame: does at most {@code count}
     * units of the work for these values (e.g. one N of a sweep each) and says whether it is all done,
     * so a view can spread it over several frames. {@link #compute} must give the same output whether
     * or not this was called. Default: nothing to prepare.
     */
    default boolean prepare(ParamSet params, int count) {
        return true;
    }

    /** The fraction of the preparation done, 0…1 (for a progress display). */
    default double progress() {
        return 1;
    }
}
