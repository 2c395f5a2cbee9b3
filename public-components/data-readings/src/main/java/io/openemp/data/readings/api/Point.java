package io.openemp.data.readings.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.openemp.plugin.api.Nullable;

/**
 * One stored value of a {@link Series}: its instant, value, quality flags and source.
 *
 * @param at the UTC instant (the end of the interval for interval data)
 * @param value the value in the series' unit
 * @param flags quality flags ({@link Quality}), standard ones first; empty for a plain measured value
 * @param source who delivered it, or null
 */
public record Point(Instant at, BigDecimal value, Set<String> flags, @Nullable String source) {
}
