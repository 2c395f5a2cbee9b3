package io.openemp.data.readings.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.openemp.plugin.api.Nullable;

/**
 * One meter reading: what a meter measured for one reading type at one instant. The key is (meter,
 * readingType, at); storing the same key again with the same value and flags changes nothing, with another value
 * or other flags it makes a new revision and keeps the old one.
 *
 * <p>JSON: {@code {"meter": "MTR-0001", "readingType": "energy.import.15min", "at": "2026-03-01T00:15:00Z",
 * "value": 1.234, "flags": ["ESTIMATED"], "source": "dlms:dc-17"}}.
 *
 * @param meter the meter's mRID, as the {@link MeterDirectory} knows it
 * @param readingType the reading type's code, as the {@link MeterDirectory} knows it
 * @param at the UTC instant measured, millisecond precision; for interval data the END of the interval (IEC
 *        61968-9): the 15-minute reading stamped 00:15 covers 00:00 to 00:15
 * @param value the measured value in the reading type's unit: at most 18 significant digits, of which at most 9
 *        after the decimal point
 * @param flags quality flags, {@link Quality} (empty for a plain measured value; {@code null} reads as empty)
 * @param source who delivered the value ("dlms:dc-17", "import:2026-03.csv"); at most 64 characters, or null
 */
public record Reading(String meter, String readingType, Instant at, BigDecimal value,
        @Nullable Set<String> flags, @Nullable String source) {

    public Reading {
        flags = flags == null ? Set.of() : flags;
    }

    /** A plain measured value: no flags, no source. */
    public static Reading of(String meter, String readingType, Instant at, BigDecimal value) {
        return new Reading(meter, readingType, at, value, Set.of(), null);
    }
}
