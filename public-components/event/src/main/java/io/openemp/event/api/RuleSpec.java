package io.openemp.event.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * A limit rule as created by {@code alarm.rule.create}. {@code meter} is one meter id or {@code *} for every
 * meter that reports {@code readingType}. HIGH, LOW and RATE_OF_CHANGE need {@code threshold}; STALE needs
 * {@code intervalSeconds} and {@code intervals}. Delays are in seconds of reading time.
 */
public record RuleSpec(
        String name,
        RuleKind kind,
        String meter,
        String readingType,
        @Nullable BigDecimal threshold,
        @Nullable BigDecimal deadband,
        @Nullable Integer onDelaySeconds,
        @Nullable Integer offDelaySeconds,
        @Nullable Integer intervalSeconds,
        @Nullable Integer intervals,
        @Nullable Severity severity) {
}
