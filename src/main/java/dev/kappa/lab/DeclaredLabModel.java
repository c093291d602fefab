package dev.kappa.lab;

import java.util.List;

/**
 * A {@link LabModel} built on its {@link LabDeclaration}: a lab class extends this, passes its
 * declaration (usually a {@code public static final DECLARATION}) and writes {@link #compute}.
 * Being a public class in {@code dev.kappa.lab} with a public no-argument constructor is all it
 * takes to be in {@link LabCatalog}.
 */
public abstract class DeclaredLabModel implements LabModel {
    private final LabDeclaration declaration;

    protected DeclaredLabModel(LabDeclaration declaration) {
        this.declaration = declaration;
    }

    @Override
    public final LabDeclaration declaration() {
        return declaration;
    }

    @Override
    public final String id() {
        return declaration.id();
    }

    /** A fresh parameter set each time: a view mutates its own. */
    @Override
    public final ParamSet spec() {
        return declaration.spec();
    }

    @Override
    public final List<Preset> allPresets() {
        return declaration.presets();
    }
}
