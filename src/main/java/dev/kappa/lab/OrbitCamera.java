package dev.kappa.lab;

import dev.kappa.linalg.KMath;

/**
 * An orthographic camera orbiting the origin of ℝ³, for labs that draw a 3-D scene on a 2-D plot
 * ({@link PlotSpec#orbit}). With azimuth φ and elevation θ (degrees) the unit vector towards the
 * viewer is t = (cos θ cos φ, cos θ sin φ, sin θ); the screen's right and up directions are
 * e = (−sin φ, cos φ, 0) and u = (−sin θ cos φ, −sin θ sin φ, cos θ). (e, u, t) is a right-handed
 * orthonormal frame, so a point v lands at (e·v, u·v) on the screen with depth t·v (towards the
 * viewer), and {@link #lift} inverts that for a given depth: v = x·e + y·u + depth·t. The x₃ axis
 * always points up on the screen (|θ| &lt; 90°), as a learner expects of "up".
 *
 * <p>Sines and cosines come from {@link KMath}, so a scene is bit-identical on every engine.
 */
public final class OrbitCamera {
    /** Named, so no expression multiplies by a compound right operand (TeaVM 0.15's JS printer re-associates those). */
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;

    private final double[] right;
    private final double[] up;
    private final double[] toward;

    public OrbitCamera(double azimuthDegrees, double elevationDegrees) {
        double phi = azimuthDegrees * RADIANS_PER_DEGREE;
        double theta = elevationDegrees * RADIANS_PER_DEGREE;
        double cp = KMath.cos(phi);
        double sp = KMath.sin(phi);
        double ct = KMath.cos(theta);
        double st = KMath.sin(theta);
        right = new double[] {-sp, cp, 0};
        up = new double[] {-st * cp, -st * sp, ct};
        toward = new double[] {ct * cp, ct * sp, st};
    }

    /** Screen coordinates (e·v, u·v) of a point. */
    public double[] project(double[] v) {
        return new double[] {dot(right, v), dot(up, v)};
    }

    /** How far a point is towards the viewer, t·v. */
    public double depth(double[] v) {
        return dot(toward, v);
    }

    /** The point at screen position (x, y) and the given depth: x·e + y·u + depth·t. */
    public double[] lift(double x, double y, double depth) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = x * right[i] + y * up[i] + depth * toward[i];
        }
        return v;
    }

    /** The unit vector towards the viewer. */
    public double[] toward() {
        return toward.clone();
    }

    /**
     * Turns the camera of a state by (dAz, dEl) degrees: the azimuth wraps around into
     * [min, max] of its parameter (a full turn when the range is 360° wide), the elevation stops at
     * its range (looking straight down would lose "up").
     */
    public static void turn(ParamSet values, String azimuth, String elevation, double dAz, double dEl) {
        Param az = values.param(azimuth);
        double a = values.number(azimuth) + dAz;
        double span = az.max() - az.min();
        if (span > 0) {
            while (a > az.max()) {
                a -= span;
            }
            while (a < az.min()) {
                a += span;
            }
        }
        values.set(azimuth, Math.round(a));
        values.set(elevation, Math.round(values.number(elevation) + dEl));
    }

    private static double dot(double[] a, double[] v) {
        return a[0] * v[0] + a[1] * v[1] + a[2] * v[2];
    }
}
