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
}
