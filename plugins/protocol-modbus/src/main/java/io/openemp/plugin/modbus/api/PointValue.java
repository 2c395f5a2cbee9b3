package io.openemp.plugin.modbus.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * What one read gave for one point: a value, or the reason there is none.
 *
 * @param name the point's name
 * @param readingType the point's reading-type code
 * @param unit the point's unit, if the profile gives one
 * @param value {@code raw * scale + offset}, exact; {@code null} unless {@code quality} is GOOD
 * @param at when the response carrying the value arrived (or the failure was known)
 * @param quality GOOD with a value, INVALID or BAD without
 * @param error why there is no value; {@code null} when GOOD
 */
public record PointValue(String name, String readingType, @Nullable String unit, @Nullable BigDecimal value,
        Instant at, Quality quality, @Nullable PointError error) {
}
