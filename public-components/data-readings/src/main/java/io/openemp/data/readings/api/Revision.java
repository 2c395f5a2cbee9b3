package io.openemp.data.readings.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.openemp.plugin.api.Nullable;

/**
 * One version of a stored value.
 *
 * @param revision 0 for the first value stored, 1 for the one that replaced it...
 * @param value the value
 * @param flags its quality flags
 * @param source who delivered it, or null
 * @param recordedAt when the store received it (second precision)
 * @param supersededAt when the next revision replaced it; null for the current value
 */
public record Revision(int revision, BigDecimal value, Set<String> flags, @Nullable String source,
        Instant recordedAt, @Nullable Instant supersededAt) {
}
