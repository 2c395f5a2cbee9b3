package io.openemp.event.api;

import java.time.Instant;
import java.util.Map;

import io.openemp.plugin.api.Nullable;

/**
 * A kept event: a device event from the bus or an audit entry. {@code seq} is its stream id (the SSE
 * {@code id}), increasing; {@code properties} are its bus properties as text.
 */
public record StoredEvent(
        long seq,
        String kind,
        String topic,
        Instant at,
        @Nullable String source,
        Map<String, String> properties) {
}
