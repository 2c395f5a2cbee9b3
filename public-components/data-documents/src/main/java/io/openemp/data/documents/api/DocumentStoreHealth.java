package io.openemp.data.documents.api;

import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The document store's state at {@code checkedAt}.
 *
 * @param reachable whether the server answered a {@code ping} just now
 * @param kind the configured server: embedded or external
 * @param address the server's host:port list (never credentials); null when the configuration is unusable
 * @param roundTripMillis how long the {@code ping} took; null when not reachable
 * @param error why the store is not usable or not reachable; null when it is
 * @param components the component ids that have asked for their database since the store started, sorted
 * @param commandsSucceeded commands the driver completed since the store started (the health pings included)
 * @param commandsFailed commands the server answered with an error, or that failed on the connection
 * @param checkedAt when this was measured
 */
public record DocumentStoreHealth(
        boolean reachable,
        ServerKind kind,
        @Nullable String address,
        @Nullable Double roundTripMillis,
        @Nullable String error,
        List<String> components,
        long commandsSucceeded,
        long commandsFailed,
        Instant checkedAt) {

    public DocumentStoreHealth {
        components = List.copyOf(components);
    }
}
