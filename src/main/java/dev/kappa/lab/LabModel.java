package dev.kappa.lab;

import java.util.List;

/**
 * A lab's model: its declaration (parameters, presets, plots) and the computation from a parameter
 * state to plot-ready {@link LabOutput}. Implementations may cache expensive intermediate results
 * between calls (a slider drag changes one parameter at a time), so one instance belongs to one
 * view; a cache must never return a stale picture (the contract tests compare a warm model with a
 * fresh one after every single-parameter change). {@link #compute} never throws for any state its
 * {@link #spec()} can hold.
 *
 * <p>Every implementation in {@code dev.kappa.lab} is a lab: {@link LabCatalog} finds it (see
 * {@code LabIndexProcessor}), so it needs a public constructor without arguments.
 */
public interface LabModel {
    LabDeclaration declaration();

    /** The route id, e.g. "double-descent". */
    String id();

    /** The declared parameters with their defaults (a fresh set). */
    ParamSet spec();

    List<Preset> allPresets();

    LabOutput compute(ParamSet params);

    /**
     * For a model whose {@link #compute} can take longer than a frame: does at most {@code count}
     * units of the work for these values (each unit well under 10 ms in the browser, e.g. one N of
     * a sweep) and says whether it is all done, so a view spreads the work over several frames
     * from the very first picture on (a page must never block for seconds). {@link #compute} must
     * give the same output whether or not this was called. Default: nothing to prepare.
     */
    default boolean prepare(ParamSet params, int count) {
        return true;
    }

    /** The fraction of the preparation done, 0…1 (for a progress display). */
    default double progress() {
        return 1;
    }
}
