package dev.kappa.learn;

/** How well a card was recalled, as FSRS numbers it: Again = 1, Hard = 2, Good = 3, Easy = 4. */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** The G of the FSRS formulas, 1–4. */
    public int value() {
        return value;
    }

    /** The grade with FSRS number {@code g} (1–4), as typed with the keys 1–4. */
    public static Grade of(int g) {
        if (g < 1 || g > 4) {
            throw new IllegalArgumentException("grade must be 1 (Again) to 4 (Easy), got " + g);
        }
        return values()[g - 1];
    }
}
