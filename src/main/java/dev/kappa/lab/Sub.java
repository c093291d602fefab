package dev.kappa.lab;

/** Unicode subscripts for iteration and component indices in readouts and rules (w₁₂, q₂). */
public final class Sub {
    private Sub() {
    }

    /** k written with subscript digits (and a subscript minus). */
    public static String script(int k) {
        String digits = String.valueOf(k);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sb.append(c == '-' ? '₋' : (char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
