package io.openemp.event.api;

import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * An alarm: one occurrence of a condition on a source (a meter, a device, a component) from its first raise
 * until it is closed. Repeated raises while it is open count up {@code count} and move {@code lastRaisedAt}.
 */
public record Alarm(
        String id,
        String source,
        String condition,
        Severity severity,
        String message,
        AlarmState state,
        boolean active,
        boolean acknowledged,
        boolean shelved,
        long count,
        Instant firstRaisedAt,
        Instant lastRaisedAt,
        @Nullable Instant clearedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant closedAt,
        @Nullable Instant shelvedUntil,
        @Nullable String shelvedBy,
        @Nullable String shelveReason,
        List<Transition> history) {
}
