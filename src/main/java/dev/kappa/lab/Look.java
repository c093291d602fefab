package dev.kappa.lab;

/**
 * How one series (or point marker) looks, fixed by what it is rather than by its position in a
 * list: a colour from the colour-blind-safe palette, a dash pattern and a point shape, so an
 * optimizer keeps its look across presets and two series never share one (a plot declares the
 * look of every series it can show, see {@link PlotSpec#series}).
 *
 * <p>Colours are palette slots, resolved by the view: {@link #INK} the text colour, 1…7 the
 * Okabe–Ito colours (1 blue, 2 vermillion, 3 bluish green, 4 reddish purple, 5 orange, 6 sky
 * blue, 7 yellow, too light for thin lines on white), {@link #MUTED} grey for references. Seven
 * colours times four dash patterns and six shapes give more distinct looks than any plot needs,
 * so no palette wraps around.
 */
public final class Look {
    /** The text colour (black on light, white on dark). */
    public static final int INK = 0;
    /** Grey, for reference lines and context. */
    public static final int MUTED = -1;

    /** A line's dash pattern. */
    public enum Dash { SOLID, DASHED, DOTTED, DASH_DOT }

    /** A point's shape (NONE: a line without point marks). */
    public enum Shape { NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS }

    /** Grey dashed thin: reference lines such as κ·ε or N = D. */
    public static final Look REFERENCE = new Look(MUTED, Dash.DASHED, Shape.NONE, 1.5);

    private final int colour;
    private final Dash dash;
    private final Shape shape;
    private final double width;

    private Look(int colour, Dash dash, Shape shape, double width) {
        if (colour < MUTED || colour > 7) {
            throw new IllegalArgumentException("colour slot " + colour + " is not in −1…7");
        }
        this.colour = colour;
        this.dash = dash;
        this.shape = shape;
        this.width = width;
    }

    /** A solid line of width 2 in palette colour {@code colour}. */
    public static Look of(int colour) {
        return new Look(colour, Dash.SOLID, Shape.NONE, 2);
    }

    public Look dashed() {
        return new Look(colour, Dash.DASHED, shape, width);
    }

    public Look dotted() {
        return new Look(colour, Dash.DOTTED, shape, width);
    }

    public Look dashDot() {
        return new Look(colour, Dash.DASH_DOT, shape, width);
    }

    public Look shape(Shape s) {
        return new Look(colour, dash, s, width);
    }

    public Look width(double w) {
        return new Look(colour, dash, shape, w);
    }

    public int colour() {
        return colour;
    }

    public Dash dash() {
        return dash;
    }

    public Shape shape() {
        return shape;
    }

    public double width() {
        return width;
    }

    /** Two looks a reader can tell apart: a different colour, dash or shape. */
    public boolean distinctFrom(Look o) {
        return colour != o.colour || dash != o.dash || shape != o.shape;
    }

    @Override
    public String toString() {
        return "colour " + colour + ", " + dash + ", " + shape;
    }
}
