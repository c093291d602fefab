package dev.kappa.web;

import org.teavm.jso.dom.html.HTMLElement;

/** One screen of the app, mounted into the app container by the router. */
public interface View {
    /** The document title while this view is shown. */
    String title();

    /** Builds the view inside {@code container}, which is empty. */
    void mount(HTMLElement container);

    /** Stops timers, animation frames and listeners outside the container. */
    default void unmount() {
    }
}
