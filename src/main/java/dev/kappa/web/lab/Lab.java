package dev.kappa.web.lab;

import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import java.util.List;

/**
 * One interactive lab, as the framework sees it. The lab declares its parameters and presets;
 * its words (title, lede, rule, what to try, explanation) live in {@code content/labs/<id>.md} and
 * reach the page compiled, through content.js. {@link LabView} builds the controls, keeps the URL
 * in step, and calls {@link #update} (at most once per animation frame) with the current values. The lab's model lives in
 * {@code dev.kappa.lab}; an implementation of this interface only turns model output into marks,
 * readouts and sentences.
 */
public interface Lab {
    /** The id in {@code #/lab/<id>}. */
    String id();

    /** The declared parameters with their defaults. */
    ParamSet params();

    List<Preset> presets();

    /** Display text of a choice value (defaults to the value). */
    default String choiceLabel(String param, String value) {
        return value;
    }

    /** A suggested iframe height in CSS pixels for the embed snippet. */
    default int embedHeight() {
        return 900;
    }

    /** Creates plots, readouts and extra controls on the page; called once. */
    void build(LabPage page);

    /** Recomputes and redraws everything for these values. Must not throw for any clamped values. */
    void update(ParamSet values);

    /** Releases anything the lab holds outside its page. */
    default void dispose() {
    }
}
