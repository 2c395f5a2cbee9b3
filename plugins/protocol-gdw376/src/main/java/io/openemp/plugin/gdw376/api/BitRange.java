package io.openemp.plugin.gdw376.api;

import java.util.Map;

/**
 * A named range of bits within a {@link FieldSpec.Bits} field: bits {@code shift .. shift + width - 1}, with the
 * meanings of its codes (for a code field such as a baud rate) or a unit (for a number).
 */
public record BitRange(String name, String label, int shift, int width, Map<Integer, String> meanings, String unit) {

    public BitRange {
        if (shift < 0 || width < 1 || shift + width > 64) {
            throw new IllegalArgumentException("bits " + shift + "+" + width + " do not fit a field");
        }
        meanings = meanings == null ? Map.of() : Map.copyOf(meanings);
        unit = unit == null ? "" : unit;
    }

    /** A numeric range with a unit. */
    public static BitRange number(String name, String label, int shift, int width, String unit) {
        return new BitRange(name, label, shift, width, Map.of(), unit);
    }

    /** A coded range. */
    public static BitRange codes(String name, String label, int shift, int width, Map<Integer, String> meanings) {
        return new BitRange(name, label, shift, width, meanings, "");
    }

    /** This range's value within {@code field}. */
    public long extract(long field) {
        return (field >>> shift) & ((1L << width) - 1);
    }

    /** The meaning of {@code code}, or the number with its unit. */
    public String describe(long code) {
        String meaning = meanings.get((int) code);
        if (meaning != null) {
            return meaning;
        }
        return meanings.isEmpty() ? code + (unit.isEmpty() ? "" : " " + unit) : code + " (undefined)";
    }
}
