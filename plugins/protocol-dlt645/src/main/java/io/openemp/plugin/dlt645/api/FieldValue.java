package io.openemp.plugin.dlt645.api;

import java.math.BigDecimal;
import java.time.temporal.Temporal;

/**
 * One decoded value field.
 *
 * @param id the data identifier of the item the field belongs to (a block member's own), or {@code null} for a
 *        field decoded on its own
 * @param name what the field is, e.g. {@code forward active energy, tariff 1, current}
 * @param format its format
 * @param unit its unit ({@code kWh}, {@code V}...), or empty
 * @param number the value of a number field, with the format's decimals; {@code null} for other kinds
 * @param time the value of a date-time field ({@code LocalDateTime}, {@code LocalDate} or {@code LocalTime});
 *        {@code null} for other kinds, and when the digits make no real date (meters send zeros for "never")
 * @param raw the field's hex digits most significant first, as written in the standard (a signed number's sign
 *        bit included): encoding the field gives back exactly its bytes
 * @param text the value for people: {@code -12.345}, {@code 2024-03-01 12:30}, {@code 000000000161}
 */
public record FieldValue(DataId id, String name, FieldFormat format, String unit, BigDecimal number, Temporal time,
        String raw, String text) {

    /** E.g. {@code voltage, phase A = 220.1 V}. */
    @Override
    public String toString() {
        return name + " = " + text + (unit.isEmpty() ? "" : " " + unit);
    }
}
