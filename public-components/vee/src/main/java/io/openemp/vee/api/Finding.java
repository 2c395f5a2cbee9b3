package io.openemp.vee.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * One reading that failed a rule, or one gap.
 *
 * @param rule the rule's name ({@link VeeFlags})
 * @param at the reading's instant; for a gap its first missing instant
 * @param until for a gap its last missing instant, otherwise null
 * @param value the reading's value; null for a gap
 * @param reference what the value was judged against: the neighbours' median (spike), the previous register
 *        value (register rules), the register advance (sum check); otherwise null
 * @param detail a short explanation
 * @param flagged whether the reading carries the rule's flag after this call (always false for a gap and for {@code vee.check})
 */
public record Finding(String rule, Instant at, @Nullable Instant until, @Nullable BigDecimal value,
        @Nullable BigDecimal reference, String detail, boolean flagged) {
}
