package io.openemp.plugin.gdw376.api;

/**
 * How many elements a {@link FieldSpec.Repeat} holds: the value of an earlier field plus a constant (the tariff
 * count M gives M + 1 values: the total and M rates), the difference modulo 256 of two earlier fields (event
 * pointers Pm .. Pn), or as many as fit before the end of the body.
 */
public record Count(Rule rule, String field, String secondField, int plus) {

    /** The rules. */
    public enum Rule {
        /** The value of {@code field} plus {@code plus}. */
        FIELD,
        /** ({@code secondField} - {@code field}) mod 256. */
        DIFFERENCE_MOD_256,
        /** Whole elements until the body ends (the body must be the frame's last). */
        TO_END
    }

    /** The value of {@code field} plus {@code plus}. */
    public static Count field(String field, int plus) {
        return new Count(Rule.FIELD, field, null, plus);
    }

    /** ({@code to} - {@code from}) mod 256. */
    public static Count pointers(String from, String to) {
        return new Count(Rule.DIFFERENCE_MOD_256, from, to, 0);
    }

    /** As many as fit. */
    public static Count toEnd() {
        return new Count(Rule.TO_END, null, null, 0);
    }

    @Override
    public String toString() {
        return switch (rule) {
            case FIELD -> plus == 0 ? field : field + " + " + plus;
            case DIFFERENCE_MOD_256 -> "(" + secondField + " - " + field + ") mod 256";
            case TO_END -> "to the end";
        };
    }
}
