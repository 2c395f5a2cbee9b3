package io.openemp.plugin.modbus.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.openemp.plugin.api.Nullable;

/**
 * A value read from a device, shaped like the platform's meter reading (meter, reading type, instant, value,
 * quality flags, source) so the collection module can store it as it is.
 *
 * @param meter the meter id the caller gave
 * @param readingType the point's reading-type code
 * @param at when the value was read, millisecond precision
 * @param value the value in the point's unit, at most 9 decimals
 * @param flags quality flags: empty for a value as measured
 * @param source {@code modbus:<host>:<port>/<profile>}, at most 64 characters
 */
public record ModbusReading(String meter, String readingType, Instant at, BigDecimal value, Set<String> flags,
        @Nullable String source) {

    public ModbusReading {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
