package dev.kappa.web.plot;

import dev.kappa.web.Browser;

/**
 * Colours for drawing, read from the stylesheet's CSS variables at render time so a plot follows
 * light/dark mode. A colour spec is either a CSS colour, a variable name ("--plot-1"), or
 * "mix(--a,--b,t)" for a blend of two hex variables (used by the contour colour map).
 */
final class Theme {
    private Theme() {
    }

    static String resolve(String spec) {
        if (spec == null) {
            return "#888888";
        }
        if (spec.startsWith("--")) {
            String v = Browser.cssVariable(spec);
            return v.isEmpty() ? "#888888" : v;
        }
        if (spec.startsWith("mix(")) {
            String[] parts = spec.substring(4, spec.length() - 1).split(",");
            if (parts.length == 3) {
                return mix(resolve(parts[0].trim()), resolve(parts[1].trim()), parseT(parts[2].trim()));
            }
        }
        return spec;
    }

    /** A spec blending variable a into b by t ∈ [0, 1]. */
    static String mixSpec(String a, String b, double t) {
        double c = Math.max(0, Math.min(1, t));
        return "mix(" + a + "," + b + "," + (Math.round(c * 1000) / 1000.0) + ")";
    }

    private static double parseT(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0.5;
        }
    }

    static String mix(String a, String b, double t) {
        int ca = hex(a);
        int cb = hex(b);
        if (ca < 0 || cb < 0) {
            return t < 0.5 ? a : b;
        }
        int r = (int) Math.round(((ca >> 16) & 255) * (1 - t) + ((cb >> 16) & 255) * t);
        int g = (int) Math.round(((ca >> 8) & 255) * (1 - t) + ((cb >> 8) & 255) * t);
        int bl = (int) Math.round((ca & 255) * (1 - t) + (cb & 255) * t);
        return "rgb(" + r + "," + g + "," + bl + ")";
    }

    private static int hex(String s) {
        if (s.length() != 7 || s.charAt(0) != '#') {
            return -1;
        }
        int v = 0;
        for (int i = 1; i < 7; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
