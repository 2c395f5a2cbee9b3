package io.openemp.plugin.dlt645.api;

/**
 * One field of a data item's layout.
 *
 * @param id the data identifier the field belongs to (a block member's own)
 * @param name what the field is
 * @param format its format
 * @param unit its unit, or empty
 */
public record FieldSpec(DataId id, String name, FieldFormat format, String unit) {

    /** E.g. {@code voltage, phase A: XXX.X V}. */
    @Override
    public String toString() {
        return name + ": " + format + (unit.isEmpty() ? "" : " " + unit);
    }
}
