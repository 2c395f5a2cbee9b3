package io.openemp.data.readings.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * The readings of one period combined: {@code value} is their sum, mean or last value, depending on the reading
 * type's {@link Aggregation}; {@code min} and {@code max} are given for {@link Aggregation#AVERAGE} and
 * {@link Aggregation#LAST}. A period without readings has {@code count} 0 and null values.
 *
 * @param start the period's start (clipped to the requested range)
 * @param end the period's end, exclusive (clipped to the requested range)
 * @param value sum, mean (rounded half-even to the inputs' scale + 4) or last value; null when count is 0
 * @param min the smallest value, for AVERAGE and LAST; otherwise null
 * @param max the largest value, for AVERAGE and LAST; otherwise null
 * @param count readings in the period
 * @param expected readings an interval reading type should have in the period, null for registers and
 *        instantaneous values (interval 0); a complete period has {@code count == expected}
 */
public record Aggregate(Instant start, Instant end, @Nullable BigDecimal value, @Nullable BigDecimal min,
        @Nullable BigDecimal max, int count, @Nullable Integer expected) {
}
