package dev.kappa.lab.plot;

/**
 * How a plot axis maps values: linear; linear with integer ticks only (iteration k, index i,
 * degree d); log10 (positive values only); or symmetric log, linear within ±1 and logarithmic
 * beyond, for values that may explode in either sign (a saddle's f(w) falling to −10³²).
 */
public enum Axis {
    LINEAR, INDEX, LOG, SYMLOG;

    public boolean log() {
        return this == LOG;
    }
}
