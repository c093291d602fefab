package dev.kappa.lab;

import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link LabModel} whose id, parameters and presets are fixed declarations (each model keeps them
 * as static {@code params()} and {@code presets()}, which tests and the docs check read directly).
 */
public abstract class DeclaredLabModel implements LabModel {
    private final String id;
    private final Supplier<ParamSet> params;
    private final List<Preset> presets;

    protected DeclaredLabModel(String id, Supplier<ParamSet> params, List<Preset> presets) {
        this.id = id;
        this.params = params;
        this.presets = presets;
    }

    @Override
    public final String id() {
        return id;
    }

    /** A fresh parameter set each time: a view mutates its own. */
    @Override
    public final ParamSet spec() {
        return params.get();
    }

    @Override
    public final List<Preset> allPresets() {
        return presets;
    }
}
