package io.openemp.plugin.collection.api;

import io.openemp.plugin.api.Nullable;

/**
 * When a task runs by itself: a cron expression (Quartz flavour, seconds first: {@code 0 0/15 * * * ?}) in the
 * station's time zone, or a fixed interval in seconds. Exactly one of the two.
 */
public record Schedule(@Nullable String cron, @Nullable Integer intervalSeconds) {
}
