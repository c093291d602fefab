package dev.kappa.lab;

/**
 * What dragging a plot's handle to data point (x, y) does to the parameters: sets them on
 * {@code values} (a copy of the current state; the view applies what changed, clamped, and the URL
 * follows). Pure, so it is tested on the JVM.
 */
public interface HandleMove {
    void move(ParamSet values, double x, double y);
}
