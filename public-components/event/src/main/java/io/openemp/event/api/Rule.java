package io.openemp.event.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/** A stored limit rule: its spec with defaults filled in, its id, and who created it when. */
public record Rule(
        String id,
        String name,
        RuleKind kind,
        String meter,
        String readingType,
        @Nullable BigDecimal threshold,
        BigDecimal deadband,
        int onDelaySeconds,
        int offDelaySeconds,
        @Nullable Integer intervalSeconds,
        @Nullable Integer intervals,
        Severity severity,
        Instant createdAt,
        String createdBy) {

    /** The alarm condition key of this rule's alarms: {@code rule/<id>}. */
    public String condition() {
        return "rule/" + id;
    }
}
