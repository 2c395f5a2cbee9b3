package io.openemp.event.api;

import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * One step in an alarm's history: {@code action} is raised, repeated, acknowledged, cleared, closed, shelved or
 * unshelved; {@code by} is the user, or {@code rule:<id>}, {@code bus:<topic>} or {@code system}.
 */
public record Transition(String action, String by, Instant at, @Nullable String note) {
}
